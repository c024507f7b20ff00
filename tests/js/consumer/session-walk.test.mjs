// A session never disagrees with a fresh validation, through the installed package in Node: a
// seeded random walk of 10,000 `set`s over every fixture (tests/js/hostile/session-walk.mjs,
// which also runs in Chromium). `MAATWERK_WALK_STEPS` and `MAATWERK_WALK_SEED` change the walk.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import * as m from "maatwerk";
import { runSessionWalk } from "../hostile/session-walk.mjs";

const dir = new URL("../../fixtures/", import.meta.url);
const fixtures = readdirSync(dir)
  .filter((name) => name.endsWith(".json"))
  .sort()
  .map((name) => JSON.parse(readFileSync(new URL(name, dir), "utf8")))
  .map(({ kind, form, asOf, locale, parameters }) => ({ kind, form, options: { asOf, locale, parameters } }));

test("10,000 random sets over every fixture: the session's report is the fresh one after each", () => {
  const steps = Number(process.env.MAATWERK_WALK_STEPS ?? 10_000);
  const seed = Number(process.env.MAATWERK_WALK_SEED ?? 18);
  const r = runSessionWalk(m, fixtures, { steps, seed });
  assert.deepEqual(r.disagreements, []);
  assert.equal(r.steps, steps);
  assert.ok(r.pastBound > 0, "the walk went past the form's bound of 1,000 items");
});
