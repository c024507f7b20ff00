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
export function attachFormio(form: FormioForm, kind: Kind, options: FormioOptions): FormioHandle;
export type Kind = import("../web/maatwerk.js").Kind;
export type Locale = import("../web/maatwerk.js").Locale;
export type Mapping = import("../web/maatwerk.js").Mapping;
export type Report = import("../web/maatwerk.js").Report;
export type Issue = import("../web/maatwerk.js").Issue;
/**
 * What `attachFormio` takes: the portal's mapping, and the validators' options.
 */
export type FormioOptions = {
    /**
     * the portal's keys and values <-> the wire (see the package's docs)
     */
    mapping: Mapping;
    /**
     * the date of the verdict, `YYYY-MM-DD`; default today
     */
    asOf?: string | undefined;
    /**
     * the language of the messages; default Dutch
     */
    locale?: import("../web/maatwerk.js").Locale | undefined;
};
/**
 * The part of a Form.io component this uses.
 */
export type FormioComponent = {
    /**
     * the data path, `ervaring[1].tot`
     */
    path: string;
    /**
     * not changed by the user
     */
    pristine: boolean;
    parent: FormioComponent | null | undefined;
    /**
     * its JSON definition
     */
    component: Record<string, unknown>;
    /**
     * the messages it shows
     */
    visibleErrors: FormioMessage[] | undefined;
    setCustomValidity: (messages: FormioMessage[], dirty: boolean, external: boolean) => void;
};
/**
 * A message in Form.io's shape; `maatwerk` marks the ones this adds.
 */
export type FormioMessage = {
    message: string;
    level: string;
    path?: string;
    key?: string;
    component?: object;
    maatwerk?: true;
};
/**
 * The part of a Form.io form (`Formio.createForm`'s result) this uses.
 */
export type FormioForm = {
    /**
     * the submission's data, in the portal's shape
     */
    data: Record<string, unknown>;
    /**
     * a submit was tried
     */
    submitted: boolean;
    /**
     * errors Form.io's alert lists beside its own
     */
    customErrors?: FormioMessage[] | undefined;
    options: {
        hooks?: Record<string, Function>;
    };
    everyComponent: (fn: (component: FormioComponent) => void) => void;
    on: (event: string, listener: (...args: any[]) => void) => void;
    off: (event: string, listener: (...args: any[]) => void) => void;
};
/**
 * What `attachFormio` returns.
 */
export type FormioHandle = {
    /**
     * the last report (null before the first validation)
     */
    report: () => Report | null;
    /**
     * stops validating, removes maatwerk's messages and its hook
     */
    detach: () => void;
};
