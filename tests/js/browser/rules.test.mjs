// The rule catalogue page in headless Chromium: the tables are built from `rules(locale)` in
// the page (every rule, once, with its codes and source), the language switch renders them in
// another language, CSP holds, and axe-core finds nothing.
// Assumes scripts/build-pkg.sh ran (www/pkg/ holds the built package).
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { AUDIT, expectAccessible, expectLocale, pageRunner, shoot, switchLocale, until, useBrowser } from "./harness.mjs";

const withPage = pageRunner(useBrowser(), {
  path: "rules.html",
  readyWhen: () => window.maatwerkDemo?.locale && document.querySelector("#catalogue table"),
});

/** The catalogue as the package gives it in the page (the module the page loaded). */
function catalogue(page, locale) {
  return page.evaluate(async (locale) => {
    const maatwerk = await import("/pkg/index.js");
    await maatwerk.default({ locales: ["nl", "fr", "en", "de"] });
    return maatwerk.rules(locale);
  }, locale);
}

/** What the tables show, per row. */
function rows(page) {
  return page.$$eval("#catalogue tbody tr", (trs) => trs.map((tr) => ({
    id: tr.dataset.rule,
    header: tr.querySelector("th")?.getAttribute("scope"),
    title: tr.querySelector(".rule__title")?.textContent,
    titleLang: tr.querySelector(".rule__title")?.lang,
    text: tr.querySelector(".rule__text")?.textContent,
    codes: [...tr.querySelectorAll(".codes code")].map((code) => code.textContent),
    link: tr.querySelector(".rule__source a")?.getAttribute("href") ?? null,
    source: tr.querySelector(".rule__source")?.textContent,
    quote: tr.querySelector(".rule__quote")?.textContent ?? null,
    quoteLang: tr.querySelector(".rule__quote")?.lang ?? null,
    date: tr.querySelector("time")?.getAttribute("datetime"),
    parameters: [...tr.querySelectorAll(".parameters .parameter__name")].map((code) => code.textContent),
    histories: [...tr.querySelectorAll(".parameters > li")].map((li) =>
      [...li.querySelectorAll(".parameter__history > li")].map((item) => ({
        from: item.dataset.from,
        date: item.querySelector("time")?.getAttribute("datetime"),
        text: item.textContent,
      }))),
    family: tr.closest("section")?.dataset.family,
  })));
}

describe("rule catalogue", () => {
  test("every rule of rules() shows once, in its family's table, with its codes, source and date", async () => {
    await withPage(async (page) => {
      const rules = await catalogue(page, "nl");
      const shown = await rows(page);
      assert.ok(rules.length >= 40, `${rules.length} rules`);
      assert.deepEqual(shown.map((row) => row.id), rules.map((rule) => rule.id));
      for (const [index, rule] of rules.entries()) {
        const row = shown[index];
        assert.equal(row.header, "row", rule.id);
        assert.equal(row.title, rule.title, rule.id);
        assert.equal(row.titleLang, "nl", rule.id);
        assert.equal(row.text, rule.text, rule.id);
        assert.deepEqual(row.codes, rule.codes, rule.id);
        assert.equal(row.link, rule.source.url ?? null, rule.id);
        assert.equal(row.source, rule.source.label, rule.id);
        // The passage the rule implements, as the source words it, in Dutch in every locale.
        assert.equal(row.quote, rule.quote || null, rule.id);
        if (rule.quote) assert.equal(row.quoteLang, "nl", rule.id);
        assert.equal(row.date, rule.effectiveFrom, rule.id);
        assert.deepEqual(row.parameters, rule.parameters.map((p) => p.name), rule.id);
        // Each parameter's dated values, oldest first, each with its date and value.
        for (const [at, parameter] of rule.parameters.entries()) {
          const dates = Object.keys(parameter.history).sort();
          assert.ok(dates.length > 0, `${rule.id} ${parameter.name}`);
          assert.deepEqual(row.histories[at].map((item) => item.from), dates, `${rule.id} ${parameter.name}`);
          assert.deepEqual(row.histories[at].map((item) => item.date), dates, `${rule.id} ${parameter.name}`);
          for (const [index, item] of row.histories[at].entries()) {
            const dated = parameter.history[dates[index]];
            const shown = Array.isArray(dated) ? `${dated.length} waarden` : typeof dated === "string" ? dated : JSON.stringify(dated);
            assert.ok(item.text.startsWith("vanaf ") && item.text.endsWith(`: ${shown}`), `${rule.id}: ${item.text}`);
          }
        }
        assert.equal(row.family, rule.family, rule.id);
      }
      // One section per family, with a heading, and a table with a caption and column headers.
      const families = [...new Set(rules.map((rule) => rule.family))];
      const sections = await page.$$eval("#catalogue section", (els) => els.map((section) => ({
        family: section.dataset.family,
        heading: section.querySelector("h2")?.textContent,
        labelledBy: section.getAttribute("aria-labelledby") === section.querySelector("h2")?.id,
        caption: section.querySelector("table > caption")?.textContent,
        columns: [...section.querySelectorAll("thead th")].map((th) => th.getAttribute("scope")),
      })));
      assert.deepEqual(sections.map((s) => s.family), families);
      for (const section of sections) {
        assert.ok(section.heading && section.labelledBy, section.family);
        assert.match(section.caption, new RegExp(`\\(familie ${section.family}\\): \\d+ regels?$`));
        assert.deepEqual(section.columns, Array(7).fill("col"));
      }
      assert.equal(
        await page.locator('section[data-family="plan"] h2').innerText(),
        "Ondersteuningsplan",
      );
      // The diploma list (a list-valued default) is linked from its cells and shown in full,
      // once, under the family's table.
      const diplomas = rules.find((rule) => rule.id === "SUP-003").parameters[0].default;
      const link = page.locator('#rule-SUP-003 a[href="#default-supervisor-relevantDiplomas"]');
      assert.equal(await link.innerText(), `${diplomas.length} waarden`);
      assert.equal(await page.locator('#rule-SUP-001 a[href="#default-supervisor-relevantDiplomas"]').count(), 1);
      const list = await page.$$eval("#default-supervisor-relevantDiplomas + p + ul > li", (lis) => lis.map((li) => li.textContent));
      assert.deepEqual(list, diplomas.map(({ code, title }) => `${title} (${code})`));
      assert.match(await page.locator("#default-supervisor-relevantDiplomas + p").innerText(), /SUP-001, SUP-003/);
      assert.ok(rules.some((rule) => rule.quote) && rules.some((rule) => !rule.quote), "quotes and silences");
      // The plan's "first months" shows its history: 3 months since the scheme's start.
      assert.deepEqual(
        await page.$$eval("#rule-PLAN-002 .parameter__history > li", (lis) => lis.map((li) => li.textContent)),
        ["vanaf 1 juli 2023: 3"],
      );
      await shoot(page, "rules.png");
    });
  });

  test("the language switch renders the titles and texts in that language", async () => {
    await withPage(async (page) => {
      assert.equal(await page.getAttribute(".lang-switch button[data-locale=nl]", "aria-pressed"), "true");
      await switchLocale(page, "fr");
      await until(page, () => window.maatwerkDemo.locale === "fr");
      const french = await catalogue(page, "fr");
      const dutch = await catalogue(page, "nl");
      const shown = await rows(page);
      assert.deepEqual(shown.map((row) => row.title), french.map((rule) => rule.title));
      assert.deepEqual(shown.map((row) => row.text), french.map((rule) => rule.text));
      assert.ok(shown.every((row) => row.titleLang === "fr"));
      assert.notDeepEqual(french.map((rule) => rule.title), dutch.map((rule) => rule.title));
      // The switch shows French, the address and the portal's links keep it.
      await expectLocale(page, "fr");
      // The page's own words stay Dutch.
      assert.equal(await page.locator('section[data-family="plan"] h2').innerText(), "Ondersteuningsplan");
      assert.equal(await page.locator("thead th").first().innerText(), "Regel");
    });
  });

  test("?locale=de opens in German", async () => {
    await withPage(async (page) => {
      const german = await catalogue(page, "de");
      const shown = await rows(page);
      assert.deepEqual(shown.map((row) => row.title), german.map((rule) => rule.title));
      await expectLocale(page, "de");
    }, { path: "rules.html?locale=de" });
  });

  test("axe-core finds no violations, in Dutch and after a switch", async () => {
    await withPage(async (page) => {
      await expectAccessible(page);
      await switchLocale(page, "en");
      await until(page, () => window.maatwerkDemo.locale === "en");
      await expectAccessible(page);
    }, AUDIT);
  });
});
