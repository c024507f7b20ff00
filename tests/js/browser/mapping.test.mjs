// A portal's form shape in Chromium: each portal case of tests/mapped/ validated by the web
// package the demo serves gives the command line's report byte for byte (`maatwerk check
// --mapping`, native), as it does in Node (tests/js/consumer/mapping.test.mjs): one mapping, one
// answer, at the portal's paths, in the browser, in Node and in the command.
import assert from "node:assert/strict";
import { test } from "node:test";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { ROOT, openPage, useBrowser } from "./harness.mjs";

const CLI = process.env.MAATWERK_CLI ?? join(ROOT, "target", "debug", "maatwerk");
const CASES = join(ROOT, "tests", "mapped");
const cases = readdirSync(CASES).filter((name) => name.endsWith(".json")).sort()
  .map((name) => ({ name, ...JSON.parse(readFileSync(join(CASES, name), "utf8")) }));
const env = useBrowser();

/** The command's report text of a case. */
function commandReport({ kind, asOf, mapping, form }, dir) {
  writeFileSync(join(dir, "mapping.json"), JSON.stringify(mapping));
  const run = spawnSync(CLI, ["check", "--kind", kind, "--as-of", asOf, "--format", "ndjson", "--mapping", join(dir, "mapping.json"), "-"], {
    input: JSON.stringify(form),
    encoding: "utf8",
  });
  assert.ok(run.status === 0 || run.status === 1, run.stderr);
  const line = run.stdout.trim();
  return line.slice(line.indexOf(',"report":') + ',"report":'.length, -1);
}

test("the portal cases in Chromium: byte-identical to the command's reports", async () => {
  const dir = mkdtempSync(join(tmpdir(), "maatwerk-mapped-"));
  const session = await openPage(env.browser, env.server, "index.html");
  try {
    const texts = await session.page.evaluate(async (cases) => {
      const maatwerk = await import("/pkg/index.js");
      await maatwerk.default({ locales: ["nl", "fr", "en", "de"] });
      return cases.map(({ kind, asOf, mapping, form }) => JSON.stringify(new maatwerk.Validator(kind, { asOf, mapping }).validate(form)));
    }, cases);
    for (const [at, testCase] of cases.entries()) {
      assert.equal(texts[at], commandReport(testCase, dir), testCase.name);
      const report = JSON.parse(texts[at]);
      for (const [code, portalPath] of Object.entries(testCase.expect.at)) {
        assert.equal(report.issues.find((issue) => issue.code === code)?.portalPath, portalPath, `${testCase.name}: ${code}`);
      }
    }
    assert.deepEqual(await session.problems(), []);
  } finally {
    await session.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
