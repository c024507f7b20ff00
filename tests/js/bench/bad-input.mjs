// What the bad inputs of issue 10 cost now, per call (median of 15 after 3 warm-ups), through
// the built package in Node: node tests/js/bench/bad-input.mjs [pkg dir, default pkg/].
// A measurement to read, not a test: the tests bound sizes and counts, not time.
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";

const dir = resolve(process.argv[2] ?? "pkg");
const m = await import(join(dir, "web/maatwerk.js"));
m.initSync({ module: readFileSync(join(dir, "web/maatwerk_bg.wasm")) });
const options = { asOf: "2026-11-23", locale: "nl" };
const empties = Array(100).fill({});
const crowded = { supervisors: Array(100).fill({ diplomas: empties, experience: empties }) };
const fromZero = { supervisors: Array(100).fill({ experience: [{ from: "0000-01-01", relevant: true }] }) };
const huge = "x".repeat(20_000_000);
let deep = {};
for (let i = 0; i < 100_000; i++) deep = { name: deep };
const diplomas = Array(100_000).fill({ code: "x", title: "X" });
const calls = {
  "100 supervisors x 100 empty diplomas and periods": () => m.validateProviderRegistration(crowded, options),
  "the same through validateField": () => m.validateField("providerRegistration", crowded, "supervisors", options),
  "100 supervisors from 0000-01-01, as of 9999-12-31": () =>
    m.validateProviderRegistration(fromZero, { asOf: "9999-12-31" }),
  "a 20 MB text in a form": () => m.checkSupervisor({ name: huge }, options),
  "100,000 nested objects": () => m.checkSupervisor(deep, options),
  "100,000 relevantDiplomas (refused)": () => {
    try {
      m.checkSupervisor({}, { ...options, parameters: { relevantDiplomas: diplomas } });
    } catch (_) {
      // Refused: what is measured is how fast.
    }
  },
  "addWorkingDays('0000-01-01', 100000)": () => m.addWorkingDays("0000-01-01", 100_000, options),
  "a 5,000,000-segment path (refused)": () => {
    try {
      m.validateField("supervisor", {}, "a.".repeat(5_000_000), options);
    } catch (_) {
      // Refused: what is measured is how fast.
    }
  },
};
for (const [name, call] of Object.entries(calls)) {
  const times = [];
  for (let i = 0; i < 18; i++) {
    const start = performance.now();
    const answer = call();
    if (i >= 3) times.push(performance.now() - start);
    if (i === 0 && answer) console.log(`${name}: answer ${JSON.stringify(answer).length} characters`);
  }
  times.sort((a, b) => a - b);
  console.log(`${name}: median ${times[7].toFixed(2)} ms`);
}
