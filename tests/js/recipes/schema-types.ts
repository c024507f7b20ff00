// The schemas against the Standard Schema spec's own types and React Hook Form's: the output
// type is the form's, which useForm's values then have.
import type { StandardSchemaV1 } from "@standard-schema/spec";
import { standardSchemaResolver } from "@hookform/resolvers/standard-schema";
import type { Resolver } from "react-hook-form";
import { schemas, type FormOf } from "maatwerk";

const plan: StandardSchemaV1<FormOf<"supportPlan">> = schemas.supportPlan;
type Plan = StandardSchemaV1.InferOutput<typeof schemas.supportPlan>;
const form: Plan = { planDate: "2026-02-16", arrangements: { followUpIntervalDays: 14 } };
// @ts-expect-error the output is the form's type: a list of dates is no date
const wrong: Plan = { planDate: ["2026-02-16"] };
const resolver: Resolver<FormOf<"supervisor">> = standardSchemaResolver(schemas.supervisor);
console.log(plan, form, wrong, resolver);
