// Node, CommonJS.
const { checkSupervisor } = require("maatwerk");

const supervisor = { name: "Sara Janssens", responsible: true, experience: [{ from: "2025-04-01", relevant: true }] };
const report = checkSupervisor(supervisor, { asOf: "2026-11-23", locale: "nl" });
console.log(JSON.stringify(report.issues.map((issue) => issue.code)));
