// The declarations of Node's entries, derived from those tsc generated for index.js (the same
// entry on the Node build, with an `init` that resolves at once): index.d.cts for index.cjs, so
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
const init = 'export { default } from "./web/maatwerk.js";\n';
if (esm.split(init).length !== 2 || !esm.includes('export * from "./web/maatwerk.js";')) {
  throw new Error("types-cjs.mjs: index.d.ts no longer re-exports the web build as expected");
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
const text = esm.replace(init, node).replaceAll("./web/maatwerk.js", "./node/maatwerk.cjs").replaceAll("./typed.js", "./typed.cjs");
writeFileSync(join(pkg, "index.d.cts"), text);
writeFileSync(join(pkg, "index.node.d.mts"), text);
