// An ES module under `module: node16`: the browser's code (`import init`, `await init()`) as a
// server-rendered page or a test in Node writes it.
import init, { initSync, checkSupervisor, schemas, type Report } from "maatwerk";

await init();
initSync();
const report: Report = checkSupervisor({ name: "Sara Janssens" }, { asOf: "2026-11-23" });
console.log(report.valid, schemas.supervisor["~standard"].version);
