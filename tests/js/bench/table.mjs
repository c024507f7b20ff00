// The benchmark's figures as plain text tables on stdout.
import { cpus } from "node:os";
import { BATCH, BATCHES_PER_ROUND, ROUNDS, SINGLES_PER_ROUND } from "./timing.mjs";
import { RUNS } from "./startup.mjs";

const fixed = (value, digits) => (value === undefined ? "" : value.toFixed(digits));

function print(header, lines) {
  const widths = header.map((_, i) => Math.max(...[header, ...lines].map((line) => line[i].length)));
  // The first two columns are text, the others figures.
  const format = (line) => line.map((cell, i) => (i < 2 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join("  ");
  console.log(format(header));
  for (const line of lines) console.log(format(line));
}

export function printTable({ options, timerOverheadUs, rows, startups }) {
  console.log(`maatwerk side by side: node ${process.version}, ${cpus()[0]?.model ?? "unknown cpu"}`);
  console.log(`options ${JSON.stringify(options)}; ${ROUNDS} interleaved rounds`);
  console.log(`median: of ${ROUNDS * BATCHES_PER_ROUND} batches of ${BATCH} calls (performance.now() / ${BATCH})`);
  console.log(`p99: of ${ROUNDS * SINGLES_PER_ROUND} single calls (process.hrtime.bigint(), timer cost ${fixed(timerOverheadUs, 2)} µs included)`);
  console.log("x: median / the current package's stateless validateSupportPlan on the same form");
  for (const fixture of new Set(rows.map((row) => row.fixture))) {
    console.log(`\n${fixture}`);
    print(
      ["contender", "result", "median µs", "p99 µs", "x"],
      rows
        .filter((row) => row.fixture === fixture)
        .map((row) => [
          row.package ? `${row.package.padEnd(8)} ${row.contender}` : row.contender,
          row.run ? row.result : "n/a (not in this build)",
          fixed(row.medianUs, 1),
          fixed(row.p99Us, 1),
          fixed(row.ratio, 3),
        ]),
    );
  }
  console.log(`\nstart-up, median of ${RUNS} fresh node processes per entry`);
  print(
    ["package", "wasm KiB", "node require ms", "node 1st call ms", "web compile ms", "web instantiate ms", "web 1st call ms"],
    startups.map((s) => [
      s.package,
      fixed(s.wasmKiB, 0),
      fixed(s.nodeRequireMs, 2),
      fixed(s.nodeFirstCallMs, 2),
      fixed(s.webCompileMs, 2),
      fixed(s.webInstantiateMs, 2),
      fixed(s.webFirstCallMs, 2),
    ]),
  );
}
