// A TypeScript consumer: type-checked with `tsc --noEmit` against the package's generated
// .d.ts, so a change of the Rust types (or of the DOM binding's JSDoc) that breaks consumers
// fails the tests.
import init, { checkSupervisor, type Report, type Issue, type Supervisor, type Status } from "maatwerk/web";
import { rules, type RuleInfo } from "maatwerk";
import { attachForm, type AttachOptions, type FormHandle, type MaatwerkFormEvents } from "maatwerk/dom";

await init();

const supervisor: Supervisor = {
  name: "Sara Janssens",
  diplomas: [{ code: "ba-sociaal-werk", obtained: "2019-06-28" }],
  experience: [{ from: "2025-04-01", relevant: true }],
};
const report: Report = checkSupervisor(supervisor, { asOf: "2026-11-23", locale: "nl" });
const errors: Issue[] = report.issues.filter((issue) => issue.severity === "error");
const fields: string[] = errors.map((issue) => issue.field);
const firstSegment: string | number | undefined = report.issues[0]?.path[0];
const catalogue: RuleInfo[] = rules("en");
const status: Status | undefined = report.requirements[0]?.status;
// Exactly the four statuses: a status added or dropped in Rust fails this switch.
function badge(status: Status): string {
  switch (status) {
    case "met": return "Voldaan";
    case "notMet": return "Niet voldaan";
    case "unknown": return "Nog niet te beoordelen";
    case "notApplicable": return "Niet van toepassing";
    default: {
      const none: never = status;
      return none;
    }
  }
}
console.log(fields, firstSegment, catalogue.length, status && badge(status), report.completeness.missing);

declare const form: HTMLFormElement;
const options: AttachOptions = { locale: "fr", debounceMs: 100, fieldNames: { naam: "name" }, summaryTitle: "Oups" };
const handle: FormHandle = attachForm(form, "supervisor", options);
const onReport = (event: MaatwerkFormEvents["maatwerk:report"]): boolean => event.detail.valid;
const last: Report | null = handle.report();
const shown: boolean = handle.submitted;
const now: Report = handle.validate();
console.log(onReport, last, shown, now.valid, handle.refresh().completeness.filled);
handle.detach();
