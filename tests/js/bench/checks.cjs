// The checks that no schema language expresses by itself. The Zod, Valibot and Ajv schemas of
// schemas.mjs all call these same functions, so the three differ only in their own machinery.
// CommonJS because Ajv's standalone module loads its formats with require().
"use strict";

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

// The default relevant-diploma list of maatwerk (src/rules/diplomas.rs).
const RELEVANT_DIPLOMAS = new Set([
  "ba-sociaal-werk", "ba-sociaal-cultureel-werk", "ba-orthopedagogie", "ba-ergotherapie",
  "ba-toegepaste-psychologie", "ba-logopedie", "ba-onderwijs", "ma-psychologie",
  "ma-pedagogische-wetenschappen", "gr-orthopedagogie", "gr-sociaal-werk", "gr-sociaal-cultureel-werk",
  "gr-begeleider-sociale-economie", "pg-supported-employment",
]);

const REQUIRED_MONTHS = 24;

function daysInMonth(year, month) {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** `YYYY-MM-DD` that names a day of the calendar ("2026-02-30" does not). */
exports.isCalendarDate = function isCalendarDate(text) {
  const match = ISO_DATE.exec(text);
  if (match === null) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
};

// Approximate on purpose (the brief allows it): whole calendar months between two valid ISO
// dates, overlapping periods are not merged. maatwerk's exact method is in src/calendar/months.rs.
function monthsBetween(from, to) {
  const months = (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7));
  return to.slice(8) < from.slice(8) ? months - 1 : months;
}

// ISO dates order as text, so the comparisons below need no Date objects.
function relevantMonths(experience, asOf) {
  let months = 0;
  for (const period of experience) {
    if (!period.relevant || period.from > asOf) continue;
    const to = period.to === undefined || period.to > asOf ? asOf : period.to;
    if (to >= period.from) months += monthsBetween(period.from, to);
  }
  return months;
}

/** SUP-001: a diploma on the list OR at least 24 months of relevant experience by `asOf`. */
exports.isQualified = function isQualified(supervisor, asOf) {
  return (
    supervisor.diplomas.some((diploma) => RELEVANT_DIPLOMAS.has(diploma.code.trim().toLowerCase())) ||
    relevantMonths(supervisor.experience, asOf) >= REQUIRED_MONTHS
  );
};

/** The plan date is not after `asOf` and not before the start of the employment. */
exports.planDateInRange = function planDateInRange(plan, asOf) {
  return plan.planDate <= asOf && plan.planDate >= plan.employmentStart;
};

// What Ajv's `code.formats` option points the standalone module at.
exports.formats = { date: exports.isCalendarDate };
