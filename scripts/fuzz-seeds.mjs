// Writes the seed corpus of one fuzz target (scripts/fuzz.sh) from the test fixtures and the
// identifiers of tests/ids.rs: node scripts/fuzz-seeds.mjs TARGET DIR. Idempotent.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const [target, dir] = process.argv.slice(2);
const root = new URL("..", import.meta.url).pathname;
const kinds = ["application", "providerRegistration", "supportPlan", "supervisor"];
const fixtures = readdirSync(join(root, "tests/fixtures"))
  .filter((name) => name.endsWith(".json"))
  .map((name) => JSON.parse(readFileSync(join(root, "tests/fixtures", name), "utf8")));

let count = 0;
const seed = (bytes) => writeFileSync(join(dir, `seed-${count++}`), bytes);
// The selector byte of fuzz/common/setup.rs: the kind, then an ordinary as-of date in Dutch.
const selector = (kind) => kinds.indexOf(kind) | (5 << 4);

// Every leaf of a form with its path as text (`experience[1].to`).
function* leaves(value, path = "") {
  if (value !== null && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      const next = Array.isArray(value) ? `${path}[${key}]` : path ? `${path}.${key}` : key;
      yield* leaves(item, next);
    }
  } else if (path) {
    yield [path, value];
  }
}

const text = (s) => Buffer.from(s, "utf8");
if (target === "form") {
  for (const f of fixtures) seed(Buffer.concat([Buffer.of(selector(f.kind)), text(JSON.stringify(f.form))]));
} else if (target === "field") {
  for (const f of fixtures) {
    for (const [path, value] of leaves(f.form)) {
      seed(Buffer.concat([Buffer.of(selector(f.kind)), text(`${path}\n${JSON.stringify(value)}`)]));
    }
  }
} else if (target === "ids") {
  const ids = readFileSync(join(root, "tests/ids.rs"), "utf8").match(/"[0-9A-Z .-]{9,22}"/g) ?? [];
  for (const id of new Set(ids)) seed(text(JSON.parse(id)));
} else if (target === "calendar") {
  for (const date of ["2026-05-08", "2023-07-01", "9999-12-31", "0000-01-01", "2024-02-29", "2026-07-10"]) {
    for (const n of [0, 1, 5, 10, 4000]) {
      const count32 = Buffer.alloc(4);
      count32.writeUInt32LE(n * 2 ** 20);
      seed(Buffer.concat([Buffer.of(1), text(date), count32, Buffer.from([0xea, 0x07]), Buffer.alloc(16, 7)]));
    }
  }
} else {
  throw new Error(`no seeds for target ${target}`);
}
