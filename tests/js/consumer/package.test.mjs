// The installed package's layout: one wasm file, in web/, shared by the Node build. What npm
// installed from the packed tarball is what the tarball holds.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const dir = dirname(createRequire(import.meta.url).resolve("maatwerk/package.json"));

function files(at) {
  return readdirSync(at, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(at, entry.name)) : [relative(dir, join(at, entry.name))]);
}

test("the package carries exactly one wasm file, the web build's", () => {
  assert.deepEqual(files(dir).filter((file) => file.endsWith(".wasm")), ["web/maatwerk_bg.wasm"]);
  assert.equal(fileURLToPath(import.meta.resolve("maatwerk/maatwerk_bg.wasm")), join(dir, "web/maatwerk_bg.wasm"));
});

// A fresh process, because the Node glue reads the wasm when it is first required.
test("the Node entry loads the shared wasm: require, import and maatwerk/node", () => {
  const insz = '"85.07.30-033.28"';
  for (const args of [
    ["-e", `console.log(require("maatwerk").checkInsz(${insz}).valid)`],
    ["--input-type=module", "-e", `import { checkInsz } from "maatwerk"; console.log(checkInsz(${insz}).valid)`],
    ["--input-type=module", "-e", `import { checkInsz } from "maatwerk/node"; console.log(checkInsz(${insz}).valid)`],
  ]) {
    assert.equal(execFileSync(process.execPath, args, { cwd: here, encoding: "utf8" }), "true\n", args.join(" "));
  }
});

test("maatwerk/style.css is the binding's stylesheet and loads nothing from elsewhere", () => {
  const file = fileURLToPath(import.meta.resolve("maatwerk/style.css"));
  assert.equal(file, join(dir, "dom/style.css"));
  const css = readFileSync(file, "utf8");
  assert.match(css, /\.maatwerk-error-summary\b/);
  assert.match(css, /\.maatwerk-form-group--error\b/);
  // No font, image or other sheet fetched: nothing to allow in a strict CSP, nothing leaves.
  assert.doesNotMatch(css, /@import|@font-face|url\(/);
});
