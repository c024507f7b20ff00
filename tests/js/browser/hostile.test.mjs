// Hostile input in headless Chromium, through the web build the demo serves (www/pkg): the
// cases of tests/js/hostile/hostile.mjs (the same module runs in Node), and attachForm on a
// form whose controls are named like the form's own properties, with a paste over 1 MB.
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { ROOT, openPage, useBrowser } from "./harness.mjs";

const env = useBrowser();
const HOSTILE = readFileSync(join(ROOT, "tests/js/hostile/hostile.mjs"), "utf8");
const WALK = readFileSync(join(ROOT, "tests/js/hostile/session-walk.mjs"), "utf8");
const FIXTURES = join(ROOT, "tests/fixtures");

/** The portal's index page, with the shared module served next to it as /__hostile.mjs. */
async function hostilePage() {
  const session = await openPage(env.browser, env.server, "index.html");
  await session.page.route("**/__hostile.mjs", (route) =>
    route.fulfill({ status: 200, contentType: "text/javascript", body: HOSTILE }));
  await session.page.route("**/__session-walk.mjs", (route) =>
    route.fulfill({ status: 200, contentType: "text/javascript", body: WALK }));
  return session;
}

test("Chromium: 3,000 random sets over every fixture, the session's report the fresh one after each", { timeout: 600_000 }, async () => {
  const fixtures = readdirSync(FIXTURES)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((name) => JSON.parse(readFileSync(join(FIXTURES, name), "utf8")))
    .map(({ kind, form, asOf, locale, parameters }) => ({ kind, form, options: { asOf, locale, parameters } }));
  const session = await hostilePage();
  try {
    const r = await session.page.evaluate(async (fixtures) => {
      const m = await import("/pkg/index.js");
      await m.default({ locales: ["nl", "fr", "en", "de"] });
      const { runSessionWalk } = await import("/__session-walk.mjs");
      return runSessionWalk(m, fixtures, { steps: 3_000, seed: 18 });
    }, fixtures);
    assert.deepEqual(r.disagreements, []);
    assert.equal(r.steps, 3_000);
  } finally {
    await session.close();
  }
});

test("Chromium: the hostile cases, the repetition and memory test, the nearly full stack", { timeout: 600_000 }, async () => {
  const session = await hostilePage();
  try {
    const r = await session.page.evaluate(async () => {
      const m = await import("/pkg/index.js");
      const wasm = await m.default({ locales: ["nl", "fr", "en", "de"] });
      const h = await import("/__hostile.mjs");
      const cases = h.runCases(m, wasm);
      const repetition = h.runRepetition(m, wasm);
      const stack = h.runNearlyFullStack(m, wasm);
      return { cases, repetition, stack };
    });
    assert.ok(r.cases.count >= 500, `${r.cases.count} cases`);
    assert.deepEqual(r.cases.failures, []);
    assert.equal(r.repetition.thrown, 5_000);
    assert.ok(r.repetition.answeredAfterThrowing && r.repetition.answeredAtTheEnd);
    assert.deepEqual(r.repetition.after, r.repetition.before);
    assert.ok(r.stack.overflowed > 1_000, `${r.stack.overflowed} of ${r.stack.calls} calls overflowed`);
    assert.deepEqual(
      { traps: r.stack.traps, wrong: r.stack.wrong, unusable: r.stack.unusable, pointerBack: r.stack.pointerBack },
      { traps: 0, wrong: 0, unusable: [], pointerBack: true },
    );
    assert.deepEqual(await session.problems(), []);
  } finally {
    await session.close();
  }
});

test("Chromium: attachForm with odd control names and a paste over 1 MB shows issues, never throws", async () => {
  const session = await hostilePage();
  try {
    const r = await session.page.evaluate(async () => {
      const m = await import("/pkg/index.js");
      await m.default({ locales: ["nl", "fr", "en", "de"] });
      const { attachForm } = await import("/pkg/dom/index.js");
      const { SENTINEL } = await import("/__hostile.mjs");
      const form = document.createElement("form");
      const odd = ["id", "elements", "ownerDocument", "action", "submit", "length", "constructor", "__proto__",
        "toString", "0", "", "experience[0].from.x", "experience[999999].from", "diplomas[-1]"];
      const inputs = ["name", ...odd].map((name) => {
        const input = document.createElement("input");
        input.name = name;
        input.value = `${SENTINEL}\ud800`;
        form.append(input);
        return input;
      });
      // Not form.elements: a control named "elements" shadows it, as the binding must survive.
      const [name] = inputs;
      document.body.append(form);
      const handle = attachForm(form, "supervisor", { asOf: "2026-11-23", locale: "en" });
      const outcomes = [];
      for (const paste of ["An Peeters", "x".repeat(1_100_000) + SENTINEL]) {
        name.value = paste;
        name.dispatchEvent(new Event("input", { bubbles: true }));
        try {
          const report = handle.validate();
          outcomes.push({
            codes: report.issues.map((issue) => `${issue.code}@${issue.field}`),
            summary: form.querySelector(".maatwerk-error-summary")?.textContent ?? "",
            text: JSON.stringify(report),
          });
        } catch (error) {
          outcomes.push({ threw: String(error) });
        }
      }
      handle.detach();
      return { outcomes, sentinel: SENTINEL };
    });
    const [typed, pasted] = r.outcomes;
    assert.equal(typed.threw, undefined);
    assert.equal(pasted.threw, undefined, pasted.threw);
    assert.ok(pasted.codes.some((code) => code.startsWith("form.too_large")), pasted.codes.join(" "));
    assert.ok(pasted.summary.includes("1 MB"), pasted.summary.slice(0, 300));
    for (const outcome of r.outcomes) assert.ok(!outcome.text.includes(r.sentinel));
    assert.deepEqual(await session.problems(), []);
  } finally {
    await session.close();
  }
});
