// Reading the form: every named control, the wire path its name stands for, and its value.
//
// The name is the wire path (`experience[0].from`) unless `fieldNames` maps it (names.js). A
// raw value the field's or the global `values` map is replaced by the mapped one; otherwise
// text, date and select controls give a string (empty = absent), checkboxes a boolean, the
// checked radio its value (`"true"`/`"false"` as booleans), number inputs and
// `data-type="number"` controls a number, and a form-associated custom element its `value`
// (a string as text, a number or boolean as it is). Web components the form's `elements` do
// not list, or list with a value that is not the wire's, are read as widgets.js says (a
// `controls` entry, the `formdata` event, a boolean `checked`). Disabled controls are left
// out, as a browser leaves them out of a submission.

import { attribute, closest, contains, elementsOf, queryAll } from "./form.js";
import { Rows } from "./names.js";
import { formatPath } from "./path.js";
import { implicitShape, isCheckedLike } from "./widgets.js";

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
  /** @type {Map<string, string> | null} */
  #map = null;

  /** @param {HTMLFormElement} form */
  constructor(form) {
    this.form = form;
  }

  /** The form may have changed: the next question reads it again. */
  stale() {
    this.#map = null;
  }

  /** @returns {Map<string, string>} per name, its last text value (files are not read) */
  get map() {
    if (this.#map) return this.#map;
    const map = new Map();
    try {
      for (const [name, value] of new FormData(this.form)) if (typeof value === "string") map.set(name, value);
    } catch {
      // Asked while the form builds its entry list (inside a `formdata` listener): the browser
      // refuses a second one; the controls read as empty until the next reading.
    }
    this.#map = map;
    return map;
  }
}


/**
 * The form's named, enabled controls in document order.
 * @param {HTMLFormElement} form
 * @param {Names} names
 * @param {ControlType[]} types the `controls` option
 * @param {Entries} entries the form's `FormData`
 * @returns {{ controls: Control[], names: Set<string> }} the controls, and the names of every
 *   control of the form (for the warning about unmatched `fieldNames`)
 */
export function readControls(form, names, types, entries) {
  /** @type {Control[]} */
  const out = [];
  const seen = new Set();
  const rows = new Rows();
  for (const { element, type, shape } of candidates(form, types, entries)) {
    const name = (type?.name ? type.name(/** @type {HTMLElement} */ (element)) : attribute(element, "name")) ?? "";
    if (name) seen.add(name);
    if (!shape || !name || isDisabled(element)) continue;
    const resolved = names.resolve(element, name, rows);
    if (resolved) {
      const { path, values } = resolved;
      out.push({ element: /** @type {Field} */ (element), path, key: formatPath(path), shape, values, type, name, entries });
    }
  }
  return { controls: out, names: seen };
}

/**
 * Every element that may be a control, in document order, with how it is read: the form's
 * `elements`, the elements of each `controls` entry (the native controls inside one are its
 * parts, not controls of their own), and the web components that give a value without being
 * form-associated.
 * @param {HTMLFormElement} form
 * @param {ControlType[]} types
 * @param {Entries} entries
 * @returns {{ element: Element, type: ControlType | null, shape: Shape | null }[]}
 */
function candidates(form, types, entries) {
  /** @type {Map<Element, ControlType>} */
  const typed = new Map();
  for (const type of types) for (const element of queryAll(form, type.selector)) if (!typed.has(element)) typed.set(element, type);
  const inside = (/** @type {Element} */ element) => [...typed.keys()].some((host) => host !== element && contains(host, element));
  /** @type {{ element: Element, type: ControlType | null, shape: Shape | null }[]} */
  const found = [];
  for (const element of elementsOf(form)) {
    if (!typed.has(element) && !inside(element)) found.push({ element, type: null, shape: shapeOf(element) });
  }
  for (const [element, type] of typed) {
    /** @type {Shape} */
    const shape = type.checked || isCheckedLike(element) ? "checked" : type.value ? "custom" : "formdata";
    found.push({ element, type, shape });
  }
  const custom = queryAll(form, "[name]").filter((element) =>
    element.localName.includes("-") && !isCustomControl(element) && !typed.has(element) && !inside(element));
  const names = custom.length > 0 ? new Set(entries.map.keys()) : new Set();
  const implicit = custom.flatMap((element) => {
    const shape = implicitShape(element, names);
    return shape ? [{ element, type: null, shape }] : [];
  });
  // The form's elements are in document order already; the others go between them.
  if (typed.size === 0 && implicit.length === 0) return found;
  found.push(...implicit);
  return found.sort((a, b) => (a.element.compareDocumentPosition(b.element) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
}

/**
 * Disabled as a browser sees it, or, for a web component that is not form-associated (`:disabled`
 * never matches one), by its own `disabled` property or attribute, or inside a disabled fieldset.
 * @param {Element} element
 */
function isDisabled(element) {
  if (element.matches(":disabled")) return true;
  if (!element.localName.includes("-") || isCustomControl(element)) return false;
  return (/** @type {{ disabled?: unknown }} */ (element)).disabled === true || element.hasAttribute("disabled") ||
    closest(element, "fieldset:disabled") !== null;
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
  if (!isCustomControl(element)) return null;
  // A form-associated checkbox (Web Awesome, Umbraco UI) has the value "on": it means yes or no.
  return isCheckedLike(element) ? "checked" : "custom";
}

/**
 * The control's value on the wire; `undefined` when it gives none.
 * @param {Control} control
 * @returns {Value | undefined}
 */
export function valueOf({ element, shape, values, type, name, entries }) {
  /** @param {string} raw */
  const mapped = (raw) => (values?.has(raw) ? values.get(raw) : undefined);
  switch (shape) {
    case "checkbox":
      return /** @type {HTMLInputElement} */ (element).checked;
    case "checked":
      return type?.checked ? type.checked(/** @type {HTMLElement} */ (element)) === true : element.checked === true;
    case "formdata": {
      const text = entries.map.get(name) ?? "";
      if (text === "") return mapped(text);
      // A radio group's "true"/"false" mean yes and no, as a native radio's do.
      const yesNo = element.localName.includes("radio") && (text === "true" || text === "false");
      return mapped(text) ?? (yesNo ? text === "true" : text);
    }
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
      const value = type?.value ? type.value(/** @type {HTMLElement} */ (element)) : element.value;
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
