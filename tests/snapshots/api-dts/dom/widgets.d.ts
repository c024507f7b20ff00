/** @typedef {import("../web/maatwerk.js").Issue} Issue */
/**
 * A kind of control the page's design system brings, for attachForm's `controls` option.
 * Only `selector` is required; every other member has the default written next to it. Each
 * function is called with the element (an element `selector` matched inside the form).
 * @typedef {object} ControlType
 * @property {string} selector the elements of this kind, as a CSS selector (`"kol-input-text"`)
 * @property {(element: HTMLElement) => string | null | undefined} [name] the control's name,
 *   read like a native control's (`fieldNames` maps it); default: its `name` attribute
 * @property {(element: HTMLElement) => unknown} [value] its raw value: a string (`""` =
 *   absent, `values` and `fieldNames` map it), a number or a boolean; default: what
 *   `new FormData(form)` has for its name
 * @property {(element: HTMLElement) => boolean} [checked] for a yes/no control: whether it is
 *   on; its wire value is this boolean (`value` is then not read)
 * @property {(element: HTMLElement) => void} [focus] moves focus into it (a summary link);
 *   default: `element.focus()`
 * @property {(element: HTMLElement) => Element | null | undefined} [invalid] the element that
 *   gets `aria-invalid` and `aria-describedby` (where focus lands); default: the element
 * @property {(element: HTMLElement, issues: Issue[]) => void} [message] shows the field's
 *   messages in the component itself (`[]`: none left); without it the binding puts its message
 *   element before the control
 */
/**
 * A custom element's own way to be read (2 or 3 above); `null` for what is not one.
 * @typedef {"formdata" | "checked"} Implicit
 */
/**
 * Checks attachForm's `controls` option; throws an `Error` for a malformed entry.
 * @param {unknown} value
 * @returns {ControlType[]}
 */
export function controlTypes(value: unknown): ControlType[];
/**
 * Whether `element` is a custom element with a boolean `checked` property that stands for yes
 * or no. A radio's `checked` says which of a group is picked, not yes or no: its group gives
 * the value.
 * @param {Element} element
 */
export function isCheckedLike(element: Element): boolean;
/**
 * How a custom element that is not form-associated gives its value; `null` when it gives none
 * the binding can read. `entries` are the names `new FormData(form)` had.
 * @param {Element} element
 * @param {Set<string>} entries
 * @returns {Implicit | null}
 */
export function implicitShape(element: Element, entries: Set<string>): Implicit | null;
export type Issue = import("../web/maatwerk.js").Issue;
/**
 * A kind of control the page's design system brings, for attachForm's `controls` option.
 * Only `selector` is required; every other member has the default written next to it. Each
 * function is called with the element (an element `selector` matched inside the form).
 */
export type ControlType = {
    /**
     * the elements of this kind, as a CSS selector (`"kol-input-text"`)
     */
    selector: string;
    /**
     * the control's name,
     * read like a native control's (`fieldNames` maps it); default: its `name` attribute
     */
    name?: ((element: HTMLElement) => string | null | undefined) | undefined;
    /**
     * its raw value: a string (`""` =
     * absent, `values` and `fieldNames` map it), a number or a boolean; default: what
     * `new FormData(form)` has for its name
     */
    value?: ((element: HTMLElement) => unknown) | undefined;
    /**
     * for a yes/no control: whether it is
     * on; its wire value is this boolean (`value` is then not read)
     */
    checked?: ((element: HTMLElement) => boolean) | undefined;
    /**
     * moves focus into it (a summary link);
     * default: `element.focus()`
     */
    focus?: ((element: HTMLElement) => void) | undefined;
    /**
     * the element that
     * gets `aria-invalid` and `aria-describedby` (where focus lands); default: the element
     */
    invalid?: ((element: HTMLElement) => Element | null | undefined) | undefined;
    /**
     * shows the field's
     * messages in the component itself (`[]`: none left); without it the binding puts its message
     * element before the control
     */
    message?: ((element: HTMLElement, issues: Issue[]) => void) | undefined;
};
/**
 * A custom element's own way to be read (2 or 3 above); `null` for what is not one.
 */
export type Implicit = "formdata" | "checked";
