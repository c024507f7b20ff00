// Types per kind, generated from the Rust types: a form of the wrong kind, a misspelt path and a
// made-up issue code do not compile; a Standard Schema's output is the form's type.
import init, { schemas, validateField, Validator, type IssueCode, type FieldPath, type FormOf, type StandardSchemaV1 } from "maatwerk";

await init();

const plan: FormOf<"supportPlan"> = { planDate: "2026-02-16", supervisor: { experience: [{ from: "2024-01-01" }] } };
validateField("supportPlan", plan, "supervisor.experience[0].from", { locale: "nl" });
validateField("supportPlan", plan, ["supervisor", "experience", 0, "from"]);
// @ts-expect-error a misspelt key
validateField("supportPlan", plan, "supervisor.experiance[0].from");
// @ts-expect-error an index where a key belongs
validateField("supportPlan", plan, "planDate[0]");
// @ts-expect-error a supervisor's field is no field of an application
validateField("application", {}, "diplomas[0].code");
// @ts-expect-error a supervisor is not a support plan: experience is a list
validateField("supervisor", { experience: "24 maanden" }, "experience");

const validator = new Validator("supervisor", { asOf: "2026-11-23" });
const session = validator.session({ name: "Sara Janssens" });
session.set("experience[1].to", "2026-01-31");
// @ts-expect-error a support plan's field in a supervisor's session
session.set("arrangements.followUpIntervalDays", 14);
const typed: Validator<"supervisor"> = validator;
typed.free();

const path: FieldPath<"providerRegistration"> = "workingArea.provinces[0]";
const code: IssueCode = "supervisor.experience_too_short";
// @ts-expect-error a code the library never emits
const wrong: IssueCode = "supervisor.experience_short";
const codes: IssueCode[] = validator.validate({}).issues.map((issue) => issue.code);

type PlanForm = StandardSchemaV1.InferOutput<typeof schemas.supportPlan>;
const same: FormOf<"supportPlan"> = {} as PlanForm;
const result = schemas.supervisor["~standard"].validate({ name: "Sara Janssens" });
const vendor: string = schemas.application["~standard"].vendor;
console.log(path, code, wrong, codes, same, result, vendor);

