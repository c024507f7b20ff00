// scripts/serve.mjs: URL on the first line, MIME types, the CSP header on every response, no
// way out of www/.
import assert from "node:assert/strict";
import { request } from "node:http";
import { after, before, test } from "node:test";
import { startServer } from "./harness.mjs";

const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'";
let server;

before(async () => {
  server = await startServer();
});

after(() => server?.stop());

/** A raw request: the path is sent as written (fetch would normalise `..`). */
function get(path, method = "GET") {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port: server.url.port, path, method }, (res) => {
      let body = "";
      res.setEncoding("latin1");
      res.on("data", (chunk) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode, headers: res.headers, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

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
