// The declarations of Node's entries, derived from those tsc generated for index.js (the same
// entry on the Node build, with an `init` that resolves at once: the Node build loads the
// module and every locale's texts when it is required): index.d.cts for index.cjs, so
// TypeScript reads that entry as the CommonJS it is and still sees every type of the build
// (tsc's own declarations of a CommonJS file would carry its values only), and index.node.d.mts
// for index.node.mjs. All three also name the types of typed.d.ts, which JSDoc cannot
// re-export. A shape this does not expect stops the build.
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const pkg = join(dirname(fileURLToPath(import.meta.url)), "../../pkg");
const types = "export type { FieldPath, FormOf, Forms, FormSchema, PathOf, Schemas, StandardSchemaV1, TypedSession, TypedValidator, TypedValidatorConstructor } from \"./typed.js\";\n";
const esm = readFileSync(join(pkg, "index.d.ts"), "utf8") + types;
writeFileSync(join(pkg, "index.d.ts"), esm);
// The web entry's `init` and `initSync` (which load the module and the texts), up to
// `loadLocale`, whose declaration both entries share.
const start = esm.indexOf("/**\n * Loads and instantiates the module");
const end = esm.indexOf("/**\n * Loads the texts of another locale");
if (start < 0 || end < start || !esm.includes('export * from "./web/maatwerk.js";')) {
  throw new Error("types-cjs.mjs: index.d.ts no longer declares init, initSync and loadLocale as expected");
}
const node = `/**
 * Resolves at once: in Node the module was loaded with the package, so code written for the
 * browser (\`await init()\`) runs unchanged. What a browser passes (a URL, bytes) is not needed.
 */
export declare function init(input?: unknown): Promise<void>;
/** Returns at once: in Node the module was loaded with the package. */
export declare function initSync(input?: unknown): void;
export default init;
`;
const text = (esm.slice(0, start) + node + esm.slice(end)).replaceAll("./web/maatwerk.js", "./node/maatwerk.cjs").replaceAll("./typed.js", "./typed.cjs");
writeFileSync(join(pkg, "index.d.cts"), text);
writeFileSync(join(pkg, "index.node.d.mts"), text);
