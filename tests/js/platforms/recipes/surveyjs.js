// The SurveyJS recipe of docs/platforms.md: surveyjs.test.mjs runs it and
// checks that the doc's code block holds the lines between the markers, as they are here.
import { attachSurvey } from "maatwerk/surveyjs";

/**
 * @param {import("survey-core").SurveyModel} survey
 * @param {import("maatwerk").Mapping} mapping
 */
export function recipe(survey, mapping) {
  // recipe:begin
  survey.checkErrorsMode = "onValueChanged";
  return attachSurvey(survey, "supportPlan", { mapping, asOf: "2026-11-23", locale: "fr" });
  // recipe:end
}
