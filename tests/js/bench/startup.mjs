// Cold start of one package: startup-child.mjs in RUNS fresh Node processes per entry (node,
// web), so that no run profits from code a previous one compiled. Medians in milliseconds.
import { spawnSync } from "node:child_process";
import { statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const RUNS = 15;
const CHILD = fileURLToPath(new URL("./startup-child.mjs", import.meta.url));

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1];
}

function coldRuns(mode, dir, fixtureFile) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const child = spawnSync(process.execPath, [CHILD, mode, dir, fixtureFile], { encoding: "utf8" });
    if (child.status !== 0) throw new Error(`startup-child ${mode} ${dir} failed:\n${child.stderr}`);
    runs.push(JSON.parse(child.stdout));
  }
  return Object.fromEntries(Object.keys(runs[0]).map((key) => [key, median(runs.map((run) => run[key]))]));
}

/** `dir`: an absolute package directory; `fixtureFile`: the fixture whose form the first call validates. */
export function startup(dir, fixtureFile) {
  const node = coldRuns("node", dir, fixtureFile);
  const web = coldRuns("web", dir, fixtureFile);
  return {
    wasmKiB: statSync(join(dir, "web/maatwerk_bg.wasm")).size / 1024,
    nodeRequireMs: node.requireMs,
    nodeFirstCallMs: node.firstCallMs,
    webCompileMs: web.compileMs,
    webInstantiateMs: web.instantiateMs,
    webFirstCallMs: web.firstCallMs,
  };
}
