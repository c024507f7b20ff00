// The SurveyJS page of surveyjs-ui.test.mjs, bundled by esbuild with "survey-core" resolved to
// survey-core 2 (surveyjs-2/: the one survey-js-ui renders with, and the one maatwerk/surveyjs
// takes `CustomError` from): a support plan as tests/mapped/plan-surveyjs.json has it (flat
// question names, a dynamic panel of experience rows, the portal's keys and values), bound by
// the doc's recipe (recipes/surveyjs.js) and rendered by survey-js-ui. `window.surveyPage`
// holds the survey, the handle, the number of `onComplete` events and `at(path)`, the question
// at a portal path (`begeleiderErvaring[1].van`).
import { Model } from "survey-core";
import { renderSurvey } from "survey-js-ui";
import "survey-core/survey-core.fontless.min.css";
import init, { loadTexts } from "maatwerk/web";
import wasm from "maatwerk/maatwerk_bg.wasm";
import fr from "maatwerk/texts/fr";
import { recipe } from "../recipes/surveyjs.js";

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

const mapping = await (await fetch("/plan-surveyjs.json")).json().then((portalCase) => portalCase.mapping);
await init({ module_or_path: new URL(wasm, import.meta.url) });
// The raw build takes the texts of the recipe's locale from the package's tables.
loadTexts(fr);
const survey = new Model(definition);
/** @param {string} path */
const at = (path) => {
  const [, name, index, inner] = /^([^[]+)(?:\[(\d+)\]\.(.+))?$/.exec(path);
  const question = survey.getQuestionByName(name);
  return inner ? question.panels[Number(index)]?.getQuestionByName(inner) : question;
};
const page = { survey, handle: recipe(survey, mapping), completes: 0, at };
survey.onComplete.add(() => { page.completes += 1; });
renderSurvey(survey, document.getElementById("survey"));
Object.assign(window, { surveyPage: page });
