// The parity guarantee: every fixture validated through the wasm module in Node gives a
// report byte-identical to the native run (written by `cargo test --test fixtures` into
// target/parity/).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import * as maatwerk from "maatwerk";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const validators = {
  application: maatwerk.validateApplication,
  providerRegistration: maatwerk.validateProviderRegistration,
  supportPlan: maatwerk.validateSupportPlan,
  supervisor: maatwerk.checkSupervisor,
};

const fixtures = readdirSync(root + "tests/fixtures").filter((f) => f.endsWith(".json")).sort();

test("there are fixtures of every kind", () => {
  const kinds = new Set(fixtures.map((f) => JSON.parse(readFileSync(root + "tests/fixtures/" + f, "utf8")).kind));
  assert.ok(kinds.has("supervisor"));
});

for (const file of fixtures) {
  test(`parity: ${file}`, () => {
    const fixture = JSON.parse(readFileSync(root + "tests/fixtures/" + file, "utf8"));
    const options = {};
    for (const key of ["asOf", "locale", "parameters"]) if (key in fixture) options[key] = fixture[key];
    const report = validators[fixture.kind](fixture.form, options);
    const native = readFileSync(root + "target/parity/" + file, "utf8");
    assert.equal(JSON.stringify(report), native);
  });
}
