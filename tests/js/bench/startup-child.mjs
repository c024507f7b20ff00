// One cold start, in a fresh process: `node startup-child.mjs node|web PKG_DIR FIXTURE_FILE`,
// the first call validating the fixture's form. Prints the milliseconds as JSON. Spawned by
// startup.mjs, many times.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const [mode, dir, fixtureFile] = process.argv.slice(2);
const { form } = JSON.parse(readFileSync(fixtureFile, "utf8"));
const options = { asOf: "2026-11-23", locale: "nl" };

if (mode === "node") {
  // The package's Node entry compiles and instantiates the wasm module inside require().
  const start = performance.now();
  const maatwerk = createRequire(import.meta.url)(join(dir, "node/maatwerk.cjs"));
  const loaded = performance.now();
  maatwerk.validateSupportPlan(form, options);
  const called = performance.now();
  console.log(JSON.stringify({ requireMs: loaded - start, firstCallMs: called - loaded }));
} else {
  // The web entry as a browser runs it, minus the fetches: compile, then instantiate through
  // the package's own initSync, which supplies the imports wasm-bindgen generated, and hand
  // over the Dutch texts (counted with the instantiation).
  // A build without texts/ (from before the texts left the module) has nothing to load.
  const maatwerk = await import(pathToFileURL(join(dir, "web/maatwerk.js")).href);
  const bytes = readFileSync(join(dir, "web/maatwerk_bg.wasm"));
  const table = maatwerk.loadTexts ? (await import(pathToFileURL(join(dir, "texts/nl.js")).href)).default : null;
  const start = performance.now();
  const module = await WebAssembly.compile(bytes);
  const compiled = performance.now();
  maatwerk.initSync({ module });
  if (table !== null) maatwerk.loadTexts(table);
  const instantiated = performance.now();
  maatwerk.validateSupportPlan(form, options);
  const called = performance.now();
  console.log(JSON.stringify({
    compileMs: compiled - start,
    instantiateMs: instantiated - compiled,
    firstCallMs: called - instantiated,
  }));
}
