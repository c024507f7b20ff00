// The documentation's code blocks (tests/js/docs/blocks.mjs says which block gets what): every
// block is run, compared or parsed, or is a listing; a block that throws or exits non-zero
// fails. JavaScript runs against the packed package installed here, shell blocks with the
// command line tool that `cargo test -p maatwerk-cli` built. The browser's blocks:
// tests/js/browser/docs.test.mjs.
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { BLOCKS, ROOT, fileOf, kindOf, pageOf } from "../docs/blocks.mjs";

const CONSUMER = dirname(fileURLToPath(import.meta.url));
const CLI = join(ROOT, "target", "debug");

/** A folder for the blocks that sees the packed package (and `tests/` of the repository). */
function workspace() {
  const dir = mkdtempSync(join(tmpdir(), "maatwerk-docs-"));
  symlinkSync(join(CONSUMER, "node_modules"), join(dir, "node_modules"));
  symlinkSync(join(ROOT, "tests"), join(dir, "tests"));
  return dir;
}

const of = (kind) => BLOCKS.filter((block) => kindOf(block) === kind);

test("every code block is run, compared, parsed or marked a listing", () => {
  assert.deepEqual(BLOCKS.filter((block) => kindOf(block) === null).map((b) => `${b.name} \`\`\`${[b.lang, ...b.attrs].join(" ")}`), []);
  assert.ok(of("node").length >= 5 && of("browser").length >= 2 && of("shell").length >= 2 && of("doctest").length >= 2);
});

test("the README is short, and its test command is the one CI runs", () => {
  assert.ok(readFileSync(join(ROOT, "README.md"), "utf8").split("\n").length <= 200);
  const commands = BLOCKS.filter((b) => b.page === "README.md" && kindOf(b) === "syntax").map((b) => b.code.trim());
  assert.ok(commands.includes("bash scripts/test.sh") && commands.includes("bash scripts/demo.sh"));
  assert.match(readFileSync(join(ROOT, ".ci", "run"), "utf8"), /^bash scripts\/test\.sh$/m);
});

test("a Rust block's page is a doctest of the crate", () => {
  const lib = readFileSync(join(ROOT, "src", "lib.rs"), "utf8");
  for (const page of new Set(of("doctest").map((b) => b.page))) {
    assert.ok(lib.includes(`include_str!("../${page}")`), `${page} is not included by src/lib.rs`);
  }
});

test("a block that shows a file is that file", () => {
  for (const block of of("file")) {
    assert.equal(block.code, readFileSync(join(ROOT, fileOf(block)), "utf8"), block.name);
  }
});

test("an html block is the page of a browser block", () => {
  for (const block of of("page")) {
    assert.ok(of("browser").some((b) => b.page === block.page && pageOf(b) === block.code), block.name);
  }
});

test("platform recipes live in docs/platforms.md, where the platform tests read them", () => {
  const recipes = of("platform");
  assert.ok(recipes.length >= 6, `${recipes.length} recipes`);
  for (const block of recipes) assert.equal(block.page, "docs/platforms.md", block.name);
  // The tests that run them read them from that page.
  const tests = readdirSync(join(ROOT, "tests/js/platforms")).filter((name) => name.endsWith(".mjs"))
    .map((name) => readFileSync(join(ROOT, "tests/js/platforms", name), "utf8")).join("\n");
  assert.match(tests, /docs\/platforms\.md/);
});

test("json blocks parse", () => {
  for (const block of of("json")) assert.doesNotThrow(() => JSON.parse(block.code), block.name);
});

test("shell blocks that are not run are valid bash and name scripts that exist", () => {
  for (const block of of("syntax")) {
    execFileSync("bash", ["-n"], { input: block.code });
    for (const [script] of block.code.matchAll(/scripts\/[\w.-]+/g)) {
      assert.ok(existsSync(join(ROOT, script)), `${block.name}: ${script}`);
    }
  }
});

test("JavaScript blocks run in Node against the packed package", async (t) => {
  const dir = workspace();
  try {
    for (const block of of("node")) {
      await t.test(block.name, () => {
        const file = join(dir, `${block.name.replace(/[^\w]+/g, "-")}.mjs`);
        writeFileSync(file, block.code);
        const run = spawnSync(process.execPath, [file], { cwd: dir, encoding: "utf8", timeout: 30_000 });
        assert.equal(run.status, 0, `${block.name} exited with ${run.status}:\n${run.stderr}`);
      });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("shell blocks run with the command line tool", async (t) => {
  assert.ok(existsSync(join(CLI, "maatwerk")), "target/debug/maatwerk: run cargo test -p maatwerk-cli first");
  for (const block of of("shell")) {
    await t.test(block.name, () => {
      const dir = workspace();
      try {
        const run = spawnSync("bash", ["-e", "-o", "pipefail", "-c", block.code], {
          cwd: dir,
          encoding: "utf8",
          timeout: 60_000,
          env: { ...process.env, PATH: `${CLI}:${process.env.PATH}` },
        });
        assert.equal(run.status, 0, `${block.name} exited with ${run.status}:\n${run.stderr}`);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  }
});
