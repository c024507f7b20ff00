// The changelog keeps up with the verdicts. CHANGELOG.md holds one fingerprint line,
//
//   <!-- verdicts: golden sha256:G; unreleased sha256:U -->
//
// where G is the SHA-256 of the committed verdicts (every file under tests/golden/ and the code
// list tests/snapshots/codes.txt, names and contents) and U that of the [Unreleased] section's
// text when G was recorded.
//
//   node scripts/changelog.mjs           the check (the test command): fails when the verdicts'
//                                        fingerprint is not the recorded one, i.e. a golden
//                                        vector, a code or a severity changed and the changelog
//                                        was not brought along.
//   node scripts/changelog.mjs --record  records the new fingerprint, and refuses unless the
//                                        [Unreleased] section has an entry and was edited since
//                                        the last recording: the only way to a green check is to
//                                        write down what changed.
//
// Both need nothing but the files of a clean clone (no git history, no base branch), so CI
// judges a shallow checkout the same as a developer's. The check trusts the recorded line; that
// it was written honestly is for the review of the diff, where it sits next to the entry.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const MARKER = /^<!-- verdicts: golden sha256:([0-9a-f]{64}); unreleased sha256:([0-9a-f]{64}) -->$/m;
const RECORD = "node scripts/changelog.mjs --record";

/** The files whose contents are the verdicts, relative to `root`, in a fixed order. */
export function verdictFiles(root) {
  const files = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else files.push(relative(root, path).split("\\").join("/"));
    }
  };
  walk(join(root, "tests", "golden"));
  files.push("tests/snapshots/codes.txt");
  return files.sort();
}

/** SHA-256 of the verdict files' names and contents; line ends normalised, so a checkout with
 * CRLF (git's autocrlf) fingerprints as the committed files do. */
export function goldenFingerprint(root) {
  const hash = createHash("sha256");
  for (const file of verdictFiles(root)) {
    const text = readFileSync(join(root, file), "utf8").replace(/\r\n/g, "\n");
    hash.update(`${file}\0${text}\0`);
  }
  return hash.digest("hex");
}

/** The [Unreleased] section: its lines after the heading up to the next release's heading,
 * without the fingerprint line; null when the changelog has none or it is not the first. */
export function unreleased(changelog) {
  const lines = changelog.replace(/\r\n/g, "\n").split("\n");
  const first = lines.findIndex((line) => line.startsWith("## "));
  if (first < 0 || !/^## \[Unreleased\]\s*$/.test(lines[first])) return null;
  const end = lines.findIndex((line, i) => i > first && line.startsWith("## "));
  return lines
    .slice(first + 1, end < 0 ? lines.length : end)
    .filter((line) => !MARKER.test(line))
    .map((line) => line.trimEnd())
    .join("\n")
    .trim();
}

const sha256 = (text) => createHash("sha256").update(text).digest("hex");

/** Whether the section lists at least one change (a list item), not only headings. */
const hasEntry = (section) => /^\s*[-*] +\S/m.test(section);

function read(root) {
  const path = join(root, "CHANGELOG.md");
  if (!existsSync(path)) throw new Error("CHANGELOG.md is missing");
  const text = readFileSync(path, "utf8");
  const section = unreleased(text);
  if (section === null) throw new Error("CHANGELOG.md: the first release heading must be '## [Unreleased]'");
  const marker = MARKER.exec(text);
  return { path, text, section, marker };
}

/** Throws, saying what to do, unless the recorded fingerprint is that of the verdicts now. */
export function check(root) {
  const { marker } = read(root);
  if (!marker) throw new Error(`CHANGELOG.md has no verdict fingerprint line: ${RECORD}`);
  const now = goldenFingerprint(root);
  if (marker[1] !== now) {
    throw new Error(
      "the verdicts (tests/golden/, tests/snapshots/codes.txt) changed since CHANGELOG.md recorded them.\n" +
        "Write under '## [Unreleased]' which verdicts changed (rule, code, severity or status, on which input;\n" +
        `docs/versioning.md says which are breaking), then: ${RECORD}`,
    );
  }
  return now;
}

/** Records the verdicts' fingerprint; refuses unless [Unreleased] was edited since the last one.
 * Returns whether CHANGELOG.md was rewritten (not when the verdicts are as recorded). */
export function record(root) {
  const { path, text, section, marker } = read(root);
  const golden = goldenFingerprint(root);
  if (marker && marker[1] === golden) return false;
  if (!hasEntry(section)) {
    throw new Error("the verdicts changed and '## [Unreleased]' lists no change: write what changed first");
  }
  const edited = sha256(section);
  if (marker && marker[2] === edited) {
    throw new Error("the verdicts changed but '## [Unreleased]' is as it was when they were last recorded: write what changed first");
  }
  const line = `<!-- verdicts: golden sha256:${golden}; unreleased sha256:${edited} -->`;
  const updated = marker
    ? text.replace(MARKER, line)
    : text.replace(/^## \[Unreleased\][^\n]*\n/m, (heading) => `${heading}${line}\n`);
  writeFileSync(path, updated);
  return true;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const root = resolve(fileURLToPath(new URL("..", import.meta.url)));
  try {
    if (process.argv.includes("--record")) {
      console.error(record(root) ? "changelog: verdicts recorded" : "changelog: verdicts as recorded, nothing to do");
    } else {
      check(root);
      console.error("changelog: the verdicts are those CHANGELOG.md records");
    }
  } catch (error) {
    console.error(`changelog: ${error.message}`);
    process.exit(1);
  }
}
