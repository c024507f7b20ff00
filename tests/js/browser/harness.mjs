// Shared by the browser tests: the portal server on a free port, headless Chromium as
// toolchain.md prescribes, and guards that fail a test on a CSP violation, a page error or a
// request to any host but 127.0.0.1.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { createInterface } from "node:readline";
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

/** Waits until `fn(arg)` is truthy in the page. */
export function until(page, fn, arg, timeout = 5000) {
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
