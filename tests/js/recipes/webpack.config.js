// The webpack recipe: nothing for the wasm (webpack 5 follows `new URL("…wasm",
// import.meta.url)` and emits it as an asset), nor for the module worker.
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));

export default {
  mode: "production",
  entry: join(here, "src/page.js"),
  output: { path: join(here, "dist/webpack"), filename: "page.js", clean: true },
};
