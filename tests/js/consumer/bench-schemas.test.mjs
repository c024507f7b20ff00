// The side-by-side benchmark (tests/js/bench) compares maatwerk with Zod, Valibot and Ajv
// schemas of the support plan; this checks that those schemas work, and agree, so that the
// comparison is with schemas a portal could ship. The libraries resolve from tests/js/node_modules.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { schemaValidators } from "../bench/schemas.mjs";

const root = new URL("../../../", import.meta.url);
const complete = JSON.parse(readFileSync(new URL("tests/fixtures/plan-complete-valid.json", root), "utf8"));
const validators = await schemaValidators(complete.asOf);

/** The complete plan with one change made by `edit`. */
function plan(edit) {
  const form = structuredClone(complete.form);
  edit(form);
  return form;
}

const cases = [
  ["the complete plan", plan(() => {}), true],
  ["a number typed as text", plan((form) => (form.arrangements.followUpIntervalDays = "14")), false],
  ["no supervisor", plan((form) => delete form.supervisor), false],
  ["19 months of experience and no listed diploma", plan((form) => {
    form.supervisor.diplomas = [];
    form.supervisor.experience = [{ from: "2025-04-01", relevant: true, description: "Jobcoach" }];
  }), false],
  ["24 months of experience and no listed diploma", plan((form) => {
    form.supervisor.diplomas = [];
    form.supervisor.experience = [{ from: "2024-11-23", relevant: true, description: "Jobcoach" }];
  }), true],
  ["a day the calendar lacks", plan((form) => (form.planDate = "2026-02-30")), false],
  ["a plan date before the employment", plan((form) => (form.planDate = "2025-12-01")), false],
];

/** Whether a result accepts: `success` for safeParse and Ajv, no `issues` for a Standard Schema. */
const accepts = (result) => ("success" in result ? result.success : result.issues === undefined);

for (const [name, validate] of Object.entries(validators)) {
  test(`${name}: accepts the complete plan, rejects the broken ones`, () => {
    for (const [label, form, accepted] of cases) assert.equal(accepts(validate(form)), accepted, label);
  });
}
