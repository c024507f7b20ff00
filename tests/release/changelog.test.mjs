// The changelog check (scripts/changelog.mjs) on throwaway copies of a repository's verdict
// files: it fails when a verdict changes without an entry, and recording needs one.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, mkdirSync, writeFileSync, readFileSync, rmSync, renameSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { check, record, goldenFingerprint, unreleased } from "../../scripts/changelog.mjs";

const CHANGELOG = `# Changelog

## [Unreleased]

### Added
- A first entry.

## [0.1.0] - 2026-01-01

### Added
- Everything.
`;

/** A repository with two golden files, a code list and a changelog whose fingerprint is recorded. */
function repo() {
  const root = mkdtempSync(join(tmpdir(), "maatwerk-changelog-"));
  mkdirSync(join(root, "tests", "golden"), { recursive: true });
  mkdirSync(join(root, "tests", "snapshots"), { recursive: true });
  writeFileSync(join(root, "tests", "golden", "a.txt"), "== a\nvalid\n");
  writeFileSync(join(root, "tests", "golden", "b.txt"), "== b\ninvalid\n  error x.y at z\n");
  writeFileSync(join(root, "tests", "snapshots", "codes.txt"), "x.y X-001 Error\n");
  writeFileSync(join(root, "CHANGELOG.md"), CHANGELOG);
  assert.equal(record(root), true);
  check(root);
  return root;
}

const edit = (root, file, change) => writeFileSync(join(root, file), change(readFileSync(join(root, file), "utf8")));
const addEntry = (root, entry) => edit(root, "CHANGELOG.md", (text) => text.replace("### Added\n", `### Added\n- ${entry}\n`));

test("the recorded fingerprint passes until a verdict file changes", (t) => {
  const root = repo();
  t.after(() => rmSync(root, { recursive: true }));
  edit(root, "tests/golden/b.txt", (text) => text.replace("error", "warning"));
  assert.throws(() => check(root), /verdicts .* changed since CHANGELOG.md recorded them/s);
});

test("a golden file added, removed or renamed, or a code changed, is a change", (t) => {
  const cases = {
    added: (root) => writeFileSync(join(root, "tests", "golden", "c.txt"), ""),
    removed: (root) => rmSync(join(root, "tests", "golden", "a.txt")),
    renamed: (root) => renameSync(join(root, "tests", "golden", "a.txt"), join(root, "tests", "golden", "a2.txt")),
    code: (root) => edit(root, "tests/snapshots/codes.txt", (text) => text.replace("Error", "Warning")),
  };
  for (const [name, change] of Object.entries(cases)) {
    const root = repo();
    t.after(() => rmSync(root, { recursive: true }));
    change(root);
    assert.throws(() => check(root), /changed since/, name);
  }
});

test("recording refuses until [Unreleased] is edited, then the check passes", (t) => {
  const root = repo();
  t.after(() => rmSync(root, { recursive: true }));
  edit(root, "tests/golden/a.txt", (text) => text.replace("valid", "invalid"));
  assert.throws(() => record(root), /as it was when they were last recorded/);
  assert.throws(() => check(root));
  addEntry(root, "Vector a is invalid now.");
  assert.equal(record(root), true);
  check(root);
  // Recording again with nothing changed leaves the file alone.
  const before = readFileSync(join(root, "CHANGELOG.md"), "utf8");
  assert.equal(record(root), false);
  assert.equal(readFileSync(join(root, "CHANGELOG.md"), "utf8"), before);
});

test("after a release an empty [Unreleased] cannot record a change", (t) => {
  const root = repo();
  t.after(() => rmSync(root, { recursive: true }));
  // The release moves the entries under a version; the fingerprint line stays under [Unreleased].
  edit(root, "CHANGELOG.md", (text) => text.replace("\n### Added\n- A first entry.\n", "\n## [0.2.0] - 2026-02-01\n\n### Added\n- A first entry.\n"));
  check(root);
  edit(root, "tests/golden/a.txt", (text) => `${text}\n`);
  assert.throws(() => record(root), /lists no change/);
  edit(root, "CHANGELOG.md", (text) => text.replace(/(## \[Unreleased\]\n.*\n)/, "$1\n### Changed\n- Vector a.\n"));
  assert.equal(record(root), true);
  check(root);
});

test("a changelog without [Unreleased] first, or without the fingerprint, fails", (t) => {
  const root = repo();
  t.after(() => rmSync(root, { recursive: true }));
  const recorded = readFileSync(join(root, "CHANGELOG.md"), "utf8");
  writeFileSync(join(root, "CHANGELOG.md"), recorded.replace(/<!-- verdicts:.*-->\n/, ""));
  assert.throws(() => check(root), /no verdict fingerprint/);
  writeFileSync(join(root, "CHANGELOG.md"), recorded.replace("## [Unreleased]", "## [0.2.0]"));
  assert.throws(() => check(root), /must be '## \[Unreleased\]'/);
});

test("line ends do not change the fingerprint; the section excludes the fingerprint line", (t) => {
  const root = repo();
  t.after(() => rmSync(root, { recursive: true }));
  const before = goldenFingerprint(root);
  edit(root, "tests/golden/b.txt", (text) => text.replace(/\n/g, "\r\n"));
  assert.equal(goldenFingerprint(root), before);
  const text = readFileSync(join(root, "CHANGELOG.md"), "utf8");
  assert.match(text, /## \[Unreleased\]\n<!-- verdicts: golden sha256:[0-9a-f]{64}; unreleased sha256:[0-9a-f]{64} -->\n/);
  assert.equal(unreleased(text), "### Added\n- A first entry.");
});
