// `maatwerk/dom`: `attachForm(form, kind, options)` validates a portal's form as the user types
// and on submit, and shows the Report in the form the way the GOV.UK design system does
// (message next to the field, error summary at the top). Plain JavaScript on the module's
// `Validator` and `Session`; no rule lives here.
//
//   import init from "maatwerk";
//   import { attachForm } from "maatwerk/dom";
//   await init();
//   const handle = attachForm(document.querySelector("form"), "supportPlan", { locale: "nl" });
//
// It uses the same module instance as `import init from "maatwerk"` (it imports
// `../web/maatwerk.js`), so `init()` once is enough.
//
// # Reading
//
// Every named control is read by its name as the wire path (`experience[0].from`), or by the
// path `options.fieldNames` maps its name to: exactly (`naam: "name"`), by a pattern for rows
// (`"periode-*-van": "experience[*].from"`, rows numbered in the order they appear), or by a
// function of the control. A raw value in `options.values` or a field's own `values` is
// replaced by the wire's (`{ ja: true, nee: false }`). Otherwise text, date and select controls
// give a string (empty = absent), checkboxes a boolean, a radio group the checked value
// (`"true"`/`"false"` as booleans), number inputs and `data-type="number"` controls a number,
// a form-associated custom element its `value`. Disabled controls are left out. Indexes make
// lists; with wire names the page keeps them contiguous (renumber after removing a row). A
// name that names no field of the form is ignored; a `fieldNames` name no control ever had is
// warned about once on the console, at the first submit attempt (not on attach: a framework
// adds its inputs after the page attached).
//
// Web components (widgets.js): one that is not form-associated but adds its value through the
// form's `formdata` event (Shoelace 2) is read as `new FormData(form)` reads it, by its `name`;
// one with a boolean `checked` (Web Awesome's `wa-checkbox`, Umbraco's `uui-checkbox` and
// `uui-toggle`) means yes or no, a boolean, whatever its `value`. `options.controls` reads
// others (which element, its name, value or checked state, how to focus it, where its message
// goes); the presets `kolibri` and `shoelace` are such lists (docs/platforms.md).
//
// The form is read once on attach and kept in a session of the module; a keystroke sends the
// one control's path and value, and only the rules that read it run again. When the page
// changes the form itself (adds, removes or renumbers a row, disables a part, replaces a hidden
// input), the binding notices, reads the form again and validates after the pause. Values a
// script sets without an `input` or `change` event are read at the next `refresh()`,
// `validate()` or submit.
//
// The form is reached through the platform's prototypes, so controls named `id`, `elements`,
// `action`, `submit` or `addEventListener` (which shadow the form's own properties) are read
// like any other.
//
// # Showing
//
// - A field's issues appear once it is touched (blur or change); all of them after a submit
//   attempt or `validate()`.
// - Next to the control: `<span class="maatwerk-field-message" id="<prefix>-msg-<path>">` with
//   a `maatwerk-message maatwerk-message--{error,warning,info}` line per issue (and a visually
//   hidden "Fout: "), named in the control's `aria-describedby`; an error also sets
//   `aria-invalid="true"` and `setCustomValidity(message)`. A radio group's message sits in its
//   `<fieldset>`, after the legend.
// - An issue whose path has no control shows in the nearest container above it: an element
//   with that `data-path` (`<fieldset data-path="experience">`), else the element the
//   `containers` option's selector finds for that path (`{ experience: ".periods" }`), else,
//   for a list with rows, the nearest element that holds all its rows (next to a table, not
//   in it); else in the summary only. The last two survive a framework that redraws the form
//   and drops attributes it did not render.
// - A field's issues appear once it is touched, kept by its wire path: a framework that
//   redraws the form and replaces the inputs still shows what the user had seen.
// - `aria-invalid`, `aria-describedby` and the error class a framework takes away from a bound
//   control or wrapper are put back (a few times per render: no endless tug of war).
// - A submit is checked before the page's own listeners see it: a click on one of the form's
//   submit buttons (a native one, or a web component with `type="submit"`; Enter in a field
//   clicks the default one) and the `submit` event (also from `requestSubmit()`), both in the
//   capture phase on the document. With errors neither goes further (a framework whose click
//   handler cancels the native submit and sends the data itself never sees the click). A page
//   that submits by script calls `handle.submit()`. `form.submit()` cannot be intercepted.
// - After a submit attempt with errors: `<div class="maatwerk-error-summary" role="alert"
//   tabindex="-1">` as the form's first child, with a localised title and a link per error to
//   its control (`href="#<control id>"`; a control without id gets one); clicking a link
//   focuses the control. The submit is prevented and focus moves to the summary, scrolled so
//   its title is at the top. `summaryContainer` puts it first in another element instead. Two
//   links with the same message read "label: message" (with the row: "Van (rij 2): ...").
// - While the summary lists errors the page title starts with "Fout: " (the locale's word;
//   `titlePrefix: false` leaves the title alone), and each field in error has its wrapper
//   (`.maatwerk-form-group`, `.govuk-form-group` or `[data-maatwerk-group]`, else a radio
//   group's fieldset, else the control's parent) marked `maatwerk-form-group--error` (or
//   `groupErrorClass`).
// - A form-associated custom element gets `aria-invalid`, and its `setCustomValidity` when it
//   has one.
// - What the binding writes in the options' locale carries `lang="<locale>"` (the message
//   elements, the summary's list, and its title unless `summaryTitle` replaced it), so a French
//   message on a Dutch page is read out in French.
// - The form gets `novalidate`, so the browser's own bubbles do not block the submit event.
//
// `<prefix>` is the form's id, or `maatwerk`. The binding writes no style; the package's
// `maatwerk/style.css` styles the classes (or the page does).
//
// # Events (on the form, bubbling)
//
// - `maatwerk:report`: after every validation, `detail` = the Report.
// - `maatwerk:valid`: a submit without errors of a form **without** `action`: the submit is
//   prevented (a client-side page sends the data itself), `detail` = the Report. A form with
//   an `action` submits normally. Also after `handle.submit()` without errors, action or not.
// - `maatwerk:field` (on the control or container, cancelable): a field's shown messages
//   change, `detail` = `{ field, path, issues }` (`issues: []` when they go). A component
//   that renders its messages itself cancels it (`preventDefault()`): no message element.
//
// # Handle
//
// `validate()`, `submit()`, `refresh()`, `report()`, `setLocale()`, `submitted`, `detach()`: see `FormHandle`. The binding
// stays attached when the page drops the handle; only `detach()` ends it. No exception leaves
// an event listener, and typed values are never logged.

import { Binding } from "./binding.js";
import { splitOptions } from "./options.js";

export { kolibri, shoelace } from "./presets.js";

/** @typedef {import("../web/maatwerk.js").Kind} Kind */
/** @typedef {import("../web/maatwerk.js").Options} Options */
/** @typedef {import("../web/maatwerk.js").Report} Report */
/** @typedef {import("../web/maatwerk.js").Issue} Issue */
/** @typedef {import("../web/maatwerk.js").Locale} Locale */
/**
 * @template {Kind} [K=Kind]
 * @typedef {import("./names.js").FieldNames<K>} FieldNames
 */
/**
 * @template {Kind} [K=Kind]
 * @typedef {import("./names.js").FieldTarget<K>} FieldTarget
 */
/** @typedef {import("./messages.js").FieldDetail} FieldDetail */
/** @typedef {import("./widgets.js").ControlType} ControlType */

/**
 * Options of `attachForm`: the validators' options plus the binding's own. `debounceMs`: the
 * pause after the last `input`/`change` before validating, in ms (default 150, at most 10000).
 * `fieldNames`: control name or pattern (`"periode-*-van"`) -> wire path
 * (`"experience[*].from"`) or `{ path, values }`, or a function of the control returning one
 * (`undefined`: its name is the path). `values`: raw value -> wire value for every control
 * (`{ ja: true, nee: false }`). `controls`: the kinds of web component to read that the form
 * does not list as its own (`kolibri`, `shoelace`, or the page's: see `ControlType`).
 * `containers`: wire path -> CSS selector (in the form) of the element an issue about that path
 * shows in when no `data-path` names one (`{ experience: "#periods" }`). `summaryTitle`: replaces the localised title of the error
 * summary. `summaryContainer`: the element the summary goes first in (default: the form).
 * `titlePrefix`: "Fout: " before the page title while errors are listed (default true).
 * `groupErrorClass`: the class of a field's wrapper while it shows an error (default
 * `maatwerk-form-group--error`).
 * @template {Kind} [K=Kind]
 * @typedef {Options & {
 *   debounceMs?: number,
 *   fieldNames?: FieldNames<K>,
 *   values?: Record<string, string | number | boolean>,
 *   controls?: ControlType[],
 *   containers?: Record<string, string>,
 *   summaryTitle?: string,
 *   summaryContainer?: Element,
 *   titlePrefix?: boolean,
 *   groupErrorClass?: string,
 * }} AttachOptions
 */

/**
 * The events `attachForm` dispatches (they bubble; also in `HTMLElementEventMap` and
 * `DocumentEventMap`, so `form.addEventListener("maatwerk:report", (e) => e.detail.valid)` is
 * typed): `maatwerk:report` after every validation, `maatwerk:valid` on a submit without
 * errors of a form without `action` (or `submit()` without errors), `maatwerk:field` on a
 * control whose messages change.
 * @typedef {import("./events.js").MaatwerkEvents} MaatwerkFormEvents
 */

/** The binding of one form, returned by `attachForm`. */
export class FormHandle {
  #binding;

  /** @param {Binding} binding */
  constructor(binding) {
    this.#binding = binding;
  }

  /**
   * Validates now and shows everything as after a submit attempt (every issue, the summary),
   * without moving focus; returns the Report.
   * @returns {Report}
   */
  validate() {
    return this.#binding.validate(true);
  }

  /**
   * A submit the page runs itself (a framework's own submit button, a "next step" link):
   * validates now, shows everything as after a submit attempt and, with errors, the summary
   * with focus on it; without errors dispatches `maatwerk:valid`. Returns whether the page may
   * go on (no error).
   * @returns {boolean}
   */
  submit() {
    return this.#binding.submit();
  }

  /**
   * Validates now without changing what is shown beyond what the user touched: for a page that
   * changed the form itself (added or removed a row); returns the Report.
   * @returns {Report}
   */
  refresh() {
    return this.#binding.validate(false);
  }

  /**
   * Shows every message in `locale` from now on, keeping what was typed, touched and
   * submitted; returns the Report. Throws an `Error` for a locale the module does not know.
   * @param {Locale} locale
   * @returns {Report}
   */
  setLocale(locale) {
    return this.#binding.setLocale(locale);
  }

  /**
   * The last Report (`null` only if no validation ran).
   * @returns {Report | null}
   */
  report() {
    return this.#binding.report;
  }

  /**
   * Whether a submit was attempted (or `validate()` called): every issue is shown.
   * @returns {boolean}
   */
  get submitted() {
    return this.#binding.submitted;
  }

  /** Removes every listener, element and attribute the binding added. */
  detach() {
    this.#binding.detach();
  }
}

/**
 * Validates a form as the user types and on submit, and shows the report's issues in it.
 *
 * `kind` is `"application"`, `"providerRegistration"`, `"supportPlan"` or `"supervisor"`;
 * `options` are the validators' options `{ asOf?, locale?, parameters? }` plus the binding's
 * own (see `AttachOptions`). Throws an `Error` when the arguments are not
 * what a program should pass (no form, an unknown kind, malformed options); never for what a
 * user typed. Attaching a form again replaces the earlier binding. Without `asOf` the
 * reference date is the browser's date at the time of attaching. `init()` of the package must
 * have run.
 * @template {Kind} K
 * @param {HTMLFormElement} form
 * @param {K} kind
 * @param {AttachOptions<K>} [options]
 * @returns {FormHandle}
 */
export function attachForm(form, kind, options) {
  if (!(form instanceof HTMLFormElement)) throw new Error("attachForm: the first argument must be a <form> element");
  const { core, settings } = splitOptions(options);
  return new FormHandle(new Binding(form, kind, core, settings));
}
