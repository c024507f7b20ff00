// The command line tool's JSON output is the wasm module's: every fixture, in every locale, sent
// to the built `maatwerk check --format ndjson` as an envelope on standard input, gives a
// `report` whose text is byte for byte `JSON.stringify` of the package's report for the same
// form and options (through a Validator and through the kind's function). scripts/test.sh
// builds the binary (target/debug/maatwerk) before this runs; MAATWERK_CLI names another.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import * as maatwerk from "maatwerk";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const CLI = process.env.MAATWERK_CLI ?? `${ROOT}target/debug/maatwerk`;
const FIXTURES = `${ROOT}tests/fixtures/`;
const fixtures = readdirSync(FIXTURES)
  .filter((name) => name.endsWith(".json"))
  .sort()
  .map((name) => ({ name, ...JSON.parse(readFileSync(FIXTURES + name, "utf8")) }));
const functions = {
  application: maatwerk.validateApplication,
  providerRegistration: maatwerk.validateProviderRegistration,
  supportPlan: maatwerk.validateSupportPlan,
  supervisor: maatwerk.checkSupervisor,
};

/** The report member's text of a result line: the command writes it last. */
function rawReport(line) {
  const start = line.indexOf(',"report":');
  assert.ok(start > 0 && line.endsWith("}"), line.slice(0, 200));
  return line.slice(start + ',"report":'.length, -1);
}

test("the CLI's reports are byte-identical to the wasm module's on every fixture in every locale", () => {
  assert.ok(existsSync(CLI), `${CLI} is missing: cargo build -p maatwerk-cli`);
  const cases = ["nl", "fr", "en", "de"].flatMap((locale) => fixtures.map((fixture) => ({ locale, fixture })));
  const input = cases
    .map(({ locale, fixture }) => JSON.stringify({ kind: fixture.kind, asOf: fixture.asOf, locale, parameters: fixture.parameters, form: fixture.form }))
    .join("\n");
  const run = spawnSync(CLI, ["check", "--format", "ndjson"], { input, encoding: "utf8", maxBuffer: 1 << 28 });
  assert.equal(run.status, 1, run.stderr);
  const lines = run.stdout.trimEnd().split("\n");
  assert.equal(lines.length, cases.length);
  cases.forEach(({ locale, fixture }, index) => {
    const options = { asOf: fixture.asOf, locale, parameters: fixture.parameters };
    const validator = new maatwerk.Validator(fixture.kind, options);
    try {
      const cli = rawReport(lines[index]);
      assert.equal(cli, JSON.stringify(validator.validate(fixture.form)), `${fixture.name} (${locale})`);
      assert.equal(cli, JSON.stringify(functions[fixture.kind](fixture.form, options)), `${fixture.name} (${locale})`);
    } finally {
      validator.free();
    }
  });
});

test("the CLI on the fixtures folder: one result per file, in file order, with the fixtures' own options", () => {
  const run = spawnSync(CLI, ["check", "--format", "json", FIXTURES], { encoding: "utf8", maxBuffer: 1 << 28 });
  assert.equal(run.status, 1, run.stderr);
  const results = JSON.parse(run.stdout);
  assert.deepEqual(results.map((result) => result.source.split("/").pop()), fixtures.map((fixture) => fixture.name));
  results.forEach((result, index) => {
    const fixture = fixtures[index];
    const options = { asOf: fixture.asOf, locale: fixture.locale, parameters: fixture.parameters };
    assert.deepEqual(result.report, functions[fixture.kind](fixture.form, options), fixture.name);
    assert.equal(result.report.valid, fixture.expect.valid, fixture.name);
  });
});
