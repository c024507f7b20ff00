// Hostile input in Node, through the installed package: the cases of tests/js/hostile/hostile.mjs
// (the same module runs in Chromium, tests/js/browser/hostile.test.mjs).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import * as m from "maatwerk/web";
import { runCases, runNearlyFullStack, runRepetition } from "../hostile/hostile.mjs";

const require = createRequire(import.meta.url);
const wasm = m.initSync({ module: readFileSync(require.resolve("maatwerk/maatwerk_bg.wasm")) });
// The raw build takes the texts it speaks in from the package's tables.
const tables = ["nl", "fr", "en", "de"].map((locale) => require(`maatwerk/texts/${locale}`));
for (const table of tables) m.loadTexts(table);

test("over 500 hostile inputs at every export and argument: no trap, no throw where an answer is due, small fast answers, no sentinel, right answers after", () => {
  const { count, failures } = runCases(m, wasm);
  assert.ok(count >= 500, `${count} cases`);
  assert.deepEqual(failures, []);
});

test("thousands of throwing calls, then 100,000 mixed calls: answered right, externref table and memory flat", () => {
  const r = runRepetition(m, wasm);
  assert.equal(r.thrown, 5_000);
  assert.ok(r.answeredAfterThrowing && r.answeredAtTheEnd);
  assert.deepEqual(r.after, r.before);
});

test("every export and method with the JavaScript stack nearly full: no trap, right answers after, nothing unusable, the stack pointer back", () => {
  const r = runNearlyFullStack(m, wasm);
  assert.ok(r.overflowed > 1_000, `${r.overflowed} of ${r.calls} calls overflowed`);
  assert.deepEqual(
    { traps: r.traps, wrong: r.wrong, unusable: r.unusable, pointerBack: r.pointerBack },
    { traps: 0, wrong: 0, unusable: [], pointerBack: true },
  );
});

test("the same in fresh instances, where the first overflows meet the runtime's first allocations", async () => {
  // Each fresh instance of the module, through the raw glue (a new copy of its state).
  const module = new WebAssembly.Module(readFileSync(require.resolve("maatwerk/maatwerk_bg.wasm")));
  for (let i = 0; i < 4; i++) {
    const fresh = await import(`${import.meta.resolve("maatwerk/web")}?instance=${i}`);
    const raw = fresh.initSync({ module });
    for (const table of tables) fresh.loadTexts(table);
    const r = runNearlyFullStack(fresh, raw, { sweep: 60 });
    assert.deepEqual({ traps: r.traps, wrong: r.wrong, unusable: r.unusable }, { traps: 0, wrong: 0, unusable: [] }, `instance ${i}`);
  }
});
