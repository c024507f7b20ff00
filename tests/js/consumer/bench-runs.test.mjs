// The side-by-side benchmark still runs on the current build, with every contender present
// (Validator and Session included): a smoke run, a handful of calls each, no figure checked.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../../", import.meta.url));

test("the benchmark runs every contender on the current build", () => {
  const output = execFileSync(process.execPath, ["tests/js/bench/run.mjs"], {
    cwd: root,
    env: { ...process.env, MAATWERK_BENCH_SMOKE: "1" },
    encoding: "utf8",
  });
  for (const row of ["validateSupportPlan", "validateField", "Validator.validate", "Session.set", "Zod 4", "Valibot", "Ajv standalone"]) {
    assert.match(output, new RegExp(`${row.replace(".", "\\.")}.*\\d+\\.\\d`), row);
  }
  assert.doesNotMatch(output, /current .*n\/a/, "the current build lacks a contender");
  assert.match(output, /start-up/);
});
