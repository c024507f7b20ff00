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
//
// It serves what a production portal would: brotli or gzip as the client accepts (the wasm is
// most of the page's bytes), `application/wasm` so browsers compile it while it downloads, and
// an ETag per representation so a reload costs a 304. The files do not change while it serves,
// so each is read, hashed and compressed once and kept in memory; that starts for the whole
// tree as soon as it listens.
import { createServer } from "node:http";
import { createHash } from "node:crypto";
import { readdir, readFile, realpath, stat } from "node:fs/promises";
import { dirname, extname, join, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";

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

// A file may be kept but is revalidated on every use: a rebuilt package shows at once, an
// unchanged one costs a 304. Errors stay `no-store`.
const FILE_HEADERS = { ...HEADERS, "Cache-Control": "no-cache", Vary: "Accept-Encoding" };

// Best first: on the wasm brotli's highest quality saves a quarter of gzip's bytes, and it is
// paid once per file.
const CODINGS = {
  br: (data) => promisify(brotliCompress)(data, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
    },
  }),
  gzip: (data) => promisify(gzip)(data, { level: constants.Z_BEST_COMPRESSION }),
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
    return { file: real, info };
  } catch {
    return null;
  }
}

/**
 * What is sent for one file: its type and its representations (`identity` and each coding
 * that makes it smaller), each with its body and a strong ETag from the content's hash.
 */
async function load(file) {
  const data = await readFile(file);
  const hash = createHash("sha256").update(data).digest("base64url");
  const representations = { identity: { body: data, etag: `"${hash}"` } };
  for (const [coding, compress] of Object.entries(CODINGS)) {
    const body = await compress(data);
    if (body.length < data.length) representations[coding] = { body, coding, etag: `"${hash}-${coding}"` };
  }
  const type = TYPES[extname(file).toLowerCase()] ?? "application/octet-stream";
  return { type, representations };
}

/** Loads each file once; a file whose size or mtime changed after all is loaded afresh. */
function fileCache() {
  const loaded = new Map();
  return function get(file, info) {
    const version = `${info.size}:${info.mtimeMs}`;
    const cached = loaded.get(file);
    if (cached?.version === version) return cached.entry;
    const entry = load(file);
    loaded.set(file, { version, entry });
    entry.catch(() => loaded.delete(file));
    return entry;
  };
}

/** Loads every regular file under `dir` into the cache (symlinks wait for a request). */
async function warm(get, dir) {
  const entries = await readdir(dir, { withFileTypes: true });
  await Promise.all(entries.map(async (entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await warm(get, path);
    else if (entry.isFile()) await get(path, await stat(path));
  }));
}

/** The coding to send: the one of ours the client weighs highest (`q`), ties to the first. */
function negotiate(acceptEncoding = "", representations) {
  const weights = new Map();
  for (const part of acceptEncoding.toLowerCase().split(",")) {
    const [name, ...params] = part.split(";").map((item) => item.trim());
    const q = params.find((param) => param.startsWith("q="));
    weights.set(name, q ? Number(q.slice(2)) || 0 : 1);
  }
  let best = representations.identity;
  let bestWeight = 0;
  for (const coding of Object.keys(CODINGS)) {
    const weight = weights.get(coding) ?? weights.get("*") ?? 0;
    if (representations[coding] && weight > bestWeight) {
      best = representations[coding];
      bestWeight = weight;
    }
  }
  return best;
}

/** If-None-Match uses the weak comparison: `W/` aside, the tags must be equal. */
function notModified(ifNoneMatch, etag) {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(",").some((tag) => {
    const bare = tag.trim().replace(/^W\//, "");
    return bare === "*" || bare === etag;
  });
}

export function createPortalServer(root = ROOT) {
  const rootReal = realpath(root);
  const files = fileCache();
  const server = createServer(async (req, res) => {
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
    let entry;
    try {
      entry = found && (await files(found.file, found.info));
    } catch {
      entry = null;
    }
    if (!entry) {
      send(res, 404, "Not Found");
      return;
    }
    const chosen = negotiate(req.headers["accept-encoding"], entry.representations);
    if (notModified(req.headers["if-none-match"], chosen.etag)) {
      res.writeHead(304, { ...FILE_HEADERS, ETag: chosen.etag });
      res.end();
      return;
    }
    res.writeHead(200, {
      ...FILE_HEADERS,
      "Content-Type": entry.type,
      ...(chosen.coding && { "Content-Encoding": chosen.coding }),
      "Content-Length": chosen.body.length,
      ETag: chosen.etag,
    });
    res.end(req.method === "HEAD" ? undefined : chosen.body);
  });
  server.once("listening", () => {
    // A file that cannot be read now is answered (404) when it is asked for.
    rootReal.then((dir) => warm(files, dir)).catch(() => {});
  });
  return server;
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
