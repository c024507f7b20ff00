// Cold start of each package: startup-child.mjs in RUNS fresh Node processes per package and
// entry (node, web), so that no run profits from code a previous one compiled. The runs take
// turns between the packages, as the per-call rounds do, so that a busy stretch of the machine
// does not fall on one package. Medians in milliseconds.
import { SMOKE } from "./timing.mjs";
import { spawnSync } from "node:child_process";
import { statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const RUNS = SMOKE ? 1 : 15;
const CHILD = fileURLToPath(new URL("./startup-child.mjs", import.meta.url));

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1];
}

function coldRun(mode, dir, fixtureFile) {
  const child = spawnSync(process.execPath, [CHILD, mode, dir, fixtureFile], { encoding: "utf8" });
  if (child.status !== 0) throw new Error(`startup-child ${mode} ${dir} failed:\n${child.stderr}`);
  return JSON.parse(child.stdout);
}

/**
 * `dirs`: absolute package directories; `fixtureFile`: the fixture whose form the first call
 * validates. Returns one result per directory, in order.
 */
export function startup(dirs, fixtureFile) {
  const runs = dirs.map(() => ({ node: [], web: [] }));
  for (let i = 0; i < RUNS; i++) {
    dirs.forEach((dir, d) => {
      runs[d].node.push(coldRun("node", dir, fixtureFile));
      runs[d].web.push(coldRun("web", dir, fixtureFile));
    });
  }
  return dirs.map((dir, d) => {
    const { node, web } = runs[d];
    return {
      wasmKiB: statSync(join(dir, "web/maatwerk_bg.wasm")).size / 1024,
      nodeRequireMs: median(node.map((run) => run.requireMs)),
      nodeFirstCallMs: median(node.map((run) => run.firstCallMs)),
      webCompileMs: median(web.map((run) => run.compileMs)),
      webInstantiateMs: median(web.map((run) => run.instantiateMs)),
      webFirstCallMs: median(web.map((run) => run.firstCallMs)),
    };
  });
}
