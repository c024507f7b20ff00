// Dated parameters through the packed package: an override gives values by date, each in
// force from its date until the next one's, and the as-of date picks the value; the catalogue
// shows each parameter's built-in history. Runs against the package scripts/test.sh installs
// into this folder (both entries: the Node one and the web one).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import * as node from "maatwerk";

const require = createRequire(import.meta.url);
const web = await import(new URL("./node_modules/maatwerk/index.js", import.meta.url).href);
web.initSync({
  module: readFileSync(require.resolve("maatwerk/maatwerk_bg.wasm")),
  texts: ["nl", "fr", "en", "de"].map((locale) => require(`maatwerk/texts/${locale}`)),
});
const entries = { node, require: require("maatwerk"), web };

const fixture = (name) => JSON.parse(readFileSync(new URL(`../../fixtures/${name}.json`, import.meta.url), "utf8"));

/** The complete plan of the fixtures (employment from 5 January 2026), drawn up 15 May 2026:
 *  more than 3 months after the start, within 6. */
function latePlan() {
  const form = structuredClone(fixture("plan-complete-valid").form);
  assert.equal(form.employmentStart, "2026-01-05");
  form.planDate = "2026-05-15";
  form.signatures.employee.date = "2026-05-15";
  form.signatures.employer.date = "2026-05-15";
  return form;
}

const status = (report, rule) => report.requirements.find((r) => r.rule === rule)?.status;
const issue = (report, code) => report.issues.find((i) => i.code === code);

test("an override's change date: the day before gives the old verdict, the day itself the new", () => {
  const parameters = { planFirstMonths: { "2023-07-01": 3, "2027-01-01": 6 } };
  for (const [name, entry] of Object.entries(entries)) {
    const before = entry.validateSupportPlan(latePlan(), { asOf: "2026-12-31", parameters });
    assert.equal(status(before, "PLAN-002"), "notMet", name);
    assert.equal(issue(before, "plan.late")?.params.months, 3, name);
    assert.equal(issue(before, "plan.late")?.params.deadline, "2026-04-05", name);
    const after = entry.validateSupportPlan(latePlan(), { asOf: "2027-01-01", parameters });
    assert.equal(status(after, "PLAN-002"), "met", name);
    assert.equal(issue(after, "plan.late"), undefined, name);
    // Only the change: the built-in 3 months hold before it.
    const change = { planFirstMonths: { "2027-01-01": 6 } };
    assert.equal(status(entry.validateSupportPlan(latePlan(), { asOf: "2026-12-31", parameters: change }), "PLAN-002"), "notMet", name);
    assert.equal(status(entry.validateSupportPlan(latePlan(), { asOf: "2027-01-01", parameters: change }), "PLAN-002"), "met", name);
    // A number holds at every date, as before.
    assert.equal(status(entry.validateSupportPlan(latePlan(), { asOf: "2026-12-31", parameters: { planFirstMonths: 6 } }), "PLAN-002"), "met", name);
  }
});

test("the Validator and validateField take dated values too", () => {
  const parameters = { planFirstMonths: { "2023-07-01": 3, "2027-01-01": 6 } };
  for (const [asOf, late] of [["2026-12-31", true], ["2027-01-01", false]]) {
    const validator = new node.Validator("supportPlan", { asOf, parameters });
    assert.equal(validator.validate(latePlan()).issues.some((i) => i.code === "plan.late"), late, asOf);
    const field = node.validateField("supportPlan", latePlan(), ["planDate"], { asOf, parameters });
    assert.equal(field.some((i) => i.code === "plan.late"), late, asOf);
  }
});

test("the 11 July day off, dated: a working day from the date a portal gives", () => {
  const parameters = { flemishCommunityDayOff: { "2023-07-01": true, "2027-01-01": false } };
  for (const [name, entry] of Object.entries(entries)) {
    assert.equal(entry.isWorkingDay("2028-07-11", { asOf: "2026-12-31", parameters }), false, name);
    assert.equal(entry.isWorkingDay("2028-07-11", { asOf: "2027-01-01", parameters }), true, name);
  }
});

test("malformed dated values are refused, naming the option", () => {
  const form = latePlan();
  const cases = [
    [{ planFirstMonths: { "2027-02-30": 6 } }, /^options\.parameters\.planFirstMonths must be a value or an object of dated values/],
    [{ planFirstMonths: { "2027-01-01": "6" } }, /^options\.parameters\.planFirstMonths must be a whole number from 0, or an object/],
    [{ planFirstMonths: {} }, /^options\.parameters\.planFirstMonths must be a value or an object/],
    [{ flemishCommunityDayOff: { "2027-01-01": null } }, /^options\.parameters\.flemishCommunityDayOff must be true or false/],
    [{ applicationDuringEmploymentFrom: { "2027-01-01": "01/01/2027" } }, /^options\.parameters\.applicationDuringEmploymentFrom must be a date YYYY-MM-DD/],
  ];
  for (const [name, entry] of Object.entries(entries)) {
    for (const [parameters, message] of cases) {
      assert.throws(() => entry.validateSupportPlan(form, { asOf: "2026-11-23", parameters }), { message }, `${name} ${JSON.stringify(parameters)}`);
    }
  }
});

test("the catalogue lists each parameter's dated values; the latest is the default", () => {
  for (const [name, entry] of Object.entries(entries)) {
    const catalogue = entry.rules("nl");
    const parameter = (rule, param) => catalogue.find((r) => r.id === rule).parameters.find((p) => p.name === param);
    assert.deepEqual(parameter("PLAN-002", "planFirstMonths").history, { "2023-07-01": 3 }, name);
    assert.deepEqual(parameter("CAL-001", "flemishCommunityDayOff").history, { "2023-07-01": true }, name);
    assert.deepEqual(parameter("APP-008", "applicationDuringEmploymentFrom").history, { "2024-01-01": "2024-01-01" }, name);
    const diplomas = parameter("SUP-003", "relevantDiplomas");
    assert.deepEqual(Object.keys(diplomas.history), ["2023-07-01"], name);
    assert.deepEqual(diplomas.history["2023-07-01"], diplomas.default, name);
    for (const rule of catalogue) {
      for (const { name: param, default: value, history } of rule.parameters) {
        const dates = Object.keys(history);
        assert.ok(dates.length > 0 && dates.every((d) => /^\d{4}-\d{2}-\d{2}$/.test(d)), `${rule.id} ${param}`);
        assert.deepEqual(history[dates.sort().at(-1)], value, `${rule.id} ${param}`);
      }
    }
  }
});
