// Shared by the browser tests: the portal server on a free port, headless Chromium as
// toolchain.md prescribes, guards that fail a test on a CSP violation, a page error or a
// request to any host but 127.0.0.1, and the steps the form pages' tests share (filling from a
// fixture, submitting, the summary, the keyboard walk, the language switch, detach(), axe).
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { once } from "node:events";
import { mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { createInterface } from "node:readline";
import { after, before } from "node:test";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const here = dirname(fileURLToPath(import.meta.url));
export const ROOT = resolve(here, "..", "..", "..");
export const SCREENSHOTS = join(ROOT, "target", "screenshots");
export const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

/** Starts scripts/serve.mjs on port 0 and reads its URL from the first line of stdout. */
export async function startServer() {
  const child = spawn(process.execPath, [join(ROOT, "scripts", "serve.mjs"), "0"], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const lines = createInterface({ input: child.stdout });
  const [first] = await Promise.race([
    once(lines, "line"),
    once(child, "exit").then(([code]) => {
      throw new Error(`serve.mjs exited with ${code} before printing its URL`);
    }),
  ]);
  const url = new URL(first.trim());
  return {
    url,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill("SIGTERM");
      await once(child, "exit");
    },
  };
}

/**
 * Headless Chromium. playwright-core gives every launch a fresh temporary profile (it passes
 * its own --user-data-dir and refuses one in `args`).
 */
export function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
    ],
  });
}

/**
 * A page in a new context with the guards installed. `problems()` lists every CSP violation,
 * page error and foreign request seen so far.
 */
export async function openPage(browser, server, path, contextOptions = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...contextOptions });
  const found = [];
  await context.route("**/*", (route) => {
    const url = new URL(route.request().url());
    if (url.protocol !== "http:" || url.hostname !== "127.0.0.1" || url.port !== server.url.port) {
      found.push(`request to another host: ${url.origin}`);
      return route.abort();
    }
    return route.continue();
  });
  // Installed through the DevTools protocol, so the page's CSP does not apply to it.
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener("securitypolicyviolation", (event) => {
      window.__cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  const page = await context.newPage();
  const logged = [];
  page.on("console", (message) => {
    logged.push(message.text());
    if (message.text().includes("Content Security Policy")) found.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => found.push(`page error: ${error.message}`));
  await page.goto(new URL(path, server.url).href);
  return {
    page,
    context,
    async problems() {
      const csp = await page.evaluate(() => window.__cspViolations ?? []).catch(() => []);
      return [...found, ...csp.map((v) => `CSP violation: ${v}`)];
    },
    /** Everything the page wrote to the console. */
    logged: () => [...logged],
    close: () => context.close(),
  };
}

/**
 * Waits until `fn(arg)` is truthy in the page. A wait, not a time limit on the library: 15 s,
 * because CI's two cores also run Chromium's renderer, a platform's own scripts and the test
 * runner (Form.io's repaint after a submit once took over 5 s there).
 */
export function until(page, fn, arg, timeout = 15_000) {
  return page.waitForFunction(fn, arg, { timeout });
}

/** Runs axe-core in the page (the context must bypass CSP to inject it). */
export async function axe(page) {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const results = await window.axe.run(document);
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => n.target.join(" ")),
    }));
  });
}

export function screenshotPath(name) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return join(SCREENSHOTS, name);
}

/** A full-page screenshot from the top, so a sticky panel sits where a reader sees it. */
export async function shoot(page, name) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: screenshotPath(name), fullPage: true });
}

// ---- A test file's frame -------------------------------------------------------------------

/**
 * Starts the server and Chromium before the file's tests and stops them after; returns the
 * object that holds them (`server`, `browser`) once started.
 */
export function useBrowser() {
  const env = {};
  before(async () => {
    env.server = await startServer();
    env.browser = await launchBrowser();
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.stop();
  });
  return env;
}

/**
 * `withPage(body, { path, contextOptions, ready })` for one page of the portal: opens `path`
 * (default: the page's), waits until `readyWhen()` holds in the page (unless `ready: false`),
 * runs `body(page, session)`, then fails on any CSP violation, page error or foreign request,
 * and on any console line that matches `typed` (what the user typed never reaches the console).
 * For an axe audit, `contextOptions: { bypassCSP: true }` (see `axe`).
 */
export function pageRunner(env, { path, readyWhen = () => window.maatwerkDemo?.handle, typed = null }) {
  return async function withPage(body, { path: at = path, contextOptions, ready = true } = {}) {
    const session = await openPage(env.browser, env.server, at, contextOptions);
    try {
      if (ready) await until(session.page, readyWhen);
      await body(session.page, session);
      assert.deepEqual(await session.problems(), []);
      if (typed) assert.deepEqual(session.logged().filter((text) => typed.test(text)), []);
    } finally {
      await session.close();
    }
  };
}

// ---- Steps on the form pages -----------------------------------------------------------------

/** The binding's error summary. */
export const SUMMARY = "form .maatwerk-error-summary";

/** Types `value` into `selector` and leaves the field, as a user does. */
export async function leave(page, selector, value) {
  await page.fill(selector, value);
  await page.locator(selector).blur();
}

/** Waits until `selector` is marked invalid. */
export function untilInvalid(page, selector) {
  return until(page, (selector) => document.querySelector(selector)?.getAttribute("aria-invalid") === "true", selector);
}

/** Records the `maatwerk:valid` events of the form in `window.validEvents`. */
export function countValidEvents(page) {
  return page.evaluate(() => {
    window.validEvents = 0;
    document.querySelector("form").addEventListener("maatwerk:valid", () => { window.validEvents += 1; });
  });
}

/** Clicks the submit button of a form with errors and waits for the summary; returns it. */
export async function submit(page) {
  await page.click("button[type=submit]");
  const summary = page.locator(SUMMARY);
  await summary.waitFor();
  return summary;
}

/** The summary just shown: an alert with its title, and focus on it. */
export async function expectSummaryAlert(summary, title = "Er is een probleem") {
  assert.equal(await summary.getAttribute("role"), "alert");
  assert.equal(await summary.locator("h2").innerText(), title);
  assert.ok(await summary.evaluate((element) => document.activeElement === element), "focus on the summary");
}

/**
 * Submits a valid form: the confirmation shows and takes focus, no summary and no error
 * message shows, and nothing leaves the page (the address stays as it was).
 */
export async function submitValid(page) {
  const url = page.url();
  await page.click("button[type=submit]");
  await page.locator("#submitted").waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.id), "submitted");
  assert.equal(await page.locator(SUMMARY).count(), 0);
  assert.equal(await page.locator(".maatwerk-message--error").count(), 0);
  assert.equal(page.url(), url, "nothing leaves the page");
}

/**
 * Submits a complete form whose `maatwerk:valid` events `countValidEvents` counts from the
 * start: as `submitValid`, with exactly one event, no control marked invalid, and a valid
 * report without issues in which every required fact is filled. Returns the report.
 */
export async function submitComplete(page) {
  await submitValid(page);
  assert.equal(await page.evaluate(() => window.validEvents), 1);
  assert.equal(await page.locator("[aria-invalid]").count(), 0);
  const report = await page.evaluate(() => window.maatwerkDemo.handle.report());
  assert.equal(report.valid, true, JSON.stringify(report.issues));
  assert.deepEqual(report.issues, []);
  assert.equal(report.completeness.filled, report.completeness.required);
  return report;
}

/** The summary's links as [href, text]. */
export function summaryLinks(page) {
  return page.locator(`${SUMMARY} a`).evaluateAll((links) => links.map((a) => [a.getAttribute("href"), a.textContent]));
}

/**
 * Keyboard only: Enter in `from` submits, focus goes to the summary, Tab reaches each of
 * `links` (hrefs) in turn, Enter on the last moves focus to its field.
 */
export async function keyboardSummaryWalk(page, from, links) {
  await page.focus(from);
  await page.keyboard.press("Enter");
  await page.locator(SUMMARY).waitFor();
  await until(page, () => document.activeElement?.classList.contains("maatwerk-error-summary"));
  for (const href of links) {
    await page.keyboard.press("Tab");
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute("href")), href);
  }
  await page.keyboard.press("Enter");
  await until(page, (id) => document.activeElement?.id === id, links.at(-1).slice(1));
}

/**
 * Waits until the message line with `code` is among the elements that describe `selector`
 * (`aria-describedby`; a radio group's fieldset), and checks it is the message the last
 * report has at `field` and matches `pattern`. Returns the line's language.
 */
export async function expectMessage(page, selector, code, field, pattern) {
  await until(page, ([selector, code]) => {
    const element = document.querySelector(selector);
    return (element?.getAttribute("aria-describedby") ?? "").split(/\s+/)
      .some((id) => id && document.getElementById(id)?.querySelector(`[data-code="${code}"]`));
  }, [selector, code]);
  const { text, expected, lang } = await page.$eval(selector, (element, [code, field]) => {
    const issue = window.maatwerkDemo.handle.report().issues.find((i) => i.code === code && i.field === field);
    const line = (element.getAttribute("aria-describedby") ?? "").split(/\s+/).filter(Boolean)
      .map((id) => document.getElementById(id)?.querySelector(`[data-code="${code}"]`)).find(Boolean);
    if (!line) return { text: null, expected: issue?.message };
    return { text: line.textContent, expected: issue?.message, lang: line.closest("[lang]")?.getAttribute("lang") };
  }, [code, field]);
  assert.ok(expected, `the report has ${code} at ${field}`);
  // The line is the report's message after a visually hidden "Fout: " in the messages' language.
  assert.ok(text.endsWith(expected) && text.length > expected.length, `${text} / ${expected}`);
  assert.match(expected, pattern);
  return lang;
}

/** The requirement panel as [rule, status, explanation]. */
export function panel(page) {
  return page.$$eval("#requirements [data-rule]", (items) => items.map((item) =>
    [item.dataset.rule, item.dataset.status, item.querySelector(".requirement__explanation").textContent]));
}

/** Every named control of the form as [name, value or checked]. */
export function formValues(page) {
  return page.$$eval("form [name]", (els) => els.map((e) => [e.name, e.type === "radio" || e.type === "checkbox" ? e.checked : e.value]));
}

/** Opens "Wat ontbreekt nog?" when it shows. */
export async function openMissing(page) {
  if (await page.isVisible("#missing-block")) await page.click("#missing-block summary");
}

// ---- The language switch ---------------------------------------------------------------------

/** Picks `locale` in the page's language switch. */
export function switchLocale(page, locale) {
  return page.click(`.lang-switch button[data-locale=${locale}]`);
}

/** The switch's buttons as `locale:aria-pressed`. */
export function pressed(page) {
  return page.$$eval(".lang-switch button", (bs) => bs.map((b) => `${b.dataset.locale}:${b.getAttribute("aria-pressed")}`));
}

/**
 * The page is in `locale`: its button alone is pressed, the address says so and the
 * portal's links carry it.
 */
export async function expectLocale(page, locale) {
  assert.deepEqual(await pressed(page), ["nl", "fr", "en", "de"].map((code) => `${code}:${code === locale}`));
  assert.match(page.url(), new RegExp(`[?&]locale=${locale}`));
  assert.equal(await page.getAttribute(".breadcrumbs a", "href"), `index.html?locale=${locale}`);
}

// ---- detach() --------------------------------------------------------------------------------

/**
 * Types the wrong `value` into the control `#id`, submits, and detaches the page's binding once
 * it marked `#id` invalid; checks that everything the binding added went: its elements,
 * `aria-invalid`, `novalidate`, its message ids in every `aria-describedby` (`#id` keeps only
 * its hint).
 */
export async function detachAfterSubmit(page, id, value) {
  await page.fill(`#${id}`, value);
  await submit(page);
  assert.equal(await page.getAttribute(`#${id}`, "aria-invalid"), "true");
  assert.equal(await page.getAttribute("form", "novalidate"), "");

  await page.evaluate(() => window.maatwerkDemo.handle.detach());
  await expectNothingAdded(page);
  assert.equal(await page.getAttribute("form", "novalidate"), null);
  assert.equal(await page.getAttribute(`#${id}`, "aria-describedby"), `${id}-hint`);
  const describedBy = await page.$$eval("[aria-describedby]", (els) => els.map((e) => e.getAttribute("aria-describedby")));
  assert.ok(describedBy.every((value) => !value.includes("msg")), describedBy.join(", "));
}

/** Nothing of the binding's in the page: no element of its, no control marked invalid. */
export async function expectNothingAdded(page) {
  assert.equal(await page.locator("[data-maatwerk]").count(), 0);
  assert.equal(await page.locator("[aria-invalid]").count(), 0);
}

/** After typing into a detached form: half a second later, still nothing of the binding's. */
export async function expectStillDetached(page) {
  await page.waitForTimeout(500);
  await expectNothingAdded(page);
}

// ---- axe-core --------------------------------------------------------------------------------

/**
 * The `withPage` options of an audit: axe is injected as a script, which the page's CSP
 * forbids, so this context bypasses CSP for the audit only; every other test runs under the
 * policy.
 */
export const AUDIT = { contextOptions: { bypassCSP: true } };

/** axe-core finds no violation in the page as it is. */
export async function expectAccessible(page) {
  assert.deepEqual(await axe(page), []);
}

// ---- Filling a form from a fixture -----------------------------------------------------------

/** The wire object (`form`) of `tests/fixtures/<name>.json`. */
export function fixture(name) {
  return JSON.parse(readFileSync(join(ROOT, "tests", "fixtures", `${name}.json`), "utf8")).form;
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
export async function setByPath(page, path, value) {
  const controls = page.locator(`[name="${path}"]`);
  const type = await controls.first().evaluate((element) => element.type);
  if (type === "radio") await page.check(`[name="${path}"][value="${value}"]`);
  else if (type === "checkbox") await controls.setChecked(value === true);
  else if (type === "select-one") await controls.selectOption(String(value));
  else await controls.fill(String(value));
}

/**
 * Fills a form whose controls are named by wire path from a wire object: first the rows its
 * lists need (`button[data-add=list]`), then every value.
 */
export async function fillFromWire(page, wire) {
  for (const [list, count] of lists(wire)) {
    for (let i = 0; i < count; i += 1) await page.click(`button[data-add="${list}"]`);
  }
  for (const [path, value] of leaves(wire)) await setByPath(page, path, value);
}
