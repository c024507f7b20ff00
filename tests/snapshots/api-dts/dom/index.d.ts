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
export function attachForm<K extends Kind>(form: HTMLFormElement, kind: K, options?: AttachOptions<K>): FormHandle;
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
    /** @param {Binding} binding */
    constructor(binding: Binding);
    /**
     * Validates now and shows everything as after a submit attempt (every issue, the summary),
     * without moving focus; returns the Report.
     * @returns {Report}
     */
    validate(): Report;
    /**
     * A submit the page runs itself (a framework's own submit button, a "next step" link):
     * validates now, shows everything as after a submit attempt and, with errors, the summary
     * with focus on it; without errors dispatches `maatwerk:valid`. Returns whether the page may
     * go on (no error).
     * @returns {boolean}
     */
    submit(): boolean;
    /**
     * Validates now without changing what is shown beyond what the user touched: for a page that
     * changed the form itself (added or removed a row); returns the Report.
     * @returns {Report}
     */
    refresh(): Report;
    /**
     * Shows every message in `locale` from now on, keeping what was typed, touched and
     * submitted; returns the Report. Throws an `Error` for a locale the module does not know.
     * @param {Locale} locale
     * @returns {Report}
     */
    setLocale(locale: Locale): Report;
    /**
     * The last Report (`null` only if no validation ran).
     * @returns {Report | null}
     */
    report(): Report | null;
    /**
     * Whether a submit was attempted (or `validate()` called): every issue is shown.
     * @returns {boolean}
     */
    get submitted(): boolean;
    /** Removes every listener, element and attribute the binding added. */
    detach(): void;
    #private;
}
export type Kind = import("../web/maatwerk.js").Kind;
export type Options = import("../web/maatwerk.js").Options;
export type Report = import("../web/maatwerk.js").Report;
export type Issue = import("../web/maatwerk.js").Issue;
export type Locale = import("../web/maatwerk.js").Locale;
export type FieldNames<K extends Kind = import("../web/maatwerk.js").Kind> = import("./names.js").FieldNames<K>;
export type FieldTarget<K extends Kind = import("../web/maatwerk.js").Kind> = import("./names.js").FieldTarget<K>;
export type FieldDetail = import("./messages.js").FieldDetail;
export type ControlType = import("./widgets.js").ControlType;
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
 */
export type AttachOptions<K extends Kind = import("../web/maatwerk.js").Kind> = Options & {
    debounceMs?: number;
    fieldNames?: FieldNames<K>;
    values?: Record<string, string | number | boolean>;
    controls?: ControlType[];
    containers?: Record<string, string>;
    summaryTitle?: string;
    summaryContainer?: Element;
    titlePrefix?: boolean;
    groupErrorClass?: string;
};
/**
 * The events `attachForm` dispatches (they bubble; also in `HTMLElementEventMap` and
 * `DocumentEventMap`, so `form.addEventListener("maatwerk:report", (e) => e.detail.valid)` is
 * typed): `maatwerk:report` after every validation, `maatwerk:valid` on a submit without
 * errors of a form without `action` (or `submit()` without errors), `maatwerk:field` on a
 * control whose messages change.
 */
export type MaatwerkFormEvents = import("./events.js").MaatwerkEvents;
import { Binding } from "./binding.js";
export { kolibri, shoelace } from "./presets.js";
