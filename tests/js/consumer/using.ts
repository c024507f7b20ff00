// With `lib: esnext` (Symbol.dispose declared by TypeScript itself as well as by the package):
// `using` frees a validator and a session.
import { Validator } from "maatwerk";

{
  using validator = new Validator("supportPlan");
  using session = validator.session({ planDate: "2026-02-16" });
  console.log(session.report().valid);
}
