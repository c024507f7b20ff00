// The recipes of docs/node.md and docs/typescript.md, each run as a portal would: the page built by Vite, webpack and esbuild
// (build.mjs, with the configs beside it) loaded in headless Chromium under the demo's strict
// CSP, validating on the page and in a module Web Worker; server rendering (Vite's SSR build
// run by Node); Node ESM and CJS; React Hook Form's Standard Schema resolver. scripts/test.sh
// puts the packed package in node_modules/maatwerk first.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { once } from "node:events";
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { createPortalServer } from "../../../scripts/serve.mjs";
import { launchBrowser, openPage, until } from "../browser/harness.mjs";
import { buildAll } from "./build.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const EXPECTED = ["supervisor.competences_not_declared", "supervisor.experience_too_short"];
let server;
let browser;

before(async () => {
  await buildAll();
  const http = createPortalServer(join(here, "dist"));
  http.listen(0, "127.0.0.1");
  await once(http, "listening");
  server = { http, url: new URL(`http://127.0.0.1:${http.address().port}/`) };
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  server?.http.closeAllConnections();
  server?.http.close();
});

/** Every file a build wrote, relative to its folder. */
function built(dir) {
  return readdirSync(join(here, "dist", dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name).slice(join(here, "dist", dir).length + 1));
}

for (const bundler of ["vite", "webpack", "esbuild"]) {
  test(`${bundler}: the page and a module worker validate under the strict CSP`, async () => {
    const wasm = built(bundler).filter((file) => file.endsWith(".wasm"));
    assert.equal(wasm.length, 1, `${bundler} emitted ${wasm.join(", ")}`);
    // What the page does not use is not in it: the catalogue's data (rules()) and the
    // Standard Schemas.
    const scripts = built(bundler).filter((file) => file.endsWith(".js"));
    for (const file of scripts) {
      const text = readFileSync(join(here, "dist", bundler, file), "utf8");
      assert.ok(!text.includes("SUP-001") && !text.includes("~standard"), `${bundler} ${file}`);
    }
    const opened = await openPage(browser, server, `/${bundler}/`);
    try {
      // The server compresses every file once (brotli at its best, each build's wasm) before
      // it first answers for it: the first page may wait some seconds.
      await until(opened.page, () => document.getElementById("page").dataset.valid, undefined, 60_000).catch(async (error) => {
        throw new Error(`${error.message}: ${(await opened.problems()).join("; ")} ${opened.logged().join("; ")}`);
      });
      await until(opened.page, () => document.getElementById("page").dataset.valid && document.getElementById("worker").dataset.valid);
      for (const where of ["page", "worker"]) {
        const [valid, codes] = await opened.page.$eval(`#${where}`, (element) => [element.dataset.valid, element.textContent]);
        assert.equal(valid, "false", `${bundler} ${where}`);
        assert.deepEqual(codes.split(" "), EXPECTED, `${bundler} ${where}`);
      }
      assert.deepEqual(await opened.problems(), []);
    } finally {
      await opened.close();
    }
  });
}

test("server rendering: Vite's SSR build runs in Node with the browser's code (await init())", async () => {
  const { render } = await import(new URL("./dist/ssr/render.js", import.meta.url).href);
  const html = await render({ name: "Sara Janssens", responsible: true, experience: [{ from: "2025-04-01", relevant: true }] });
  assert.match(html, /^<ul data-valid="false">.*<li>19 van de 24 maanden relevante ervaring/);
});

test("Node: ES module and CommonJS", () => {
  for (const file of ["src/node-esm.mjs", "src/node-cjs.cjs"]) {
    const out = execFileSync(process.execPath, [join(here, file)], { encoding: "utf8" });
    assert.deepEqual(JSON.parse(out), EXPECTED, file);
  }
});
