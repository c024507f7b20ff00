// The declarations of index.cjs, derived from those tsc generated for index.js (the same entry
// on the Node build, without `init`): a .d.cts, so TypeScript reads the entry as the CommonJS
// it is and still sees every type of the build (tsc's own declarations of a CommonJS file
// would carry its values only). A shape this does not expect stops the build.
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const pkg = join(dirname(fileURLToPath(import.meta.url)), "../../pkg");
const esm = readFileSync(join(pkg, "index.d.ts"), "utf8");
const init = 'export { default } from "./web/maatwerk.js";\n';
if (esm.split(init).length !== 2 || !esm.includes('export * from "./web/maatwerk.js";')) {
  throw new Error("types-cjs.mjs: index.d.ts no longer re-exports the web build as expected");
}
writeFileSync(join(pkg, "index.d.cts"), esm.replace(init, "").replaceAll("./web/maatwerk.js", "./node/maatwerk.cjs"));
