// Turns wasm-pack's two outputs (pkg-web: ESM for browsers and bundlers; pkg-node: CommonJS
// for Node) and the DOM binding (src/dom: plain ESM) into the npm package `maatwerk` in pkg/:
// package.json with its exports map, the npm README, the two builds (one wasm file, in web/)
// and `dom/` side by side.
// The binding's declarations are generated afterwards from its JSDoc (tsconfig.dom.json).
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const out = join(root, "pkg");
const version = /^version = "([^"]+)"/m.exec(readFileSync(join(root, "Cargo.toml"), "utf8"))[1];

rmSync(out, { recursive: true, force: true });
mkdirSync(out);
for (const [from, to] of [["target/pkg-web", "web"], ["target/pkg-node", "node"]]) {
  cpSync(join(root, from), join(out, to), { recursive: true });
  for (const stray of ["package.json", "README.md", ".gitignore", "LICENSE"]) {
    rmSync(join(out, to, stray), { force: true });
  }
}
shareWasm();
// The binding imports the web build as `../web/maatwerk.js`: the one instance `init()` loads.
cpSync(join(root, "src/dom"), join(out, "dom"), { recursive: true });

const manifest = JSON.parse(readFileSync(join(here, "package.template.json"), "utf8"));
manifest.version = version;
writeFileSync(join(out, "package.json"), JSON.stringify(manifest, null, 2) + "\n");
cpSync(join(here, "README.md"), join(out, "README.md"));
console.error(`pkg/: maatwerk ${version} (${readdirSync(out).join(", ")})`);

/**
 * The two builds compile the same module: the package carries it once, in web/ (where `init()`
 * fetches it), and the Node glue reads it there. A glue whose wasm path no longer has the shape
 * rewritten here, or two modules that differ, stop the build rather than ship a broken package.
 */
function shareWasm() {
  const web = readFileSync(join(out, "web/maatwerk_bg.wasm"));
  if (!web.equals(readFileSync(join(out, "node/maatwerk_bg.wasm")))) {
    throw new Error("assemble.mjs: the web and Node builds' maatwerk_bg.wasm differ; cannot ship one");
  }
  const glue = readFileSync(join(out, "node/maatwerk.js"), "utf8");
  const path = "`${__dirname}/maatwerk_bg.wasm`";
  const parts = glue.split(path);
  if (parts.length !== 2) {
    throw new Error(`assemble.mjs: expected ${path} once in the Node glue, found it ${parts.length - 1} times`);
  }
  // The package is "type": "module"; the Node build is CommonJS, so it takes the .cjs name.
  writeFileSync(join(out, "node/maatwerk.cjs"), parts.join("`${__dirname}/../web/maatwerk_bg.wasm`"));
  for (const file of ["maatwerk.js", "maatwerk_bg.wasm", "maatwerk_bg.wasm.d.ts"]) {
    rmSync(join(out, "node", file));
  }
}
