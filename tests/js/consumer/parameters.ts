// Dated parameters in the generated types: each overridable parameter takes one value or an
// object of values by date (`number | Record<string, number>` and the like); another type
// does not compile. The catalogue's `history` is an object of values by date.
import { validateSupportPlan, rules, type Options, type ParameterOverrides, type ParameterInfo } from "maatwerk";

const dated: ParameterOverrides = {
  planFirstMonths: { "2024-01-01": 3, "2027-01-01": 6 },
  flemishCommunityDayOff: { "2023-07-01": true, "2027-01-01": false },
  relevantDiplomas: { "2027-01-01": [{ code: "ba-orthopedagogie", title: "Bachelor in de orthopedagogie" }] },
  applicationDuringEmploymentFrom: { "2027-01-01": "2027-01-01" },
};
const single: ParameterOverrides = { planFirstMonths: 3, flemishCommunityDayOff: true, applicationDuringEmploymentFrom: "2024-01-01" };
// @ts-expect-error a dated value must be of the parameter's type
const wrong: ParameterOverrides = { planFirstMonths: { "2027-01-01": "6" } };
const options: Options = { asOf: "2027-01-01", parameters: dated };
const info: ParameterInfo | undefined = rules("nl")[0]?.parameters[0];
const history: Record<string, unknown> | undefined = info?.history;
console.log(validateSupportPlan({}, options).valid, single, wrong, history);
