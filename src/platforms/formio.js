// `maatwerk/formio`: maatwerk inside a Form.io form (@formio/js 5), through Form.io's own
// validation and error display. The portal passes its mapping (data: its component keys and
// values <-> the wire); no key or value is mapped by hand.
//
//   import init from "maatwerk";
//   import { attachFormio } from "maatwerk/formio";
//   await init();
//   attachFormio(await Formio.createForm(element, definition), "supervisor", { mapping });
//
// It imports `../web/maatwerk.js`, the instance `init()` loads.
//
// - After every change (Form.io's `change` event, which follows Form.io's own validation) the
//   whole form is validated again: a supervisor takes about 0.06 ms, a support plan 0.5 ms, so
//   a Session's bookkeeping (which row is which after Form.io renumbers a datagrid) buys
//   nothing.
// - Each issue shows in Form.io's message box of the component whose path (`ervaring[1].tot`)
//   is the issue's `portalPath`, else of the nearest component above it (`ervaring` for a
//   list's issue), beside Form.io's own messages: errors as errors, warnings and infos at
//   their level. A component shows them once the user changed it, or the datagrid or
//   container around it, or tried to submit: as Form.io shows its own.
// - A submit with errors is refused by Form.io's `beforeSubmit` hook, before Form.io's own
//   validation: Form.io then lists maatwerk's errors and its own in its alert and keeps the
//   `submit` event from firing. Without errors the portal's own `beforeSubmit`, if any, runs.
//   The errors are also Form.io's `customErrors`, so its alert keeps them, and drops each
//   once fixed, as it repaints after every change.
// - Nothing thrown reaches Form.io: a failure is logged as `maatwerk: … failed (Name: message)`
//   and the submit goes on (the back office validates again).

import { Validator } from "../web/maatwerk.js";

/** @typedef {import("../web/maatwerk.js").Kind} Kind */
/** @typedef {import("../web/maatwerk.js").Locale} Locale */
/** @typedef {import("../web/maatwerk.js").Mapping} Mapping */
/** @typedef {import("../web/maatwerk.js").Report} Report */
/** @typedef {import("../web/maatwerk.js").Issue} Issue */

/**
 * What `attachFormio` takes: the portal's mapping, and the validators' options.
 *
 * @typedef {object} FormioOptions
 * @property {Mapping} mapping the portal's keys and values <-> the wire (see the package's docs)
 * @property {string} [asOf] the date of the verdict, `YYYY-MM-DD`; default today
 * @property {Locale} [locale] the language of the messages; default Dutch
 */

/**
 * The part of a Form.io component this uses.
 *
 * @typedef {object} FormioComponent
 * @property {string} path the data path, `ervaring[1].tot`
 * @property {boolean} pristine not changed by the user
 * @property {FormioComponent | null | undefined} parent
 * @property {Record<string, unknown>} component its JSON definition
 * @property {FormioMessage[] | undefined} visibleErrors the messages it shows
 * @property {(messages: FormioMessage[], dirty: boolean, external: boolean) => void} setCustomValidity
 */

/**
 * A message in Form.io's shape; `maatwerk` marks the ones this adds.
 *
 * @typedef {{ message: string, level: string, path?: string, key?: string, component?: object, maatwerk?: true }} FormioMessage
 */

/**
 * The part of a Form.io form (`Formio.createForm`'s result) this uses.
 *
 * @typedef {object} FormioForm
 * @property {Record<string, unknown>} data the submission's data, in the portal's shape
 * @property {boolean} submitted a submit was tried
 * @property {FormioMessage[]} [customErrors] errors Form.io's alert lists beside its own
 * @property {{ hooks?: Record<string, Function> }} options
 * @property {(fn: (component: FormioComponent) => void) => void} everyComponent
 * @property {(event: string, listener: (...args: any[]) => void) => void} on
 * @property {(event: string, listener: (...args: any[]) => void) => void} off
 */

/**
 * What `attachFormio` returns.
 *
 * @typedef {object} FormioHandle
 * @property {() => Report | null} report the last report (null before the first validation)
 * @property {() => void} detach stops validating, removes maatwerk's messages and its hook
 */

/**
 * Validates a Form.io form with maatwerk on every change and on submit, showing the issues in
 * Form.io's own message boxes and refusing a submit while errors remain.
 *
 * @param {FormioForm} form the form `Formio.createForm` resolved to
 * @param {Kind} kind which form it is: "application", "providerRegistration", "supportPlan", "supervisor"
 * @param {FormioOptions} options `{ mapping, asOf?, locale? }`; a mapping that names no field throws here
 * @returns {FormioHandle}
 */
export function attachFormio(form, kind, options) {
  const { mapping, asOf, locale } = options;
  // Not a literal: the generated `Options` type does not list `mapping` yet, which the
  // constructor takes.
  const validatorOptions = { asOf, locale, mapping };
  const validator = new Validator(kind, validatorOptions);
  /** @type {Report | null} */
  let report = null;

  /**
   * Validates the form's data and shows the issues; the errors as Form.io messages, which
   * also go to `form.customErrors`, the list Form.io's alert adds to its own after a submit
   * attempt (it repaints the alert on every change then).
   */
  const validate = () => {
    report = validator.validate(form.data);
    const byPath = components(form);
    show(form, byPath, report.issues);
    form.customErrors = report.issues.filter((issue) => issue.severity === "error").map((issue) => asMessage(issue, componentAt(byPath, issue)));
    return form.customErrors;
  };
  const onChange = () => {
    try {
      validate();
    } catch (error) {
      logFailure("validation", error);
    }
  };
  const hooks = form.options.hooks ?? {};
  const portalHook = hooks.beforeSubmit;
  /**
   * Form.io's hook before it validates a submit: `next(errors)` refuses it.
   * @this {unknown}
   * @param {object} submission
   * @param {(errors?: FormioMessage[] | null, submission?: object) => void} next
   */
  const beforeSubmit = function (submission, next) {
    /** @type {FormioMessage[]} */
    let errors = [];
    try {
      errors = validate();
    } catch (error) {
      logFailure("validation before submit", error);
    }
    if (errors.length > 0) return next(errors);
    // `this` is the form, as Form.io calls its hooks.
    return portalHook ? portalHook.call(this, submission, next) : next(null, submission);
  };
  form.options.hooks = { ...hooks, beforeSubmit };
  form.on("change", onChange);
  onChange();

  return {
    report: () => report,
    detach() {
      form.off("change", onChange);
      const { beforeSubmit: _, ...rest } = form.options.hooks ?? {};
      form.options.hooks = portalHook ? { ...rest, beforeSubmit: portalHook } : rest;
      show(form, components(form), []);
      form.customErrors = [];
    },
  };
}

/**
 * Puts each issue on its component, beside Form.io's own messages, and takes maatwerk's older
 * messages away.
 * @param {FormioForm} form
 * @param {Map<string, FormioComponent>} byPath
 * @param {Issue[]} issues
 */
function show(form, byPath, issues) {
  /** @type {Map<FormioComponent, FormioMessage[]>} */
  const shown = new Map();
  for (const component of byPath.values()) {
    if ((component.visibleErrors ?? []).some((message) => message.maatwerk)) shown.set(component, []);
  }
  for (const issue of issues) {
    const component = componentAt(byPath, issue);
    if (!component || !(form.submitted || changed(component))) continue;
    shown.set(component, [...(shown.get(component) ?? []), { ...asMessage(issue, component), maatwerk: true }]);
  }
  for (const [component, messages] of shown) {
    const own = (component.visibleErrors ?? []).filter((message) => !message.maatwerk);
    component.setCustomValidity([...own, ...messages], true, true);
  }
}

/**
 * The form's components by data path (`persoon.naam`, `ervaring[1].tot`), rebuilt rows included.
 * @param {FormioForm} form
 */
function components(form) {
  /** @type {Map<string, FormioComponent>} */
  const byPath = new Map();
  form.everyComponent((component) => {
    if (component.path && !byPath.has(component.path)) byPath.set(component.path, component);
  });
  return byPath;
}

/**
 * The component at the issue's portal path, else the nearest one above it (`ervaring[1]`,
 * then `ervaring`); none for an issue of the whole form.
 * @param {Map<string, FormioComponent>} byPath
 * @param {Issue} issue
 */
function componentAt(byPath, issue) {
  for (let at = issue.portalPath ?? issue.field; at; at = at.replace(/(?:\[\d+\]|\.?[^.[]+)$/, "")) {
    const component = byPath.get(at);
    if (component) return component;
  }
  return undefined;
}

/**
 * The user changed the component or a component around it (Form.io marks a datagrid changed
 * when a row's field is, and keeps that when it rebuilds the rows).
 * @param {FormioComponent} component
 */
function changed(component) {
  for (let at = /** @type {FormioComponent | null | undefined} */ (component); at; at = at.parent) {
    if (!at.pristine && at.parent) return true;
  }
  return false;
}

/**
 * An issue as a Form.io message on `component`: its path lets Form.io's alert link to it.
 * @param {Issue} issue
 * @param {FormioComponent} [component]
 * @returns {FormioMessage}
 */
function asMessage(issue, component) {
  // `key` names the message element (`e-<component id>-<key>`): unique per issue.
  const message = { message: issue.message, level: issue.severity, key: issue.code };
  return component ? { ...message, path: component.path, component: component.component } : message;
}

/**
 * Logs a failure inside a Form.io event or hook without letting it reach Form.io; the
 * message names the failure, never a value.
 * @param {string} what
 * @param {unknown} error
 */
function logFailure(what, error) {
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : typeof error;
  console.error(`maatwerk: Form.io ${what} failed (${detail})`);
}
