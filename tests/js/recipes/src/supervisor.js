// The form every recipe checks, and how a page shows the verdict (a test reads it back).
export const SUPERVISOR = { name: "Sara Janssens", responsible: true, experience: [{ from: "2025-04-01", relevant: true }] };
export const OPTIONS = { asOf: "2026-11-23", locale: "nl" };

/** Writes a report's verdict into the element with id `where`. */
export function show(report, where) {
  const element = document.getElementById(where);
  element.dataset.valid = String(report.valid);
  element.textContent = report.issues.map((issue) => issue.code).join(" ");
}
