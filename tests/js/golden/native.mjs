// The golden vectors and their native reports, as the explicit step of scripts/test.sh writes
// them (`cargo test --locked --test golden -- --ignored native_reports` ->
// target/golden/native.json), for the tests that compare the wasm module's reports with them
// in Node and in Chromium. Missing or stale native reports fail loudly: a comparison with
// reports of other sources would prove nothing.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
export const NATIVE = join(ROOT, "target", "golden", "native.json");
const STEP = "cargo test --locked --test golden -- --ignored native_reports";

/** The files whose content decides the native reports, as tests/support/golden.rs lists them. */
function fingerprintFiles() {
  const files = [];
  const walk = (dir) => {
    for (const name of readdirSync(join(ROOT, dir))) {
      const path = `${dir}/${name}`;
      if (statSync(join(ROOT, path)).isDirectory()) walk(path);
      else files.push(path);
    }
  };
  walk("src");
  walk("tests/fixtures");
  files.push("Cargo.toml", "Cargo.lock", "tests/support/golden.rs", "tests/support/variants.rs");
  // Rust sorts the paths by their bytes; they are ASCII, so code units sort the same.
  return files.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** FNV-1a (64 bits) over each file's path and content, each followed by a zero byte. */
export function fingerprint() {
  const prime = 0x100000001b3n;
  let hash = 0xcbf29ce484222325n;
  const feed = (bytes) => {
    for (const byte of bytes) hash = BigInt.asUintN(64, (hash ^ BigInt(byte)) * prime);
  };
  for (const file of fingerprintFiles()) {
    feed(Buffer.from(file, "utf8"));
    feed([0]);
    feed(readFileSync(join(ROOT, file)));
    feed([0]);
  }
  return hash.toString(16).padStart(16, "0");
}

/**
 * `{ locales, vectors: [{ id, kind, options, form }], reports: [[text per locale]] }`; throws
 * when the file is missing or was written from other sources than the working tree's.
 */
export function loadNative() {
  let native;
  try {
    native = JSON.parse(readFileSync(NATIVE, "utf8"));
  } catch (error) {
    throw new Error(`no native reports in ${NATIVE} (${error.code ?? error.message}): run \`${STEP}\` first (scripts/test.sh does)`);
  }
  const current = fingerprint();
  if (native.fingerprint !== current) {
    throw new Error(
      `the native reports in ${NATIVE} are stale: written from sources with fingerprint ${native.fingerprint}, ` +
        `the working tree's is ${current}; run \`${STEP}\` again`,
    );
  }
  if (!Array.isArray(native.vectors) || native.vectors.length < 300 || native.reports.length !== native.vectors.length) {
    throw new Error(`${NATIVE} holds ${native.vectors?.length} vectors: expected at least 300, each with its reports`);
  }
  return native;
}

/** The exported validator of each kind. */
export function validators(maatwerk) {
  return {
    application: maatwerk.validateApplication,
    providerRegistration: maatwerk.validateProviderRegistration,
    supportPlan: maatwerk.validateSupportPlan,
    supervisor: maatwerk.checkSupervisor,
  };
}

/**
 * The vectors whose report in `locale` (`reportOf(vector, locale, index)`, JSON text) differs
 * from the native one: `[id, got, expected]`.
 */
export function differences(native, locale, reportOf) {
  const at = native.locales.indexOf(locale);
  const found = [];
  native.vectors.forEach((vector, index) => {
    const got = reportOf(vector, locale, index);
    const expected = native.reports[index][at];
    if (got !== expected) found.push([vector.id, got, expected]);
  });
  return found;
}
