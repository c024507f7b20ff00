// The shape-level part of the support plan (src/model/plan.rs, src/model/supervisor.rs) as a
// portal would write it with Zod 4, Valibot and Ajv, for the side-by-side benchmark:
// - required: every field the complete fixture (plan-complete-valid.json) fills; optional: the
//   fields it leaves out (experience[].to, diplomas[].title, responsiblePerson,
//   supervisor.employedByApplicant);
// - types, enums, non-empty texts, non-negative whole numbers, dates that exist in the calendar;
// - two cross-field checks from checks.cjs: the supervisor's qualification and the plan date.
// The three schemas accept and reject the same forms (tests/js/consumer/bench-schemas.test.mjs).
// Each library strips or ignores unknown keys by default; that default is kept.
import { mkdtempSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import Ajv, { _ } from "ajv";
import standaloneCode from "ajv/dist/standalone/index.js";
import * as v from "valibot";
import { z } from "zod";
import { isCalendarDate, isQualified, planDateInRange } from "./checks.cjs";

const REGIMES = ["laag", "midden", "hoog"];
const ORGANISATIONS = ["internal", "external"];
const REACHABLE_BY = ["phone", "email", "videoCall", "onSite"];
const FOLLOW_UP_MODES = ["onSite", "digital", "mixed"];
const DAILY_MOMENTS = ["startOfDay", "endOfDay", "duringDay"];

const NOT_QUALIFIED = "neither a listed diploma nor 24 months of relevant experience";
const PLAN_DATE_OUT_OF_RANGE = "the plan date is after the as-of date or before the start of the employment";

/** Zod 4. `z.iso.date()` already rejects days the calendar does not have, leap years included. */
function zodPlan(asOf) {
  const text = z.string().min(1);
  const date = z.iso.date();
  const count = z.int().min(0);
  const signature = z.object({ signed: z.boolean(), date });
  const supervisor = z
    .object({
      name: text,
      responsible: z.boolean(),
      diplomas: z.array(z.object({ code: text, title: text.optional(), obtained: date })),
      experience: z.array(z.object({ from: date, to: date.optional(), relevant: z.boolean(), description: text })),
      competences: z.object({
        workingTogether: z.boolean(),
        communicating: z.boolean(),
        personCentred: z.boolean(),
        tailoredAdvice: z.boolean(),
      }),
      organisation: z.enum(ORGANISATIONS),
      providerRegistrationNumber: text,
      employedByApplicant: z.boolean().optional(),
    })
    .refine((s) => isQualified(s, asOf), { error: NOT_QUALIFIED, path: ["experience"] });
  return z
    .object({
      guidanceIndicated: z.boolean(),
      indication: z.object({ date, regime: z.enum(REGIMES) }),
      planDate: date,
      employmentStart: date,
      employee: z.object({ name: text, insz: text }),
      employer: z.object({ name: text, kbo: text }),
      supervisor,
      responsiblePerson: text.optional(),
      team: z.object({ members: z.array(z.object({ name: text, role: text })), explanation: text }),
      collegaCoach: z.object({
        name: text,
        sameEmployer: z.boolean(),
        isEmployee: z.boolean(),
        isSupervisor: z.boolean(),
        dailyFollowUp: z.object({ moment: z.enum(DAILY_MOMENTS), digital: z.boolean() }),
      }),
      backups: z.object({ supervisor: text, coach: text }),
      arrangements: z.object({
        reachableEveryWorkingDay: z.boolean(),
        reachableBy: z.enum(REACHABLE_BY),
        onSiteWithinWorkingDays: count,
        followUpIntervalDays: count,
        followUpMode: z.enum(FOLLOW_UP_MODES),
        lastOnSiteRequest: date,
        onSiteVisit: date,
      }),
      actionPoints: z.array(z.object({ description: text, owner: text, followUpDate: date })),
      premiumChanges: z.array(z.object({ date })),
      revisions: z.array(z.object({ date, summary: text })),
      signatures: z.object({ employee: signature, employer: signature }),
      employeeInvolvement: text,
    })
    .refine((p) => planDateInRange(p, asOf), { error: PLAN_DATE_OUT_OF_RANGE, path: ["planDate"] });
}

/** Valibot. Its `isoDate()` lets "2026-02-30" through, so the date check is checks.cjs's. */
function valibotPlan(asOf) {
  const text = v.pipe(v.string(), v.minLength(1));
  const date = v.pipe(v.string(), v.check(isCalendarDate, "not a calendar date"));
  const count = v.pipe(v.number(), v.integer(), v.minValue(0));
  const signature = v.object({ signed: v.boolean(), date });
  const supervisor = v.pipe(
    v.object({
      name: text,
      responsible: v.boolean(),
      diplomas: v.array(v.object({ code: text, title: v.optional(text), obtained: date })),
      experience: v.array(v.object({ from: date, to: v.optional(date), relevant: v.boolean(), description: text })),
      competences: v.object({
        workingTogether: v.boolean(),
        communicating: v.boolean(),
        personCentred: v.boolean(),
        tailoredAdvice: v.boolean(),
      }),
      organisation: v.picklist(ORGANISATIONS),
      providerRegistrationNumber: text,
      employedByApplicant: v.optional(v.boolean()),
    }),
    v.forward(v.check((s) => isQualified(s, asOf), NOT_QUALIFIED), ["experience"]),
  );
  return v.pipe(
    v.object({
      guidanceIndicated: v.boolean(),
      indication: v.object({ date, regime: v.picklist(REGIMES) }),
      planDate: date,
      employmentStart: date,
      employee: v.object({ name: text, insz: text }),
      employer: v.object({ name: text, kbo: text }),
      supervisor,
      responsiblePerson: v.optional(text),
      team: v.object({ members: v.array(v.object({ name: text, role: text })), explanation: text }),
      collegaCoach: v.object({
        name: text,
        sameEmployer: v.boolean(),
        isEmployee: v.boolean(),
        isSupervisor: v.boolean(),
        dailyFollowUp: v.object({ moment: v.picklist(DAILY_MOMENTS), digital: v.boolean() }),
      }),
      backups: v.object({ supervisor: text, coach: text }),
      arrangements: v.object({
        reachableEveryWorkingDay: v.boolean(),
        reachableBy: v.picklist(REACHABLE_BY),
        onSiteWithinWorkingDays: count,
        followUpIntervalDays: count,
        followUpMode: v.picklist(FOLLOW_UP_MODES),
        lastOnSiteRequest: date,
        onSiteVisit: date,
      }),
      actionPoints: v.array(v.object({ description: text, owner: text, followUpDate: date })),
      premiumChanges: v.array(v.object({ date })),
      revisions: v.array(v.object({ date, summary: text })),
      signatures: v.object({ employee: signature, employer: signature }),
      employeeInvolvement: text,
    }),
    v.forward(v.check((p) => planDateInRange(p, asOf), PLAN_DATE_OUT_OF_RANGE), ["planDate"]),
  );
}

/** An object schema whose properties are all required but the `optional` ones. */
function object(properties, optional = []) {
  return { type: "object", properties, required: Object.keys(properties).filter((key) => !optional.includes(key)) };
}

const text = { type: "string", minLength: 1 };
const date = { type: "string", format: "date" };
const count = { type: "integer", minimum: 0 };
const signature = object({ signed: { type: "boolean" }, date });
const array = (items) => ({ type: "array", items });

/** JSON Schema (draft-07, Ajv's default) of the plan; the cross-field checks are not in it. */
const ajvPlanSchema = object({
  guidanceIndicated: { type: "boolean" },
  indication: object({ date, regime: { enum: REGIMES } }),
  planDate: date,
  employmentStart: date,
  employee: object({ name: text, insz: text }),
  employer: object({ name: text, kbo: text }),
  supervisor: object(
    {
      name: text,
      responsible: { type: "boolean" },
      diplomas: array(object({ code: text, title: text, obtained: date }, ["title"])),
      experience: array(object({ from: date, to: date, relevant: { type: "boolean" }, description: text }, ["to"])),
      competences: object({
        workingTogether: { type: "boolean" },
        communicating: { type: "boolean" },
        personCentred: { type: "boolean" },
        tailoredAdvice: { type: "boolean" },
      }),
      organisation: { enum: ORGANISATIONS },
      providerRegistrationNumber: text,
      employedByApplicant: { type: "boolean" },
    },
    ["employedByApplicant"],
  ),
  responsiblePerson: text,
  team: object({ members: array(object({ name: text, role: text })), explanation: text }),
  collegaCoach: object({
    name: text,
    sameEmployer: { type: "boolean" },
    isEmployee: { type: "boolean" },
    isSupervisor: { type: "boolean" },
    dailyFollowUp: object({ moment: { enum: DAILY_MOMENTS }, digital: { type: "boolean" } }),
  }),
  backups: object({ supervisor: text, coach: text }),
  arrangements: object({
    reachableEveryWorkingDay: { type: "boolean" },
    reachableBy: { enum: REACHABLE_BY },
    onSiteWithinWorkingDays: count,
    followUpIntervalDays: count,
    followUpMode: { enum: FOLLOW_UP_MODES },
    lastOnSiteRequest: date,
    onSiteVisit: date,
  }),
  actionPoints: array(object({ description: text, owner: text, followUpDate: date })),
  premiumChanges: array(object({ date })),
  revisions: array(object({ date, summary: text })),
  signatures: object({ employee: signature, employer: signature }),
  employeeInvolvement: text,
}, ["responsiblePerson"]);

const CHECKS = fileURLToPath(new URL("./checks.cjs", import.meta.url));
const NODE_MODULES = fileURLToPath(new URL("../node_modules", import.meta.url));

/**
 * Ajv as a portal ships it: the schema compiled ahead of time by `standaloneCode` into a module
 * without Ajv, then imported. Choice for the two cross-field checks: plain JS after the
 * validator, run only when the shape passed (as Zod's refine and Valibot's check do). Ajv keywords
 * would have to be written as code generators to survive standalone output, which is not what a
 * portal would write for two checks. `allErrors`, because Zod and Valibot report every issue too.
 * Returns `form => ({ success, errors })`, shaped like Zod's and Valibot's results.
 */
async function ajvStandalonePlan(asOf) {
  const ajv = new Ajv({ allErrors: true, code: { source: true, formats: _`require(${CHECKS}).formats` } });
  ajv.addFormat("date", isCalendarDate);
  const source = standaloneCode(ajv, ajv.compile(ajvPlanSchema));
  const dir = mkdtempSync(join(tmpdir(), "maatwerk-bench-ajv-"));
  // The generated module requires Ajv's small runtime helpers (ucs2length for minLength) by
  // package name, as a bundler would resolve them.
  const link = join(dir, "node_modules");
  symlinkSync(NODE_MODULES, link, "dir");
  try {
    writeFileSync(join(dir, "plan.cjs"), source);
    const { default: validate } = await import(pathToFileURL(join(dir, "plan.cjs")).href);
    return (form) => {
      if (!validate(form)) return { success: false, errors: validate.errors };
      const errors = [];
      if (!isQualified(form.supervisor, asOf)) errors.push({ instancePath: "/supervisor/experience", message: NOT_QUALIFIED });
      if (!planDateInRange(form, asOf)) errors.push({ instancePath: "/planDate", message: PLAN_DATE_OUT_OF_RANGE });
      return { success: errors.length === 0, errors };
    };
  } finally {
    unlinkSync(link);
    rmSync(dir, { recursive: true });
  }
}

/** The validators of the plan on `asOf`, by name: `form => result` (`result.success`, or a Standard Schema result). */
export async function schemaValidators(asOf) {
  const zod = zodPlan(asOf);
  const valibot = valibotPlan(asOf);
  return {
    "Zod 4 safeParse": (form) => zod.safeParse(form),
    "Zod 4 ~standard.validate": (form) => zod["~standard"].validate(form),
    "Valibot safeParse": (form) => v.safeParse(valibot, form),
    "Valibot ~standard.validate": (form) => valibot["~standard"].validate(form),
    "Ajv standalone": await ajvStandalonePlan(asOf),
  };
}
