// A CommonJS module under `module: node16` (compiled to `require`): the same code as the
// browser's, without top-level await.
import init, { initSync, validateSupportPlan, type IssueCode } from "maatwerk";

export async function check(): Promise<IssueCode[]> {
  await init();
  initSync();
  return validateSupportPlan({ planDate: "2026-02-16" }, { asOf: "2026-11-23" }).issues.map((issue) => issue.code);
}
