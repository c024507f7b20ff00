// The application page of the demo portal in headless Chromium: a complete application that
// may be submitted, wrong values with their message at the right field and in the summary,
// the parts that show only when they apply, keyboard use, the language switch, detach(), CSP,
// foreign requests and axe-core. Assumes scripts/build-pkg.sh ran (www/pkg/ holds the package).
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import {
  AUDIT, SUMMARY, countValidEvents, detachAfterSubmit, expectAccessible, expectLocale, expectMessage,
  expectStillDetached, expectSummaryAlert, keyboardSummaryWalk, leave, openMissing, pageRunner, panel, shoot,
  submit, submitComplete, summaryLinks, switchLocale, until, useBrowser,
} from "./harness.mjs";

const PAGE = "application.html?asOf=2026-11-23";

const withPage = pageRunner(useBrowser(), {
  path: PAGE,
  typed: /Bakkerij|Tom Claes|Sara Janssens|Lotte Maes|85\.07\.30|0403\.019/,
});

/**
 * A complete application of an employer in Ghent for a resident of Ghent, with internal
 * guidance, every control filled as a user would; then `overrides` (selector -> text) are
 * typed over the valid values, each field left as a user leaves it.
 */
async function fillValid(page, overrides = {}) {
  const type = (selector, value) => page.fill(selector, value);
  await page.check("#self-employed-no");
  await type("#employer-name", "Bakkerij De Korenaar bv");
  await type("#employer-kbo", "0403.019.261");
  await page.check("#employer-type-private");
  await page.check("#employer-in-difficulty-no");
  await type("#employer-establishment-postcode", "9000");
  await type("#employee-name", "Tom Claes");
  await type("#employee-insz", "85.07.30-033.28");
  await type("#employee-residence-postcode", "9000");
  await page.check("#employee-recognised-yes");
  await type("#indication-date", "2026-09-15");
  await type("#indication-valid-until", "2031-09-14");
  await page.check("#measures-loonpremie-yes");
  await page.check("#measures-guidance-yes");
  await type("#contract-start", "2026-10-01");
  await page.check("#part-time-no");
  await type("#application-date", "2026-10-20");
  await page.check("#premium-loonpremie");
  await page.check("#premium-begeleidingspremie");
  await page.check("#vop-no");
  await page.check("#guidance-internal");
  await type("#supervisor-name", "Sara Janssens");
  await page.check("#supervisor-responsible");
  await page.click("button[data-add='guidance.internalSupervisor.diplomas']");
  await page.selectOption("#guidance-internalSupervisor-diplomas-0-code", "ba-orthopedagogie");
  await type("#guidance-internalSupervisor-diplomas-0-obtained", "2012-06-30");
  for (const id of ["working-together", "communicating", "person-centred", "tailored-advice"]) {
    await page.check(`#supervisor-competences-${id}`);
  }
  await page.check("#qualification-proof");
  await type("#coach-name", "Lotte Maes");
  await page.check("#coach-same-employer-yes");
  await page.locator("#coach-same-employer-yes").blur();
  for (const [selector, text] of Object.entries(overrides)) await leave(page, selector, text);
}

describe("application form", () => {
  test("a complete application shows no error and may be submitted", async () => {
    await withPage(async (page) => {
      await countValidEvents(page);
      await fillValid(page);
      await submitComplete(page);
      // Every requirement is met or, on an answer the form gives, does not apply, and the
      // panel says so: the application's rules, then the internal supervisor's.
      const statuses = (await panel(page)).map(([rule, status]) => [rule, status]);
      assert.ok(statuses.length >= 15, JSON.stringify(statuses));
      const notApplicable = statuses.filter(([, status]) => status === "notApplicable").map(([rule]) => rule);
      // An employer (no ondersteuningspremie), no VOP, internal guidance, no other employers.
      assert.deepEqual(notApplicable, ["APP-005", "APP-012", "APP-013", "APP-014"]);
      assert.ok(statuses.every(([, status]) => ["met", "notApplicable"].includes(status)), JSON.stringify(statuses));
      assert.equal(await page.locator("[data-rule='APP-013'] .requirement__status").innerText(), "Niet van toepassing");
      assert.match(await page.locator("[data-rule='APP-013'] .requirement__explanation").innerText(), /interne begeleiding/);
      assert.deepEqual(statuses.slice(0, 2).map(([rule]) => rule), ["APP-001", "APP-002"]);
      assert.ok(statuses.some(([rule]) => rule === "SUP-001"));
      assert.match(await page.innerText("#completeness"), /^(\d+) van \1 verplichte gegevens ingevuld$/);
      assert.equal(await page.isVisible("#missing-block"), false);
      await shoot(page, "application-valid.png");
    });
  });

  test("wrong values: each message at its field, and in the summary after submit", async () => {
    await withPage(async (page) => {
      await countValidEvents(page);
      await fillValid(page, {
        "#employer-kbo": "0403.019.262",
        "#employee-residence-postcode": "1000",
        "#employer-establishment-postcode": "1000",
      });
      // Touched fields show their message before any submit.
      await expectMessage(page, "#employer-kbo", "id.kbo_check_digits", "employer.kbo", /controlecijfers/);
      await expectMessage(page, "#employee-residence-postcode", "application.residence_outside_flanders",
        "employee.residence.postcode", /Vlaamse Gewest/);
      assert.equal(await page.getAttribute("#employer-kbo", "aria-invalid"), "true");
      assert.equal(await page.locator(SUMMARY).count(), 0, "no summary before a submit");

      const summary = await submit(page);
      await expectSummaryAlert(summary);
      assert.equal(await page.evaluate(() => window.validEvents), 0);
      assert.equal(await page.isVisible("#submitted"), false);

      // Outside Flanders only the loonpremie exists: no guidance to organise under this scheme,
      // and the begeleidingspremie is an error at the premium's checkbox.
      assert.equal(await page.isVisible("#guidance"), false);
      await expectMessage(page, "#premium-begeleidingspremie", "application.begeleidingspremie_outside_flanders",
        "requestedPremiums.begeleidingspremie", /enkel de loonpremie/);
      assert.equal(await page.getAttribute("#premium-begeleidingspremie", "aria-invalid"), "true");
      // The message sits above the checkbox and its label, not inside the label.
      assert.equal(await page.locator("label:has(#premium-begeleidingspremie) .maatwerk-field-message").count(), 0);

      // The summary lists the three errors in the order of the form, each linked to its field.
      const report = await page.evaluate(() => window.maatwerkDemo.handle.report());
      const message = (code) => report.issues.find((issue) => issue.code === code).message;
      assert.deepEqual(await summaryLinks(page), [
        ["#employer-kbo", message("id.kbo_check_digits")],
        ["#employee-residence-postcode", message("application.residence_outside_flanders")],
        ["#premium-begeleidingspremie", message("application.begeleidingspremie_outside_flanders")],
      ]);
      assert.deepEqual(report.issues.map((issue) => issue.code).sort(), [
        "application.begeleidingspremie_outside_flanders",
        "application.residence_outside_flanders",
        "id.kbo_check_digits",
      ]);
      const statuses = await page.$$eval("#requirements [data-status=notMet]", (items) => items.map((i) => i.dataset.rule));
      assert.deepEqual(statuses.sort(), ["APP-002", "APP-003", "APP-009"]);

      // A link moves focus to its field.
      await summary.locator("a[href='#premium-begeleidingspremie']").click();
      assert.equal(await page.evaluate(() => document.activeElement?.id), "premium-begeleidingspremie");
      await shoot(page, "application-errors.png");

      // Fixing a value takes its message and its summary entry away.
      await leave(page, "#employer-kbo", "0403.019.261");
      await until(page, () => !document.querySelector("#employer-kbo").hasAttribute("aria-invalid"));
      assert.equal((await summaryLinks(page)).length, 2);
      assert.equal(await page.getAttribute("#employer-kbo", "aria-describedby"), "employer-kbo-hint");
    });
  });

  test("parts show only when they apply; hidden controls are disabled and not judged", async () => {
    await withPage(async (page) => {
      // Guidance is asked only when VDAB indicated it.
      assert.equal(await page.isVisible("#guidance"), false);
      assert.equal(await page.isDisabled("#coach-name"), true);
      await page.check("#measures-guidance-yes");
      await page.locator("#guidance").waitFor();
      assert.equal(await page.isDisabled("#coach-name"), false);

      // Internal guidance: the supervisor's part; external: the provider's.
      assert.equal(await page.isVisible("#internal-supervisor"), false);
      await page.check("#guidance-internal");
      await page.locator("#internal-supervisor").waitFor();
      await page.fill("#supervisor-name", "Sara Janssens");
      await page.check("#guidance-external");
      await page.locator("#external-provider").waitFor();
      assert.equal(await page.isVisible("#internal-supervisor"), false);
      assert.equal(await page.isDisabled("#supervisor-name"), true);
      assert.equal(await page.inputValue("#supervisor-name"), "Sara Janssens", "the value stays for later");

      await submit(page);
      const report = await page.evaluate(() => window.maatwerkDemo.handle.report());
      assert.ok(!report.requirements.some((r) => r.rule === "SUP-001"), "no internal supervisor is judged");
      assert.ok(!report.issues.some((i) => i.field.startsWith("guidance.internalSupervisor")));
      await expectMessage(page, "#provider-registration", "application.external_provider_unidentified",
        "guidance.externalProvider.registrationNumber", /registratienummer/);

      // A self-employed person: no contract, no guidance, the ondersteuningspremie instead.
      await page.check("#self-employed-yes");
      await until(page, () => document.querySelector("#contract-start").matches(":disabled"));
      assert.equal(await page.isVisible("#contract-start"), false);
      assert.equal(await page.isVisible("#guidance"), false);
      assert.equal(await page.isVisible("#premium-loonpremie"), false);
      await page.locator("#premium-percentage").waitFor();
      await page.check("#premium-ondersteuningspremie");
      await leave(page, "#premium-percentage", "60");
      await expectMessage(page, "#premium-percentage", "application.ondersteuningspremie_percentage_out_of_range",
        "requestedPremiums.ondersteuningspremiePercentage", /20 tot 55/);
      const issues = await page.evaluate(() => window.maatwerkDemo.handle.report().issues.map((i) => i.field));
      assert.ok(!issues.some((field) => field.startsWith("contract") || field.startsWith("guidance")), issues.join(", "));

      // A residence abroad: no postcode asked.
      await page.selectOption("#employee-residence-country", "NL");
      await until(page, () => document.querySelector("#employee-residence-postcode").matches(":disabled"));
      assert.equal(await page.isVisible("#employee-residence-postcode"), false);
    });
  });

  test("keyboard only: Enter submits, Tab reaches the summary link, Enter focuses the field", async () => {
    await withPage(async (page) => {
      await fillValid(page, { "#employer-kbo": "0403.019.262" });
      await keyboardSummaryWalk(page, "#employee-name", ["#employer-kbo"]);
    });
  });

  test("the language switch changes the messages; what was typed stays", async () => {
    await withPage(async (page) => {
      await fillValid(page, { "#employer-kbo": "0403.019.262", "#employee-residence-postcode": "1000" });
      await expectMessage(page, "#employer-kbo", "id.kbo_check_digits", "employer.kbo", /controlecijfers/);

      // Before a submit: the messages of the fields the user worked on, now in French.
      await switchLocale(page, "fr");
      await until(page, () => /chiffres de contrôle/.test(document.querySelector("[data-code='id.kbo_check_digits']")?.textContent ?? ""));
      const lang = await expectMessage(page, "#employer-kbo", "id.kbo_check_digits", "employer.kbo", /chiffres de contrôle/);
      assert.equal(lang, "fr");
      await expectMessage(page, "#employee-residence-postcode", "application.residence_outside_flanders",
        "employee.residence.postcode", /Région flamande/);
      assert.equal(await page.locator(SUMMARY).count(), 0, "still no summary before a submit");
      assert.equal(await page.inputValue("#employer-kbo"), "0403.019.262");
      assert.equal(await page.inputValue("#employee-name"), "Tom Claes");
      assert.equal(await page.inputValue("#guidance-internalSupervisor-diplomas-0-code"), "ba-orthopedagogie");
      assert.equal(await page.isChecked("#premium-begeleidingspremie"), true);
      await expectLocale(page, "fr");

      // After a submit: every issue, the summary in German.
      await submit(page);
      await switchLocale(page, "de");
      await until(page, () => document.querySelector(".maatwerk-error-summary [lang]")?.getAttribute("lang") === "de");
      await expectMessage(page, "#employer-kbo", "id.kbo_check_digits", "employer.kbo", /Unternehmensnummer/);
      const links = await summaryLinks(page);
      assert.equal(links.length, 2);
      assert.equal(links[0][0], "#employer-kbo");
      assert.equal(await page.evaluate(() => window.maatwerkDemo.handle.submitted), true);
      // The requirement panel follows, its badges too.
      assert.equal(await page.getAttribute("[data-rule='APP-009'] .requirement__explanation", "lang"), "de");
      assert.equal(await page.locator("[data-rule='APP-009'] .requirement__status").innerText(), "Nicht erfüllt");
      assert.equal(await page.locator("[data-rule='APP-012'] .requirement__status").innerText(), "Nicht anwendbar");
    });
  });

  test("?locale=en opens with English messages", async () => {
    await withPage(async (page) => {
      await expectLocale(page, "en");
      await leave(page, "#employer-kbo", "0403.019.262");
      const lang = await expectMessage(page, "#employer-kbo", "id.kbo_check_digits", "employer.kbo", /check digits/);
      assert.equal(lang, "en");
    }, { path: `${PAGE}&locale=en` });
  });

  test("detach() removes the listeners and everything it added", async () => {
    await withPage(async (page) => {
      await detachAfterSubmit(page, "employer-kbo", "0403.019.262");

      // Typing no longer changes anything.
      await leave(page, "#employee-insz", "12345");
      await page.check("#measures-guidance-yes");
      await expectStillDetached(page);
    });
  });

  test("axe-core finds no violations, with and without errors", async () => {
    await withPage(async (page) => {
      await expectAccessible(page);
      await fillValid(page, {
        "#employer-kbo": "0403.019.262",
        "#employee-residence-postcode": "1000",
        "#indication-date": "2026-13-45",
      });
      await page.check("#coach-same-employer-no");
      await page.uncheck("#qualification-proof");
      await page.click("button[data-add='guidance.internalSupervisor.experience']");
      await submit(page);
      // Errors at text fields, a checkbox, a radio group and an empty row; the missing list open.
      assert.equal(await page.getAttribute("#qualification-proof", "aria-invalid"), "true");
      assert.equal(await page.getAttribute("#coach-same-employer-yes", "aria-invalid"), "true");
      assert.equal(await page.getAttribute("#guidance-internalSupervisor-experience-0-from", "aria-invalid"), "true");
      assert.ok(await page.locator(".maatwerk-message--error").count() >= 6);
      await openMissing(page);
      await expectAccessible(page);
    }, AUDIT);
  });
});
