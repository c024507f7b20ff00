// The fenced code blocks of the documentation (README.md, docs/*.md, the npm package's README)
// and what the tests do with each, by the block's info string:
//
//   js            run as an ES module in Node against the packed package (consumer/docs.test.mjs)
//   js browser    run as an ES module in headless Chromium on the demo's server, in a page whose
//                 <main> holds the nearest html block above it (browser/docs.test.mjs)
//   html          the page of the js browser blocks that follow it
//   js platform   a recipe of docs/platforms.md, which tests/js/platforms reads from the page and
//                 runs against the real platform (scripts/platforms.sh)
//   LANG file=P   the very text of the repository's file P, which another test runs
//   rust          a doctest: src/lib.rs includes the page, so `cargo test --doc` runs it
//   sh            run by bash (-e, pipefail) in a temporary folder whose tests/ is the
//                 repository's, with the command line tool on PATH (consumer/docs.test.mjs)
//   sh no-run     too long or too big to run inside the test command: `bash -n` and every
//                 scripts/ file it names exists
//   json          parsed
//   text          a listing, not code
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");

/** The pages, relative to the repository. */
export const PAGES = [
  "README.md",
  "pkg-config/README.md",
  ...readdirSync(join(ROOT, "docs"))
    .filter((name) => name.endsWith(".md"))
    .sort()
    .map((name) => `docs/${name}`),
];

/**
 * Every fenced block of a page: `{ page, line, lang, attrs, code, name }`, `lang` the info
 * string's first word, `attrs` the rest (`browser`, `no-run`, `file=P`), `name` page:line.
 * @param {string} page
 */
export function blocksOf(page) {
  const lines = readFileSync(join(ROOT, page), "utf8").split("\n");
  const blocks = [];
  let open = null;
  lines.forEach((text, index) => {
    const fence = /^(\s*)```(.*)$/.exec(text);
    if (!fence) {
      if (open) open.body.push(text.slice(open.indent));
      return;
    }
    if (open) {
      const [lang = "", ...attrs] = open.info.split(/\s+/).filter(Boolean);
      blocks.push({ page, line: open.line, lang, attrs, code: open.body.join("\n") + "\n", name: `${page}:${open.line}` });
      open = null;
    } else {
      open = { line: index + 1, info: fence[2].trim(), indent: fence[1].length, body: [] };
    }
  });
  if (open) throw new Error(`${page}:${open.line}: a code block that is never closed`);
  return blocks;
}

/** Every block of every page. */
export const BLOCKS = PAGES.flatMap(blocksOf);

/** The file a `LANG file=P` block shows, or null. */
export const fileOf = (block) => block.attrs.find((attr) => attr.startsWith("file="))?.slice(5) ?? null;

/** What the tests do with a block; null for a block no rule above covers. */
export function kindOf(block) {
  const key = [block.lang, ...block.attrs.filter((attr) => !attr.startsWith("file="))].join(" ");
  if (fileOf(block) !== null && block.attrs.length === 1) return "file";
  return (
    {
      js: "node",
      "js browser": "browser",
      "js platform": "platform",
      html: "page",
      rust: "doctest",
      sh: "shell",
      "sh no-run": "syntax",
      json: "json",
      text: "listing",
    }[key] ?? null
  );
}

/** The html block above a browser block on its page ("" when there is none). */
export function pageOf(block) {
  const above = BLOCKS.filter((b) => b.page === block.page && b.line < block.line && b.lang === "html");
  return above.at(-1)?.code ?? "";
}
