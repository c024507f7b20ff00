// The external provider's registration page of the demo portal in headless Chromium: a complete
// registration that may be submitted, what the procedure does not allow (a consortium, the
// simplified procedure for AMA Welzijn, a segment of work floors) at the right field and in the
// summary, the working area, supervisors with their own lists, keyboard use, the language
// switch, detach(), CSP, foreign requests and axe-core.
// Assumes scripts/build-pkg.sh ran (www/pkg/ holds the built package).
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import {
  AUDIT, SUMMARY, countValidEvents, detachAfterSubmit, expectAccessible, expectLocale, expectMessage,
  expectStillDetached, expectSummaryAlert, keyboardSummaryWalk, leave, openMissing, pageRunner, panel, shoot,
  submit, submitComplete, summaryLinks, switchLocale, until, useBrowser,
} from "./harness.mjs";

const PAGE = "provider.html?asOf=2026-11-23";

const withPage = pageRunner(useBrowser(), {
  path: PAGE,
  typed: /Werkvloer Oost|Sara Janssens|Tom Peeters|0403\.019|Aalst|lokale besturen/,
});

/**
 * Waits until the field at `selector` shows a message with `code` (a warning too, which sets no
 * `aria-invalid`).
 */
function untilMessage(page, selector, code) {
  return until(page, ([selector, code]) => (document.querySelector(selector)?.getAttribute("aria-describedby") ?? "")
    .split(/\s+/).some((id) => id && document.getElementById(id)?.querySelector(`[data-code="${code}"]`)), [selector, code]);
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
  for (const [selector, text] of Object.entries(overrides)) await leave(page, selector, text);
}

describe("provider registration form", () => {
  test("a complete registration shows no error and may be submitted", async () => {
    await withPage(async (page) => {
      await countValidEvents(page);
      await fillValid(page);
      await submitComplete(page);

      // The registration's rules, then one qualification per supervisor, named after its row.
      const rows = await panel(page);
      assert.deepEqual(rows.map(([rule, status]) => [rule, status]), [
        ["EXT-001", "met"], ["EXT-002", "met"], ["EXT-003", "met"], ["EXT-004", "met"], ["EXT-007", "met"],
        ["EXT-008", "met"], ["SUP-001", "met"], ["SUP-001", "met"],
      ]);
      assert.match(rows[6][2], /^Begeleider 1: .*diploma/);
      assert.match(rows[7][2], /^Begeleider 2: .*\d+ maanden/);
      assert.match(rows[4][2], /1 provincie\(s\) en 2 gemeente\(n\)/);
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
      await leave(page, "#segment-restriction", "Enkel lokale besturen");

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

      const summary = await submit(page);
      await expectSummaryAlert(summary);
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
      await submit(page);
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
      await leave(page, "#workingArea-municipalities-0", "1000 Brussel");
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
      await leave(page, "#supervisors-1-diplomas-1-obtained", "2031-06-30");
      // A diploma dated ahead is a warning (SUP-003, whose source the seeds are not).
      await untilMessage(page, "#supervisors-1-diplomas-1-obtained", "supervisor.diploma_in_future");

      // The first diploma row goes: the second takes its place and index.
      await page.click("[data-path='supervisors[1].diplomas[0]'] button[data-sublist-remove]");
      assert.equal(await page.inputValue("#supervisors-1-diplomas-0-code"), "ba-orthopedagogie");
      assert.equal(await page.innerText("[data-path='supervisors[1].diplomas[0]'] legend"), "Diploma 1");
      await untilMessage(page, "#supervisors-1-diplomas-0-obtained", "supervisor.diploma_in_future");

      // The first supervisor goes: the second becomes supervisors[0], with everything inside.
      await page.click("[data-path='supervisors[0]'] > button[data-remove]");
      const names = await page.$$eval("[data-rows=supervisors] [name]", (els) => [...new Set(els.map((e) => e.name))]);
      assert.ok(names.every((name) => name.startsWith("supervisors[0].")), names.join(", "));
      assert.ok(names.includes("supervisors[0].diplomas[0].obtained"));
      assert.equal(await page.inputValue("#supervisors-0-name"), "Tom Peeters");
      assert.equal(await page.innerText("[data-path='supervisors[0]'] > legend"), "Begeleider 1");
      await untilMessage(page, "#supervisors-0-diplomas-0-obtained", "supervisor.diploma_in_future");
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
      await keyboardSummaryWalk(page, "#organisation-name", ["#organisation-kbo"]);
    });
  });

  test("the language switch changes the messages; what was typed stays", async () => {
    await withPage(async (page) => {
      await fillValid(page);
      await page.check("#consortium-yes");
      await page.check("#segment-wanted");
      await page.fill("#segment-restriction", "Enkel lokale besturen");
      await submit(page);
      await expectMessage(page, "#segment-restriction", "provider.segment_restriction",
        "workingArea.segmentRestriction", /segment van werkvloeren/);

      await switchLocale(page, "fr");
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
      await expectLocale(page, "fr");
      // The panel follows, supervisors still named after their rows.
      const rows = await panel(page);
      assert.match(rows.find(([rule]) => rule === "EXT-003")[2], /segment/);
      assert.match(rows.filter(([rule]) => rule === "SUP-001")[1][2], /^Begeleider 2: /);
    });
  });

  test("?locale=en opens with English messages", async () => {
    await withPage(async (page) => {
      await expectLocale(page, "en");
      await leave(page, "#organisation-kbo", "0403.019.262");
      const lang = await expectMessage(page, "#organisation-kbo", "id.kbo_check_digits", "organisation.kbo", /check digits/);
      assert.equal(lang, "en");
    }, { path: `${PAGE}&locale=en` });
  });

  test("detach() removes the listeners and everything it added", async () => {
    await withPage(async (page) => {
      await detachAfterSubmit(page, "organisation-kbo", "0403.019.262");

      // Typing no longer changes anything.
      await page.check("#consortium-yes");
      await leave(page, "#organisation-name", "");
      await expectStillDetached(page);
    });
  });

  test("axe-core finds no violations, with and without errors", async () => {
    await withPage(async (page) => {
      await expectAccessible(page);
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
      await submit(page);
      // Errors at text fields, radio groups and an empty row; warnings (the intervision, a
      // condition the seeds do not name: EXT-008 warns) and notes.
      await expectMessage(page, "#intervision-commitment", "provider.intervision_commitment_missing",
        "conditions.intervisionCommitment", /intervisie/);
      assert.equal(await page.getAttribute("#intervision-commitment", "aria-invalid"), null);
      assert.equal(await page.getAttribute("#on-behalf-yes", "aria-invalid"), "true");
      assert.ok(await page.locator(".maatwerk-message--error").count() >= 6);
      assert.ok(await page.locator(".maatwerk-message--info").count() >= 1);
      await openMissing(page);
      await expectAccessible(page);
    }, AUDIT);
  });
});
