// The side-by-side benchmark: the built maatwerk package (and, with --baseline, a second build,
// so before and after are measured in one process) next to Zod 4, Valibot and Ajv standalone
// on the support plan; per call, then at start-up.
//
//   node tests/js/bench/run.mjs [--baseline PKG_DIR] [--json FILE]
//
// after `bash scripts/build-pkg.sh`; scripts/bench.sh does both. PKG_DIR is a copy of pkg/.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { printTable } from "./table.mjs";
import { schemaValidators } from "./schemas.mjs";
import { startup } from "./startup.mjs";
import { measure } from "./timing.mjs";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const OPTIONS = { asOf: "2026-11-23", locale: "nl" };
const FIELD = "arrangements.followUpIntervalDays";
// Variety on the rejecting side: wrong types everywhere, and a plan with most facts missing.
const INVALID_PLANS = ["plan-malformed.json", "plan-unsigned-partial.json"];
const REFERENCE = "validateSupportPlan";

const { values: args } = parseArgs({ options: { baseline: { type: "string" }, json: { type: "string" } } });

const packages = [{ label: "current", dir: join(ROOT, "pkg") }];
if (args.baseline) packages.push({ label: "baseline", dir: resolve(args.baseline) });
for (const pkg of packages) {
  const entry = join(pkg.dir, "node/maatwerk.cjs");
  if (!existsSync(entry)) throw new Error(`${entry} is missing: build it with bash scripts/build-pkg.sh`);
  pkg.maatwerk = createRequire(import.meta.url)(entry);
  // The Standard Schemas live in the package's entry, beside the build.
  const facade = join(pkg.dir, "index.cjs");
  pkg.schema = existsSync(facade) ? createRequire(import.meta.url)(facade).schema : undefined;
}

const fixtureDir = join(ROOT, "tests/fixtures");
const fixtures = readdirSync(fixtureDir)
  .sort()
  .map((file) => ({ file, path: join(fixtureDir, file), ...JSON.parse(readFileSync(join(fixtureDir, file), "utf8")) }));
const complete = fixtures.find((f) => f.kind === "supportPlan" && f.expect.valid);
const plans = [complete, ...INVALID_PLANS.map((file) => fixtures.find((f) => f.file === file))];

/** What a call returned, in a few words: a Report, an Issue[], a Session delta or a schema result. */
function summarize(result) {
  if (Array.isArray(result)) return `${result.length} issues`;
  if ("added" in result) return `delta: ${result.at.length} at, +${result.added.length} -${result.removed.length}`;
  if ("valid" in result) return result.valid ? "valid" : `invalid, ${result.issues.length} issues`;
  if (Array.isArray(result.issues)) return `rejected, ${result.issues.length} issues`;
  if ("value" in result) return "accepted";
  if (result.success) return "accepted";
  return `rejected, ${(result.error?.issues ?? result.issues ?? result.errors).length} issues`;
}

// The rows of the table, in print order; a row without `run` is an API this build lacks.
const rows = [];
const cleanups = [];
const add = (fixture, pkg, contender, run) => rows.push({ fixture: fixture.file, package: pkg?.label ?? null, contender, run });

for (const pkg of packages) {
  const { maatwerk } = pkg;
  if (typeof maatwerk.Validator !== "function") continue;
  pkg.validator = new maatwerk.Validator("supportPlan", OPTIONS);
  pkg.session = pkg.validator.session(complete.form);
  cleanups.push(() => pkg.session.free(), () => pkg.validator.free());
}

const schemas = await schemaValidators(OPTIONS.asOf);
for (const plan of plans) {
  const form = plan.form;
  const perPackage = [[REFERENCE, (pkg) => () => pkg.maatwerk.validateSupportPlan(form, OPTIONS)]];
  if (plan === complete) {
    perPackage.push(
      [`validateField ${FIELD}`, (pkg) => () => pkg.maatwerk.validateField("supportPlan", form, FIELD, OPTIONS)],
      ["checkSupervisor (the plan's supervisor)", (pkg) => () => pkg.maatwerk.checkSupervisor(form.supervisor, OPTIONS)],
    );
  }
  perPackage.push(["Validator.validate", (pkg) => pkg.validator && (() => pkg.validator.validate(form))]);
  perPackage.push(["Validator.check", (pkg) => pkg.validator?.check && (() => pkg.validator.check(form))]);
  perPackage.push(["schema ~standard.validate", (pkg) => {
    const schema = pkg.schema?.("supportPlan", OPTIONS);
    return schema && (() => schema["~standard"].validate(form));
  }]);
  if (plan === complete) {
    // Every call is a real edit: the value alternates between 14 and 20 days.
    perPackage.push([`Session.set ${FIELD} 14|20`, (pkg) => {
      let days = 14;
      return pkg.session && (() => pkg.session.set(FIELD, (days = days === 14 ? 20 : 14)));
    }]);
  }
  for (const [contender, bind] of perPackage) for (const pkg of packages) add(plan, pkg, contender, bind(pkg));
  for (const [name, validate] of Object.entries(schemas)) add(plan, null, name, () => validate(form));
}

const timed = rows.filter((row) => row.run);
for (const row of timed) row.result = summarize(row.run());
const { timerOverheadUs, figures } = measure(timed);
timed.forEach((row, i) => Object.assign(row, figures[i]));
for (const cleanup of cleanups) cleanup();

for (const row of rows) {
  const reference = rows.find((r) => r.fixture === row.fixture && r.package === "current" && r.contender === REFERENCE);
  if (row.run) row.ratio = row.medianUs / reference.medianUs;
}

const startups = startup(packages.map((pkg) => pkg.dir), complete.path)
  .map((figures, i) => ({ package: packages[i].label, dir: packages[i].dir, ...figures }));

printTable({ options: OPTIONS, timerOverheadUs, rows, startups });

if (args.json) {
  const figuresOf = ({ run, ...row }) => (run ? row : { ...row, available: false });
  const output = { node: process.version, options: OPTIONS, timerOverheadUs, calls: rows.map(figuresOf), startup: startups };
  writeFileSync(args.json, JSON.stringify(output, null, 2) + "\n");
}
