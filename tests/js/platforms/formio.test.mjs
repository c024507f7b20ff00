// maatwerk/formio on the real @formio/js 5 in Chromium, under the demo's CSP (no 'unsafe-eval':
// the recipe sets Formio.Evaluator.noeval). The page (pages/formio.*) is
// docs/platforms.md's recipe (recipes/formio.js) on a supervisor with the
// portal's keys (tests/mapped/supervisor-formio.json): typed like a user, maatwerk's message
// shows in Form.io's error box of the component at its portal path (a datagrid row's field, the
// datagrid for a list's issue), follows rows added and removed, a submit with errors is refused
// and one without fires Form.io's `submit`; no console error, no axe violation.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createPortalServer } from "../../../scripts/serve.mjs";
import { axe, launchBrowser, openPage, until } from "../browser/harness.mjs";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const here = fileURLToPath(new URL(".", import.meta.url));
const env = {};

// The server compresses every file it serves when it starts: it gets only what the page loads.
before(async () => {
  mkdirSync(join(ROOT, "target"), { recursive: true });
  env.root = mkdtempSync(join(ROOT, "target", "formio-"));
  for (const path of ["pages", "recipes", "node_modules/maatwerk", "node_modules/@formio/js/dist/formio.form.min.js", "node_modules/@formio/js/dist/formio.form.min.css"]) {
    cpSync(join(here, path), join(env.root, path), { recursive: true });
  }
  cpSync(join(ROOT, "tests/mapped/supervisor-formio.json"), join(env.root, "supervisor-formio.json"));
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

const formioStyle = (problem) => problem === "CSP violation: style-src-attr inline" || problem.startsWith("console: Applying inline style violates");

/** Opens the page, waits for the binding, runs `body`, then fails on CSP, page or console errors. */
async function withPage(body, contextOptions) {
  const session = await openPage(env.browser, env.server, "/pages/formio.html", contextOptions);
  const errors = [];
  session.page.setDefaultTimeout(8000);
  session.page.on("console", (message) => { if (message.type() === "error") errors.push(message.text()); });
  try {
    await until(session.page, () => window.formioPage?.handle, undefined, 20000);
    await body(session.page);
    // Form.io's templates write `style` attributes, which `default-src 'self'` blocks (the
    // doc's CSP note); every other violation fails.
    const problems = await session.problems();
    if (!contextOptions?.bypassCSP) assert.ok(problems.some(formioStyle), "Form.io's style attributes are still blocked (update the doc's CSP note)");
    assert.deepEqual(problems.filter((problem) => !formioStyle(problem)), []);
    assert.deepEqual(errors.filter((text) => !formioStyle(`console: ${text}`)), []);
  } finally {
    await session.close();
  }
}

/** The control Form.io renders for a data path: `ervaring[1].tot` is `data[ervaring][1][tot]`. */
const input = (path) => `[name="data[${path.split(/[.[\]]+/).filter(Boolean).join("][")}]"]`;
/** Types into the field at the portal path and leaves it, as a user does. */
async function type(page, path, value) {
  await page.fill(input(path), value);
  await page.locator(input(path)).blur();
}
/** The texts in Form.io's error box of the component at `path` (its own box, not its rows'). */
function messagesAt(page, path) {
  return page.evaluate((path) => {
    let found;
    window.formioPage.form.everyComponent((component) => { if (component.path === path) found ??= component; });
    const box = found?.refs.messageContainer;
    return box ? [...box.children].map((line) => line.textContent) : null;
  }, path);
}
/** The message of the report's issue with `code` at `portalPath`, once the report has it. */
async function reported(page, code, portalPath) {
  const found = await until(page, ([code, portalPath]) =>
    window.formioPage.handle.report().issues.find((issue) => issue.code === code && issue.portalPath === portalPath)?.message, [code, portalPath])
    .catch(async () => assert.fail(`no ${code} at ${portalPath}: ${await page.evaluate(() => JSON.stringify(window.formioPage.handle.report().issues.map((i) => [i.code, i.portalPath])))}`));
  return found.jsonValue();
}
/** Waits until the component at `path` shows exactly `texts`. */
async function expectShown(page, path, texts) {
  await until(page, ([path, texts]) => {
    let found;
    window.formioPage.form.everyComponent((component) => { if (component.path === path) found ??= component; });
    const box = found?.refs.messageContainer;
    return box && JSON.stringify([...box.children].map((line) => line.textContent)) === JSON.stringify(texts);
  }, [path, texts]);
}
const addRow = (page) => page.click('[ref="datagrid-ervaring-addRow"]');
const removeRow = (page, index) => page.locator('[ref="datagrid-ervaring-removeRow"]').nth(index).click();

test("typed like a user, maatwerk's messages show in Form.io's error boxes at their portal paths, and follow rows added and removed", async () => {
  await withPage(async (page) => {
    await type(page, "persoon.naam", "Nathalie Dubois");
    await page.check('input[value="ja"]');
    // Nothing is shown where the user has not been.
    assert.deepEqual(await messagesAt(page, "ervaring"), []);
    await type(page, "ervaring[0].van", "2025-04-01");
    await page.selectOption(input("ervaring[0].relevant"), "J");
    const tooShort = await reported(page, "supervisor.experience_too_short", "ervaring");
    assert.match(tooShort, /24 maanden relevante ervaring/);
    await expectShown(page, "ervaring", [tooShort]);

    await addRow(page);
    await type(page, "ervaring[1].van", "2024-02-01");
    await type(page, "ervaring[1].tot", "2024-01-01");
    const reversed = await reported(page, "supervisor.period_reversed", "ervaring[1].tot");
    assert.ok(reversed);
    await expectShown(page, "ervaring[1].tot", [reversed]);
    assert.deepEqual(await messagesAt(page, "ervaring[0].tot"), []);
    assert.ok(await page.locator(input("ervaring[1].tot")).evaluate((element) => element.classList.contains("is-invalid")));

    // Form.io rebuilds the rows: the messages stay where their fields are.
    await addRow(page);
    await expectShown(page, "ervaring[1].tot", [reversed]);
    await removeRow(page, 0);
    await expectShown(page, "ervaring[0].tot", [await reported(page, "supervisor.period_reversed", "ervaring[0].tot")]);
    assert.deepEqual(await messagesAt(page, "ervaring[1].tot"), []);
    await type(page, "ervaring[0].tot", "2024-12-31");
    await expectShown(page, "ervaring[0].tot", []);
  });
});

test("a submit with maatwerk errors is refused in Form.io's alert; without errors Form.io submits", async () => {
  await withPage(async (page) => {
    await type(page, "persoon.naam", "Nathalie Dubois");
    await page.check('input[value="ja"]');
    await type(page, "ervaring[0].van", "2024-02-01");
    await type(page, "ervaring[0].tot", "2024-01-01");
    await page.click('button[name="data[submit]"]');
    const reversed = await reported(page, "supervisor.period_reversed", "ervaring[0].tot");
    await page.locator('[ref="errorRef"]', { hasText: reversed }).first().waitFor();
    await expectShown(page, "ervaring[0].tot", [reversed]);
    assert.equal(await page.evaluate(() => window.formioPage.submits), 0);

    await type(page, "ervaring[0].van", "2020-01-01");
    await type(page, "ervaring[0].tot", "");
    await page.selectOption(input("ervaring[0].relevant"), "J");
    await expectShown(page, "ervaring[0].tot", []);
    await until(page, () => window.formioPage.handle.report().valid);
    // Form.io's alert drops the fixed error as it repaints.
    await page.locator('[ref="errorRef"]', { hasText: reversed }).waitFor({ state: "detached" });
    await page.click('button[name="data[submit]"]');
    await until(page, () => window.formioPage.submits === 1);
  });
});

test("axe-core finds no violation in the form with maatwerk's messages shown", async () => {
  await withPage(async (page) => {
    await type(page, "ervaring[0].van", "2024-02-01");
    await type(page, "ervaring[0].tot", "2024-01-01");
    await expectShown(page, "ervaring[0].tot", [await reported(page, "supervisor.period_reversed", "ervaring[0].tot")]);
    assert.deepEqual(await axe(page), []);
  }, { bypassCSP: true });
});

test("the doc's Form.io recipe is the code the page runs, and is at most 5 lines of glue", () => {
  const doc = readFileSync(`${ROOT}docs/platforms.md`, "utf8");
  const source = readFileSync(new URL("./recipes/formio.js", import.meta.url), "utf8");
  const lines = source.split("// recipe:begin\n")[1].split("  // recipe:end")[0].split("\n").filter(Boolean).map((line) => line.trim());
  const block = doc.split("<!-- recipe:formio -->")[1].split("```")[1];
  assert.ok(lines.length <= 5, `${lines.length} lines`);
  for (const line of lines.slice(0, -1)) assert.ok(block.includes(line), line);
  // The page keeps the form too (`{ form, handle: ... }`); the doc's line is the call.
  const call = 'attachFormio(form, "supervisor", { mapping, asOf: "2026-11-23", locale: "nl" })';
  assert.ok(lines.at(-1).includes(call) && block.includes(`${call};`));
});
