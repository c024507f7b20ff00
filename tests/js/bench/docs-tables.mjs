// Writes docs/performance.md's tables from one run of the benchmark (run.mjs --json FILE) and
// the package as built: the figures of a page always come from one run, ratios first (the
// machine is shared, so a ratio measured in one process is what holds).
//
//   node tests/js/bench/docs-tables.mjs target/bench.json
//
// The tables replace what lies between `<!-- bench:NAME -->` and `<!-- /bench:NAME -->`.
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const PAGE = join(ROOT, "docs/performance.md");
const run = JSON.parse(readFileSync(process.argv[2] ?? join(ROOT, "target/bench.json"), "utf8"));
const calls = run.calls.filter((call) => call.available !== false && call.package !== "baseline");

const us = (value) => (value < 10 ? value.toFixed(1) : value.toFixed(0));
const ratio = (value) => `${value.toFixed(2)}×`;

/** One fixture's calls beside Zod 4's `~standard.validate` on the same form. */
function perCall(fixture) {
  const rows = calls.filter((call) => call.fixture === fixture);
  const zod = rows.find((call) => call.contender === "Zod 4 ~standard.validate");
  const lines = rows.map((call) => {
    const who = (call.package ? `maatwerk \`${call.contender}\`` : call.contender).replaceAll("|", "\\|");
    return `| ${who} | ${zod ? ratio(call.medianUs / zod.medianUs) : ""} | ${us(call.medianUs)} µs | ${us(call.p99Us)} µs | ${call.result} |`;
  });
  return [`| call | × Zod 4 \`~standard.validate\` | median | p99 | answer |`, "|---|---|---|---|---|", ...lines].join("\n");
}

function startup() {
  const current = run.startup.find((row) => row.package === "current");
  return [
    "| Node: first call after `require` | Node `require` | web: first call after instantiate | web compile | web instantiate (and the Dutch texts) |",
    "|---|---|---|---|---|",
    `| **${current.nodeFirstCallMs.toFixed(1)} ms** | ${current.nodeRequireMs.toFixed(1)} ms | **${current.webFirstCallMs.toFixed(1)} ms** | ${current.webCompileMs.toFixed(1)} ms | ${current.webInstantiateMs.toFixed(1)} ms |`,
  ].join("\n");
}

function size() {
  const pkg = join(ROOT, "pkg");
  const gz = (file) => gzipSync(readFileSync(join(pkg, file)), { level: 9 }).length;
  const raw = (file) => readFileSync(join(pkg, file)).length;
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
  const texts = ["nl", "fr", "en", "de"].map((locale) => `texts/${locale}.js`);
  const files = ["web/maatwerk_bg.wasm", "web/maatwerk.js", ...texts, "index.js", "catalogue/data.js", "dom/style.css"];
  const lines = files.map((file) => `| \`${file}\` | ${kb(raw(file))} | ${kb(gz(file))} |`);
  const dom = readdirSync(join(pkg, "dom")).filter((name) => name.endsWith(".js"));
  lines.push(`| \`dom/*.js\` (each gzipped, unminified) | ${kb(dom.reduce((n, f) => n + raw(`dom/${f}`), 0))} | ${kb(dom.reduce((n, f) => n + gz(`dom/${f}`), 0))} |`);
  // What a Dutch page downloads to validate: the module, its glue and the Dutch texts. The glue
  // imports nothing (build-pkg.sh bundles wasm-bindgen's snippets into it); were it to import a
  // file, the page would download that too, uncounted here.
  if (/\bfrom\s*["']|\bimport\s*\(/.test(readFileSync(join(pkg, "web/maatwerk.js"), "utf8"))) {
    throw new Error("docs-tables.mjs: the web glue imports another file, which the page size must count");
  }
  const page = gz("web/maatwerk_bg.wasm") + gz("web/maatwerk.js") + gz("texts/nl.js");
  return [
    `Module, glue and the Dutch texts together: **${kb(page)}** gzipped (target: 100 KiB, ${ratio(page / (100 * 1024))} of it).`,
    "",
    "| file | raw | gzip -9 |",
    "|---|---|---|",
    ...lines,
  ].join("\n");
}

const fixtures = [...new Set(calls.map((call) => call.fixture))];
const tables = {
  calls: fixtures.map((fixture) => `\`${fixture}\` (node ${run.node}):\n\n${perCall(fixture)}`).join("\n\n"),
  startup: startup(),
  size: size(),
};
let page = readFileSync(PAGE, "utf8");
for (const [name, table] of Object.entries(tables)) {
  const open = `<!-- bench:${name} -->`;
  const close = `<!-- /bench:${name} -->`;
  const start = page.indexOf(open);
  const end = page.indexOf(close);
  if (start < 0 || end < start) throw new Error(`docs/performance.md has no ${open} ... ${close}`);
  page = `${page.slice(0, start + open.length)}\n${table}\n${page.slice(end)}`;
}
writeFileSync(PAGE, page);
console.error("docs/performance.md: tables written from one run");
