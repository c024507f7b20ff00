// Turns wasm-bindgen's two outputs (pkg-web: ESM for browsers and bundlers; pkg-node: CommonJS
// for Node) and the DOM binding (src/dom: plain ESM) into the npm package `maatwerk` in pkg/:
// package.json with its exports map, the npm README, the two builds (one wasm file, in web/)
// and `dom/` side by side, and the entries (facade/: index.js, index.cjs) that add `rules` to
// the builds, reading catalogue/ (generated from target/catalogue.json, which
// examples/catalogue.rs printed), the Standard Schemas (standard-schema.js) and index.node.mjs, which
// gives index.cjs to Node's `import`. The builds' declarations get those of the Rust types
// (target/typescript.d.ts, which examples/typescript.rs printed from tsify's derives), the issue
// codes as a union (from the catalogue, generated from Rust) and compile without
// `lib: esnext.disposable`.
// The declarations of the binding and of the entries are generated afterwards from their JSDoc
// (tsconfig.dom.json; tsconfig.platforms.json; tsconfig.facade.json, then facade/types-cjs.mjs).
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
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
guardStack();
// The binding imports the web build as `../web/maatwerk.js`: the one instance `init()` loads.
// src/dom also holds its stylesheet (exported as `maatwerk/style.css`) and events.d.ts (its
// events in the DOM's event maps), copied with it.
cpSync(join(root, "src/dom"), join(out, "dom"), { recursive: true });
// The form platforms' entries (maatwerk/formio, maatwerk/surveyjs) import the same instance,
// as `../web/maatwerk.js`; tsconfig.platforms.json generates their declarations.
cpSync(join(root, "src/platforms"), join(out, "platforms"), { recursive: true });
writeCatalogue();
writeTexts();
// The forms' JSON Schemas, as scripts/build-pkg.sh had `maatwerk schema` write them.
cpSync(join(root, "target/schemas"), join(out, "schemas"), { recursive: true });
for (const entry of ["index.js", "index.cjs", "standard-schema.js", "typed.d.ts"]) cpSync(join(here, "facade", entry), join(out, entry));
writeFileSync(join(out, "typed.d.cts"), readFileSync(join(here, "facade/typed.d.ts"), "utf8").replaceAll("./web/maatwerk.js", "./node/maatwerk.cjs"));
writeNodeImport();
for (const build of ["web/maatwerk.d.ts", "node/maatwerk.d.cts"]) patchDeclarations(join(out, build));
// Node's oldest resolution (TypeScript's `node10`) reads no exports map: these name the
// subpaths' files for it.
writeFileSync(join(out, "web/package.json"), JSON.stringify({ type: "module", main: "./maatwerk.js", types: "./maatwerk.d.ts" }) + "\n");
writeFileSync(join(out, "node/package.json"), JSON.stringify({ type: "module", main: "./maatwerk.cjs", types: "./maatwerk.d.cts" }) + "\n");

const manifest = JSON.parse(readFileSync(join(here, "package.template.json"), "utf8"));
manifest.version = version;
writeFileSync(join(out, "package.json"), JSON.stringify(manifest, null, 2) + "\n");
cpSync(join(here, "README.md"), join(out, "README.md"));
cpSync(join(root, "LICENSE"), join(out, "LICENSE"));
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
  // Declarations of a .cjs file are a .d.cts: TypeScript then reads them as CommonJS, as
  // index.cjs (which imports them) needs.
  cpSync(join(out, "node/maatwerk.d.ts"), join(out, "node/maatwerk.d.cts"));
  for (const file of ["maatwerk.js", "maatwerk.d.ts", "maatwerk_bg.wasm", "maatwerk_bg.wasm.d.ts"]) {
    rmSync(join(out, "node", file));
  }
}

/**
 * Both glues check the stack once for each outermost public call (stack-guard.js, appended to
 * each): every function the glue exports (but the initialisers, which check it through
 * `guardStack`) and every class's methods and constructor are wrapped, and the outermost call
 * puts the module's stack pointer back where it was, so an overflow of the page's stack inside
 * the module cannot leave it lower. The line rewritten here must appear exactly once, and each
 * glue must export the functions and classes found in the other, or the build stops.
 */
function guardStack() {
  // 1,000 arguments of 8 bytes: the stack the check asks for. The body makes the function too
  // large to inline (V8 inlines up to 460 bytes of bytecode), so the arguments are pushed. Its
  // statements are all alike: the bytecode is as long, and gzip stores the repeats in a few
  // bytes (numbered ones cost every page 0.45 KB).
  const body = new Array(150).fill("roomNever = roomNever && roomSink.length === 0;").join("\n    ");
  // The guard's comments stay in its source: every page would download them.
  const guard = readFileSync(join(here, "stack-guard.js"), "utf8")
    .replace(/^ *\/\/.*\n/gm, "")
    .replace("/*ROOM_BODY*/", body)
    .replace("/*ROOM_ARGS*/", new Array(1000).fill(0).join(", "));
  const initialisers = new Set(["initSync", "__wbg_init"]);
  const found = {};
  for (const [file, line, exported, wrap] of [
    [
      "web/maatwerk.js",
      "wasm = instance.exports;",
      /^export (?:function|class) (\w+)\b/gm,
      // An ES module's function and class declarations are bindings it may assign: importers
      // see the wrapped ones.
      (name, kind) => `${name} = ${kind}(${name});`,
    ],
    ["node/maatwerk.cjs", "let wasm = wasmInstance.exports;", /^exports\.(\w+) = \1;$/gm, (name, kind) => `exports.${name} = ${kind}(${name});`],
  ]) {
    const glue = readFileSync(join(out, file), "utf8");
    const parts = glue.split(line);
    if (parts.length !== 2) {
      throw new Error(`assemble.mjs: expected ${line} once in ${file}, found it ${parts.length - 1} times`);
    }
    const names = [...glue.matchAll(exported)].map((match) => match[1]).filter((name) => !initialisers.has(name));
    const isClass = (name) => new RegExp(`^(?:export )?class ${name} `, "m").test(glue);
    const [fns, cls] = [names.filter((name) => !isClass(name)), names.filter(isClass)];
    found[file] = JSON.stringify([fns.sort(), cls.sort()]);
    if (fns.length < 10 || !cls.includes("Validator") || !cls.includes("Session")) {
      throw new Error(`assemble.mjs: ${file} exports the functions ${fns.join(", ")} and the classes ${cls.join(", ")}`);
    }
    const wraps = [...fns.map((name) => wrap(name, "guardCall")), ...cls.map((name) => wrap(name, "guardClass"))].join("\n");
    const guarded = line.replace(/(\w+)\.exports;$/, "guardStack($1.exports);");
    writeFileSync(join(out, file), `${parts.join(guarded)}\n${guard}${wraps}\n`);
  }
  if (new Set(Object.values(found)).size !== 1) {
    throw new Error(`assemble.mjs: the web and Node glues export different names: ${JSON.stringify(found)}`);
  }
}

/**
 * The catalogue as the Rust crate's `rules(locale)` gives it, for every locale: once as an ES
 * module (browsers, bundlers) and once as CommonJS (Node's entry), both from the same text.
 * `JSON.parse` of a string literal, because engines parse that faster than the same object
 * written as a literal.
 */
function writeCatalogue() {
  const text = readFileSync(join(root, "target/catalogue.json"), "utf8").trim();
  const locales = Object.keys(JSON.parse(text));
  if (locales.join() !== "nl,fr,en,de") {
    throw new Error(`assemble.mjs: target/catalogue.json has the locales ${locales.join(", ")}`);
  }
  const data = `JSON.parse(${JSON.stringify(text)})`;
  const banner = "// Generated by pkg-config/assemble.mjs from examples/catalogue.rs (the Rust catalogue).\n";
  mkdirSync(join(out, "catalogue"));
  writeFileSync(join(out, "catalogue/data.js"), `${banner}export default ${data};\n`);
  writeFileSync(join(out, "catalogue/data.cjs"), `${banner}module.exports = ${data};\n`);
}

/**
 * The texts' wordings, one table per locale (examples/texts.rs), each an ES module (a page
 * imports only the locales it shows: `init({ locales })`, `loadLocale`), a CommonJS module and
 * its declarations. The Node glue loads all four when it starts: Node has every language, as
 * the native crate has.
 */
function writeTexts() {
  const tables = JSON.parse(readFileSync(join(root, "target/texts.json"), "utf8"));
  const locales = Object.keys(tables);
  if (locales.join() !== "nl,fr,en,de") {
    throw new Error(`assemble.mjs: target/texts.json has the locales ${locales.join(", ")}`);
  }
  const banner = "// Generated by pkg-config/assemble.mjs from examples/texts.rs (the Rust texts).\n";
  mkdirSync(join(out, "texts"));
  for (const locale of locales) {
    const header = `maatwerk-texts ${version} ${locale}\u001f`;
    if (!tables[locale].startsWith(header)) throw new Error(`assemble.mjs: the ${locale} texts are not of ${version}`);
    const table = JSON.stringify(tables[locale]);
    writeFileSync(join(out, `texts/${locale}.js`), `${banner}export default ${table};\n`);
    writeFileSync(join(out, `texts/${locale}.cjs`), `${banner}module.exports = ${table};\n`);
    const declaration = `/** The ${locale} texts of maatwerk ${version}, for \`loadTexts\`. */\ndeclare const table: string;\n`;
    writeFileSync(join(out, `texts/${locale}.d.ts`), `${declaration}export default table;\n`);
    writeFileSync(join(out, `texts/${locale}.d.cts`), `${declaration}export = table;\n`);
  }
  const glue = join(out, "node/maatwerk.cjs");
  const load = locales.map((locale) => `exports.loadTexts(require("../texts/${locale}.cjs"));`).join("\n");
  writeFileSync(glue, `${readFileSync(glue, "utf8")}${load}\n`);
}

/**
 * index.node.mjs: the facade's file and every name index.cjs exports as a named ES export, so
 * `import { validateSupportPlan } from "maatwerk"` in Node gets the one CommonJS instance.
 */
function writeNodeImport() {
  const names = Object.keys(createRequire(import.meta.url)(join(out, "index.cjs"))).filter((name) => name !== "default");
  if (!names.includes("validateSupportPlan") || !names.includes("init")) {
    throw new Error(`assemble.mjs: index.cjs exports ${names.join(", ")}`);
  }
  const text = readFileSync(join(here, "facade/index.node.mjs"), "utf8");
  writeFileSync(join(out, "index.node.mjs"), `${text}export const { ${names.join(", ")} } = entry;\n`);
}

/**
 * A build's generated declarations, completed: the declarations of the Rust types its exports
 * name (target/typescript.d.ts, which examples/typescript.rs printed from tsify's derives)
 * where wasm-bindgen's custom sections go, after its header; `Issue.code` as the union of every
 * code (each rule of the generated catalogue lists its codes); and `Symbol.dispose` (the
 * classes' `[Symbol.dispose]()`) declared as TypeScript's lib and @types/node declare it, so a
 * consumer with `lib: es2022` compiles them too. A shape this does not expect stops the build.
 */
function patchDeclarations(file) {
  const header = "/* tslint:disable */\n/* eslint-disable */\n\n";
  const generated = readFileSync(file, "utf8");
  const types = readFileSync(join(root, "target/typescript.d.ts"), "utf8");
  if (!generated.startsWith(header) || !types.includes("export interface Report {")) {
    throw new Error(`assemble.mjs: ${file} does not start with wasm-bindgen's header, or target/typescript.d.ts has no Report`);
  }
  const text = header + types + generated.slice(header.length);
  const codes = [...new Set(JSON.parse(readFileSync(join(root, "target/catalogue.json"), "utf8")).nl.flatMap((rule) => rule.codes))].sort();
  const issue = /(export interface Issue \{\s*\/\*\*[^/]*\*\/\s*code: )string;/;
  if (!issue.test(text) || !text.includes("[Symbol.dispose](): void;") || codes.length < 100) {
    throw new Error(`assemble.mjs: ${file} has no Issue.code or [Symbol.dispose], or the catalogue no codes`);
  }
  const union = codes.map((code) => JSON.stringify(code)).join(" | ");
  writeFileSync(file, `${text.replace(issue, "$1IssueCode;")}
/**
 * Every issue code the library emits (generated from the Rust catalogue).
 */
export type IssueCode = ${union};

declare global {
    interface SymbolConstructor {
        /** The method \`using\` calls (ES2026); the classes free their memory with it. */
        readonly dispose: unique symbol;
    }
}
`);
}