// What JavaScript throws while the module reads a form or options (a cycle, a BigInt, a getter)
// is caught in JavaScript: thousands of such calls leave the module's externref table and
// memory as they were, and the next call is answered.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { initSync, checkSupervisor, loadTexts, validateField, Validator } from "maatwerk/web";

const require = createRequire(import.meta.url);
const bytes = readFileSync(require.resolve("maatwerk/maatwerk_bg.wasm"));
const wasm = initSync({ module: bytes });
// The raw build takes the texts it speaks in from the package's tables.
loadTexts(require("maatwerk/texts/en"));
const options = { asOf: "2026-11-23", locale: "en" };

test("throwing values leak no externref slot and no memory", () => {
  const table = wasm.__wbindgen_externrefs;
  const cycle = {};
  cycle.self = cycle;
  const getter = { get name() { throw new Error("getter"); } };
  const validator = new Validator("supervisor", options);
  const session = validator.session({});
  const hostile = () => {
    for (const call of [
      () => checkSupervisor(cycle, options),
      () => checkSupervisor({ name: 1n }, options),
      () => checkSupervisor(getter, options),
      () => checkSupervisor({}, { asOf: 1n }),
      () => validateField("supervisor", {}, [1n], options),
      () => session.set("name", cycle),
    ]) {
      assert.throws(call);
    }
  };
  for (let i = 0; i < 500; i++) hostile(); // warm-up: the table may grow to its working size
  const [slots, memory] = [table.length, wasm.memory.buffer.byteLength];
  for (let i = 0; i < 5_000; i++) hostile();
  assert.equal(table.length, slots, "externref table grew");
  assert.equal(wasm.memory.buffer.byteLength, memory, "wasm memory grew");
  const after = checkSupervisor({ name: "An Peeters", responsible: true }, options);
  assert.ok(after.issues.some((issue) => issue.code === "supervisor.qualification_missing"));
  session.free();
  validator.free();
});
