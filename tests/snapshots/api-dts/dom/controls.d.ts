/**
 * The form's named, enabled controls in document order.
 * @param {HTMLFormElement} form
 * @param {Names} names
 * @returns {{ controls: Control[], names: Set<string> }} the controls, and the names of every
 *   control of the form (for the warning about unmatched `fieldNames`)
 */
export function readControls(form: HTMLFormElement, names: Names): {
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
export function valueOf({ element, shape, values }: Control): Value | undefined;
export function isNamed(element: Element, names: Names): boolean;
export function isVisible(control: Control): boolean;
export type Path = import("./path.js").Path;
export type Names = import("./names.js").Names;
/**
 * A control the binding reads: a native one, or a form-associated custom element (which may
 * have `value` and `setCustomValidity`).
 */
export type Field = (HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement | HTMLElement) & {
    value?: unknown;
    setCustomValidity?: (message: string) => void;
};
export type Value = string | number | boolean;
/**
 * How a control gives its value: `text` (empty = absent), `number` (empty = absent; what does
 * not parse stays text for the core to report), `checkbox`, `radio` (only the checked one of
 * the group counts), `hidden` (read, but nothing to show a message at or to focus), `custom` (a form-associated
 * custom element: its `value`).
 */
export type Shape = "text" | "number" | "checkbox" | "radio" | "hidden" | "custom";
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
};
