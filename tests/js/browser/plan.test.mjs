// The support plan page of the demo portal in headless Chromium: a complete plan filled from
// the valid fixture, errors at the right fields and in the summary, the completeness bar,
// keyboard use, the language switch, detach(), CSP, and axe-core.
// Assumes scripts/build-pkg.sh ran (www/pkg/ holds the built package).
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { ROOT, axe, launchBrowser, openPage, screenshotPath, startServer, until } from "./harness.mjs";

const PAGE = "plan.html?asOf=2026-11-23";
const SUMMARY = "form .maatwerk-error-summary";
const VALID = JSON.parse(readFileSync(join(ROOT, "tests", "fixtures", "plan-complete-valid.json"), "utf8")).form;

let server;
let browser;

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

/** Opens the page, runs `body`, then fails on any CSP violation, page error or foreign request. */
async function withPage(body, { path = PAGE, contextOptions } = {}) {
  const session = await openPage(browser, server, path, contextOptions);
  try {
    await until(session.page, () => window.maatwerkDemo?.handle);
    await body(session.page, session);
    assert.deepEqual(await session.problems(), []);
    // What the user typed never reaches the console.
    const typed = /Thomas Janssens|85\.07\.30|An Peeters|Els De Smet|0403\.019\.261/;
    assert.deepEqual(session.logged().filter((text) => typed.test(text)), []);
  } finally {
    await session.close();
  }
}

/** The leaves of a wire object as [path, value], in the object's order: `a.b[0].c`. */
function leaves(value, path = "") {
  if (Array.isArray(value)) return value.flatMap((item, index) => leaves(item, `${path}[${index}]`));
  if (value !== null && typeof value === "object") {
    return Object.entries(value).flatMap(([key, item]) => leaves(item, path ? `${path}.${key}` : key));
  }
  return [[path, value]];
}

/** The lists of a wire object with their lengths: `actionPoints` 3, `supervisor.diplomas` 1. */
function lists(value, path = "") {
  if (Array.isArray(value)) return [[path, value.length]];
  if (value !== null && typeof value === "object") {
    return Object.entries(value).flatMap(([key, item]) => lists(item, path ? `${path}.${key}` : key));
  }
  return [];
}

/** Sets one control by its wire path, as a user would: radios and checkboxes by clicking. */
async function set(page, path, value) {
  const controls = page.locator(`[name="${path}"]`);
  const type = await controls.first().evaluate((element) => element.type);
  if (type === "radio") await page.check(`[name="${path}"][value="${value}"]`);
  else if (type === "checkbox") await controls.setChecked(value === true);
  else if (type === "select-one") await controls.selectOption(String(value));
  else await controls.fill(String(value));
}

/** Fills the form from a wire object: first the rows its lists need, then every value. */
async function fill(page, form) {
  for (const [list, count] of lists(form)) {
    for (let i = 0; i < count; i += 1) await page.click(`button[data-add="${list}"]`);
  }
  for (const [path, value] of leaves(form)) await set(page, path, value);
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

/** A full-page screenshot from the top, so the sticky panel sits where a reader sees it. */
async function shoot(page, name) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: screenshotPath(name), fullPage: true });
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

/** The plan with the three faults the tests look for. */
async function fillWithFaults(page) {
  await fill(page, VALID);
  await set(page, "arrangements.followUpIntervalDays", 21);
  await set(page, "collegaCoach.isSupervisor", true);
  await set(page, "signatures.employee.date", "2026-02-10");
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
      const statuses = await page.$$eval("#requirements [data-rule]", (items) => items.map((i) => `${i.dataset.rule} ${i.dataset.status}`));
      assert.equal(statuses.length, 17, statuses.join(", "));
      assert.deepEqual(statuses.filter((s) => !s.endsWith(" met")), []);
      assert.equal(statuses[0], "PLAN-001 met", "the plan's own rules come first");
      // The external supervisor's registration number was asked and read; hidden questions
      // are disabled.
      assert.equal(await page.isVisible("#supervisor-provider"), true);
      assert.equal(await page.isDisabled("#responsible-person"), true);

      const url = page.url();
      await page.click("button[type=submit]");
      await page.locator("#submitted").waitFor();
      assert.equal(await page.evaluate(() => document.activeElement?.id), "submitted");
      assert.equal(await page.locator(SUMMARY).count(), 0);
      assert.equal(await page.locator(".maatwerk-message").count(), 0);
      assert.equal(page.url(), url, "nothing typed goes into the address");
      await shoot(page, "plan-valid.png");
    });
  });

  test("a 21-day interval, the coach as supervisor and an early signature: right message, right field, summary", async () => {
    await withPage(async (page) => {
      await fillWithFaults(page);
      await page.click("button[type=submit]");
      const summary = page.locator(SUMMARY);
      await summary.waitFor();
      assert.ok(await summary.evaluate((element) => document.activeElement === element), "focus on the summary");
      assert.equal(await summary.locator("h2").innerText(), "Er is een probleem");
      const links = await summary.locator("a").evaluateAll((as) => as.map((a) => [a.getAttribute("href"), a.textContent]));
      // In the order of the form: collega-coach, arrangements, signatures.
      assert.deepEqual(links.map(([href]) => href), [
        "#collega-coach-is-supervisor-yes",
        "#arrangements-follow-up-interval",
        "#signatures-employee-date",
      ]);
      assert.match(links[0][1], /collega-coach kan niet de gekwalificeerd begeleider zijn/);
      assert.match(links[1][1], /om de twee weken.*14 dagen/);
      assert.match(links[2][1], /handtekening ligt vóór de datum van het plan/);

      const interval = await messageOf(page, "#arrangements-follow-up-interval");
      assert.deepEqual(interval.codes, ["guidance.follow_up_too_rare"]);
      assert.equal(interval.invalid, "true");
      assert.equal(interval.lang, "nl");
      assert.match(interval.text, /^Fout: /);
      const coach = await messageOf(page, "#collega-coach-is-supervisor-yes");
      assert.deepEqual(coach.codes, ["guidance.coach_is_supervisor"]);
      assert.equal(coach.invalid, "true");
      const signature = await messageOf(page, "#signatures-employee-date");
      assert.deepEqual(signature.codes, ["plan.signature_before_plan_date"]);
      assert.equal(await page.locator(".maatwerk-message--error").count(), 3);

      const report = await page.evaluate(() => window.maatwerkDemo.handle.report());
      const errors = report.issues.filter((issue) => issue.severity === "error").map((issue) => `${issue.field} ${issue.code}`);
      assert.deepEqual(errors, [
        "arrangements.followUpIntervalDays guidance.follow_up_too_rare",
        "collegaCoach.isSupervisor guidance.coach_is_supervisor",
        "signatures.employee.date plan.signature_before_plan_date",
      ]);
      for (const [rule, status] of [["GUI-003", "notMet"], ["GUI-004", "notMet"], ["PLAN-004", "notMet"]]) {
        assert.equal(await page.getAttribute(`#requirements [data-rule="${rule}"]`, "data-status"), status, rule);
      }
      await shoot(page, "plan-errors.png");

      // Fixed, the summary entry and the message go.
      await page.fill("#arrangements-follow-up-interval", "14");
      await page.locator("#arrangements-follow-up-interval").blur();
      await until(page, () => document.querySelectorAll(".maatwerk-error-summary a").length === 2);
      assert.equal(await messageOf(page, "#arrangements-follow-up-interval"), null);
    });
  });

  test("the coach's name equal to the supervisor's is caught at the coach's name", async () => {
    await withPage(async (page) => {
      await fill(page, VALID);
      await page.fill("#collega-coach-name", "an peeters");
      await page.locator("#collega-coach-name").blur();
      await until(page, () => document.querySelector("#collega-coach-name")?.getAttribute("aria-invalid") === "true");
      const message = await messageOf(page, "#collega-coach-name");
      assert.deepEqual(message.codes, ["guidance.coach_is_supervisor"]);
      assert.doesNotMatch(message.text, /peeters/i, "a message never repeats a name");
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
      await page.focus("#employee-name");
      await page.keyboard.press("Enter");
      await page.locator(SUMMARY).waitFor();
      await until(page, () => document.activeElement?.classList.contains("maatwerk-error-summary"));
      await page.keyboard.press("Tab");
      assert.equal(await page.evaluate(() => document.activeElement?.getAttribute("href")), "#collega-coach-is-supervisor-yes");
      await page.keyboard.press("Tab");
      assert.equal(await page.evaluate(() => document.activeElement?.getAttribute("href")), "#arrangements-follow-up-interval");
      await page.keyboard.press("Enter");
      await until(page, () => document.activeElement?.id === "arrangements-follow-up-interval");
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
      await page.click("button[type=submit]");
      await page.locator(SUMMARY).waitFor();
      const before = await page.$$eval("form [name]", (els) => els.map((e) => [e.name, e.type === "radio" || e.type === "checkbox" ? e.checked : e.value]));
      assert.equal(await page.getAttribute(".lang-switch button[data-locale=nl]", "aria-pressed"), "true");

      await page.click(".lang-switch button[data-locale=de]");
      await until(page, () => document.querySelector(".maatwerk-error-summary h2")?.textContent === "Es gibt ein Problem");
      assert.equal(await page.getAttribute(".lang-switch button[data-locale=de]", "aria-pressed"), "true");
      assert.equal(await page.getAttribute(".lang-switch button[data-locale=nl]", "aria-pressed"), "false");
      assert.match(page.url(), /[?&]locale=de/);
      const interval = await messageOf(page, "#arrangements-follow-up-interval");
      assert.deepEqual(interval.codes, ["guidance.follow_up_too_rare"]);
      assert.match(interval.text, /^Fehler: .*zwei Wochen/);
      assert.equal(interval.lang, "de");
      assert.equal(await page.getAttribute(`${SUMMARY} ul`, "lang"), "de");
      assert.equal(await page.getAttribute(`${SUMMARY} h2`, "lang"), "de");
      assert.equal(await page.locator(`${SUMMARY} a`).count(), 3);
      assert.match(await page.locator(`${SUMMARY} a`).first().innerText(), /Kollegen-Coach/);
      // The panel's titles and explanations follow, marked as German; its own words stay Dutch.
      const gui = page.locator('#requirements [data-rule="GUI-003"]');
      assert.equal(await gui.locator(".requirement__title").getAttribute("lang"), "de");
      assert.equal(await gui.locator(".requirement__status").innerText(), "Niet voldaan");
      assert.equal(await page.evaluate(() => document.documentElement.lang), "nl");
      // Nothing typed is lost, the new binding knows the form was submitted, the links keep
      // the language.
      const after = await page.$$eval("form [name]", (els) => els.map((e) => [e.name, e.type === "radio" || e.type === "checkbox" ? e.checked : e.value]));
      assert.deepEqual(after, before);
      assert.equal(await page.evaluate(() => window.maatwerkDemo.handle.submitted), true);
      assert.equal(await page.getAttribute(".breadcrumbs a", "href"), "index.html?locale=de");
      assert.equal(await page.locator(".maatwerk-error-summary").count(), 1);
    });
  });

  test("before a submit, the switch keeps the messages of the fields the user worked on", async () => {
    await withPage(async (page) => {
      await page.fill("#arrangements-follow-up-interval", "21");
      await page.locator("#arrangements-follow-up-interval").blur();
      await until(page, () => document.querySelector("#arrangements-follow-up-interval")?.getAttribute("aria-invalid") === "true");
      await page.click(".lang-switch button[data-locale=fr]");
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
      assert.equal(await page.getAttribute(".lang-switch button[data-locale=en]", "aria-pressed"), "true");
      await page.click("button[type=submit]");
      await page.locator(SUMMARY).waitFor();
      assert.equal(await page.locator(`${SUMMARY} h2`).innerText(), "There is a problem");
      assert.equal(await page.getAttribute(`${SUMMARY} ul`, "lang"), "en");
    }, { path: `${PAGE}&locale=en` });
  });

  test("detach() removes the listeners and everything it added", async () => {
    await withPage(async (page) => {
      await page.fill("#arrangements-follow-up-interval", "21");
      await page.click("button[type=submit]");
      await page.locator(SUMMARY).waitFor();
      assert.equal(await page.getAttribute("#arrangements-follow-up-interval", "aria-invalid"), "true");

      await page.evaluate(() => window.maatwerkDemo.handle.detach());
      assert.equal(await page.locator("[data-maatwerk]").count(), 0);
      assert.equal(await page.locator("[aria-invalid]").count(), 0);
      assert.equal(await page.getAttribute("form", "novalidate"), null);
      assert.equal(await page.getAttribute("#arrangements-follow-up-interval", "aria-describedby"), "arrangements-follow-up-interval-hint");
      const describedBy = await page.$$eval("[aria-describedby]", (els) => els.map((e) => e.getAttribute("aria-describedby")));
      assert.ok(describedBy.every((value) => !value.includes("msg")), describedBy.join(", "));

      // Typing no longer validates: no message, no report, the bar stands still.
      const bar = await progress(page);
      await page.evaluate(() => {
        window.reports = 0;
        document.getElementById("plan-form").addEventListener("maatwerk:report", () => { window.reports += 1; });
      });
      await page.fill("#arrangements-follow-up-interval", "99");
      await page.locator("#arrangements-follow-up-interval").blur();
      await page.fill("#employee-name", "Thomas Janssens");
      await page.locator("#employee-name").blur();
      await page.click("button[data-add=actionPoints]");
      await page.waitForTimeout(500);
      assert.equal(await page.evaluate(() => window.reports), 0);
      assert.equal(await page.locator("[aria-invalid]").count(), 0);
      assert.equal(await page.locator("[data-maatwerk]").count(), 0);
      assert.deepEqual(await progress(page), bar);
    });
  });

  test("axe-core finds no violations, with and without errors", async () => {
    // axe is injected as a script, which the page's CSP forbids: this context bypasses CSP
    // for the audit only; every other test runs under the policy.
    await withPage(async (page) => {
      assert.deepEqual(await axe(page), []);
      await fillWithFaults(page);
      await page.fill("#employee-insz", "85.07.30-033.29");
      await page.click("button[data-add=actionPoints]");
      await page.click("button[data-add=revisions]");
      await page.fill("#backups-coach", "");
      await page.click("button[type=submit]");
      await page.locator(SUMMARY).waitFor();
      await page.click("#missing-block summary").catch(() => {});
      // Errors at text fields, a radio group and a row; a warning; the summary.
      assert.ok(await page.locator(".maatwerk-message--error").count() >= 5);
      assert.ok(await page.locator(".maatwerk-message--warning").count() >= 1);
      assert.deepEqual(await axe(page), []);
      await page.click(".lang-switch button[data-locale=fr]");
      await until(page, () => document.querySelector(".maatwerk-error-summary ul")?.lang === "fr");
      assert.deepEqual(await axe(page), []);
    }, { contextOptions: { bypassCSP: true } });
  });
});
