// The documentation's `js browser` blocks (tests/js/docs/blocks.mjs), each run as an ES module
// in headless Chromium on the demo's server, under its CSP, in the start page with the html
// block above it as the page's <main>. `maatwerk` and `maatwerk/dom` are the package as the
// demo serves it (www/pkg/). A block fails on an exception, a CSP violation or a page error.
import assert from "node:assert/strict";
import { test } from "node:test";
import { BLOCKS, kindOf, pageOf } from "../docs/blocks.mjs";
import { openPage, useBrowser } from "./harness.mjs";

const env = useBrowser();

const SPECIFIERS = { '"maatwerk"': '"/pkg/index.js"', '"maatwerk/dom"': '"/pkg/dom/index.js"' };

/** The block with the package's specifiers as the demo serves them. */
const served = (code) => code.replace(/"maatwerk(\/dom)?"/g, (specifier) => SPECIFIERS[specifier]);

for (const block of BLOCKS.filter((b) => kindOf(b) === "browser")) {
  test(block.name, async () => {
    const session = await openPage(env.browser, env.server, "index.html");
    try {
      await session.page.route("**/docs-block.mjs", (route) =>
        route.fulfill({ contentType: "text/javascript; charset=utf-8", body: served(block.code) }),
      );
      await session.page.evaluate((html) => {
        document.querySelector("main").innerHTML = html;
      }, pageOf(block));
      await session.page.evaluate(() => import("/docs-block.mjs"));
      assert.deepEqual(await session.problems(), []);
    } finally {
      await session.close();
    }
  });
}
