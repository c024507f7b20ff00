// The qualified-supervisor page of the demo portal in headless Chromium: live validation via
// attachForm, the GOV.UK error summary, keyboard use, detach(), CSP, and axe-core.
// Assumes scripts/build-pkg.sh ran (www/pkg/ holds the built package).
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { axe, launchBrowser, openPage, screenshotPath, startServer, until } from "./harness.mjs";

const PAGE = "supervisor.html?asOf=2026-11-23";
const SUMMARY = "form .maatwerk-error-summary";
const EXPERIENCE_MESSAGE = "fieldset#experience > .maatwerk-field-message";

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
async function withPage(body, { path = PAGE, contextOptions, ready = true } = {}) {
  const session = await openPage(browser, server, path, contextOptions);
  try {
    if (ready) await until(session.page, () => window.maatwerkDemo?.handle);
    await body(session.page, session);
    assert.deepEqual(await session.problems(), []);
    // What the user typed never reaches the console.
    const typed = /Sara Janssens|Bachelor in de bedrijfskunde|2025-13-45|2025-04-01/;
    assert.deepEqual(session.logged().filter((text) => typed.test(text)), []);
  } finally {
    await session.close();
  }
}

/** Name and one relevant, ongoing period from `from`; the period's field is blurred. */
async function fillPeriod(page, from) {
  await page.fill("#name", "Sara Janssens");
  await page.click("button[data-add=experience]");
  await page.fill("#experience-0-from", from);
  await page.check("#experience-0-relevant-yes");
  await page.locator("#experience-0-relevant-yes").blur();
}

/** A full-page screenshot from the top, so the sticky panel sits where a reader sees it. */
async function shoot(page, name) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: screenshotPath(name), fullPage: true });
}

function messageText(page, selector) {
  return page.locator(selector).innerText();
}

async function status(page, rule) {
  return page.locator(`[data-rule="${rule}"]`).getAttribute("data-status");
}

describe("supervisor form", () => {
  test("19 of 24 months: message at the experience section, summary with link after submit", async () => {
    await withPage(async (page) => {
      // Nothing shows before the user touched anything.
      assert.equal(await page.locator(".maatwerk-field-message").count(), 0);
      await fillPeriod(page, "2025-04-01");

      await page.locator(EXPERIENCE_MESSAGE).waitFor();
      const message = await messageText(page, EXPERIENCE_MESSAGE);
      assert.match(message, /19 van de 24 maanden/);
      const messageId = await page.locator(EXPERIENCE_MESSAGE).getAttribute("id");
      assert.match(await page.getAttribute("fieldset#experience", "aria-describedby"), new RegExp(messageId));
      await until(page, () => document.querySelector('[data-rule="SUP-001"]')?.dataset.status === "notMet");
      assert.match(await page.locator('[data-rule="SUP-001"]').innerText(), /19 van de 24 maanden/);
      assert.equal(await page.locator(SUMMARY).count(), 0, "no summary before a submit");

      const url = page.url();
      await page.click("button[type=submit]");
      const summary = page.locator(SUMMARY);
      await summary.waitFor();
      assert.equal(await summary.getAttribute("role"), "alert");
      assert.equal(await summary.locator("h2").innerText(), "Er is een probleem");
      const links = summary.locator("a");
      assert.equal(await links.count(), 1);
      assert.equal(await links.first().getAttribute("href"), "#experience-0-from");
      assert.match(await links.first().innerText(), /19 van de 24 maanden/);
      assert.ok(await summary.evaluate((element) => document.activeElement === element), "focus on the summary");
      assert.equal(page.url(), url, "the blocked submit stays on the page");
      await shoot(page, "supervisor-errors.png");
    });
  });

  test("a period from 2020 removes the message and the summary entry; SUP-001 is met", async () => {
    await withPage(async (page) => {
      await fillPeriod(page, "2025-04-01");
      await page.click("button[type=submit]");
      await page.locator(SUMMARY).waitFor();

      await page.fill("#experience-0-from", "2020-01-01");
      await page.locator("#experience-0-from").blur();
      await page.locator(EXPERIENCE_MESSAGE).waitFor({ state: "detached" });
      await page.locator(SUMMARY).waitFor({ state: "detached" });
      await until(page, () => document.querySelector('[data-rule="SUP-001"]')?.dataset.status === "met");
      assert.match(await page.locator('[data-rule="SUP-001"]').innerText(), /Gekwalificeerd via \d+ maanden/);
      assert.equal(await page.getAttribute("fieldset#experience", "aria-describedby"), null);
    });
  });

  test("a malformed date shows its message at that field, and clears when fixed", async () => {
    await withPage(async (page) => {
      await page.click("button[data-add=experience]");
      const from = page.locator("#experience-0-from");
      await from.fill("2025-13-45");
      await from.blur();
      const message = page.locator("#experience-0-from").locator("xpath=preceding-sibling::*[1]");
      await until(page, () => document.querySelector("#experience-0-from")?.getAttribute("aria-invalid") === "true");
      assert.equal(await message.getAttribute("class"), "maatwerk-field-message");
      assert.match(await message.innerText(), /JJJJ-MM-DD/);
      assert.match(await message.textContent(), /^Fout: /, "the hidden prefix names the severity");
      const describedBy = (await from.getAttribute("aria-describedby")).split(" ");
      assert.deepEqual(describedBy, ["experience-0-from-hint", await message.getAttribute("id")]);
      assert.match(await from.evaluate((input) => input.validationMessage), /JJJJ-MM-DD/);

      await from.fill("2025-04-01");
      await until(page, () => !document.querySelector("#experience-0-from")?.hasAttribute("aria-invalid"));
      assert.equal(await from.getAttribute("aria-describedby"), "experience-0-from-hint");
      assert.equal(await from.evaluate((input) => input.validationMessage), "");
    });
  });

  test("an empty submit lists the errors in form order; a list without rows links its add button", async () => {
    await withPage(async (page) => {
      await page.click("button[type=submit]");
      const links = page.locator(`${SUMMARY} a`);
      await links.first().waitFor();
      const entries = await links.evaluateAll((as) => as.map((a) => [a.getAttribute("href"), a.textContent]));
      assert.equal(entries.length, 2, JSON.stringify(entries));
      assert.equal(entries[0][0], "#name");
      assert.match(entries[0][1], /naam/);
      const addButton = await page.getAttribute("button[data-add=diplomas]", "id");
      assert.equal(entries[1][0], `#${addButton}`);
      assert.match(entries[1][1], /diploma of periodes/);
      // The qualification message sits in the diplomas section, after its hint.
      const order = await page.$$eval("fieldset#diplomas > *", (els) => els.map((e) => e.className));
      assert.deepEqual(order.slice(0, 3), ["group__legend", "hint", "maatwerk-field-message"]);
      await links.nth(1).click();
      assert.equal(await page.evaluate(() => document.activeElement?.dataset.add), "diplomas");
    });
  });

  test("keyboard only: Enter submits, Tab reaches the summary link, Enter focuses the field", async () => {
    await withPage(async (page) => {
      await fillPeriod(page, "2025-04-01");
      await page.focus("#name");
      await page.keyboard.press("Enter");
      await page.locator(SUMMARY).waitFor();
      await until(page, () => document.activeElement?.classList.contains("maatwerk-error-summary"));
      await page.keyboard.press("Tab");
      assert.equal(await page.evaluate(() => document.activeElement?.getAttribute("href")), "#experience-0-from");
      await page.keyboard.press("Enter");
      await until(page, () => document.activeElement?.id === "experience-0-from");
    });
  });

  test("removing a row renumbers the others; their messages follow", async () => {
    await withPage(async (page) => {
      await page.click("button[data-add=experience]");
      await page.click("button[data-add=experience]");
      await page.fill("#experience-1-from", "2025-13-45");
      await page.locator("#experience-1-from").blur();
      await until(page, () => document.querySelector("#experience-1-from")?.getAttribute("aria-invalid") === "true");

      await page.locator('[data-path="experience[0]"] button[data-remove]').click();
      const names = await page.$$eval("[data-rows=experience] [name]", (els) => els.map((e) => e.name));
      assert.deepEqual([...new Set(names)], [
        "experience[0].from", "experience[0].to", "experience[0].relevant", "experience[0].description",
      ]);
      assert.equal(await page.inputValue("#experience-0-from"), "2025-13-45");
      await until(page, () => document.querySelector("#experience-0-from")?.getAttribute("aria-invalid") === "true");
      const id = await page.locator("#experience-0-from").getAttribute("aria-describedby");
      assert.match(id, /msg-experience-0-from/);
      assert.equal(await page.locator(".maatwerk-field-message").count(), 1);
      assert.equal(await page.innerText('[data-path="experience[0]"] legend'), "Periode 1");
    });
  });

  test("detach() removes the listeners and everything it added", async () => {
    await withPage(async (page) => {
      await page.click("button[data-add=experience]");
      await page.fill("#experience-0-from", "2025-13-45");
      await page.click("button[type=submit]");
      await page.locator(SUMMARY).waitFor();
      assert.equal(await page.getAttribute("#experience-0-from", "aria-invalid"), "true");
      assert.equal(await page.getAttribute("form", "novalidate"), "");

      await page.evaluate(() => window.maatwerkDemo.handle.detach());
      assert.equal(await page.locator("[data-maatwerk]").count(), 0);
      assert.equal(await page.locator("[aria-invalid]").count(), 0);
      assert.equal(await page.getAttribute("form", "novalidate"), null);
      assert.equal(await page.getAttribute("#experience-0-from", "aria-describedby"), "experience-0-from-hint");
      assert.equal(await page.evaluate(() => document.querySelector("#experience-0-from").validationMessage), "");
      const describedBy = await page.$$eval("[aria-describedby]", (els) => els.map((e) => e.getAttribute("aria-describedby")));
      assert.ok(describedBy.every((value) => !value.includes("msg")), describedBy.join(", "));

      // Typing no longer changes anything.
      await page.fill("#experience-0-from", "2025-99-99");
      await page.locator("#experience-0-from").blur();
      await page.fill("#name", "");
      await page.locator("#name").blur();
      await page.waitForTimeout(500);
      assert.equal(await page.locator("[aria-invalid]").count(), 0);
      assert.equal(await page.locator("[data-maatwerk]").count(), 0);
      assert.equal(await page.evaluate(() => document.querySelector("#experience-0-from").validationMessage), "");
    });
  });

  test("a valid form dispatches maatwerk:valid and shows the confirmation", async () => {
    await withPage(async (page) => {
      await fillPeriod(page, "2020-01-01");
      await page.check("#responsible");
      for (const id of ["working-together", "communicating", "person-centred", "tailored-advice"]) {
        await page.check(`#competences-${id}`);
      }
      await page.click("button[data-add=diplomas]");
      await page.selectOption("#diplomas-0-code", "ba-sociaal-werk");
      await page.fill("#diplomas-0-obtained", "2015-06-30");
      await page.locator("#diplomas-0-obtained").blur();
      const url = page.url();
      await page.click("button[type=submit]");
      await page.locator("#submitted").waitFor();
      assert.equal(await page.evaluate(() => document.activeElement?.id), "submitted");
      assert.equal(await page.locator(SUMMARY).count(), 0);
      assert.equal(await page.locator(".maatwerk-message--error").count(), 0);
      assert.equal(await status(page, "SUP-001"), "met");
      assert.equal(page.url(), url);
      await shoot(page, "supervisor-valid.png");
    });
  });

  test("another diploma: the title field appears and its warning shows there", async () => {
    await withPage(async (page) => {
      await page.click("button[data-add=diplomas]");
      assert.equal(await page.isVisible("#diplomas-0-title"), false);
      await page.selectOption("#diplomas-0-code", { label: "Ander diploma: typ de titel" });
      await page.locator("#diplomas-0-title").waitFor();
      await page.fill("#diplomas-0-title", "Bachelor in de bedrijfskunde");
      await page.locator("#diplomas-0-title").blur();
      const message = page.locator("[id$=msg-diplomas-0-title]");
      await message.waitFor();
      assert.match(await message.innerText(), /niet op de lijst/);
      assert.equal(await page.getAttribute("#diplomas-0-title", "aria-invalid"), null, "a warning is not invalid");
    });
  });

  test("axe-core finds no violations, with and without errors", async () => {
    // axe is injected as a script, which the page's CSP forbids: this context bypasses CSP
    // for the audit only; every other test runs under the policy.
    await withPage(async (page) => {
      assert.deepEqual(await axe(page), []);
      await fillPeriod(page, "2025-13-45");
      await page.click("button[data-add=experience]");
      await page.click("button[data-add=diplomas]");
      await page.click("button[data-add=diplomas]");
      await page.selectOption("#diplomas-1-code", { label: "Ander diploma: typ de titel" });
      await page.fill("#diplomas-1-title", "Bachelor in de bedrijfskunde");
      await page.click("button[type=submit]");
      await page.locator(SUMMARY).waitFor();
      // Errors at a text field, a select, a radio group and a section; a warning; a note.
      assert.equal(await page.getAttribute("#experience-1-relevant-yes", "aria-invalid"), "true");
      assert.equal(await page.getAttribute("#diplomas-0-code", "aria-invalid"), "true");
      assert.equal(await page.locator(".maatwerk-message--warning").count(), 1);
      assert.equal(await page.locator(".maatwerk-message--info").count(), 1);
      assert.ok(await page.locator(".maatwerk-message--error").count() >= 4);
      assert.deepEqual(await axe(page), []);
    }, { contextOptions: { bypassCSP: true } });
  });

  test("the start page passes axe-core and links to the form", async () => {
    await withPage(async (page) => {
      assert.deepEqual(await axe(page), []);
      await page.click("a[href='supervisor.html']");
      await until(page, () => window.maatwerkDemo?.handle);
    }, { path: "index.html", ready: false, contextOptions: { bypassCSP: true } });
  });

  test("the language switch: messages, summary and panel in French, every value kept", async () => {
    await withPage(async (page) => {
      await fillPeriod(page, "2025-04-01");
      await page.click("button[type=submit]");
      await page.locator(SUMMARY).waitFor();
      assert.match(await messageText(page, EXPERIENCE_MESSAGE), /19 van de 24 maanden/);
      assert.match(await page.locator("[id$=msg-competences]").textContent(), /^Opmerking: /);
      const values = () => page.$$eval("form [name]", (els) => els.map((e) => [e.name, e.type === "radio" || e.type === "checkbox" ? e.checked : e.value]));
      const before = await values();

      // The switch sits in the header, a labelled nav of toggle buttons; Dutch is pressed.
      assert.equal(await page.getAttribute("header nav.lang-switch", "aria-label"), "Taal van de meldingen");
      const pressed = () => page.$$eval(".lang-switch button", (bs) => bs.map((b) => `${b.dataset.locale}:${b.getAttribute("aria-pressed")}`));
      assert.deepEqual(await pressed(), ["nl:true", "fr:false", "en:false", "de:false"]);
      assert.equal(await page.locator(".lang-switch button[data-locale=fr]").evaluate((b) => b.lang), "fr");

      // By keyboard: Tab to it, Enter.
      await page.focus(".lang-switch button[data-locale=en]");
      await page.keyboard.press("Tab");
      assert.equal(await page.evaluate(() => document.activeElement?.dataset.locale), "de");
      await page.keyboard.press("Shift+Tab");
      await page.keyboard.press("Shift+Tab");
      assert.equal(await page.evaluate(() => document.activeElement?.dataset.locale), "fr");
      await page.keyboard.press("Enter");
      await until(page, () => document.querySelector(".maatwerk-error-summary h2")?.textContent === "Il y a un problème");
      assert.deepEqual(await pressed(), ["nl:false", "fr:true", "en:false", "de:false"]);
      assert.equal(await page.evaluate(() => document.activeElement?.dataset.locale), "fr", "focus stays on the switch");
      const message = page.locator(EXPERIENCE_MESSAGE);
      await message.waitFor();
      assert.equal(await message.getAttribute("lang"), "fr");
      assert.match(await message.textContent(), /^Erreur : .*24/);
      assert.doesNotMatch(await message.textContent(), /maanden/);
      assert.equal(await page.getAttribute(`${SUMMARY} ul`, "lang"), "fr");
      assert.equal(await page.locator(`${SUMMARY} a`).count(), 1);
      // The panel follows the language (marked as French); the page's labels stay Dutch.
      await until(page, () => document.querySelector('[data-rule="SUP-001"] .requirement__explanation')?.lang === "fr");
      assert.doesNotMatch(await page.locator('[data-rule="SUP-001"] .requirement__explanation').innerText(), /maanden/);
      assert.equal(await page.innerText("h1"), "Gekwalificeerd begeleider");
      assert.match(await page.locator("[id$=msg-competences]").textContent(), /^Remarque : /, "the note follows");
      assert.deepEqual(await values(), before, "nothing typed is lost");
      assert.match(page.url(), /[?&]locale=fr/);
      assert.equal(await page.getAttribute(".breadcrumbs a", "href"), "index.html?locale=fr");

      // The new binding is live: fixing the period clears the French message.
      await page.fill("#experience-0-from", "2020-01-01");
      await page.locator("#experience-0-from").blur();
      await page.locator(SUMMARY).waitFor({ state: "detached" });
      assert.equal(await page.locator(".maatwerk-message--error").count(), 0);
      // The diploma list stays Dutch, like the labels.
      await page.click("button[data-add=diplomas]");
      assert.equal(await page.locator("#diplomas-0-code option:nth-child(2)").innerText(), "Bachelor in het sociaal werk");

      // Back to Dutch: a reload keeps the choice in the address.
      await page.click(".lang-switch button[data-locale=nl]");
      await until(page, () => !/locale=/.test(window.location.search) || /locale=nl/.test(window.location.search));
      assert.equal(await page.getAttribute(".breadcrumbs a", "href"), "index.html");
    });
  });

  test("the start page links every form and the catalogue, and carries the chosen language", async () => {
    await withPage(async (page) => {
      const links = await page.$$eval("main a", (as) => as.map((a) => a.getAttribute("href")));
      assert.deepEqual(links, ["application.html", "plan.html", "supervisor.html", "provider.html", "rules.html"]);
      await page.click(".lang-switch button[data-locale=de]");
      const carried = await page.$$eval("main a", (as) => as.map((a) => a.getAttribute("href")));
      assert.deepEqual(carried, links.map((href) => `${href}?locale=de`));
      assert.equal(await page.getAttribute(".portal-brand", "href"), "index.html?locale=de");
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: screenshotPath("index.png"), fullPage: true });
      await page.click("a[href='plan.html?locale=de']");
      await until(page, () => window.maatwerkDemo?.handle);
      assert.equal(await page.getAttribute(".lang-switch button[data-locale=de]", "aria-pressed"), "true");
    }, { path: "index.html", ready: false });
  });
});
