// `Validator.check`, the lean path the Standard Schemas use: on every fixture, in every locale,
// the report's errors (and warnings, when asked) with their codes, severities, paths and
// messages, in the report's order; and the schemas answer with exactly those errors.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Validator, schema } from "maatwerk";

const FIXTURES = fileURLToPath(new URL("../../fixtures/", import.meta.url));
const fixtures = readdirSync(FIXTURES).filter((name) => name.endsWith(".json")).sort()
  .map((name) => ({ name, ...JSON.parse(readFileSync(FIXTURES + name, "utf8")) }));

test("check answers the report's errors, and its warnings when asked", () => {
  for (const { name, kind, asOf, parameters, form } of fixtures) {
    for (const locale of ["nl", "fr", "en", "de"]) {
      const options = { asOf, locale, parameters };
      const validator = new Validator(kind, options);
      const report = validator.validate(form);
      const lean = ({ code, severity, path, message }) => ({ code, severity, path, message });
      const errors = report.issues.filter((issue) => issue.severity === "error").map(lean);
      // As text: the same fields in the same order as the report's issues.
      assert.equal(JSON.stringify(validator.check(form)), JSON.stringify(errors), `${name} ${locale}`);
      const withWarnings = report.issues.filter((issue) => issue.severity !== "info").map(lean);
      assert.equal(JSON.stringify(validator.check(form, true)), JSON.stringify(withWarnings), `${name} ${locale}`);
      const result = schema(kind, options)["~standard"].validate(form);
      assert.deepEqual(result, errors.length === 0 ? { value: form } : { issues: errors.map(({ message, path }) => ({ message, path })) });
      validator.free();
    }
  }
});

// The same through a portal's mapping: each issue also at its portal path, the fields in the
// order of the report's issues (the answer crosses the boundary in a form of its own).
const CASES = fileURLToPath(new URL("../../mapped/", import.meta.url));
const portalCases = readdirSync(CASES).filter((name) => name.endsWith(".json")).sort()
  .map((name) => ({ name, ...JSON.parse(readFileSync(CASES + name, "utf8")) }));
const leanMapped = ({ code, severity, path, message, portalPath }) => ({ code, severity, path, message, portalPath });

test("check of a portal's form answers the report's errors and warnings at their portal paths", () => {
  assert.ok(portalCases.length > 0);
  for (const { name, kind, asOf, mapping, form } of portalCases) {
    const validator = new Validator(kind, { asOf, mapping });
    const wanted = validator.validate(form).issues.filter((issue) => issue.severity !== "info").map(leanMapped);
    assert.ok(wanted.length > 0, name);
    assert.equal(JSON.stringify(validator.check(form, true)), JSON.stringify(wanted), name);
    validator.free();
  }
});

test("portal paths with control characters cross unharmed", () => {
  const mapping = { fields: { "na\u0001am": "name", "er\u001fv[*].van": "experience[*].from" } };
  const validator = new Validator("supervisor", { asOf: "2026-11-23", mapping });
  const form = { "er\u001fv": [{ van: "2030-01-01" }] };
  const wanted = validator.validate(form).issues.filter((issue) => issue.severity !== "info").map(leanMapped);
  assert.ok(wanted.some((issue) => issue.portalPath === "na\u0001am"));
  assert.equal(JSON.stringify(validator.check(form, true)), JSON.stringify(wanted));
  validator.free();
});
