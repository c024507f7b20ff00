// Per-call timing of several contenders, interleaved: every round visits every contender in
// turn (A B C … A B C …), so a slow stretch of the machine (another process, frequency
// scaling, a neighbour's garbage) is spread over all of them instead of landing on one.
//
// Two figures per contender, from two timing loops in each round:
// - median: of batch estimates, a batch being BATCH calls timed together with performance.now()
//   and divided by BATCH. Precise for calls of a few µs, but it averages a pause into its batch.
// - p99: of single calls, each timed with process.hrtime.bigint(). That sees the pauses (GC,
//   tier-up) a user would feel on one keystroke; it includes the timer's own cost, which the
//   `timerOverhead` figure gives (an empty call timed the same way) and which is not subtracted.

// MAATWERK_BENCH_SMOKE=1 runs every contender a handful of times: the test command uses it to
// check that the benchmark still runs on the current build; its figures mean nothing.
export const SMOKE = process.env.MAATWERK_BENCH_SMOKE === "1";
export const ROUNDS = SMOKE ? 2 : 40;
export const BATCHES_PER_ROUND = SMOKE ? 1 : 5;
export const BATCH = SMOKE ? 2 : 50;
export const SINGLES_PER_ROUND = SMOKE ? 2 : 50;
const WARMUP_CALLS = SMOKE ? 2 : 500;

// Results are kept here so that no engine can prove a call useless and drop it.
let sink;

function quantile(sorted, q) {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

function timeSingles(run, samples) {
  for (let i = 0; i < SINGLES_PER_ROUND; i++) {
    const start = process.hrtime.bigint();
    sink = run();
    samples.push(Number(process.hrtime.bigint() - start) / 1000);
  }
}

function timeBatches(run, samples) {
  for (let b = 0; b < BATCHES_PER_ROUND; b++) {
    const start = performance.now();
    for (let i = 0; i < BATCH; i++) sink = run();
    samples.push(((performance.now() - start) * 1000) / BATCH);
  }
}

/**
 * `contenders`: `{ run: () => any }[]`. Returns, in the same order, `{ medianUs, p99Us }`, and
 * the median cost of the single-call timer itself.
 */
export function measure(contenders) {
  for (const { run } of contenders) for (let i = 0; i < WARMUP_CALLS; i++) sink = run();
  const batches = contenders.map(() => []);
  const singles = contenders.map(() => []);
  const empty = [];
  for (let round = 0; round < ROUNDS; round++) {
    contenders.forEach(({ run }, i) => {
      timeBatches(run, batches[i]);
      timeSingles(run, singles[i]);
    });
    timeSingles(() => sink, empty);
  }
  empty.sort((a, b) => a - b);
  return {
    timerOverheadUs: quantile(empty, 0.5),
    figures: contenders.map((_, i) => ({
      medianUs: quantile(batches[i].sort((a, b) => a - b), 0.5),
      p99Us: quantile(singles[i].sort((a, b) => a - b), 0.99),
    })),
  };
}
