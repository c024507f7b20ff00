// Standard Schema v1 (`~standard`): version 1, vendor maatwerk, `validate` answers `{ value }`
// or `{ issues: [{ message, path }] }`; only errors fail a form.
import { test } from "node:test";
import assert from "node:assert/strict";
import { schema, schemas, checkSupervisor, validateSupportPlan } from "maatwerk";

const AS_OF = { asOf: "2026-11-23" };

test("the four schemas are Standard Schema v1", () => {
  assert.deepEqual(Object.keys(schemas), ["application", "providerRegistration", "supportPlan", "supervisor"]);
  for (const value of Object.values(schemas)) {
    assert.equal(value["~standard"].version, 1);
    assert.equal(value["~standard"].vendor, "maatwerk");
    assert.equal(typeof value["~standard"].validate, "function");
  }
});

test("errors fail with the report's messages and paths; warnings and infos pass", () => {
  const supervisor = schema("supervisor", { ...AS_OF, locale: "en" });
  const short = { name: "Sara Janssens", responsible: true, experience: [{ from: "2025-04-01", relevant: true }] };
  const errors = checkSupervisor(short, { ...AS_OF, locale: "en" }).issues.filter((issue) => issue.severity === "error");
  assert.ok(errors.length > 0);
  assert.deepEqual(supervisor["~standard"].validate(short), {
    issues: errors.map(({ message, path }) => ({ message, path })),
  });
  assert.ok(errors.some((issue) => issue.code === "supervisor.experience_too_short" && issue.path[0] === "experience"));

  // Not responsible (a warning) and no competences declared (an info): valid, the value as given.
  const diploma = { name: "Sara Janssens", responsible: false, diplomas: [{ code: "ba-sociaal-werk", obtained: "2019-06-28" }] };
  const report = checkSupervisor(diploma, AS_OF);
  assert.equal(report.valid, true);
  assert.deepEqual(report.issues.map((issue) => issue.severity).sort(), ["info", "warning"]);
  const result = supervisor["~standard"].validate(diploma);
  assert.deepEqual(result, { value: diploma });
  assert.equal(result.value, diploma);
});

test("a support plan's schema gives each error's path as segments, in the chosen locale", () => {
  const plan = { guidanceIndicated: true, planDate: "2026-13-45", supervisor: { experience: [{ from: "2024-01-01", to: "2023-01-01" }] } };
  const result = schema("supportPlan", { ...AS_OF, locale: "fr" })["~standard"].validate(plan);
  const errors = validateSupportPlan(plan, { ...AS_OF, locale: "fr" }).issues.filter((issue) => issue.severity === "error");
  assert.equal(result.issues.length, errors.length);
  assert.ok(result.issues.some((issue) => issue.path.join(".") === "planDate"));
  assert.ok(result.issues.some((issue) => issue.path[0] === "supervisor" && issue.path[2] === 0));
});

test("a value that is no form fails with one issue; an unknown kind throws", () => {
  for (const value of [null, "plan", [], 42]) {
    assert.deepEqual(schemas.application["~standard"].validate(value), { issues: [{ message: "the form must be an object" }] });
  }
  assert.throws(() => schema("plan"), /kind must be one of application, providerRegistration, supportPlan, supervisor/);
});
