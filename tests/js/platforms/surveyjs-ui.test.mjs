// maatwerk/surveyjs on a survey rendered by SurveyJS's own UI package (survey-js-ui 2 on
// survey-core 2, from surveyjs-2/: survey-js-ui has no 3.x release), in Chromium under the
// demo's CSP. The page (pages/surveyjs.*, bundled here by esbuild with "survey-core" resolved
// to the 2.x package, for survey-js-ui and maatwerk/surveyjs alike) is docs/platforms.md's
// recipe (recipes/surveyjs.js, the code surveyjs.test.mjs runs in Node on survey-core 3) on a
// support plan with the portal's names and a dynamic panel of experience rows
// (tests/mapped/plan-surveyjs.json). Typed and clicked like a user: maatwerk's message is in
// SurveyJS's rendered error box of the question at its portal path (a dynamic panel row's
// question included, and after a row is removed); Complete is refused while errors remain and
// completes without; no console error but SurveyJS's own icon style under the CSP, no axe
// violation but the contrast of SurveyJS's default theme.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { cpSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";
import { createPortalServer } from "../../../scripts/serve.mjs";
import { axe, launchBrowser, openPage, until } from "../browser/harness.mjs";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const here = fileURLToPath(new URL(".", import.meta.url));
const surveyjs2 = join(here, "surveyjs-2", "node_modules");
const env = {};

// The page's module is bundled with survey-core 2 (the one survey-js-ui 2 renders with, the one
// maatwerk/surveyjs takes `CustomError` from) and survey-js-ui; the server gets only what the
// page loads.
before(async () => {
  mkdirSync(join(ROOT, "target"), { recursive: true });
  env.root = mkdtempSync(join(ROOT, "target", "surveyjs-ui-"));
  await esbuild.build({
    entryPoints: [join(here, "pages", "surveyjs.js")],
    bundle: true,
    format: "esm",
    target: "es2022",
    alias: { "survey-core": join(surveyjs2, "survey-core"), "survey-js-ui": join(surveyjs2, "survey-js-ui") },
    loader: { ".wasm": "file" },
    outdir: env.root,
    logLevel: "warning",
  });
  cpSync(join(here, "pages", "surveyjs.html"), join(env.root, "index.html"));
  cpSync(join(ROOT, "tests/mapped/plan-surveyjs.json"), join(env.root, "plan-surveyjs.json"));
  const server = createPortalServer(env.root);
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  env.server = { url: new URL(`http://127.0.0.1:${server.address().port}/`), close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(resolve); }) };
  env.browser = await launchBrowser();
});
after(async () => {
  await env.browser?.close();
  await env.server?.close();
  if (env.root) rmSync(env.root, { recursive: true, force: true });
});

// survey-js-ui registers its icons by parsing SVG markup, and its timer icon (unused here) has a
// `style` attribute, which `default-src 'self'` blocks: one violation and its console line per
// page, SurveyJS's own (the doc's CSP note). Every other violation or console error fails.
const surveyjsStyle = (problem) => problem === "CSP violation: style-src-attr inline" || problem.startsWith("console: Applying inline style violates");

/** Opens the page, waits for the binding, runs `body`, then fails on CSP, page or console errors. */
async function withPage(body, contextOptions) {
  const session = await openPage(env.browser, env.server, "/", contextOptions);
  const errors = [];
  session.page.setDefaultTimeout(8000);
  session.page.on("console", (message) => { if (message.type() === "error") errors.push(message.text()); });
  try {
    await until(session.page, () => window.surveyPage?.handle && document.querySelector(".sd-root-modern"), undefined, 20000);
    await body(session.page);
    const problems = await session.problems();
    if (!contextOptions?.bypassCSP) assert.ok(problems.some(surveyjsStyle), "SurveyJS's timer icon style is no longer blocked (update the doc's CSP note)");
    assert.ok(problems.filter((problem) => problem.startsWith("CSP violation")).length <= 1, problems.join("\n"));
    assert.deepEqual(problems.filter((problem) => !surveyjsStyle(problem)), []);
    assert.deepEqual(errors.filter((text) => !surveyjsStyle(`console: ${text}`)), []);
  } finally {
    await session.close();
  }
}

/** The ids SurveyJS gave the question at a portal path: its root, its input, its error box. */
function ids(page, path) {
  return page.evaluate((path) => {
    const question = window.surveyPage.at(path);
    return question && { root: question.id, input: question.inputId, errors: `${question.id}_errors` };
  }, path);
}
/** The question's element, as SurveyJS rendered it. */
const question = async (page, path) => page.locator(`[id="${(await ids(page, path)).root}"]`);
/** Types into the text question at the path and leaves it (SurveyJS takes the value on blur). */
async function type(page, path, value) {
  const input = page.locator(`[id="${(await ids(page, path)).input}"]`);
  await input.fill(value);
  await input.press("Tab");
}
/** Clicks the choice (a radio item, or a boolean's "Yes"/"No") of the question at the path. */
async function choose(page, path, label) {
  await (await question(page, path)).getByText(label, { exact: true }).click();
}
/** Clicks a button of the dynamic panel (`Add new`, `Remove`), the `nth` of that name. */
async function panelButton(page, name, nth = 0) {
  await (await question(page, "begeleiderErvaring")).getByRole("button", { name }).nth(nth).click();
}
/** The texts in SurveyJS's rendered error box of the question at the path ([] for none). */
async function shown(page, path) {
  const { errors } = await ids(page, path);
  return page.evaluate((id) => [...(document.getElementById(id)?.children ?? [])].map((line) => line.textContent.trim()).filter(Boolean), errors);
}
/** Waits until the question at the path shows exactly `texts` in its error box. */
async function expectShown(page, path, texts) {
  const { errors } = await ids(page, path);
  await until(page, ([id, texts]) => JSON.stringify([...(document.getElementById(id)?.children ?? [])]
    .map((line) => line.textContent.trim()).filter(Boolean)) === JSON.stringify(texts), [errors, texts])
    .catch(async () => assert.fail(`${path} shows ${JSON.stringify(await shown(page, path))}, not ${JSON.stringify(texts)}`));
}
/** The message of the report's issue with `code` at `portalPath`, once the report has it. */
async function reported(page, code, portalPath) {
  const found = await until(page, ([code, portalPath]) =>
    window.surveyPage.handle.report().issues.find((issue) => issue.code === code && issue.portalPath === portalPath)?.message, [code, portalPath])
    .catch(async () => assert.fail(`no ${code} at ${portalPath}: ${await page.evaluate(() => JSON.stringify(window.surveyPage.handle.report().issues.map((i) => [i.code, i.portalPath])))}`));
  return found.jsonValue();
}

/** Fills in the plan as tests/mapped/plan-surveyjs.json has it, as a user would, one experience row. */
async function fillPlan(page) {
  await choose(page, "begeleidingNodig", "ja");
  await type(page, "datumPlan", "2026-04-20");
  await type(page, "startTewerkstelling", "2026-03-02");
  await type(page, "werknemerNaam", "Kevin Mertens");
  await type(page, "werknemerInsz", "85.07.30-033.28");
  await type(page, "werkgeverNaam", "Tuinaanleg Groenwerk bv");
  await type(page, "werkgeverKbo", "0403.019.261");
  await type(page, "begeleiderNaam", "Nathalie Dubois");
  await choose(page, "begeleiderOrganisatie", "intern");
  await panelButton(page, "Add new");
  await type(page, "begeleiderErvaring[0].van", "2021-02-01");
  await choose(page, "begeleiderErvaring[0].relevant", "Yes");
  await type(page, "verantwoordelijke", "Nathalie Dubois");
  await type(page, "coachNaam", "Stijn Goossens");
  await choose(page, "coachZelfdeWerkgever", "ja");
  await choose(page, "dagelijksBereikbaar", "nee");
  await type(page, "terPlaatseBinnenWerkdagen", "10");
  await type(page, "opvolgingOmDeDagen", "28");
  await choose(page, "handtekeningWerknemer", "Yes");
  await type(page, "handtekeningWerknemerDatum", "2026-04-21");
  await choose(page, "handtekeningWerkgever", "Yes");
  await type(page, "handtekeningWerkgeverDatum", "2026-04-20");
}

test("typed like a user, maatwerk's messages show in SurveyJS's error boxes of their questions, in the recipe's locale, and go when fixed", async () => {
  await withPage(async (page) => {
    await fillPlan(page);
    const daily = await reported(page, "guidance.not_reachable_daily", "dagelijksBereikbaar");
    assert.match(daily, /joignable/);
    await expectShown(page, "dagelijksBereikbaar", [daily]);
    await expectShown(page, "opvolgingOmDeDagen", [await reported(page, "guidance.follow_up_too_rare", "opvolgingOmDeDagen")]);
    // SurveyJS marks the control invalid itself.
    assert.equal(await page.locator(`[id="${(await ids(page, "opvolgingOmDeDagen")).input}"]`).getAttribute("aria-invalid"), "true");
    // Questions without an issue show nothing.
    assert.deepEqual(await shown(page, "werknemerNaam"), []);
    await choose(page, "dagelijksBereikbaar", "ja");
    await expectShown(page, "dagelijksBereikbaar", []);
  });
});

test("a dynamic panel row's question shows its message, and the right one after a row is removed", async () => {
  await withPage(async (page) => {
    await fillPlan(page);
    await panelButton(page, "Add new");
    await type(page, "begeleiderErvaring[1].van", "2021-13-45");
    await choose(page, "begeleiderErvaring[1].relevant", "Yes");
    const invalid = await reported(page, "supervisor.invalid_date", "begeleiderErvaring[1].van");
    await expectShown(page, "begeleiderErvaring[1].van", [invalid]);
    assert.deepEqual(await shown(page, "begeleiderErvaring[0].van"), []);

    await panelButton(page, "Remove", 0);
    await until(page, () => window.surveyPage.survey.getQuestionByName("begeleiderErvaring").panels.length === 1);
    await expectShown(page, "begeleiderErvaring[0].van", [await reported(page, "supervisor.invalid_date", "begeleiderErvaring[0].van")]);
    await type(page, "begeleiderErvaring[0].van", "2021-03-01");
    await expectShown(page, "begeleiderErvaring[0].van", []);
  });
});

test("Complete is refused while maatwerk has errors and completes the survey without", async () => {
  await withPage(async (page) => {
    await fillPlan(page);
    const complete = page.locator(".sd-navigation__complete-btn");
    await complete.click();
    await expectShown(page, "terPlaatseBinnenWerkdagen", [await reported(page, "guidance.on_site_too_late", "terPlaatseBinnenWerkdagen")]);
    assert.deepEqual(await page.evaluate(() => [window.surveyPage.survey.state, window.surveyPage.completes]), ["running", 0]);

    await choose(page, "dagelijksBereikbaar", "ja");
    await type(page, "terPlaatseBinnenWerkdagen", "5");
    await type(page, "opvolgingOmDeDagen", "14");
    for (const path of ["dagelijksBereikbaar", "terPlaatseBinnenWerkdagen", "opvolgingOmDeDagen"]) await expectShown(page, path, []);
    const report = await page.evaluate(() => window.surveyPage.handle.report());
    assert.equal(report.valid, true, JSON.stringify(report.issues.filter((issue) => issue.severity === "error")));
    await complete.click();
    await until(page, () => window.surveyPage.survey.state === "completed" && window.surveyPage.completes === 1);
    await page.locator(".sd-completedpage").waitFor();
  });
});

test("axe-core finds no violation in the survey with maatwerk's messages shown, but the contrast of SurveyJS's default theme", async () => {
  await withPage(async (page) => {
    await fillPlan(page);
    await panelButton(page, "Add new");
    await type(page, "begeleiderErvaring[1].van", "2021-13-45");
    await expectShown(page, "begeleiderErvaring[1].van", [await reported(page, "supervisor.invalid_date", "begeleiderErvaring[1].van")]);
    await expectShown(page, "dagelijksBereikbaar", [await reported(page, "guidance.not_reachable_daily", "dagelijksBereikbaar")]);
    // SurveyJS's default theme (survey-core.fontless.css) has colours below 4.5:1: its
    // buttons, the boolean switch's labels, the text of its error box and of an invalid input:
    // its stylesheet, not maatwerk's (a portal themes SurveyJS with its own colours). No other
    // violation, and none outside the survey.
    const violations = await axe(page);
    const contrast = violations.find((violation) => violation.id === "color-contrast");
    assert.deepEqual(violations.filter((violation) => violation !== contrast), []);
    assert.ok(await page.evaluate((nodes) => nodes.every((node) => document.querySelector(node)?.closest(".sd-root-modern")), contrast?.nodes ?? []), JSON.stringify(contrast));
  }, { bypassCSP: true });
});
