// The support plan page of the demo portal in headless Chromium: a complete plan filled from
// the valid fixture, errors at the right fields and in the summary, the completeness bar,
// keyboard use, the language switch, detach(), CSP, and axe-core.
// Assumes scripts/build-pkg.sh ran (www/pkg/ holds the built package).
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import {
  AUDIT, SUMMARY, detachAfterSubmit, expectAccessible, expectLocale, expectMessage, expectStillDetached, expectSummaryAlert,
  fillFromWire, fixture, formValues, keyboardSummaryWalk, leave, openMissing, pageRunner, panel, setByPath,
  shoot, submit, submitValid, summaryLinks, switchLocale, until, untilInvalid, useBrowser,
} from "./harness.mjs";

const PAGE = "plan.html?asOf=2026-11-23";
const VALID = fixture("plan-complete-valid");

const withPage = pageRunner(useBrowser(), {
  path: PAGE,
  typed: /Thomas Janssens|85\.07\.30|An Peeters|Els De Smet|0403\.019\.261/,
});

/** Fills the form from a wire object (see fillFromWire), then leaves the plan's date. */
async function fill(page, form) {
  await fillFromWire(page, form);
  await page.locator("#plan-date").focus();
  await page.locator("#plan-date").blur();
}

/** The report once the page has caught up with the last keystroke. */
async function settled(page) {
  return page.evaluate(() => window.maatwerkDemo.handle.refresh());
}

async function progress(page) {
  return page.evaluate(() => {
    const bar = document.getElementById("completeness-bar");
    return {
      value: bar.value,
      max: bar.max,
      valuetext: bar.getAttribute("aria-valuetext"),
      text: document.getElementById("completeness").textContent,
    };
  });
}

/** The message element of a control (before it) or of a radio group (in its fieldset). */
function messageOf(page, selector) {
  return page.locator(selector).evaluate((control) => {
    const holder = control.type === "radio" ? control.closest("fieldset") : control;
    const ids = (holder.getAttribute("aria-describedby") ?? "").split(/\s+/);
    const message = ids.map((id) => document.getElementById(id)).find((e) => e?.dataset.maatwerk === "message");
    if (!message) return null;
    return {
      codes: [...message.querySelectorAll("[data-code]")].map((line) => line.dataset.code),
      text: message.textContent,
      lang: message.lang,
      invalid: control.getAttribute("aria-invalid"),
    };
  });
}

/** The plan with the three faults the tests look for, each an error. */
async function fillWithFaults(page) {
  await fill(page, VALID);
  await setByPath(page, "arrangements.reachableEveryWorkingDay", false);
  await setByPath(page, "arrangements.followUpIntervalDays", 21);
  await setByPath(page, "signatures.employee.date", "2026-02-10");
  await page.locator("#signatures-employee-date").blur();
}

describe("support plan form", () => {
  test("a complete valid plan shows no error, a full bar, every requirement met, and may be submitted", async () => {
    await withPage(async (page) => {
      await fill(page, VALID);
      const report = await settled(page);
      assert.deepEqual(report.issues.map((issue) => `${issue.severity} ${issue.code}`), []);
      assert.equal(report.valid, true);
      assert.deepEqual(report.completeness, { required: 31, filled: 31, missing: [] });
      assert.deepEqual(await progress(page), {
        value: 31,
        max: 31,
        valuetext: "31 van 31 verplichte gegevens ingevuld",
        text: "31 van 31 verplichte gegevens ingevuld",
      });
      assert.equal(await page.isVisible("#missing-block"), false, "nothing left to list");
      const statuses = (await panel(page)).map(([rule, status]) => `${rule} ${status}`);
      assert.equal(statuses.length, 17, statuses.join(", "));
      assert.deepEqual(statuses.filter((s) => !s.endsWith(" met")), []);
      assert.equal(statuses[0], "PLAN-001 met", "the plan's own rules come first");
      // The external supervisor's registration number was asked and read; hidden questions
      // are disabled.
      assert.equal(await page.isVisible("#supervisor-provider"), true);
      assert.equal(await page.isDisabled("#responsible-person"), true);

      await submitValid(page);
      assert.equal(await page.locator(".maatwerk-message").count(), 0);
      await shoot(page, "plan-valid.png");
    });
  });

  test("no daily reachability, a 21-day interval and an early signature: right message, right field, summary", async () => {
    await withPage(async (page) => {
      await fillWithFaults(page);
      const summary = await submit(page);
      await expectSummaryAlert(summary);
      const links = await summaryLinks(page);
      // In the order of the form: reachability and interval (arrangements), signatures.
      assert.deepEqual(links.map(([href]) => href), [
        "#arrangements-reachable-yes",
        "#arrangements-follow-up-interval",
        "#signatures-employee-date",
      ]);
      assert.match(links[0][1], /elke werkdag bereikbaar/);
      assert.match(links[1][1], /om de twee weken.*14 dagen/);
      assert.match(links[2][1], /handtekening ligt vóór de datum van het plan/);

      const interval = await messageOf(page, "#arrangements-follow-up-interval");
      assert.deepEqual(interval.codes, ["guidance.follow_up_too_rare"]);
      assert.equal(interval.invalid, "true");
      assert.equal(interval.lang, "nl");
      assert.match(interval.text, /^Fout: /);
      const reachable = await messageOf(page, "#arrangements-reachable-yes");
      assert.deepEqual(reachable.codes, ["guidance.not_reachable_daily"]);
      assert.equal(reachable.invalid, "true");
      const signature = await messageOf(page, "#signatures-employee-date");
      assert.deepEqual(signature.codes, ["plan.signature_before_plan_date"]);
      assert.equal(await page.locator(".maatwerk-message--error").count(), 3);

      const report = await page.evaluate(() => window.maatwerkDemo.handle.report());
      const errors = report.issues.filter((issue) => issue.severity === "error").map((issue) => `${issue.field} ${issue.code}`);
      assert.deepEqual(errors, [
        "arrangements.followUpIntervalDays guidance.follow_up_too_rare",
        "arrangements.reachableEveryWorkingDay guidance.not_reachable_daily",
        "signatures.employee.date plan.signature_before_plan_date",
      ]);
      for (const [rule, status] of [["GUI-001", "notMet"], ["GUI-003", "notMet"], ["PLAN-004", "notMet"]]) {
        assert.equal(await page.getAttribute(`#requirements [data-rule="${rule}"]`, "data-status"), status, rule);
      }
      await shoot(page, "plan-errors.png");

      // Fixed, the summary entry and the message go.
      await leave(page, "#arrangements-follow-up-interval", "14");
      await until(page, () => document.querySelectorAll(".maatwerk-error-summary a").length === 2);
      assert.equal(await messageOf(page, "#arrangements-follow-up-interval"), null);
    });
  });

  test("the coach's name equal to the supervisor's is pointed out at the coach's name, as a warning", async () => {
    await withPage(async (page) => {
      await fill(page, VALID);
      await leave(page, "#collega-coach-name", "an peeters");
      await expectMessage(page, "#collega-coach-name", "guidance.coach_is_supervisor", "collegaCoach.name", /beide rollen/);
      const message = await messageOf(page, "#collega-coach-name");
      assert.deepEqual(message.codes, ["guidance.coach_is_supervisor"]);
      assert.doesNotMatch(message.text, /peeters/i, "a message never repeats a name");
      // The FAQ names two roles ("De collega-coach staat in voor de dagelijkse opvolging") and
      // does not forbid one person to hold both: a warning, the field stays valid.
      assert.equal(message.invalid, null);
      assert.equal((await settled(page)).valid, true);
    });
  });

  test("the completeness bar follows what is filled, and lists what is missing with links", async () => {
    await withPage(async (page) => {
      const empty = await progress(page);
      assert.deepEqual(empty, {
        value: 0,
        max: 19,
        valuetext: "0 van 19 verplichte gegevens ingevuld",
        text: "0 van 19 verplichte gegevens ingevuld",
      });
      assert.equal(await page.getAttribute("#completeness-bar", "aria-describedby"), "completeness");
      const label = await page.locator("#completeness-bar").evaluate((bar) =>
        document.getElementById(bar.getAttribute("aria-labelledby"))?.textContent);
      assert.equal(label, "Volledigheid");

      await page.fill("#employee-name", "Thomas Janssens");
      await until(page, () => document.getElementById("completeness-bar").value === 1);
      assert.equal((await progress(page)).text, "1 van 19 verplichte gegevens ingevuld");

      // External guidance asks one more fact: the provider's registration number.
      await page.check("#supervisor-organisation-external");
      await until(page, () => document.getElementById("completeness").textContent === "2 van 20 verplichte gegevens ingevuld");
      await page.fill("#supervisor-provider", "ED-2024-0137");
      await until(page, () => document.getElementById("completeness-bar").value === 3);
      // Internal again: the number is hidden, disabled, and no longer counted.
      await page.check("#supervisor-organisation-internal");
      await until(page, () => document.getElementById("completeness").textContent === "2 van 19 verplichte gegevens ingevuld");
      assert.equal(await page.isDisabled("#supervisor-provider"), true);
      assert.equal(await page.isVisible("#supervisor-provider"), false);

      // What is missing, by label, each a link to its field.
      await page.click("#missing-block summary");
      const missing = await page.$$eval("#missing a", (as) => as.map((a) => [a.dataset.missing, a.textContent]));
      assert.equal(missing.length, 17);
      // In the order of the form, not of the report.
      assert.deepEqual(missing.slice(0, 3).map(([path]) => path), ["guidanceIndicated", "employmentStart", "planDate"]);
      assert.deepEqual(missing.slice(-2).map(([path]) => path), ["signatures.employee.signed", "signatures.employer.signed"]);
      assert.ok(!missing.some(([path]) => path === "employee.name"));
      const insz = missing.find(([path]) => path === "employee.insz");
      assert.equal(insz[1], "Werknemer: Rijksregisternummer (INSZ)");
      await page.click('#missing a[data-missing="employee.insz"]');
      assert.equal(await page.evaluate(() => document.activeElement?.id), "employee-insz");

      await fill(page, VALID);
      await until(page, () => document.getElementById("completeness").textContent === "31 van 31 verplichte gegevens ingevuld");
    });
  });

  test("keyboard only: Enter submits, Tab reaches the summary link, Enter focuses the field", async () => {
    await withPage(async (page) => {
      await fillWithFaults(page);
      await keyboardSummaryWalk(page, "#employee-name", ["#arrangements-reachable-yes", "#arrangements-follow-up-interval"]);
      // Fix it from the keyboard.
      await page.keyboard.press("Control+A");
      await page.keyboard.type("10");
      await page.keyboard.press("Tab");
      await until(page, () => document.querySelectorAll(".maatwerk-error-summary a").length === 2);
    });
  });

  test("the language switch changes the messages and keeps every value", async () => {
    await withPage(async (page) => {
      await fillWithFaults(page);
      await submit(page);
      const before = await formValues(page);
      assert.equal(await page.getAttribute(".lang-switch button[data-locale=nl]", "aria-pressed"), "true");
      // The page downloaded the Dutch texts only; the German ones come with the switch.
      const texts = () => page.evaluate(() => performance.getEntriesByType("resource").map((entry) => new URL(entry.name).pathname).filter((path) => path.startsWith("/pkg/texts/")));
      assert.deepEqual(await texts(), ["/pkg/texts/nl.js"]);

      await switchLocale(page, "de");
      await until(page, () => document.querySelector(".maatwerk-error-summary h2")?.textContent === "Es gibt ein Problem");
      assert.deepEqual(await texts(), ["/pkg/texts/nl.js", "/pkg/texts/de.js"]);
      // The switch shows German, the address and the portal's links keep it.
      await expectLocale(page, "de");
      const interval = await messageOf(page, "#arrangements-follow-up-interval");
      assert.deepEqual(interval.codes, ["guidance.follow_up_too_rare"]);
      assert.match(interval.text, /^Fehler: .*zwei Wochen/);
      assert.equal(interval.lang, "de");
      assert.equal(await page.getAttribute(`${SUMMARY} ul`, "lang"), "de");
      assert.equal(await page.getAttribute(`${SUMMARY} h2`, "lang"), "de");
      assert.equal(await page.locator(`${SUMMARY} a`).count(), 3);
      assert.match(await page.locator(`${SUMMARY} a`).first().innerText(), /an jedem Arbeitstag erreichbar/);
      // The panel's titles, explanations and status badges follow, marked as German.
      const gui = page.locator('#requirements [data-rule="GUI-003"]');
      assert.equal(await gui.locator(".requirement__title").getAttribute("lang"), "de");
      assert.equal(await gui.locator(".requirement__status").innerText(), "Nicht erfüllt");
      assert.equal(await gui.locator(".requirement__status").getAttribute("lang"), "de");
      assert.equal(await page.evaluate(() => document.documentElement.lang), "nl");
      // Nothing typed is lost, the new binding knows the form was submitted, the links keep
      // the language.
      assert.deepEqual(await formValues(page), before);
      assert.equal(await page.evaluate(() => window.maatwerkDemo.handle.submitted), true);
      assert.equal(await page.locator(".maatwerk-error-summary").count(), 1);
    });
  });

  test("before a submit, the switch keeps the messages of the fields the user worked on", async () => {
    await withPage(async (page) => {
      await leave(page, "#arrangements-follow-up-interval", "21");
      await untilInvalid(page, "#arrangements-follow-up-interval");
      await switchLocale(page, "fr");
      await until(page, () => document.querySelector("[data-maatwerk=message]")?.lang === "fr");
      const interval = await messageOf(page, "#arrangements-follow-up-interval");
      assert.deepEqual(interval.codes, ["guidance.follow_up_too_rare"]);
      assert.match(interval.text, /^Erreur : /);
      // Only that field: the untouched rest of the empty form stays quiet, and no summary.
      assert.equal(await page.locator("[data-maatwerk=message]").count(), 1);
      assert.equal(await page.locator(SUMMARY).count(), 0);
      assert.equal(await page.evaluate(() => window.maatwerkDemo.handle.submitted), false);
    }, { path: `${PAGE}&locale=nl` });
  });

  test("?locale=en opens with English messages", async () => {
    await withPage(async (page) => {
      await expectLocale(page, "en");
      const summary = await submit(page);
      await expectSummaryAlert(summary, "There is a problem");
      assert.equal(await page.getAttribute(`${SUMMARY} ul`, "lang"), "en");
    }, { path: `${PAGE}&locale=en` });
  });

  test("detach() removes the listeners and everything it added", async () => {
    await withPage(async (page) => {
      await detachAfterSubmit(page, "arrangements-follow-up-interval", "21");

      // Typing no longer validates: no message, no report, the bar stands still.
      const bar = await progress(page);
      await page.evaluate(() => {
        window.reports = 0;
        document.getElementById("plan-form").addEventListener("maatwerk:report", () => { window.reports += 1; });
      });
      await leave(page, "#arrangements-follow-up-interval", "99");
      await leave(page, "#employee-name", "Thomas Janssens");
      await page.click("button[data-add=actionPoints]");
      await expectStillDetached(page);
      assert.equal(await page.evaluate(() => window.reports), 0);
      assert.deepEqual(await progress(page), bar);
    });
  });

  test("axe-core finds no violations, with and without errors", async () => {
    await withPage(async (page) => {
      await expectAccessible(page);
      await fillWithFaults(page);
      await page.fill("#employee-insz", "85.07.30-033.29");
      await page.click("button[data-add=actionPoints]");
      await page.click("button[data-add=revisions]");
      await page.fill("#backups-coach", "");
      await submit(page);
      await openMissing(page);
      // Errors at text fields, a radio group and a row; a warning; the summary.
      assert.ok(await page.locator(".maatwerk-message--error").count() >= 5);
      assert.ok(await page.locator(".maatwerk-message--warning").count() >= 1);
      await expectAccessible(page);
      await switchLocale(page, "fr");
      await until(page, () => document.querySelector(".maatwerk-error-summary ul")?.lang === "fr");
      await expectAccessible(page);
    }, AUDIT);
  });
});
