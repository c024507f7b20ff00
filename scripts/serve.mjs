#!/usr/bin/env node
// A dependency-free static server for the demo portal (www/) on 127.0.0.1.
//
//   node scripts/serve.mjs [port]      port from argv, else $PORT, else 8080; 0 = any free port
//
// The first line on stdout is the URL (`http://127.0.0.1:PORT/`), so a test can start it on
// port 0 and read where it listens. Every response carries the portal's Content Security
// Policy, so the page is tested under the policy a real portal would set. Request paths
// never leave www/ (no `..`, no symlinks out). Nothing is logged: query strings could hold
// what a user typed.
import { createServer } from "node:http";
import { createReadStream } from "node:fs";
import { realpath, stat } from "node:fs/promises";
import { dirname, extname, join, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "www");

export const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".ts": "text/plain; charset=utf-8",
  ".woff2": "font/woff2",
};

const HEADERS = {
  "Content-Security-Policy": CSP,
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
  "Cache-Control": "no-store",
};

function send(res, status, text) {
  res.writeHead(status, { ...HEADERS, "Content-Type": "text/plain; charset=utf-8" });
  res.end(`${status} ${text}\n`);
}

/** The file under www/ a request path names, or null when it names none (or lies outside). */
async function resolveFile(rootReal, pathname) {
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes("\0") || decoded.includes("\\")) return null;
  let file = resolve(rootReal, `.${decoded}`);
  if (file !== rootReal && !file.startsWith(rootReal + sep)) return null;
  try {
    let info = await stat(file);
    if (info.isDirectory()) {
      file = join(file, "index.html");
      info = await stat(file);
    }
    if (!info.isFile()) return null;
    // A symlink inside www/ must not lead out of it.
    const real = await realpath(file);
    if (!real.startsWith(rootReal + sep)) return null;
    return { file: real, size: info.size };
  } catch {
    return null;
  }
}

export function createPortalServer(root = ROOT) {
  const rootReal = realpath(root);
  return createServer(async (req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.setHeader("Allow", "GET, HEAD");
      send(res, 405, "Method Not Allowed");
      return;
    }
    let url;
    try {
      url = new URL(req.url ?? "/", "http://127.0.0.1");
    } catch {
      send(res, 400, "Bad Request");
      return;
    }
    const found = await resolveFile(await rootReal, url.pathname);
    if (!found) {
      send(res, 404, "Not Found");
      return;
    }
    const type = TYPES[extname(found.file).toLowerCase()] ?? "application/octet-stream";
    res.writeHead(200, { ...HEADERS, "Content-Type": type, "Content-Length": found.size });
    if (req.method === "HEAD") {
      res.end();
      return;
    }
    createReadStream(found.file)
      .on("error", () => res.destroy())
      .pipe(res);
  });
}

function portFrom(value) {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`serve.mjs: not a port: ${value}`);
  }
  return port;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = portFrom(process.argv[2] ?? process.env.PORT ?? 8080);
  const server = createPortalServer();
  server.on("error", (error) => {
    console.error(`serve.mjs: ${error.message}`);
    process.exit(1);
  });
  server.listen(port, "127.0.0.1", () => {
    process.stdout.write(`http://127.0.0.1:${server.address().port}/\n`);
  });
  for (const signal of ["SIGINT", "SIGTERM"]) {
    process.on(signal, () => {
      server.close(() => process.exit(0));
      server.closeAllConnections();
    });
  }
}
