// `maatwerk/surveyjs`: maatwerk inside a SurveyJS survey (survey-core 2 and 3), through
// SurveyJS's own validation: its question errors and its refusal to complete. The portal
// passes its mapping (data: its question names and values <-> the wire).
//
//   import init from "maatwerk";
//   import { attachSurvey } from "maatwerk/surveyjs";
//   await init();
//   attachSurvey(new Model(json), "supportPlan", { mapping });
//
// It imports `../web/maatwerk.js`, the instance `init()` loads, and `CustomError` from the
// portal's `survey-core` (an optional peer dependency).
//
// - `onValidateQuestion` (raised whenever SurveyJS validates a question: on a value change in
//   `checkErrorsMode: "onValueChanged"`, on the next page, on complete) adds each issue whose
//   `portalPath` is the question's path (`begeleiderErvaring[1].van` for a question in a
//   dynamic panel's second panel), else the nearest question above it (the dynamic panel for
//   `begeleiderErvaring`). Warnings and infos keep their level (SurveyJS does not block on
//   them). SurveyJS refuses to complete while a question has an error.
// - After a change, a question that shows maatwerk's messages is validated again, so a
//   cross-field message goes when the other field is fixed; the one changed validates as
//   `checkErrorsMode` says.
// - An error no question holds (one of the whole form) refuses completion in `onCompleting`
//   and is shown with `survey.notify`.
// - The report is computed once per state of `survey.data`. Nothing thrown reaches SurveyJS:
//   a failure is logged as `maatwerk: … failed (Name: message)`.

import { CustomError } from "survey-core";
import { Validator } from "../web/maatwerk.js";

/** @typedef {import("../web/maatwerk.js").Kind} Kind */
/** @typedef {import("../web/maatwerk.js").Locale} Locale */
/** @typedef {import("../web/maatwerk.js").Mapping} Mapping */
/** @typedef {import("../web/maatwerk.js").Report} Report */
/** @typedef {import("../web/maatwerk.js").Issue} Issue */

/**
 * What `attachSurvey` takes: the portal's mapping, and the validators' options.
 *
 * @typedef {object} SurveyOptions
 * @property {Mapping} mapping the portal's names and values <-> the wire (see the package's docs)
 * @property {string} [asOf] the date of the verdict, `YYYY-MM-DD`; default today
 * @property {Locale} [locale] the language of the messages; default Dutch
 */

/**
 * The part of a SurveyJS question this uses.
 *
 * @typedef {object} SurveyQuestion
 * @property {() => string} getValueName its key in the data
 * @property {SurveyQuestion | null | undefined} parentQuestion the dynamic panel it is in
 * @property {unknown} parent its panel
 * @property {unknown[]} [panels] a dynamic panel's panels, in data order
 * @property {{ maatwerk?: boolean }[]} errors the errors it shows
 * @property {(fireCallback?: boolean) => boolean} validate
 */

/**
 * A SurveyJS event.
 *
 * @template T
 * @typedef {{ add(handler: (sender: unknown, options: T) => void): void, remove(handler: (sender: unknown, options: T) => void): void }} SurveyEvent
 */

/**
 * The part of a SurveyJS `SurveyModel` this uses.
 *
 * @typedef {object} SurveyModel
 * @property {Record<string, unknown>} data the answers, in the portal's shape
 * @property {(visibleOnly: boolean, includeDesignTime: boolean, includeNested: boolean) => SurveyQuestion[]} getAllQuestions
 * @property {(message: string, type: string) => void} notify
 * @property {SurveyEvent<{ question: SurveyQuestion, errors: unknown[] }>} onValidateQuestion
 * @property {SurveyEvent<{ allow: boolean }>} onCompleting
 * @property {SurveyEvent<unknown>} onValueChanged
 * @property {SurveyEvent<unknown>} onDynamicPanelValueChanged
 * @property {SurveyEvent<unknown>} onDynamicPanelRemoved
 */

/**
 * What `attachSurvey` returns.
 *
 * @typedef {object} SurveyHandle
 * @property {() => Report | null} report the report of the survey's answers as they are
 * @property {() => void} detach stops validating (the messages shown go at the next validation)
 */

/**
 * Validates a SurveyJS survey with maatwerk whenever SurveyJS validates a question, showing
 * the issues as the questions' own errors; SurveyJS then refuses to complete while errors remain.
 *
 * @param {SurveyModel} survey the survey (`new Model(json)`)
 * @param {Kind} kind which form it is: "application", "providerRegistration", "supportPlan", "supervisor"
 * @param {SurveyOptions} options `{ mapping, asOf?, locale? }`; a mapping that names no field throws here
 * @returns {SurveyHandle}
 */
export function attachSurvey(survey, kind, options) {
  const { mapping, asOf, locale } = options;
  // Not a literal: the generated `Options` type does not list `mapping` yet, which the
  // constructor takes.
  const validatorOptions = { asOf, locale, mapping };
  const validator = new Validator(kind, validatorOptions);
  /** @type {{ data: string, report: Report } | null} */
  let last = null;
  /** The report of the answers as they are: validated again only when they changed. */
  const report = () => {
    const data = JSON.stringify(survey.data);
    if (last?.data !== data) last = { data, report: validator.validate(survey.data) };
    return last.report;
  };

  /** @param {unknown} _ @param {{ question: SurveyQuestion, errors: unknown[] }} event */
  const onValidateQuestion = (_, { question, errors }) => {
    try {
      const path = pathOf(question);
      const questions = byPath(survey);
      for (const issue of report().issues) {
        if (holder(questions, issue) !== path) continue;
        const error = Object.assign(new CustomError(issue.message, survey), { maatwerk: true });
        if (issue.severity !== "error") error.notificationType = issue.severity;
        errors.push(error);
      }
    } catch (error) {
      logFailure("validation", error);
    }
  };
  const onChange = () => {
    try {
      for (const question of allQuestions(survey)) {
        if (question.errors.some((error) => error.maatwerk)) question.validate(true);
      }
    } catch (error) {
      logFailure("validation after a change", error);
    }
  };
  /** @param {unknown} _ @param {{ allow: boolean }} event */
  const onCompleting = (_, event) => {
    try {
      const questions = byPath(survey);
      const unheld = report().issues.filter((issue) => issue.severity === "error" && holder(questions, issue) === null);
      for (const issue of unheld) survey.notify(issue.message, "error");
      if (unheld.length > 0) event.allow = false;
    } catch (error) {
      logFailure("validation before completing", error);
    }
  };
  survey.onValidateQuestion.add(onValidateQuestion);
  survey.onCompleting.add(onCompleting);
  for (const event of [survey.onValueChanged, survey.onDynamicPanelValueChanged, survey.onDynamicPanelRemoved]) event.add(onChange);

  return {
    report,
    detach() {
      survey.onValidateQuestion.remove(onValidateQuestion);
      survey.onCompleting.remove(onCompleting);
      for (const event of [survey.onValueChanged, survey.onDynamicPanelValueChanged, survey.onDynamicPanelRemoved]) event.remove(onChange);
    },
  };
}

/**
 * A question's path in the data: its name, after its dynamic panel's path and panel index
 * (`begeleiderErvaring[1].van`).
 * @param {SurveyQuestion} question
 * @returns {string}
 */
function pathOf(question) {
  const list = question.parentQuestion;
  if (!list) return question.getValueName();
  return `${pathOf(list)}[${(list.panels ?? []).indexOf(question.parent)}].${question.getValueName()}`;
}

/**
 * The survey's questions, those in each panel of a dynamic panel included.
 * @param {SurveyModel} survey
 */
function allQuestions(survey) {
  return survey.getAllQuestions(false, false, true);
}

/**
 * The paths of the survey's questions.
 * @param {SurveyModel} survey
 */
function byPath(survey) {
  return new Set(allQuestions(survey).map(pathOf));
}

/**
 * The path of the question that holds an issue: the one at its portal path, else the nearest
 * above it (`begeleiderErvaring[1]`, then `begeleiderErvaring`); null for none.
 * @param {Set<string>} questions
 * @param {Issue} issue
 */
function holder(questions, issue) {
  for (let at = issue.portalPath ?? issue.field; at; at = at.replace(/(?:\[\d+\]|\.?[^.[]+)$/, "")) {
    if (questions.has(at)) return at;
  }
  return null;
}

/**
 * Logs a failure inside a SurveyJS event without letting it reach SurveyJS; the message names
 * the failure, never a value.
 * @param {string} what
 * @param {unknown} error
 */
function logFailure(what, error) {
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : typeof error;
  console.error(`maatwerk: SurveyJS ${what} failed (${detail})`);
}
