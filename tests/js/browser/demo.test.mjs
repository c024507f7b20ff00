// scripts/demo.sh builds the package only when something changed since its last build. It runs
// here in a copy of the project's layout whose bootstrap, build and server are stand-ins: the
// build counts itself and writes www/pkg from src/, the server prints a URL and exits.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { ROOT } from "./harness.mjs";

let dir;
const at = (path) => join(dir, path);

before(() => {
  dir = mkdtempSync(join(tmpdir(), "maatwerk-demo-"));
  mkdirSync(at("scripts"));
  cpSync(join(ROOT, "scripts/demo.sh"), at("scripts/demo.sh"));
  cpSync(join(ROOT, "scripts/env.sh"), at("scripts/env.sh"));
  writeFileSync(at("scripts/bootstrap.sh"), "");
  writeFileSync(at("scripts/build-wasm.sh"), "");
  writeFileSync(at("scripts/build-pkg.sh"), [
    'if [ -f fail ]; then exit 1; fi',
    'echo build >>builds',
    'rm -rf www/pkg && mkdir -p www/pkg/web && cp src/lib.rs www/pkg/web/maatwerk.js',
  ].join("\n"));
  writeFileSync(at("scripts/serve.mjs"), 'console.log(`http://127.0.0.1:${process.argv[2]}/`);');
  for (const path of ["src/dom", "pkg-config", "examples"]) mkdirSync(at(path), { recursive: true });
  for (const path of ["src/lib.rs", "src/dom/index.js", "examples/catalogue.rs", "pkg-config/assemble.mjs", "Cargo.toml", "Cargo.lock"]) {
    writeFileSync(at(path), `// ${path}\n`);
  }
});

after(() => rmSync(dir, { recursive: true, force: true }));

const start = () => spawnSync("bash", [at("scripts/demo.sh"), "8123"], { cwd: dir, encoding: "utf8" });

/** Runs demo.sh; returns how many builds have run so far, after checking it printed the URL. */
function demo() {
  const run = start();
  assert.equal(run.status, 0, run.stderr);
  assert.equal(run.stdout, "http://127.0.0.1:8123/\n");
  return readFileSync(at("builds"), "utf8").split("\n").filter(Boolean).length;
}

test("builds once, then serves at once until an input or www/pkg changes", () => {
  assert.equal(demo(), 1, "nothing built yet");
  assert.equal(demo(), 1, "nothing changed");

  const old = new Date(2000, 0, 1);
  utimesSync(at("src/lib.rs"), old, old);
  assert.equal(demo(), 1, "only a time changed");

  writeFileSync(at("src/dom/index.js"), "// changed\n");
  assert.equal(demo(), 2, "a source changed");
  writeFileSync(at("Cargo.lock"), "# changed\n");
  assert.equal(demo(), 3, "the lock file changed");
  writeFileSync(at("pkg-config/package.template.json"), "{}\n");
  assert.equal(demo(), 4, "a file added to pkg-config");
  assert.equal(demo(), 4);

  writeFileSync(at("www/pkg/web/maatwerk.js"), "// another build's\n");
  assert.equal(demo(), 5, "www/pkg replaced by another build");
  rmSync(at("www/pkg"), { recursive: true });
  assert.equal(demo(), 6, "www/pkg removed");
  assert.equal(demo(), 6);
});

test("after a failed build, no URL; the next start builds again", () => {
  const before = demo();
  writeFileSync(at("src/lib.rs"), "// broken\n");
  writeFileSync(at("fail"), "");
  const failed = start();
  assert.notEqual(failed.status, 0);
  assert.equal(failed.stdout, "", "no URL after a failed build");
  rmSync(at("fail"));
  assert.equal(demo(), before + 1);
  assert.equal(demo(), before + 1);
  assert.equal(readFileSync(at("www/pkg/web/maatwerk.js"), "utf8"), "// broken\n");
});
