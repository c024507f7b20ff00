// scripts/serve.mjs: URL on the first line, MIME types, the CSP header on every response, no
// way out of www/, brotli and gzip as negotiated, ETags and 304s, the wasm compiled streaming
// by Chromium.
import assert from "node:assert/strict";
import { once } from "node:events";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { brotliDecompressSync, constants, gunzipSync, gzipSync } from "node:zlib";
import { createPortalServer } from "../../../scripts/serve.mjs";
import { launchBrowser, ROOT, startServer } from "./harness.mjs";

const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'";
let server;

before(async () => {
  server = await startServer();
});

after(() => server?.stop());

/**
 * A raw request: the path is sent as written (fetch would normalise `..`), the body is not
 * decoded. `bytes` is the body as received, `body` the same as latin1 text.
 */
function get(path, method = "GET", headers = {}, port = server.url.port) {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, path, method, headers }, (res) => {
      const chunks = [];
      res.on("data", (chunk) => chunks.push(chunk));
      res.on("end", () => {
        const bytes = Buffer.concat(chunks);
        resolve({ status: res.statusCode, headers: res.headers, bytes, body: bytes.toString("latin1") });
      });
    });
    req.on("error", reject);
    req.end();
  });
}

const DECODE = { br: brotliDecompressSync, gzip: gunzipSync, identity: (bytes) => bytes };
const www = (path) => readFileSync(join(ROOT, "www", path));

test("prints http://127.0.0.1:PORT/ with the port it got", () => {
  assert.equal(server.url.hostname, "127.0.0.1");
  assert.notEqual(server.url.port, "0");
  assert.equal(server.url.pathname, "/");
});

test("serves www/ with the right MIME types and the CSP on every response", async () => {
  const cases = [
    ["/", "text/html; charset=utf-8"],
    ["/supervisor.html", "text/html; charset=utf-8"],
    ["/style.css", "text/css; charset=utf-8"],
    ["/supervisor.js", "text/javascript; charset=utf-8"],
    ["/pkg/web/maatwerk.js", "text/javascript; charset=utf-8"],
    ["/pkg/web/maatwerk_bg.wasm", "application/wasm"],
    ["/pkg/dom/index.js", "text/javascript; charset=utf-8"],
    ["/favicon.svg", "image/svg+xml"],
  ];
  for (const [path, type] of cases) {
    const res = await get(path);
    assert.equal(res.status, 200, path);
    assert.equal(res.headers["content-type"], type, path);
    assert.equal(res.headers["content-security-policy"], CSP, path);
    assert.equal(res.headers["x-content-type-options"], "nosniff", path);
  }
  const wasm = await get("/pkg/web/maatwerk_bg.wasm");
  assert.equal(wasm.body.slice(0, 4), "\0asm");
});

test("no directory traversal, no other methods; errors carry the CSP too", async () => {
  for (const path of [
    "/../Cargo.toml",
    "/%2e%2e/Cargo.toml",
    "/pkg/../../Cargo.toml",
    "/..%2fCargo.toml",
    "/%2e%2e%2f%2e%2e%2fetc/passwd",
    "/..\\Cargo.toml",
    "/%00",
    "/%E0%A4%A",
    "/missing.html",
  ]) {
    const res = await get(path);
    assert.equal(res.status, 404, path);
    assert.equal(res.headers["content-security-policy"], CSP, path);
    assert.doesNotMatch(res.body, /\[package\]|root:/, path);
  }
  const post = await get("/", "POST");
  assert.equal(post.status, 405);
  assert.equal(post.headers.allow, "GET, HEAD");
  const head = await get("/supervisor.html", "HEAD");
  assert.equal(head.status, 200);
  assert.equal(head.body, "");
});

test("brotli or gzip as Accept-Encoding weighs them, each decoding back to the file", async () => {
  const cases = [
    [undefined, "identity"],
    ["identity", "identity"],
    ["gzip", "gzip"],
    ["br", "br"],
    ["gzip, deflate, br", "br"],
    ["br;q=0.5, gzip", "gzip"],
    ["br;q=0, *", "gzip"],
    ["*", "br"],
    ["deflate", "identity"],
  ];
  for (const path of ["pkg/web/maatwerk_bg.wasm", "pkg/web/maatwerk.js", "pkg/dom/index.js", "style.css", "plan.html"]) {
    const file = www(path);
    for (const [accept, coding] of cases) {
      const res = await get(`/${path}`, "GET", accept ? { "Accept-Encoding": accept } : {});
      const label = `${path} with ${accept}`;
      assert.equal(res.status, 200, label);
      assert.equal(res.headers["content-encoding"], coding === "identity" ? undefined : coding, label);
      assert.equal(res.headers.vary, "Accept-Encoding", label);
      assert.equal(Number(res.headers["content-length"]), res.bytes.length, label);
      assert.ok(DECODE[coding](res.bytes).equals(file), label);
      assert.equal(res.headers["content-security-policy"], CSP, label);
    }
  }
  const wasm = await get("/pkg/web/maatwerk_bg.wasm", "GET", { "Accept-Encoding": "br" });
  assert.equal(wasm.headers["content-type"], "application/wasm");
  // Brotli at its best, not a fixed ratio: the less repetitive the module's code, the less
  // any compression saves on it.
  const gzipped = gzipSync(www("pkg/web/maatwerk_bg.wasm"), { level: constants.Z_BEST_COMPRESSION }).length;
  assert.ok(wasm.bytes.length < gzipped, `${wasm.bytes.length} bytes of brotli, ${gzipped} of gzip -9`);
  const head = await get("/pkg/web/maatwerk_bg.wasm", "HEAD", { "Accept-Encoding": "gzip" });
  assert.equal(head.headers["content-encoding"], "gzip");
  assert.equal(head.bytes.length, 0);
});

test("a strong ETag per representation; If-None-Match answers 304 with the headers, no body", async () => {
  const path = "/pkg/web/maatwerk_bg.wasm";
  const tags = {};
  for (const coding of ["identity", "gzip", "br"]) {
    const res = await get(path, "GET", { "Accept-Encoding": coding });
    assert.match(res.headers.etag, /^"[\w-]+"$/, "strong");
    assert.equal((await get(path, "GET", { "Accept-Encoding": coding })).headers.etag, res.headers.etag, "stable");
    tags[coding] = res.headers.etag;
  }
  assert.equal(new Set(Object.values(tags)).size, 3, "each representation its own tag");

  for (const ifNoneMatch of [tags.br, `W/${tags.br}`, `"other", ${tags.br}`, "*"]) {
    const res = await get(path, "GET", { "Accept-Encoding": "br", "If-None-Match": ifNoneMatch });
    assert.equal(res.status, 304, ifNoneMatch);
    assert.equal(res.bytes.length, 0);
    assert.equal(res.headers.etag, tags.br);
    assert.equal(res.headers.vary, "Accept-Encoding");
    assert.equal(res.headers["cache-control"], "no-cache");
    assert.equal(res.headers["content-security-policy"], CSP);
  }
  // The gzip tag does not validate the brotli representation, nor an old tag the file.
  for (const ifNoneMatch of [tags.gzip, '"not-this-file"']) {
    const res = await get(path, "GET", { "Accept-Encoding": "br", "If-None-Match": ifNoneMatch });
    assert.equal(res.status, 200, ifNoneMatch);
    assert.equal(res.headers["content-encoding"], "br");
  }
  assert.equal((await get("/missing.html")).headers["cache-control"], "no-store");
});

test("JSON as application/json; a file changed under the server is served afresh", async () => {
  const root = mkdtempSync(join(tmpdir(), "maatwerk-serve-"));
  const portal = createPortalServer(root);
  try {
    writeFileSync(join(root, "data.json"), JSON.stringify({ rules: "x".repeat(500) }));
    portal.listen(0, "127.0.0.1");
    await once(portal, "listening");
    const { port } = portal.address();
    const first = await get("/data.json", "GET", { "Accept-Encoding": "gzip" }, port);
    assert.equal(first.headers["content-type"], "application/json; charset=utf-8");
    assert.equal(first.headers["content-encoding"], "gzip");

    writeFileSync(join(root, "data.json"), JSON.stringify({ rules: "y".repeat(600) }));
    const second = await get("/data.json", "GET", { "Accept-Encoding": "gzip", "If-None-Match": first.headers.etag }, port);
    assert.equal(second.status, 200);
    assert.notEqual(second.headers.etag, first.headers.etag);
    assert.equal(JSON.parse(gunzipSync(second.bytes)).rules, "y".repeat(600));
  } finally {
    portal.close();
    portal.closeAllConnections();
    rmSync(root, { recursive: true, force: true });
  }
});

// Without the harness's request routing, which would switch Chromium's HTTP cache off.
test("Chromium gets the wasm compressed as application/wasm, compiles it streaming, revalidates it", async () => {
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    const wasm = [];
    page.on("response", (response) => {
      if (response.url().endsWith(".wasm")) wasm.push(response);
    });
    const errors = [];
    page.on("pageerror", (error) => errors.push(error.message));
    page.on("console", (message) => errors.push(message.text()));
    await page.goto(new URL("/supervisor.html", server.url).href);
    await page.waitForFunction(() => window.maatwerkDemo?.handle);
    const [first] = wasm;
    const headers = await first.allHeaders();
    assert.equal(headers["content-type"], "application/wasm");
    assert.match(headers["content-encoding"], /^(br|gzip)$/);
    assert.equal(await page.evaluate(async () => {
      const module = await WebAssembly.compileStreaming(fetch("/pkg/web/maatwerk_bg.wasm"));
      return WebAssembly.Module.exports(module).some((e) => e.name === "checkSupervisor");
    }), true);
    // init() falls back to a slower path and says so on the console when the type is wrong.
    assert.deepEqual(errors.filter((text) => /wasm|MIME/i.test(text)), []);

    await page.reload();
    await page.waitForFunction(() => window.maatwerkDemo?.handle);
    // Chromium reports a revalidated response with the cached status; the 304 shows as a
    // conditional request answered without a body.
    const again = wasm.at(-1);
    assert.equal(await again.request().headerValue("if-none-match"), headers.etag);
    assert.equal((await again.request().sizes()).responseBodySize, 0);
  } finally {
    await browser.close();
  }
});
