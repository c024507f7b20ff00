// A portal's form shape (`options.mapping`) through the package in Node: the portal cases of
// tests/mapped/ give the command line's reports byte for byte (`maatwerk check --mapping`), so
// Node and the native core read a portal's form the same way; a Validator, a Session, validateField
// and the Standard Schemas take the portal's paths and answer at them; a mapping a program got
// wrong throws naming its entry. scripts/test.sh builds the command (target/debug/maatwerk).
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import * as maatwerk from "maatwerk";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const CLI = process.env.MAATWERK_CLI ?? `${ROOT}target/debug/maatwerk`;
const CASES = `${ROOT}tests/mapped/`;
const cases = readdirSync(CASES)
  .filter((name) => name.endsWith(".json"))
  .sort()
  .map((name) => ({ name, ...JSON.parse(readFileSync(CASES + name, "utf8")) }));
const functions = {
  application: maatwerk.validateApplication,
  providerRegistration: maatwerk.validateProviderRegistration,
  supportPlan: maatwerk.validateSupportPlan,
  supervisor: maatwerk.checkSupervisor,
};

test("every portal case gives the command's report, byte for byte, at the expected portal paths", () => {
  const dir = mkdtempSync(join(tmpdir(), "maatwerk-mapped-"));
  try {
    for (const { name, kind, asOf, mapping, form, expect } of cases) {
      const options = { asOf, mapping };
      const report = functions[kind](form, options);
      assert.equal(JSON.stringify(new maatwerk.Validator(kind, options).validate(form)), JSON.stringify(report), name);
      assert.equal(report.valid, expect.valid, name);
      for (const [code, portalPath] of Object.entries(expect.at)) {
        assert.equal(report.issues.find((issue) => issue.code === code)?.portalPath, portalPath, `${name}: ${code}`);
      }
      writeFileSync(join(dir, "mapping.json"), JSON.stringify(mapping));
      const run = spawnSync(CLI, ["check", "--kind", kind, "--as-of", asOf, "--format", "ndjson", "--mapping", join(dir, "mapping.json"), "-"], {
        input: JSON.stringify(form),
        encoding: "utf8",
      });
      assert.equal(run.status, report.valid ? 0 : 1, run.stderr);
      const line = run.stdout.trim();
      assert.equal(line.slice(line.indexOf(',"report":') + ',"report":'.length, -1), JSON.stringify(report), name);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

const formio = cases.find(({ name }) => name === "supervisor-formio.json");
const options = { asOf: formio.asOf, mapping: formio.mapping };

test("a session takes the portal's paths, as text or as a list, and answers at them", () => {
  const session = new maatwerk.Validator("supervisor", options).session({ persoon: { naam: "Nathalie Dubois" }, ervaring: [] });
  let delta = session.set("ervaring", [{ van: "2025-04-01", relevant: "J" }]);
  assert.ok(delta.at.some((issue) => issue.code === "supervisor.experience_too_short" && issue.portalPath === "ervaring"));
  delta = session.set(["ervaring", 0, "van"], "2020-01-01");
  assert.ok(delta.removed.some((issue) => issue.code === "supervisor.experience_too_short" && issue.portalPath === "ervaring"));
  delta = session.set("ervaring[0].relevant", "N");
  assert.ok(delta.added.some((issue) => issue.portalPath === "ervaring"));
  assert.deepEqual(
    JSON.stringify(session.report()),
    JSON.stringify(maatwerk.checkSupervisor({ persoon: { naam: "Nathalie Dubois" }, ervaring: [{ van: "2020-01-01", relevant: "N" }] }, options)),
  );
  assert.throws(() => session.set("ervaring[0].kleur", "rood"), /names no field/);
  assert.ok(session.issuesAt("ervaring").every((issue) => issue.portalPath.startsWith("ervaring")));
});

test("validateField and issuesAt take a portal's path", () => {
  const form = { ervaring: [{ van: "2024-02-01", tot: "2024-01-01", relevant: "J" }] };
  const issues = maatwerk.validateField("supervisor", form, "ervaring[0].tot", options);
  assert.deepEqual(issues.map((issue) => [issue.code, issue.field, issue.portalPath]), [["supervisor.period_reversed", "experience[0].to", "ervaring[0].tot"]]);
  assert.deepEqual(new maatwerk.Validator("supervisor", options).issuesAt(form, ["ervaring", 0, "tot"]), issues);
  assert.throws(() => maatwerk.validateField("supervisor", form, "ervaring[0].kleur", options), /names no field/);
  // A path no entry maps is the wire's own (a mapping lists only what differs).
  assert.deepEqual(maatwerk.validateField("supervisor", form, "experience[0].to", options), issues);
});

test("a Standard Schema with a mapping answers at the portal's paths", () => {
  const schema = maatwerk.schema("supervisor", options);
  const result = schema["~standard"].validate({ persoon: { naam: "Nathalie Dubois", verantwoordelijk: "ja" }, ervaring: [{ van: "2024-02-01", tot: "2024-01-01", relevant: "J" }] });
  assert.ok(result.issues.some((issue) => JSON.stringify(issue.path) === JSON.stringify(["ervaring", 0, "tot"])), JSON.stringify(result));
  assert.ok(result.issues.some((issue) => JSON.stringify(issue.path) === JSON.stringify(["ervaring"])));
  const valid = { persoon: { naam: "Nathalie Dubois", verantwoordelijk: "ja" }, ervaring: [{ van: "2020-01-01", relevant: "J" }] };
  assert.deepEqual(schema["~standard"].validate(valid), { value: valid });
});

test("a mapping a program got wrong throws, naming the entry", () => {
  const refused = (mapping, message) => assert.throws(() => new maatwerk.Validator("supervisor", { asOf: "2026-11-23", mapping }), { message });
  refused({ fields: { naam: "nmae" } }, 'options.mapping.fields["naam"] names no field of a supervisor form');
  refused({ fields: { "ervaring[*].van": "experience.from" } }, 'options.mapping.fields["ervaring[*].van"]: the key and the wire path must have as many [*]');
  refused({ fields: { naam: 3 } }, 'options.mapping.fields["naam"] must be a wire path such as "experience[*].to", or { path, values }');
  refused({ values: { ja: [true] } }, 'options.mapping.values["ja"] must be text, a number, true, false or null');
  refused("fields", "options.mapping must be an object with fields and values, each an object");
  // The module goes on working.
  assert.equal(maatwerk.checkSupervisor({ name: "A" }, { asOf: "2026-11-23" }).valid, false);
});
