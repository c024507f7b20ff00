// The text paths of each kind's fields as the package's types derive them from the generated
// form types; paths.test.mjs expands them with the compiler and checks them against the module.
import type { FieldPath } from "maatwerk";

export interface Paths {
  application: FieldPath<"application">;
  providerRegistration: FieldPath<"providerRegistration">;
  supportPlan: FieldPath<"supportPlan">;
  supervisor: FieldPath<"supervisor">;
}
