export class Mirror {
    /**
     * Reads the form and opens a session on it; throws what the core throws for a form it cannot
     * take (larger than 1 MB). `onChange` runs when the page changed the form itself.
     * @param {HTMLFormElement} form
     * @param {Sources} sources
     * @param {Validator} validator
     * @param {() => void} onChange
     */
    constructor(form: HTMLFormElement, sources: Sources, validator: Validator, onChange: () => void);
    /** @type {Reading} */
    reading: Reading;
    form: HTMLFormElement;
    sources: import("./reading.js").Sources;
    validator: import("../web/maatwerk.js").Validator;
    /**
     * Notes that the user changed `element` (an `input` or `change` event on it).
     * @param {Element} element
     */
    changed(element: Element): void;
    /**
     * Brings the session in line with the form. `full` reads every control, for values a script
     * set without an event; otherwise only the controls the user changed are read, unless the
     * page changed the form itself.
     * @param {boolean} full
     */
    sync(full: boolean): void;
    /** @returns {Report} */
    report(): Report;
    /** Stops watching the form and frees the session. */
    free(): void;
    /**
     * Goes on with another validator (another language): a fresh session on the form as it is.
     * @param {Validator} validator
     */
    rebind(validator: Validator): void;
    #private;
}
export type Validator = import("../web/maatwerk.js").Validator;
export type Session = import("../web/maatwerk.js").Session;
export type Report = import("../web/maatwerk.js").Report;
export type Sources = import("./reading.js").Sources;
export type Value = import("./controls.js").Value;
export type Reading = import("./reading.js").Reading;
