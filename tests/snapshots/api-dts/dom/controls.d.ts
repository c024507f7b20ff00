/**
 * The form's named, enabled controls in document order.
 * @param {HTMLFormElement} form
 * @param {Names} names
 * @param {ControlType[]} types the `controls` option
 * @param {Entries} entries the form's `FormData`
 * @returns {{ controls: Control[], names: Set<string> }} the controls, and the names of every
 *   control of the form (for the warning about unmatched `fieldNames`)
 */
export function readControls(form: HTMLFormElement, names: Names, types: ControlType[], entries: Entries): {
    controls: Control[];
    names: Set<string>;
};
/**
 * Whether `element` is a form-associated custom element (`static formAssociated = true`).
 * @param {Element} element
 */
export function isCustomControl(element: Element): boolean;
/**
 * The control's value on the wire; `undefined` when it gives none.
 * @param {Control} control
 * @returns {Value | undefined}
 */
export function valueOf({ element, shape, values, type, name, entries }: Control): Value | undefined;
/** @typedef {import("./path.js").Path} Path */
/** @typedef {import("./names.js").Names} Names */
/** @typedef {import("./widgets.js").ControlType} ControlType */
/**
 * A control the binding reads: a native one, or a form-associated custom element (which may
 * have `value` and `setCustomValidity`).
 * @typedef {(HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement | HTMLElement) & { value?: unknown, checked?: unknown, setCustomValidity?: (message: string) => void }} Field
 */
/** @typedef {string | number | boolean} Value */
/**
 * How a control gives its value: `text` (empty = absent), `number` (empty = absent; what does
 * not parse stays text for the core to report), `checkbox`, `radio` (only the checked one of
 * the group counts), `hidden` (read, but nothing to show a message at or to focus), `custom` (a form-associated
 * custom element, or a `controls` entry with `value`: its value), `checked` (a web component
 * that means yes or no: its `checked` state), `formdata` (what `new FormData(form)` has for
 * its name).
 * @typedef {"text" | "number" | "checkbox" | "radio" | "hidden" | "custom" | "checked" | "formdata"} Shape
 */
/**
 * One named, enabled control of the form.
 * @typedef {object} Control
 * @property {Field} element
 * @property {Path} path the wire path its name stands for
 * @property {string} key the path's text form
 * @property {Shape} shape
 * @property {Map<string, Value> | null} values raw value -> wire value
 * @property {ControlType | null} type the `controls` entry it was read by
 * @property {string} name the name it was read by
 * @property {Entries} entries the form's `FormData`, for a `formdata` control
 */
/**
 * What `new FormData(form)` gives, read when first asked after `stale()`: building it fires
 * the form's `formdata` event, in which components that are not form-associated add their
 * values (Shoelace 2).
 */
export class Entries {
    /** @param {HTMLFormElement} form */
    constructor(form: HTMLFormElement);
    form: HTMLFormElement;
    /** The form may have changed: the next question reads it again. */
    stale(): void;
    /** @returns {Map<string, string>} per name, its last text value (files are not read) */
    get map(): Map<string, string>;
    #private;
}
export function isVisible(control: Control): boolean;
export type Path = import("./path.js").Path;
export type Names = import("./names.js").Names;
export type ControlType = import("./widgets.js").ControlType;
/**
 * A control the binding reads: a native one, or a form-associated custom element (which may
 * have `value` and `setCustomValidity`).
 */
export type Field = (HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement | HTMLElement) & {
    value?: unknown;
    checked?: unknown;
    setCustomValidity?: (message: string) => void;
};
export type Value = string | number | boolean;
/**
 * How a control gives its value: `text` (empty = absent), `number` (empty = absent; what does
 * not parse stays text for the core to report), `checkbox`, `radio` (only the checked one of
 * the group counts), `hidden` (read, but nothing to show a message at or to focus), `custom` (a form-associated
 * custom element, or a `controls` entry with `value`: its value), `checked` (a web component
 * that means yes or no: its `checked` state), `formdata` (what `new FormData(form)` has for
 * its name).
 */
export type Shape = "text" | "number" | "checkbox" | "radio" | "hidden" | "custom" | "checked" | "formdata";
/**
 * One named, enabled control of the form.
 */
export type Control = {
    element: Field;
    /**
     * the wire path its name stands for
     */
    path: Path;
    /**
     * the path's text form
     */
    key: string;
    shape: Shape;
    /**
     * raw value -> wire value
     */
    values: Map<string, Value> | null;
    /**
     * the `controls` entry it was read by
     */
    type: ControlType | null;
    /**
     * the name it was read by
     */
    name: string;
    /**
     * the form's `FormData`, for a `formdata` control
     */
    entries: Entries;
};
