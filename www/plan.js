// The support plan (ondersteuningsplan): validated live by attachForm (kind "supportPlan"),
// with repeatable rows, questions that appear for one answer, the requirement panel and a
// completeness bar fed by the `maatwerk:report` event, and the language switch (page.js).
//
// Query parameters, for tests and demos: `?asOf=YYYY-MM-DD` fixes the reference date
// (default: today), `?locale=nl|fr|en|de` the language of the messages.

import { conditionals } from "./fields.js";
import { startFormPage } from "./page.js";

startFormPage({
  form: document.getElementById("plan-form"),
  kind: "supportPlan",
  // The plan's own rules first, then the guidance arrangements, then the supervisor's.
  order: ["PLAN-", "GUI-", "SUP-"],
  afterAttach: ({ form, changed }) => conditionals(form, changed),
});
