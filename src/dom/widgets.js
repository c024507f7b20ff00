// Controls that are not the browser's own: web components of a design system, which the form's
// `elements` do not list (they are not form-associated) or list with a value that is not the
// wire's (a checkbox whose value is "on").
//
// Three ways such a control is read, first match wins:
// 1. a `controls` entry of attachForm's options (a preset such as `kolibri`, or the page's
//    own): which elements, their name, value or checked state, how to focus them, where their
//    messages go;
// 2. a custom element that adds its value through the form's `formdata` event (Shoelace 2):
//    read the way `new FormData(form)` reads it, by its `name` attribute;
// 3. a custom element with a boolean `checked` property (Web Awesome's `wa-checkbox`, Umbraco's
//    `uui-checkbox` and `uui-toggle`): a yes/no control, its wire value that boolean.

import { attribute } from "./form.js";

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
export function controlTypes(value) {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new Error("options.controls must be a list of { selector, name?, value?, checked?, focus?, invalid?, message? }");
  return value.map((entry, n) => {
    const where = `options.controls[${n}]`;
    if (entry === null || typeof entry !== "object") throw new Error(`${where} must be an object`);
    const type = /** @type {Record<string, unknown>} */ (entry);
    if (typeof type.selector !== "string" || type.selector.trim() === "") throw new Error(`${where}.selector must be a CSS selector`);
    for (const hook of ["name", "value", "checked", "focus", "invalid", "message"]) {
      if (type[hook] !== undefined && typeof type[hook] !== "function") throw new Error(`${where}.${hook} must be a function`);
    }
    return /** @type {ControlType} */ (type);
  });
}

/**
 * Whether `element` is a custom element with a boolean `checked` property that stands for yes
 * or no. A radio's `checked` says which of a group is picked, not yes or no: its group gives
 * the value.
 * @param {Element} element
 */
export function isCheckedLike(element) {
  if (!element.localName.includes("-") || element.localName.includes("radio")) return false;
  return typeof (/** @type {{ checked?: unknown }} */ (element).checked) === "boolean";
}

/**
 * How a custom element that is not form-associated gives its value; `null` when it gives none
 * the binding can read. `entries` are the names `new FormData(form)` had.
 * @param {Element} element
 * @param {Set<string>} entries
 * @returns {Implicit | null}
 */
export function implicitShape(element, entries) {
  if (!element.localName.includes("-")) return null;
  if (isCheckedLike(element)) return "checked";
  const name = attribute(element, "name");
  return name && entries.has(name) ? "formdata" : null;
}
