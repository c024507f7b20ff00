// Times validateSupportPlan and validateField over the built npm package (pkg/node) on the
// complete support-plan fixture: `node tests/js/bench.mjs` after `bash scripts/build-pkg.sh`.
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../", import.meta.url));
const maatwerk = createRequire(import.meta.url)(root + "pkg/node/maatwerk.cjs");
const fixtures = readdirSync(root + "tests/fixtures").sort().map((f) => JSON.parse(readFileSync(root + "tests/fixtures/" + f, "utf8")));
const complete = (kind) => fixtures.find((f) => f.kind === kind && f.expect.valid).form;
const options = { asOf: "2026-11-23", locale: "nl" };
const plan = complete("supportPlan");

function time(name, fn) {
  for (let i = 0; i < 200; i++) fn(); // warm-up
  const samples = [];
  for (let round = 0; round < 20; round++) {
    const n = 200;
    const start = performance.now();
    for (let i = 0; i < n; i++) fn();
    samples.push(((performance.now() - start) / n) * 1000);
  }
  samples.sort((a, b) => a - b);
  const median = samples[samples.length >> 1];
  console.log(`${name.padEnd(44)} median ${median.toFixed(1)} µs/call (p10 ${samples[2].toFixed(1)}, p90 ${samples[17].toFixed(1)})`);
}

time("validateSupportPlan (complete plan)", () => maatwerk.validateSupportPlan(plan, options));
time("validateField (support plan, one field)", () =>
  maatwerk.validateField("supportPlan", plan, "arrangements.followUpIntervalDays", options));
time("checkSupervisor", () => maatwerk.checkSupervisor(complete("supervisor"), options));
