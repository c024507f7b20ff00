// The esbuild recipe: the wasm through the file loader (the page passes its URL to `init`), the
// worker as a second entry point, ES module output.
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));

export default {
  entryPoints: [join(here, "src/esbuild-page.js"), join(here, "src/esbuild-worker.js")],
  bundle: true,
  format: "esm",
  target: "es2022",
  loader: { ".wasm": "file" },
  outdir: join(here, "dist/esbuild"),
};
