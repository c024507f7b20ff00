// React Hook Form takes maatwerk's Standard Schemas through @hookform/resolvers'
// standardSchemaResolver, with no adapter: errors nested at the form's fields, warnings not
// blocking, the form's values passed on when it is valid. (The resolver is what useForm calls;
// it runs in Node.)
import { test } from "node:test";
import assert from "node:assert/strict";
import { standardSchemaResolver } from "@hookform/resolvers/standard-schema";
import { schema, schemas } from "maatwerk";

const AS_OF = "2026-11-23";
const OPTIONS = { fields: {}, shouldUseNativeValidation: false };

test("errors land at their fields, nested through groups and list rows", async () => {
  const resolver = standardSchemaResolver(schema("supportPlan", { asOf: AS_OF, locale: "en" }));
  const plan = {
    guidanceIndicated: true,
    planDate: "2026-13-45",
    supervisor: { name: "Sara Janssens", experience: [{ from: "2024-01-01", to: "2023-01-01", relevant: true }] },
    // A KBO number whose check digits do not match (0403.019.261 is right).
    employer: { name: "Bakkerij De Korenaar bv", kbo: "0403.019.262" },
  };
  const { values, errors } = await resolver(plan, undefined, OPTIONS);
  assert.deepEqual(values, {});
  assert.equal(errors.planDate.message, "Enter a date that exists, as YYYY-MM-DD.");
  assert.match(errors.supervisor.experience[0].to.message, /./);
  assert.match(errors.employer.kbo.message, /enterprise number/);
});

test("a valid form passes with its values, whatever warnings it has", async () => {
  const supervisor = { name: "Sara Janssens", responsible: false, diplomas: [{ code: "ba-sociaal-werk", obtained: "2019-06-28" }] };
  const resolver = standardSchemaResolver(schema("supervisor", { asOf: AS_OF }));
  assert.deepEqual(await resolver(supervisor, undefined, OPTIONS), { values: supervisor, errors: {} });
  // The default schema (Dutch, as of today) rejects what is short of two years on any day.
  const short = { name: "Sara Janssens", responsible: true, experience: [{ from: "2026-01-01", to: "2026-06-30", relevant: true }] };
  const { errors } = await standardSchemaResolver(schemas.supervisor)(short, undefined, OPTIONS);
  assert.match(errors.experience.message, /^6 van de 24 maanden relevante ervaring/);
});
