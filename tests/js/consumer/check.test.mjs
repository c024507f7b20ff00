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
      assert.deepEqual(validator.check(form), errors, `${name} ${locale}`);
      const withWarnings = report.issues.filter((issue) => issue.severity !== "info").map(lean);
      assert.deepEqual(validator.check(form, true), withWarnings, `${name} ${locale}`);
      const result = schema(kind, options)["~standard"].validate(form);
      assert.deepEqual(result, errors.length === 0 ? { value: form } : { issues: errors.map(({ message, path }) => ({ message, path })) });
      validator.free();
    }
  }
});
