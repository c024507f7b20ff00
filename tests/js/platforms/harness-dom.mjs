// Shared by the design systems' tests: a page per design system, bundled by esbuild from the
// real library, maatwerk from node_modules (the packed package, which scripts/platforms.sh
// unpacks there) and the recipe's code block read from docs/platforms.md, served under the
// demo's Content Security Policy (scripts/serve.mjs) and driven in headless Chromium like a
// user: typing, leaving fields, submitting, following the summary's links. Then the checks
// every design system passes (`platformSuite`).
import assert from "node:assert/strict";
import { once } from "node:events";
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { after, before, test } from "node:test";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";
import { createPortalServer } from "../../../scripts/serve.mjs";
import { AXE, ROOT, launchBrowser, until } from "../browser/harness.mjs";

const here = dirname(fileURLToPath(import.meta.url));

/**
 * The code block of the recipe under the heading `### title` in docs/platforms.md.
 * @param {string} title
 */
export function recipe(title) {
  const doc = readFileSync(join(ROOT, "docs", "platforms.md"), "utf8");
  const start = doc.indexOf(`\n### ${title}\n`);
  assert.ok(start >= 0, `docs/platforms.md has no section "${title}"`);
  const block = /```js platform\n([\s\S]*?)```/.exec(doc.slice(start));
  assert.ok(block, `the section "${title}" has no js block`);
  return block[1];
}

/**
 * The page's module: the design system as `setup` loads it, the package's module, a record of
 * what reaches the wire (`window.wire`: [path, type, value], the first the whole form), a count
 * of the submits the page's own listeners see, then the recipe.
 * @param {string} setup
 */
function pageModule(setup) {
  return `${setup}
import init, { Session, Validator, loadTexts } from "maatwerk/web";
import wasm from "maatwerk/maatwerk_bg.wasm";
import nl from "maatwerk/texts/nl";
import fr from "maatwerk/texts/fr";
import en from "maatwerk/texts/en";
import de from "maatwerk/texts/de";

await init({ module_or_path: new URL(wasm, import.meta.url) });
for (const table of [nl, fr, en, de]) loadTexts(table);
window.wire = [];
const { set } = Session.prototype;
Session.prototype.set = function (path, value) {
  window.wire.push([path.join("."), typeof value, value]);
  return set.call(this, path, value);
};
const { session } = Validator.prototype;
Validator.prototype.session = function (form, ...rest) {
  window.wire.push(["", typeof form, form]);
  return session.call(this, form, ...rest);
};
window.pageSubmits = 0;
window.validEvents = 0;
const form = document.querySelector("form");
form.addEventListener("submit", () => { window.pageSubmits += 1; });
form.addEventListener("maatwerk:valid", () => { window.validEvents += 1; });
const { handle } = await import("./recipe.js");
window.handle = handle;
document.body.dataset.ready = "true";
`;
}

/**
 * A design system's page: `name` (its folder in dist/), `title` (its recipe's heading in
 * docs/platforms.md), `setup` (the page's module before maatwerk: the library loaded and
 * configured as the page would), `form` (the form's markup), `assets` (files of node_modules the
 * page serves: [from, to]), `files` (more files the page serves, made when it is built: path ->
 * text), `tolerate` (problems of the library itself under the CSP, each with the reason it is
 * harmless: not maatwerk's, and documented in docs/platforms.md).
 * @typedef {{ name: string, title: string, setup: string, form: string, assets?: [string, string][],
 *   files?: () => Promise<Record<string, string>>, tolerate?: { problem: RegExp, why: string }[] }} Spec
 */

/**
 * Builds the page of one design system into dist/<name>/.
 * @param {Spec} spec
 */
async function build({ name, title, setup, form, assets = [], files = async () => ({}) }) {
  const dir = join(here, "dist", name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, "src"), { recursive: true });
  for (const [from, to] of assets) {
    mkdirSync(dirname(join(dir, to)), { recursive: true });
    copyFileSync(join(here, "node_modules", from), join(dir, to));
  }
  for (const [to, text] of Object.entries(await files())) {
    mkdirSync(dirname(join(dir, to)), { recursive: true });
    writeFileSync(join(dir, to), text);
  }
  writeFileSync(join(dir, "src", "page.js"), pageModule(setup));
  writeFileSync(join(dir, "src", "recipe.js"), recipe(title));
  await esbuild.build({
    entryPoints: [join(dir, "src", "page.js")],
    bundle: true,
    format: "esm",
    target: "es2022",
    loader: { ".wasm": "file", ".woff2": "file", ".woff": "file", ".ttf": "file", ".svg": "file" },
    outdir: dir,
    logLevel: "warning",
  });
  const css = existsSync(join(dir, "page.css")) ? '<link rel="stylesheet" href="page.css">' : "";
  writeFileSync(join(dir, "index.html"), `<!doctype html>
<html lang="nl">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>${css}<script type="module" src="page.js"></script></head>
<body><main><h1>${title}</h1>${form}</main></body>
</html>
`);
  return dir;
}

/**
 * Starts the page's server and Chromium for a file's tests; `open()` gives a page (in a
 * context that bypasses CSP with `audit`, for axe) once the recipe ran, with `problems()`: CSP
 * violations, page errors, requests to another host, and every console warning or error.
 * @param {Spec} spec
 */
export function usePlatform(spec) {
  const env = { title: spec.title };
  before(async () => {
    const dir = await build(spec);
    env.http = createPortalServer(dir);
    env.http.listen(0, "127.0.0.1");
    await once(env.http, "listening");
    env.url = new URL(`http://127.0.0.1:${env.http.address().port}/`);
    env.browser = await launchBrowser();
  });
  after(async () => {
    await env.browser?.close();
    env.http?.closeAllConnections();
    env.http?.close();
  });
  env.open = async ({ audit = false } = {}) => {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: audit });
    const found = [];
    await context.route("**/*", (route) => {
      const url = new URL(route.request().url());
      if (url.origin !== env.url.origin) {
        found.push(`request to another host: ${url.origin}`);
        return route.abort();
      }
      return route.continue();
    });
    await context.addInitScript(() => {
      window.__cspViolations = [];
      document.addEventListener("securitypolicyviolation", (event) => {
        window.__cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    const page = await context.newPage();
    page.on("console", (message) => {
      if (message.type() === "warning" || message.type() === "error") found.push(`console ${message.type()}: ${message.text()}`);
    });
    page.on("pageerror", (error) => found.push(`page error: ${error.message}`));
    await page.goto(env.url.href);
    await until(page, () => document.body.dataset.ready === "true", undefined, 30_000).catch((error) => {
      throw new Error(`${error.message}: ${found.join("; ")}`);
    });
    return {
      page,
      async problems() {
        const csp = await page.evaluate(() => window.__cspViolations).catch(() => []);
        const all = [...found, ...csp.map((v) => `CSP violation: ${v}`)];
        return all.filter((problem) => !(spec.tolerate ?? []).some(({ problem: known }) => known.test(problem)));
      },
      close: () => context.close(),
    };
  };
  return env;
}

/**
 * The checks every design system passes, on a form with `name` (text), `responsible` (a
 * checkbox) and `experience[0].from` (a date), and a submit button. `ui` says how a user does
 * things in this design system: `fill(page, name, text)`, `check(page, name)`,
 * `submit(page)`. The page's setup defines where it shows a field's message,
 * `window.platformMessage(name)` (its text, or null), and `window.platformFocused()` (the name
 * of the control that has focus).
 * @param {ReturnType<typeof usePlatform>} env
 * @param {{ fill: Function, check: Function, submit: Function }} ui
 */
export function platformSuite(env, ui) {
  const message = (page, name) => page.evaluate((name) => window.platformMessage(name), name);
  const focused = (page) => page.evaluate(() => window.platformFocused());

  /** Runs `body` on a fresh page, then fails on any problem. */
  async function withPage(body, options) {
    const session = await env.open(options);
    try {
      await body(session.page);
      assert.deepEqual(await session.problems(), []);
    } finally {
      await session.close();
    }
  }

  /** The accessibility tree's focused node: its role, name, description and invalid state. */
  async function focusedNode(page) {
    const client = await page.context().newCDPSession(page);
    const { nodes } = await client.send("Accessibility.getFullAXTree");
    await client.detach();
    const node = nodes.find((n) => n.role?.value !== "RootWebArea" && n.properties?.some((p) => p.name === "focused" && p.value.value));
    return {
      role: node?.role?.value,
      description: node?.description?.value,
      invalid: node?.properties?.find((p) => p.name === "invalid")?.value?.value,
    };
  }

  /** Waits until the wire received `value` at `path` (with its JavaScript type). */
  const untilWire = (page, path, value) => until(page, ([path, value]) =>
    window.wire.some(([p, type, v]) => p === path && type === typeof value && v === value), [path, value]);

  test(`${env.title}: the recipe is at most 5 lines of glue and maps nothing by hand`, () => {
    const code = recipe(env.title);
    const glue = code.split("\n").filter((line) => line.trim() !== "" && !line.startsWith("import "));
    assert.ok(glue.length <= 5, glue.join("\n"));
    assert.doesNotMatch(code, /fieldNames|values/);
  });

  test(`${env.title}: what the user types reaches maatwerk with its wire type; a checkbox as a boolean`, async () => {
    await withPage(async (page) => {
      const [, type, form] = await page.evaluate(() => window.wire[0]);
      assert.equal(type, "object");
      assert.equal(form.responsible, false, "an unticked checkbox is false");
      await ui.fill(page, "name", "Sara Janssens");
      await untilWire(page, "name", "Sara Janssens");
      await ui.check(page, "responsible");
      await untilWire(page, "responsible", true);
      await ui.fill(page, "experience[0].from", "2020-01-01");
      await untilWire(page, "experience.0.from", "2020-01-01");
    });
  });

  test(`${env.title}: a message shows at its control once the user left it; untouched fields stay quiet`, async () => {
    await withPage(async (page) => {
      await ui.fill(page, "name", "");
      await page.keyboard.press("Tab");
      await until(page, () => window.handle.report()?.issues.some((i) => i.field === "name"));
      const expected = await page.evaluate(() => window.handle.report().issues.find((i) => i.field === "name").message);
      await until(page, ([name, text]) => window.platformMessage(name)?.includes(text), ["name", expected]).catch(async () => {
        throw new Error(`name shows ${await message(page, "name")}, not ${expected}`);
      });
      assert.equal(await message(page, "experience[0].from"), null, "not touched: no message");
    });
  });

  test(`${env.title}: a submit with errors is blocked: summary focused, its link focuses the control`, async () => {
    await withPage(async (page) => {
      await ui.submit(page);
      const summary = page.locator(".maatwerk-error-summary");
      await summary.waitFor();
      await until(page, () => document.activeElement?.classList.contains("maatwerk-error-summary"));
      assert.equal(await page.evaluate(() => window.pageSubmits + window.validEvents), 0, "nothing went further");
      assert.equal(await page.evaluate(() => window.handle.submitted), true);
      const field = await page.evaluate(() => window.handle.report().issues.find((i) => i.severity === "error" && i.field === "name").message);
      await page.locator(".maatwerk-error-summary a", { hasText: field }).click();
      await until(page, (name) => window.platformFocused() === name, "name").catch(async () => {
        throw new Error(`focus on ${await focused(page)}`);
      });
      // What a screen reader announces where focus landed (inside the component).
      const announced = await focusedNode(page);
      assert.equal(announced.invalid, "true", JSON.stringify(announced));
      assert.ok(announced.description?.includes(field), JSON.stringify(announced));
      assert.notEqual(await message(page, "experience[0].from"), null, "after a submit every field shows");
    });
  });

  test(`${env.title}: axe-core finds no violation with the messages and the summary shown`, async () => {
    await withPage(async (page) => {
      await ui.submit(page);
      await page.locator(".maatwerk-error-summary").waitFor();
      await page.addScriptTag({ path: AXE });
      const violations = await page.evaluate(async () => (await window.axe.run(document)).violations
        .map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(" ")) })));
      assert.deepEqual(violations, []);
    }, { audit: true });
  });
}
