// Reading the form: every named control, the wire path its name stands for, and its value.
//
// The name is the wire path (`experience[0].from`) unless `fieldNames` maps it (names.js). A
// raw value the field's or the global `values` map is replaced by the mapped one; otherwise
// text, date and select controls give a string (empty = absent), checkboxes a boolean, the
// checked radio its value (`"true"`/`"false"` as booleans), number inputs and
// `data-type="number"` controls a number, and a form-associated custom element its `value`
// (a string as text, a number or boolean as it is). Disabled controls are left out, as a
// browser leaves them out of a submission.

import { attribute, elementsOf } from "./form.js";
import { Rows } from "./names.js";
import { formatPath } from "./path.js";

/** @typedef {import("./path.js").Path} Path */
/** @typedef {import("./names.js").Names} Names */
/**
 * A control the binding reads: a native one, or a form-associated custom element (which may
 * have `value` and `setCustomValidity`).
 * @typedef {(HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement | HTMLElement) & { value?: unknown, setCustomValidity?: (message: string) => void }} Field
 */
/** @typedef {string | number | boolean} Value */

/**
 * How a control gives its value: `text` (empty = absent), `number` (empty = absent; what does
 * not parse stays text for the core to report), `checkbox`, `radio` (only the checked one of
 * the group counts), `hidden` (read, but nothing to show a message at or to focus), `custom` (a form-associated
 * custom element: its `value`).
 * @typedef {"text" | "number" | "checkbox" | "radio" | "hidden" | "custom"} Shape
 */

/**
 * One named, enabled control of the form.
 * @typedef {object} Control
 * @property {Field} element
 * @property {Path} path the wire path its name stands for
 * @property {string} key the path's text form
 * @property {Shape} shape
 * @property {Map<string, Value> | null} values raw value -> wire value
 */

/**
 * Whether an element is a control the binding reads (named, with a path).
 * @param {Element} element
 * @param {Names} names
 * @returns {boolean}
 */
export const isNamed = (element, names) => names.resolve(element) !== null;

/**
 * The form's named, enabled controls in document order.
 * @param {HTMLFormElement} form
 * @param {Names} names
 * @returns {{ controls: Control[], names: Set<string> }} the controls, and the names of every
 *   control of the form (for the warning about unmatched `fieldNames`)
 */
export function readControls(form, names) {
  /** @type {Control[]} */
  const out = [];
  const seen = new Set();
  const rows = new Rows();
  for (const element of elementsOf(form)) {
    const name = attribute(element, "name");
    if (name) seen.add(name);
    const shape = shapeOf(element);
    if (!shape || element.matches(":disabled")) continue;
    const resolved = names.resolve(element, rows);
    if (resolved) {
      const { path, values } = resolved;
      out.push({ element: /** @type {Field} */ (element), path, key: formatPath(path), shape, values });
    }
  }
  return { controls: out, names: seen };
}

/**
 * Whether `element` is a form-associated custom element (`static formAssociated = true`).
 * @param {Element} element
 */
export function isCustomControl(element) {
  if (!element.localName.includes("-")) return false;
  const type = /** @type {{ formAssociated?: unknown }} */ (/** @type {unknown} */ (element.constructor));
  return type.formAssociated === true;
}

/**
 * Whether a message can sit next to the control and a summary link can focus it.
 * @param {Control} control
 */
export const isVisible = (control) => control.shape !== "hidden";

/**
 * @param {Element} element
 * @returns {Shape | null}
 */
function shapeOf(element) {
  const numeric = attribute(element, "data-type")?.toLowerCase() === "number";
  if (element instanceof HTMLInputElement) {
    switch (element.type) {
      case "checkbox":
      case "radio":
      case "hidden":
        return element.type;
      case "number":
      case "range":
        return "number";
      case "submit":
      case "reset":
      case "button":
      case "image":
      case "file":
        return null;
      default:
        return numeric ? "number" : "text";
    }
  }
  if (element instanceof HTMLSelectElement || element instanceof HTMLTextAreaElement) return numeric ? "number" : "text";
  return isCustomControl(element) ? "custom" : null;
}

/**
 * The control's value on the wire; `undefined` when it gives none.
 * @param {Control} control
 * @returns {Value | undefined}
 */
export function valueOf({ element, shape, values }) {
  /** @param {string} raw */
  const mapped = (raw) => (values?.has(raw) ? values.get(raw) : undefined);
  switch (shape) {
    case "checkbox":
      return /** @type {HTMLInputElement} */ (element).checked;
    case "radio": {
      if (!(/** @type {HTMLInputElement} */ (element).checked)) return undefined;
      const value = String(element.value);
      return mapped(value) ?? (value === "true" ? true : value === "false" ? false : value);
    }
    case "number": {
      const text = String(element.value);
      return mapped(text) ?? (text === "" ? undefined : (number(text) ?? text));
    }
    case "custom": {
      const value = element.value;
      if (typeof value === "number" || typeof value === "boolean") return value;
      if (typeof value !== "string") return undefined;
      return mapped(value) ?? (value === "" ? undefined : value);
    }
    default: {
      const text = String(element.value);
      return mapped(text) ?? (text === "" ? undefined : text);
    }
  }
}

/** Only a plain decimal becomes a number: `0x10`, `1_000` or `Infinity` stay text for the core to report. */
const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * @param {string} text
 * @returns {number | undefined}
 */
function number(text) {
  const trimmed = text.trim();
  if (!DECIMAL.test(trimmed)) return undefined;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : undefined;
}
