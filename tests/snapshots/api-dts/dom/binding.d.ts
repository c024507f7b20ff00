export class Binding {
    /**
     * Attaches to `form`, replacing an earlier binding, and validates quietly. Throws for what a
     * program should not pass: an unknown kind, malformed options.
     * @param {HTMLFormElement} form
     * @param {Kind} kind
     * @param {Options} core
     * @param {Settings} settings
     */
    constructor(form: HTMLFormElement, kind: Kind, core: Options, settings: Settings);
    /** @type {Report | null} */
    report: Report | null;
    submitted: boolean;
    detached: boolean;
    validator: Validator;
    kind: import("../web/maatwerk.js").Kind;
    core: import("../web/maatwerk.js").Options;
    form: HTMLFormElement;
    settings: import("./options.js").Settings;
    document: Document;
    /** Prefix of every id the binding derives: the form's id, or `maatwerk`. */
    prefix: string;
    novalidateAdded: boolean;
    /** Cancels a pending debounce. */
    cancel(): void;
    /**
     * Validates now, reading every control (a script may have set values without an event).
     * `submitted` shows everything as after a submit attempt.
     * @param {boolean} submitted
     * @returns {Report}
     */
    validate(submitted: boolean): Report;
    /**
     * Goes on in another language: what was typed, touched and submitted stays, every message
     * shows again in `locale`. Throws for a locale the core does not know.
     * @param {Options["locale"]} locale
     * @returns {Report}
     */
    setLocale(locale: Options["locale"]): Report;
    /**
     * A submit the page runs itself: validates, shows everything and the summary (focused) when
     * there are errors, else dispatches `maatwerk:valid`; returns whether the page may go on.
     * @returns {boolean}
     */
    submit(): boolean;
    /** Removes every listener, element and attribute the binding added. */
    detach(): void;
    #private;
}
export type Kind = import("../web/maatwerk.js").Kind;
export type Options = import("../web/maatwerk.js").Options;
export type Report = import("../web/maatwerk.js").Report;
export type Settings = import("./options.js").Settings;
export type Path = import("./path.js").Path;
import { Validator } from "../web/maatwerk.js";
