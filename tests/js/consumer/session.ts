// A TypeScript consumer of the incremental API: the Delta and the classes are generated types.
import init, { loadTexts, Validator, type Delta, type Issue, type Report } from "maatwerk/web";
import nl from "maatwerk/texts/nl";

await init();
loadTexts(nl); // the raw build speaks the locales handed to it ("maatwerk"'s init does this)

const validator = new Validator("supportPlan", { asOf: "2026-11-23", locale: "nl" });
const session = validator.session({ guidanceIndicated: true });
const delta: Delta = session.set("arrangements.followUpIntervalDays", 14);
const here: Issue[] = delta.at;
const elsewhere: Issue[] = [...delta.added, ...delta.removed];
const valid: boolean = delta.valid;
const report: Report = session.report();
console.log(here.length, elsewhere.length, valid, report.completeness.required);
session.free();
validator.free();
