// maatwerk/surveyjs on the real survey-core 3, in Node: SurveyJS's model validates without a
// DOM, and its UI package for 3.x (survey-js-ui) is not on the registry this project installs
// from. The survey is docs/platforms.md's recipe (recipes/surveyjs.js) on a
// support plan with the portal's own names and a dynamic panel (tests/mapped/plan-surveyjs.json):
// maatwerk's messages are the questions' own errors, in the recipe's locale, dynamic panels
// included and renumbered; completion is refused while errors remain and happens without;
// nothing thrown reaches SurveyJS and nothing is logged.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { Model } from "survey-core";
import init, { loadTexts } from "maatwerk/web";
import * as maatwerk from "maatwerk";
import { recipe } from "./recipes/surveyjs.js";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const plan = JSON.parse(readFileSync(`${ROOT}tests/mapped/plan-surveyjs.json`, "utf8"));
// The entry uses the web build (as in a browser); Node's fetch reads no file: URL.
await init({ module_or_path: readFileSync(createRequire(import.meta.url).resolve("maatwerk/maatwerk_bg.wasm")) });
// The raw build takes the texts of the recipe's locale from the package's tables.
loadTexts(createRequire(import.meta.url)("maatwerk/texts/fr"));

const text = (name, inputType = "text") => ({ type: "text", name, inputType });
const yesNo = (name) => ({ type: "radiogroup", name, choices: ["ja", "nee"] });
const definition = {
  pages: [{
    name: "plan",
    elements: [
      yesNo("begeleidingNodig"), text("datumPlan", "date"), text("startTewerkstelling", "date"),
      text("werknemerNaam"), text("werknemerInsz"), text("werkgeverNaam"), text("werkgeverKbo"),
      text("begeleiderNaam"), { type: "radiogroup", name: "begeleiderOrganisatie", choices: ["intern", "extern"] },
      {
        type: "paneldynamic",
        name: "begeleiderErvaring",
        templateElements: [text("van"), { type: "boolean", name: "relevant" }],
      },
      text("verantwoordelijke"), text("coachNaam"), yesNo("coachZelfdeWerkgever"), yesNo("dagelijksBereikbaar"),
      text("terPlaatseBinnenWerkdagen"), text("opvolgingOmDeDagen"),
      { type: "boolean", name: "handtekeningWerknemer" }, text("handtekeningWerknemerDatum", "date"),
      { type: "boolean", name: "handtekeningWerkgever" }, text("handtekeningWerkgeverDatum", "date"),
    ],
  }],
};

/** The recipe on a new survey; console.error recorded in `logged`. */
function attached(t) {
  const logged = [];
  t.mock.method(console, "error", (...args) => logged.push(args.join(" ")));
  const survey = new Model(definition);
  const handle = recipe(survey, plan.mapping);
  return { survey, handle, logged };
}

/** Sets every answer of the plan's form as a user would, question by question, panels included. */
function answer(survey, form) {
  for (const [name, value] of Object.entries(form)) {
    if (!Array.isArray(value)) {
      survey.getQuestionByName(name).value = value;
      continue;
    }
    const list = survey.getQuestionByName(name);
    for (const row of value) {
      const panel = list.addPanel();
      for (const [key, item] of Object.entries(row)) panel.getQuestionByName(key).value = item;
    }
  }
}

/** The texts of a question's errors. */
const errorsOf = (question) => question.errors.map((error) => error.text);
/** The French message the package gives for `code` on the form. */
function expected(form, code) {
  const report = maatwerk.validateSupportPlan(form, { asOf: plan.asOf, mapping: plan.mapping, locale: "fr" });
  const issue = report.issues.find((issue) => issue.code === code);
  assert.ok(issue, code);
  return issue.message;
}

test("a value typed shows maatwerk's message among the question's errors, in the recipe's locale, and fixing it removes it", (t) => {
  const { survey, logged } = attached(t);
  answer(survey, plan.form);
  const daily = survey.getQuestionByName("dagelijksBereikbaar");
  assert.deepEqual(errorsOf(daily), [expected(plan.form, "guidance.not_reachable_daily")]);
  assert.match(errorsOf(daily)[0], /joignable/);
  assert.deepEqual(errorsOf(survey.getQuestionByName("opvolgingOmDeDagen")), [expected(plan.form, "guidance.follow_up_too_rare")]);
  daily.value = "ja";
  assert.deepEqual(errorsOf(daily), []);
  // Untouched questions stay clean until SurveyJS validates them.
  assert.deepEqual(errorsOf(survey.getQuestionByName("werknemerNaam")), []);
  assert.deepEqual(logged, []);
});

test("a dynamic panel's question holds its message, and keeps the right one when a panel is removed", (t) => {
  const { survey, logged } = attached(t);
  const form = { ...plan.form, begeleiderErvaring: [{ van: "2021-02-01", relevant: true }, { van: "2021-13-45", relevant: true }] };
  answer(survey, form);
  const list = survey.getQuestionByName("begeleiderErvaring");
  const van = (index) => list.panels[index].getQuestionByName("van");
  assert.deepEqual(errorsOf(van(1)), [expected(form, "supervisor.invalid_date")]);
  assert.deepEqual(errorsOf(van(0)), []);
  list.removePanel(0);
  assert.equal(list.panels.length, 1);
  assert.deepEqual(errorsOf(van(0)), [expected({ ...form, begeleiderErvaring: [form.begeleiderErvaring[1]] }, "supervisor.invalid_date")]);
  van(0).value = "2021-03-01";
  assert.deepEqual(errorsOf(van(0)), []);
  assert.deepEqual(logged, []);
});

test("completion is refused while maatwerk has errors and happens without; warnings do not block", (t) => {
  const { survey, handle, logged } = attached(t);
  let completed = 0;
  survey.onComplete.add(() => { completed += 1; });
  answer(survey, plan.form);
  assert.equal(survey.tryComplete(), false);
  assert.equal(completed, 0);
  assert.equal(survey.state, "running");
  for (const [name, value] of [["dagelijksBereikbaar", "ja"], ["terPlaatseBinnenWerkdagen", "5"], ["opvolgingOmDeDagen", "14"]]) {
    survey.getQuestionByName(name).value = value;
  }
  const report = handle.report();
  assert.equal(report.valid, true, JSON.stringify(report.issues.filter((issue) => issue.severity === "error")));
  assert.ok(report.issues.some((issue) => issue.severity === "warning"));
  assert.equal(survey.tryComplete(), true);
  assert.equal(completed, 1);
  assert.equal(survey.state, "completed");
  assert.deepEqual(logged, []);
});

test("a failure inside maatwerk reaches neither SurveyJS nor the console with a value", (t) => {
  const { survey, logged } = attached(t);
  answer(survey, plan.form);
  // The answers turn unreadable: as an internal failure would surface.
  Object.defineProperty(survey, "data", { get() { throw new TypeError("unreadable answers"); } });
  const name = survey.getQuestionByName("werknemerNaam");
  assert.doesNotThrow(() => { name.value = "Kevin Mertens-Peeters"; });
  assert.doesNotThrow(() => survey.validate(true));
  assert.ok(logged.length > 0);
  assert.ok(logged.every((line) => /^maatwerk: SurveyJS .+ failed \(TypeError: unreadable answers\)$/.test(line)), logged.join("\n"));
  assert.ok(logged.every((line) => !line.includes("Kevin")));
});

test("the doc's SurveyJS recipe is the code this test runs, and is at most 5 lines of glue", () => {
  const doc = readFileSync(`${ROOT}docs/platforms.md`, "utf8");
  const source = readFileSync(new URL("./recipes/surveyjs.js", import.meta.url), "utf8");
  const lines = source.split("// recipe:begin\n")[1].split("  // recipe:end")[0].split("\n").filter(Boolean).map((line) => line.trim());
  const block = doc.split("<!-- recipe:surveyjs -->")[1].split("```")[1];
  assert.ok(lines.length <= 5, `${lines.length} lines`);
  for (const line of lines) assert.ok(block.includes(line.replace(/^return /, "")), line);
});
