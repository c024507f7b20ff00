// Turns wasm-pack's two outputs (pkg-web: ESM for browsers and bundlers; pkg-node: CommonJS
// for Node) and the DOM binding (src/dom: plain ESM) into the npm package `maatwerk` in pkg/:
// package.json with its exports map, the npm README, the two builds and `dom/` side by side.
// The binding's declarations are generated afterwards from its JSDoc (tsconfig.dom.json).
import { cpSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync, readdirSync } from "node:fs";
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
// The package is "type": "module"; the Node build is CommonJS, so it takes the .cjs name.
renameSync(join(out, "node/maatwerk.js"), join(out, "node/maatwerk.cjs"));
// The binding imports the web build as `../web/maatwerk.js`: the one instance `init()` loads.
cpSync(join(root, "src/dom"), join(out, "dom"), { recursive: true });

const manifest = JSON.parse(readFileSync(join(here, "package.template.json"), "utf8"));
manifest.version = version;
writeFileSync(join(out, "package.json"), JSON.stringify(manifest, null, 2) + "\n");
cpSync(join(here, "README.md"), join(out, "README.md"));
console.error(`pkg/: maatwerk ${version} (${readdirSync(out).join(", ")})`);
