// The external provider's registration page of the demo portal in headless Chromium: a complete
// registration that may be submitted, what the procedure does not allow (a consortium, the
// simplified procedure for AMA Welzijn, a segment of work floors) at the right field and in the
// summary, the working area, supervisors with their own lists, keyboard use, the language
// switch, detach(), CSP, foreign requests and axe-core.
// Assumes scripts/build-pkg.sh ran (www/pkg/ holds the built package).
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { axe, launchBrowser, openPage, screenshotPath, startServer, until } from "./harness.mjs";

const PAGE = "provider.html?asOf=2026-11-23";
const SUMMARY = "form .maatwerk-error-summary";

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
    const typed = /Werkvloer Oost|Sara Janssens|Tom Peeters|0403\.019|Aalst|lokale besturen/;
    assert.deepEqual(session.logged().filter((text) => typed.test(text)), []);
  } finally {
    await session.close();
  }
}

/** Adds a supervisor row and fills its name, employment and competences; returns its index. */
async function addSupervisor(page, name) {
  await page.click("button[data-add=supervisors]");
  const index = (await page.locator("[data-rows=supervisors] > li").count()) - 1;
  await page.fill(`#supervisors-${index}-name`, name);
  await page.check(`#supervisors-${index}-employed-yes`);
  for (const id of ["working-together", "communicating", "person-centred", "tailored-advice"]) {
    await page.check(`#supervisors-${index}-competences-${id}`);
  }
  return index;
}

/** Adds a row to a list inside supervisor `index` ("diplomas" or "experience"). */
function addToSupervisor(page, index, list) {
  return page.click(`[data-path="supervisors[${index}].${list}"] > button[data-sublist-add]`);
}

/**
 * A complete registration of a vzw in East Flanders with two qualified supervisors (one by
 * diploma, one by 22 years of experience); then `overrides` (selector -> text) are typed over
 * the valid values, each field left as a user leaves it.
 */
async function fillValid(page, overrides = {}) {
  await page.fill("#organisation-name", "Werkvloer Oost vzw");
  await page.fill("#organisation-kbo", "0403.019.261");
  await page.selectOption("#organisation-type", "nonProfit");
  await page.check("#consortium-no");
  await page.check("#procedure-regular");
  await page.check("#province-oost-vlaanderen");
  await page.click("button[data-add='workingArea.municipalities']");
  await page.fill("#workingArea-municipalities-0", "9300 Aalst");
  await page.click("button[data-add='workingArea.municipalities']");
  await page.fill("#workingArea-municipalities-1", "Dendermonde");
  await page.fill("#specialisation", "Horeca en schoonmaak");

  await addSupervisor(page, "Sara Janssens");
  await addToSupervisor(page, 0, "diplomas");
  await page.selectOption("#supervisors-0-diplomas-0-code", "ba-sociaal-werk");
  await page.fill("#supervisors-0-diplomas-0-obtained", "2015-06-30");
  await addSupervisor(page, "Tom Peeters");
  await addToSupervisor(page, 1, "experience");
  await page.fill("#supervisors-1-experience-0-from", "2004-09-01");
  await page.check("#supervisors-1-experience-0-relevant-yes");
  await page.fill("#supervisors-1-experience-0-description", "Werkvloerbegeleider");

  await page.check("#quality-registration-yes");
  await page.fill("#target-group-experience", "Sinds 2010 trajectbegeleiding en jobcoaching van personen met een arbeidsbeperking");
  await page.fill("#capacity-estimate", "Ongeveer 30 werknemers per jaar in Oost-Vlaanderen, met twee voltijdse begeleiders");
  await page.check("#intervision-commitment");
  await page.locator("#intervision-commitment").blur();
  for (const [selector, text] of Object.entries(overrides)) {
    await page.fill(selector, text);
    await page.locator(selector).blur();
  }
}

/** Records the `maatwerk:valid` events of the form in `window.validEvents`. */
function countValidEvents(page) {
  return page.evaluate(() => {
    window.validEvents = 0;
    document.querySelector("form").addEventListener("maatwerk:valid", () => { window.validEvents += 1; });
  });
}

/**
 * Waits until the message line with `code` is among the elements that describe `selector`
 * (`aria-describedby`; a radio group's fieldset), and checks it is the message the last
 * report has at `field` and matches `pattern`. Returns the line's language.
 */
async function expectMessage(page, selector, code, field, pattern) {
  await until(page, ([selector, code]) => {
    const element = document.querySelector(selector);
    return (element?.getAttribute("aria-describedby") ?? "").split(/\s+/)
      .some((id) => id && document.getElementById(id)?.querySelector(`[data-code="${code}"]`));
  }, [selector, code]);
  const { text, expected, lang } = await page.$eval(selector, (element, [code, field]) => {
    const issue = window.maatwerkDemo.handle.report().issues.find((i) => i.code === code && i.field === field);
    const line = (element.getAttribute("aria-describedby") ?? "").split(/\s+/).filter(Boolean)
      .map((id) => document.getElementById(id)?.querySelector(`[data-code="${code}"]`)).find(Boolean);
    return { text: line.textContent, expected: issue?.message, lang: line.closest("[lang]")?.getAttribute("lang") };
  }, [code, field]);
  assert.ok(expected, `the report has ${code} at ${field}`);
  // The line is the report's message after a visually hidden "Fout: " in the messages' language.
  assert.ok(text.endsWith(expected) && text.length > expected.length, `${text} / ${expected}`);
  assert.match(expected, pattern);
  return lang;
}

/** The summary's links as [href, text]. */
function summaryLinks(page) {
  return page.locator(`${SUMMARY} a`).evaluateAll((links) => links.map((a) => [a.getAttribute("href"), a.textContent]));
}

/** A full-page screenshot from the top, so the sticky panel sits where a reader sees it. */
async function shoot(page, name) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: screenshotPath(name), fullPage: true });
}

/** The requirement panel as [rule, status, explanation]. */
function panel(page) {
  return page.$$eval("#requirements [data-rule]", (items) => items.map((item) =>
    [item.dataset.rule, item.dataset.status, item.querySelector(".requirement__explanation").textContent]));
}

describe("provider registration form", () => {
  test("a complete registration shows no error and may be submitted", async () => {
    await withPage(async (page) => {
      await countValidEvents(page);
      await fillValid(page);
      const url = page.url();
      await page.click("button[type=submit]");
      await page.locator("#submitted").waitFor();
      assert.equal(await page.evaluate(() => window.validEvents), 1);
      assert.equal(await page.evaluate(() => document.activeElement?.id), "submitted");
      assert.equal(await page.locator(SUMMARY).count(), 0);
      assert.equal(await page.locator(".maatwerk-message--error").count(), 0);
      assert.equal(await page.locator("[aria-invalid]").count(), 0);
      const report = await page.evaluate(() => window.maatwerkDemo.handle.report());
      assert.equal(report.valid, true, JSON.stringify(report.issues));
      assert.deepEqual(report.issues, []);
      assert.equal(report.completeness.filled, report.completeness.required);

      // The registration's rules, then one qualification per supervisor, named after its row.
      const rows = await panel(page);
      assert.deepEqual(rows.map(([rule, status]) => [rule, status]), [
        ["EXT-001", "met"], ["EXT-002", "met"], ["EXT-003", "met"], ["EXT-004", "met"], ["EXT-007", "met"],
        ["EXT-008", "met"], ["SUP-001", "met"], ["SUP-001", "met"],
      ]);
      assert.match(rows[6][2], /^Begeleider 1: .*diploma/);
      assert.match(rows[7][2], /^Begeleider 2: .*\d+ maanden/);
      assert.match(rows[4][2], /1 provincie\(s\) en 2 gemeente\(n\)/);
      assert.equal(page.url(), url, "nothing leaves the page");
      await shoot(page, "provider-valid.png");
    });
  });

  test("what the procedure does not allow: each message at its field, and in the summary", async () => {
    await withPage(async (page) => {
      await countValidEvents(page);
      await fillValid(page, { "#organisation-kbo": "0403.019.262" });
      // An AMA Welzijn consortium on the simplified procedure, limited to local authorities.
      await page.selectOption("#organisation-type", "amaWelzijn");
      await page.check("#consortium-yes");
      await page.check("#procedure-simplified");
      await page.check("#segment-wanted");
      await page.locator("#segment-restriction").waitFor();
      await page.fill("#segment-restriction", "Enkel lokale besturen");
      await page.locator("#segment-restriction").blur();

      // Touched fields show their message before any submit.
      await expectMessage(page, "#organisation-kbo", "id.kbo_check_digits", "organisation.kbo", /controlecijfers/);
      await expectMessage(page, "fieldset:has(> div > div > #consortium-yes)", "provider.consortium_not_possible",
        "organisation.consortium", /consortium/);
      await expectMessage(page, "fieldset:has(> div > #procedure-simplified)", "provider.simplified_not_open",
        "procedure", /vereenvoudigde procedure/);
      await expectMessage(page, "#segment-restriction", "provider.segment_restriction",
        "workingArea.segmentRestriction", /segment van werkvloeren/);
      assert.equal(await page.getAttribute("#consortium-yes", "aria-invalid"), "true");
      assert.equal(await page.getAttribute("#procedure-simplified", "aria-invalid"), "true");
      assert.equal(await page.locator(SUMMARY).count(), 0, "no summary before a submit");

      await page.click("button[type=submit]");
      const summary = page.locator(SUMMARY);
      await summary.waitFor();
      assert.equal(await summary.getAttribute("role"), "alert");
      assert.ok(await summary.evaluate((element) => document.activeElement === element), "focus on the summary");
      assert.equal(await page.evaluate(() => window.validEvents), 0);
      const report = await page.evaluate(() => window.maatwerkDemo.handle.report());
      const message = (code) => report.issues.find((issue) => issue.code === code).message;
      assert.deepEqual(await summaryLinks(page), [
        ["#organisation-kbo", message("id.kbo_check_digits")],
        ["#consortium-yes", message("provider.consortium_not_possible")],
        ["#procedure-regular", message("provider.simplified_not_open")],
        ["#segment-restriction", message("provider.segment_restriction")],
      ]);
      assert.deepEqual(report.issues.filter((i) => i.severity === "error").map((i) => i.code).sort(), [
        "id.kbo_check_digits", "provider.consortium_not_possible", "provider.segment_restriction",
        "provider.simplified_not_open",
      ]);
      const notMet = (await panel(page)).filter(([, status]) => status === "notMet").map(([rule]) => rule);
      assert.deepEqual(notMet, ["EXT-001", "EXT-003", "EXT-004"]);
      await shoot(page, "provider-errors.png");

      // A link moves focus to its field.
      await summary.locator("a[href='#segment-restriction']").click();
      assert.equal(await page.evaluate(() => document.activeElement?.id), "segment-restriction");

      // Unticking the restriction hides and disables its field: the error goes.
      await page.uncheck("#segment-wanted");
      await until(page, () => !document.querySelector("[data-code='provider.segment_restriction']"));
      assert.equal(await page.isDisabled("#segment-restriction"), true);
      assert.equal((await summaryLinks(page)).length, 3);
    });
  });

  test("the working area: ticked provinces go on the wire as names; a Brussels postcode is refused", async () => {
    await withPage(async (page) => {
      await page.click("button[type=submit]");
      await page.locator(SUMMARY).waitFor();
      await expectMessage(page, "#working-area", "provider.working_area_missing", "workingArea", /Vlaamse provincie of gemeente/);

      await page.check("#province-limburg");
      await page.check("#province-west-vlaanderen");
      await until(page, () => !document.querySelector("[data-code='provider.working_area_missing']"));
      const names = await page.$$eval("#province-values input", (inputs) => inputs.map((i) => [i.type, i.name, i.value]));
      assert.deepEqual(names, [
        ["hidden", "workingArea.provinces[0]", "limburg"],
        ["hidden", "workingArea.provinces[1]", "westVlaanderen"],
      ]);
      await page.uncheck("#province-limburg");
      assert.deepEqual(await page.$$eval("#province-values input", (inputs) => inputs.map((i) => [i.name, i.value])),
        [["workingArea.provinces[0]", "westVlaanderen"]]);
      await until(page, () => /1 provincie/.test(document.querySelector("[data-rule='EXT-007']")?.textContent ?? ""));

      await page.click("button[data-add='workingArea.municipalities']");
      await page.fill("#workingArea-municipalities-0", "1000 Brussel");
      await page.locator("#workingArea-municipalities-0").blur();
      await expectMessage(page, "#workingArea-municipalities-0", "provider.municipality_outside_flanders",
        "workingArea.municipalities[0]", /Vlaamse Gewest/);
      assert.equal(await page.getAttribute("[data-rule='EXT-007']", "data-status"), "notMet");
    });
  });

  test("supervisors: their own lists; removing a supervisor renumbers the rest, messages follow", async () => {
    await withPage(async (page) => {
      await addSupervisor(page, "Sara Janssens");
      await addSupervisor(page, "Tom Peeters");
      await addToSupervisor(page, 1, "diplomas");
      await addToSupervisor(page, 1, "diplomas");
      await page.selectOption("#supervisors-1-diplomas-1-code", "ba-orthopedagogie");
      await page.fill("#supervisors-1-diplomas-1-obtained", "2031-06-30");
      await page.locator("#supervisors-1-diplomas-1-obtained").blur();
      await until(page, () => document.querySelector("#supervisors-1-diplomas-1-obtained")?.getAttribute("aria-invalid") === "true");

      // The first diploma row goes: the second takes its place and index.
      await page.click("[data-path='supervisors[1].diplomas[0]'] button[data-sublist-remove]");
      assert.equal(await page.inputValue("#supervisors-1-diplomas-0-code"), "ba-orthopedagogie");
      assert.equal(await page.innerText("[data-path='supervisors[1].diplomas[0]'] legend"), "Diploma 1");
      await until(page, () => document.querySelector("#supervisors-1-diplomas-0-obtained")?.getAttribute("aria-invalid") === "true");

      // The first supervisor goes: the second becomes supervisors[0], with everything inside.
      await page.click("[data-path='supervisors[0]'] > button[data-remove]");
      const names = await page.$$eval("[data-rows=supervisors] [name]", (els) => [...new Set(els.map((e) => e.name))]);
      assert.ok(names.every((name) => name.startsWith("supervisors[0].")), names.join(", "));
      assert.ok(names.includes("supervisors[0].diplomas[0].obtained"));
      assert.equal(await page.inputValue("#supervisors-0-name"), "Tom Peeters");
      assert.equal(await page.innerText("[data-path='supervisors[0]'] > legend"), "Begeleider 1");
      await until(page, () => document.querySelector("#supervisors-0-diplomas-0-obtained")?.getAttribute("aria-invalid") === "true");
      const describedBy = await page.getAttribute("#supervisors-0-diplomas-0-obtained", "aria-describedby");
      assert.match(describedBy, /^supervisors-0-diplomas-0-obtained-hint .*msg-supervisors-0-diplomas-0-obtained$/);
      const messages = await page.$$eval(".maatwerk-field-message", (els) => els.map((e) => e.id));
      assert.ok(messages.every((id) => !id.includes("supervisors-1")), messages.join(", "));
      assert.match(await page.innerText("[id$='msg-supervisors-0-diplomas-0-obtained']"), /na 2026-11-23/);

      // A diploma added now belongs to the renumbered supervisor.
      await addToSupervisor(page, 0, "diplomas");
      assert.equal(await page.locator("[name='supervisors[0].diplomas[1].code']").count(), 1);
    });
  });

  test("keyboard only: Enter submits, Tab reaches the summary link, Enter focuses the field", async () => {
    await withPage(async (page) => {
      await fillValid(page, { "#organisation-kbo": "0403.019.262" });
      await page.focus("#organisation-name");
      await page.keyboard.press("Enter");
      await page.locator(SUMMARY).waitFor();
      await until(page, () => document.activeElement?.classList.contains("maatwerk-error-summary"));
      await page.keyboard.press("Tab");
      assert.equal(await page.evaluate(() => document.activeElement?.getAttribute("href")), "#organisation-kbo");
      await page.keyboard.press("Enter");
      await until(page, () => document.activeElement?.id === "organisation-kbo");
    });
  });

  test("the language switch changes the messages; what was typed stays", async () => {
    await withPage(async (page) => {
      await fillValid(page);
      await page.check("#consortium-yes");
      await page.check("#segment-wanted");
      await page.fill("#segment-restriction", "Enkel lokale besturen");
      await page.click("button[type=submit]");
      await page.locator(SUMMARY).waitFor();
      await expectMessage(page, "#segment-restriction", "provider.segment_restriction",
        "workingArea.segmentRestriction", /segment van werkvloeren/);

      await page.click(".lang-switch button[data-locale=fr]");
      await until(page, () => document.querySelector(".maatwerk-error-summary [lang]")?.getAttribute("lang") === "fr");
      const lang = await expectMessage(page, "#segment-restriction", "provider.segment_restriction",
        "workingArea.segmentRestriction", /segment de lieux de travail/);
      assert.equal(lang, "fr");
      await expectMessage(page, "fieldset:has(> div > div > #consortium-yes)", "provider.consortium_not_possible",
        "organisation.consortium", /Un consortium/);
      assert.equal((await summaryLinks(page)).length, 2);
      assert.equal(await page.inputValue("#segment-restriction"), "Enkel lokale besturen");
      assert.equal(await page.inputValue("#supervisors-1-experience-0-from"), "2004-09-01");
      assert.equal(await page.isChecked("#province-oost-vlaanderen"), true);
      assert.match(page.url(), /locale=fr/);
      // The panel follows, supervisors still named after their rows.
      const rows = await panel(page);
      assert.match(rows.find(([rule]) => rule === "EXT-003")[2], /segment/);
      assert.match(rows.filter(([rule]) => rule === "SUP-001")[1][2], /^Begeleider 2: /);
    });
  });

  test("?locale=en opens with English messages", async () => {
    await withPage(async (page) => {
      assert.equal(await page.getAttribute(".lang-switch button[data-locale=en]", "aria-pressed"), "true");
      await page.fill("#organisation-kbo", "0403.019.262");
      await page.locator("#organisation-kbo").blur();
      const lang = await expectMessage(page, "#organisation-kbo", "id.kbo_check_digits", "organisation.kbo", /check digits/);
      assert.equal(lang, "en");
    }, { path: `${PAGE}&locale=en` });
  });

  test("detach() removes the listeners and everything it added", async () => {
    await withPage(async (page) => {
      await page.fill("#organisation-kbo", "0403.019.262");
      await page.click("button[type=submit]");
      await page.locator(SUMMARY).waitFor();
      assert.equal(await page.getAttribute("#organisation-kbo", "aria-invalid"), "true");

      await page.evaluate(() => window.maatwerkDemo.handle.detach());
      assert.equal(await page.locator("[data-maatwerk]").count(), 0);
      assert.equal(await page.locator("[aria-invalid]").count(), 0);
      assert.equal(await page.getAttribute("form", "novalidate"), null);
      assert.equal(await page.getAttribute("#organisation-kbo", "aria-describedby"), "organisation-kbo-hint");
      const describedBy = await page.$$eval("[aria-describedby]", (els) => els.map((e) => e.getAttribute("aria-describedby")));
      assert.ok(describedBy.every((value) => !value.includes("msg")), describedBy.join(", "));

      // Typing no longer changes anything.
      await page.check("#consortium-yes");
      await page.fill("#organisation-name", "");
      await page.locator("#organisation-name").blur();
      await page.waitForTimeout(500);
      assert.equal(await page.locator("[aria-invalid]").count(), 0);
      assert.equal(await page.locator("[data-maatwerk]").count(), 0);
    });
  });

  test("axe-core finds no violations, with and without errors", async () => {
    // axe is injected as a script, which the page's CSP forbids: this context bypasses CSP
    // for the audit only; every other test runs under the policy.
    await withPage(async (page) => {
      assert.deepEqual(await axe(page), []);
      await fillValid(page, { "#organisation-kbo": "0403.019.262" });
      await page.selectOption("#organisation-type", "intermunicipalPartnership");
      await page.check("#on-behalf-yes");
      await page.check("#consortium-yes");
      await page.check("#segment-wanted");
      await page.fill("#segment-restriction", "Enkel lokale besturen");
      await addSupervisor(page, "Ine Claes");
      await addToSupervisor(page, 2, "experience");
      await page.uncheck("#intervision-commitment");
      await page.check("#renewal");
      await page.fill("#registered-on", "2023-09-01");
      await page.click("button[type=submit]");
      await page.locator(SUMMARY).waitFor();
      // Errors at text fields, radio groups, a checkbox and an empty row; warnings and notes.
      assert.equal(await page.getAttribute("#intervision-commitment", "aria-invalid"), "true");
      assert.equal(await page.getAttribute("#on-behalf-yes", "aria-invalid"), "true");
      assert.ok(await page.locator(".maatwerk-message--error").count() >= 6);
      assert.ok(await page.locator(".maatwerk-message--info").count() >= 1);
      if (await page.isVisible("#missing-block")) await page.click("#missing-block summary");
      assert.deepEqual(await axe(page), []);
    }, { contextOptions: { bypassCSP: true } });
  });
});
