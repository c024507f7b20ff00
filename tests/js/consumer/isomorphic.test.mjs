// The browser's code runs unchanged in Node (server rendering, tests): the Node entry has `init`
// (resolving at once) and `initSync`, for `import` and for `require`, on one module instance.
// A misspelt path is an error, in every call that takes one.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import init, * as entry from "maatwerk";

const require = createRequire(import.meta.url);
const AS_OF = { asOf: "2026-11-23" };

test("init and initSync resolve at once in Node, for import and require", async () => {
  assert.equal(await init(), undefined);
  assert.equal(entry.initSync(), undefined);
  const cjs = require("maatwerk");
  assert.equal(await cjs.init(new URL("https://portal.example/maatwerk_bg.wasm")), undefined);
  assert.equal(cjs.default, cjs.init);
  // One instance: the class `import` gives is the class `require` gives.
  assert.equal(cjs.Validator, entry.Validator);
  assert.equal(entry.checkInsz("85.07.30-033.28").valid, true);
});

test("a path that names no field throws; an empty field of the form has no issues", () => {
  const plan = { planDate: "2026-02-16", supervisor: { experience: [{ from: "2024-01-01" }] } };
  assert.deepEqual(entry.validateField("supportPlan", plan, "supervisor.experience[0].to", AS_OF), []);
  for (const path of ["supervisor.experiance[0].from", "planDate[0]", ["supervisor", 0]]) {
    assert.throws(() => entry.validateField("supportPlan", plan, path, AS_OF), /path names no field of this form/, String(path));
    const validator = new entry.Validator("supportPlan", AS_OF);
    assert.throws(() => validator.issuesAt(plan, path), /path names no field/);
    const session = validator.session(plan);
    assert.throws(() => session.issuesAt(path), /path names no field/);
    assert.throws(() => session.set(path, "2026-01-01"), /path names no field/);
    session.free();
    validator.free();
  }
});

test("the web entry in Node: before init a validation says so; initSync with the bytes loads it", async () => {
  const web = await import(new URL("./node_modules/maatwerk/index.js", import.meta.url).href);
  assert.throws(() => web.schemas.supervisor["~standard"].validate({}), {
    message: "maatwerk is not initialised: await init() (or call initSync) before validating",
  });
  const { readFileSync } = await import("node:fs");
  web.initSync({ module: readFileSync(require.resolve("maatwerk/maatwerk_bg.wasm")) });
  assert.equal(web.schema("supervisor", AS_OF)["~standard"].validate({ name: "Sara Janssens" }).issues.length > 0, true);
});
