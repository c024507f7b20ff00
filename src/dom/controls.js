// Reading the form: every named control, the wire path its name stands for, and its value.
//
// The name is the wire path (`experience[0].from`) unless `fieldNames` maps it. Text, date and
// select controls give a string (empty = absent), checkboxes a boolean, the checked radio its
// value (`"true"`/`"false"` as booleans), number inputs and `data-type="number"` controls a
// number. Disabled controls are left out, as a browser leaves them out of a submission.

import { attribute, elementsOf } from "./form.js";
import { formatPath, parsePath } from "./path.js";

/** @typedef {import("./path.js").Path} Path */
/** @typedef {HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement} Field */
/** @typedef {string | number | boolean} Value */

/**
 * How a control gives its value: `text` (empty = absent), `number` (empty = absent; what does
 * not parse stays text for the core to report), `checkbox`, `radio` (only the checked one of
 * the group counts), `hidden` (read, but nothing to show a message at or to focus).
 * @typedef {"text" | "number" | "checkbox" | "radio" | "hidden"} Shape
 */

/**
 * One named, enabled control of the form.
 * @typedef {object} Control
 * @property {Field} element
 * @property {Path} path the wire path its name stands for
 * @property {string} key the path's text form
 * @property {Shape} shape
 */

/**
 * The wire path an element's name stands for; `null` for an unnamed or unparseable name.
 * @param {Element} element
 * @param {Map<string, Path>} fieldNames
 * @returns {Path | null}
 */
export function pathOf(element, fieldNames) {
  const name = attribute(element, "name");
  if (!name) return null;
  const path = fieldNames.get(name) ?? parsePath(name);
  return path && path.length > 0 ? path : null;
}

/**
 * The form's named, enabled controls in document order.
 * @param {HTMLFormElement} form
 * @param {Map<string, Path>} fieldNames
 * @returns {Control[]}
 */
export function readControls(form, fieldNames) {
  /** @type {Control[]} */
  const out = [];
  for (const element of elementsOf(form)) {
    const shape = shapeOf(element);
    if (!shape || element.matches(":disabled")) continue;
    const path = pathOf(element, fieldNames);
    if (path) out.push({ element: /** @type {Field} */ (element), path, key: formatPath(path), shape });
  }
  return out;
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
  return null;
}

/**
 * The control's value on the wire; `undefined` when it gives none.
 * @param {Control} control
 * @returns {Value | undefined}
 */
export function valueOf({ element, shape }) {
  switch (shape) {
    case "checkbox":
      return /** @type {HTMLInputElement} */ (element).checked;
    case "radio": {
      if (!(/** @type {HTMLInputElement} */ (element).checked)) return undefined;
      const value = element.value;
      return value === "true" ? true : value === "false" ? false : value;
    }
    case "number": {
      const text = element.value;
      return text === "" ? undefined : (number(text) ?? text);
    }
    default:
      return element.value === "" ? undefined : element.value;
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
