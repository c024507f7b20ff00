// Writes COUNT support plans as NDJSON on standard output, for scripts/bench-cli.sh: every
// plan derived from the project's plan fixtures with a seeded generator, in a realistic mix:
// half complete plans (other people, real INSZ and KBO check digits, dates moved by whole
// weeks), a fifth incomplete (parts left out, as a plan being typed), a fifth breaking rules
// (the fixtures that do), a tenth malformed (a wrong type or a made-up choice somewhere).
// `node scripts/bench-cli-plans.mjs 100000 >plans.ndjson`
import { readFileSync } from "node:fs";

const count = Number(process.argv[2] ?? 100000);
const fixture = (name) => JSON.parse(readFileSync(new URL(`../tests/fixtures/${name}.json`, import.meta.url), "utf8")).form;
const complete = fixture("plan-complete-valid");
const breaking = ["plan-arrangements-breach", "plan-coach-is-supervisor", "plan-late-and-unrevised", "plan-unsigned-partial"].map(fixture);
const malformed = fixture("plan-malformed");

// mulberry32: small, seeded, so every run benchmarks the same batch.
let seed = 20261202;
function random() {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (list) => list[Math.floor(random() * list.length)];
const pad = (n, width) => String(n).padStart(width, "0");

const FIRST = ["Thomas", "Emma", "Lucas", "Olivia", "Noah", "Louise", "Arthur", "Mila", "Jules", "Elena", "Wout", "Fien"];
const LAST = ["Janssens", "Peeters", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens", "Wouters", "De Smet"];
const EMPLOYERS = ["Drukkerij Van Damme nv", "Bakkerij De Molen bv", "Groendienst Lier vzw", "Garage Peeters bv", "Schrijnwerkerij Claes"];

/** A national register number born in 1950-1999 with its real check digits. */
function insz() {
  const yy = 50 + Math.floor(random() * 50);
  const mm = 1 + Math.floor(random() * 12);
  const dd = 1 + Math.floor(random() * 28);
  const serial = 1 + Math.floor(random() * 997);
  const base = Number(`${pad(yy, 2)}${pad(mm, 2)}${pad(dd, 2)}${pad(serial, 3)}`);
  const check = 97 - (base % 97);
  return `${pad(yy, 2)}.${pad(mm, 2)}.${pad(dd, 2)}-${pad(serial, 3)}.${pad(check, 2)}`;
}

/** An enterprise number (KBO) with its real check digits. */
function kbo() {
  const base = 2000000 + Math.floor(random() * 8000000);
  const digits = `0${base}${pad(97 - (base % 97), 2)}`;
  return `${digits.slice(0, 4)}.${digits.slice(4, 7)}.${digits.slice(7)}`;
}

function shift(date, days) {
  const at = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(at.getTime())) return date; // a malformed plan's date stays malformed
  at.setUTCDate(at.getUTCDate() + days);
  return at.toISOString().slice(0, 10);
}

/**
 * Every date of the plan moved by the same number of days, so their order stays; the on-site
 * request and visit stay, as their deadline counts working days around Ascension.
 */
const STAY = new Set(["lastOnSiteRequest", "onSiteVisit"]);
function moved(value, days) {
  if (typeof value === "string") return /^\d{4}-\d{2}-\d{2}$/.test(value) ? shift(value, days) : value;
  if (Array.isArray(value)) return value.map((item) => moved(item, days));
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, STAY.has(key) ? item : moved(item, days)]));
  }
  return value;
}

function person(plan) {
  const copy = structuredClone(plan);
  if (copy.employee) copy.employee = { name: `${pick(FIRST)} ${pick(LAST)}`, insz: insz() };
  if (copy.employer) copy.employer = { ...copy.employer, name: pick(EMPLOYERS), kbo: kbo() };
  // Whole weeks, so a deadline counted in working days mostly keeps its verdict.
  return moved(copy, 7 * (Math.floor(random() * 9) - 4));
}

const OPTIONAL = ["indication", "team", "collegaCoach", "backups", "actionPoints", "revisions", "signatures", "employeeInvolvement", "arrangements"];
const WRONG = [
  (plan) => { plan.guidanceIndicated = "ja"; },
  (plan) => { plan.arrangements.onSiteWithinWorkingDays = "vijf"; },
  (plan) => { plan.actionPoints = 3; },
  (plan) => { plan.indication.regime = "zeer hoog"; },
  (plan) => { plan.supervisor.experience[0].from = 20120901; },
];

const out = [];
for (let i = 0; i < count; i += 1) {
  const roll = random();
  let plan;
  if (roll < 0.5) plan = person(complete);
  else if (roll < 0.7) {
    plan = person(complete);
    for (let n = 1 + Math.floor(random() * 4); n > 0; n -= 1) delete plan[pick(OPTIONAL)];
  } else if (roll < 0.9) plan = person(pick(breaking));
  else if (roll < 0.95) plan = person(malformed);
  else {
    plan = person(complete);
    pick(WRONG)(plan);
  }
  out.push(JSON.stringify(plan));
  if (out.length === 1000) {
    process.stdout.write(out.join("\n") + "\n");
    out.length = 0;
  }
}
if (out.length) process.stdout.write(out.join("\n") + "\n");
