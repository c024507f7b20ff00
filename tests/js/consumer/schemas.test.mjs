// The package's JSON Schemas (maatwerk/schemas/<kind>.json, derived from the Rust model types
// by `maatwerk schema`) checked with a standard validator, Ajv in JSON Schema 2020-12 mode:
// every fixture's form fits its kind's schema exactly when the library finds no misfit of shape
// in it, and a value of the wrong type at any field of any fixture fails the schema at the very
// path where the library reports it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import Ajv2020 from "ajv/dist/2020.js";
import { Validator } from "maatwerk";

const require = createRequire(import.meta.url);
const FIXTURES = new URL("../../fixtures/", import.meta.url);
const fixtures = readdirSync(FIXTURES)
  .filter((name) => name.endsWith(".json"))
  .sort()
  .map((name) => ({ name, ...JSON.parse(readFileSync(new URL(name, FIXTURES), "utf8")) }));
// Formats (uint32, ...) are the schema's notes on numbers; the library's own range checks
// report what is out of range, so the schema is checked for shape.
const ajv = new Ajv2020({ allErrors: true, strict: true, validateFormats: false });
const KINDS = ["application", "providerRegistration", "supportPlan", "supervisor"];
const schemas = Object.fromEntries(KINDS.map((kind) => [kind, ajv.compile(require(`maatwerk/schemas/${kind}.json`))]));
// What the library reports when a value does not fit its field's type or choices.
const SHAPE = new Set(["form.wrong_type", "form.unknown_choice"]);

const pointer = (path) => path.map((segment) => `/${segment}`).join("");

function library(fixture, form) {
  const validator = new Validator(fixture.kind, { asOf: fixture.asOf, locale: "en", parameters: fixture.parameters });
  try {
    return validator.validate(form);
  } finally {
    validator.free();
  }
}

test("every kind's schema is JSON Schema 2020-12 with the field docs", () => {
  for (const kind of KINDS) {
    const schema = require(`maatwerk/schemas/${kind}.json`);
    assert.equal(schema.$schema, "https://json-schema.org/draft/2020-12/schema");
    assert.equal(schema.type, "object");
  }
  const plan = require("maatwerk/schemas/supportPlan.json");
  assert.match(plan.properties.planDate.description, /drawn up/);
});

test("every fixture fits its schema exactly when the library finds no misfit of shape", () => {
  let fitting = 0;
  for (const fixture of fixtures) {
    const validate = schemas[fixture.kind];
    const fits = validate(fixture.form);
    const misfits = library(fixture, fixture.form).issues.filter((issue) => SHAPE.has(issue.code));
    assert.equal(fits, misfits.length === 0, `${fixture.name}: ${JSON.stringify(validate.errors?.slice(0, 3))}`);
    const failed = new Set((validate.errors ?? []).map((error) => error.instancePath));
    for (const issue of misfits) {
      assert.ok(failed.has(pointer(issue.path)), `${fixture.name}: ${issue.field} not failed by the schema`);
    }
    if (fits) fitting += 1;
  }
  assert.ok(fitting >= fixtures.length - 3, `${fitting} of ${fixtures.length} fixtures fit`);
});

/** Every path to a value in a form: keys and indexes. */
function* paths(value, path = []) {
  if (value === null || typeof value !== "object") return;
  for (const [key, child] of Object.entries(value)) {
    const at = [...path, Array.isArray(value) ? Number(key) : key];
    yield [at, child];
    yield* paths(child, at);
  }
}

/** A value of another JSON type than `value`. */
function wrongType(value) {
  if (Array.isArray(value)) return "a list";
  switch (typeof value) {
    case "string": return 42;
    case "number": return "12";
    case "boolean": return "ja";
    default: return 7;
  }
}

function replaced(form, path, value) {
  const copy = structuredClone(form);
  let at = copy;
  for (const segment of path.slice(0, -1)) at = at[segment];
  at[path[path.length - 1]] = value;
  return copy;
}

test("a wrong type at any field fails the schema at the path the library reports", () => {
  let checked = 0;
  for (const fixture of fixtures.filter((fixture) => schemas[fixture.kind](fixture.form))) {
    for (const [path, value] of paths(fixture.form)) {
      if (value === null) continue;
      const form = replaced(fixture.form, path, wrongType(value));
      const where = `${fixture.name} at ${pointer(path)}`;
      const reported = library(fixture, form).issues.filter((issue) => issue.code === "form.wrong_type");
      assert.deepEqual(reported.map((issue) => pointer(issue.path)), [pointer(path)], where);
      const validate = schemas[fixture.kind];
      assert.equal(validate(form), false, where);
      assert.ok(validate.errors.some((error) => error.instancePath === pointer(path)), where);
      checked += 1;
    }
  }
  assert.ok(checked > 300, `${checked} wrong types checked`);
});
