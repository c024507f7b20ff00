// One reading of the form: its controls, the value the wire gets at each path, and the
// `data-path` containers an issue without a control of its own shows in.

import { readControls, valueOf } from "./controls.js";
import { attribute, queryAll } from "./form.js";
import { formatPath, parsePath } from "./path.js";
import { put, withinBounds } from "./tree.js";

/** @typedef {import("./path.js").Path} Path */
/** @typedef {import("./controls.js").Control} Control */
/** @typedef {import("./controls.js").Value} Value */

/**
 * An element with a `data-path`.
 * @typedef {object} Container
 * @property {Element} element
 * @property {Path} path
 * @property {string} key the path's text form
 */

/**
 * @typedef {object} Reading
 * @property {Control[]} controls in document order
 * @property {Map<Element, Control>} byElement
 * @property {Map<string, Control[]>} byKey the controls of each path (a radio group, or a
 *   checkbox with a hidden fallback), in document order
 * @property {Container[]} containers
 * @property {Set<string>} names the names of every control of the form, read or not
 */

/**
 * @param {HTMLFormElement} form
 * @param {import("./names.js").Names} fieldNames
 * @returns {Reading}
 */
export function readForm(form, fieldNames) {
  const { controls, names } = readControls(form, fieldNames);
  const byElement = new Map();
  /** @type {Map<string, Control[]>} */
  const byKey = new Map();
  for (const control of controls) {
    byElement.set(control.element, control);
    const group = byKey.get(control.key);
    if (group) group.push(control);
    else byKey.set(control.key, [control]);
  }
  /** @type {Container[]} */
  const containers = [];
  for (const element of queryAll(form, "[data-path]")) {
    const path = parsePath(attribute(element, "data-path") ?? "");
    if (path && path.length > 0) containers.push({ element, path, key: formatPath(path) });
  }
  return { controls, byElement, byKey, containers, names };
}

/**
 * The value the wire gets at a path: the last control of its group that gives one.
 * @param {Reading} reading
 * @param {string} key
 * @returns {Value | undefined}
 */
export function valueAt(reading, key) {
  let value;
  for (const control of reading.byKey.get(key) ?? []) value = valueOf(control) ?? value;
  return value;
}

/**
 * The paths whose values reach the core, with those values.
 * @param {Reading} reading
 * @returns {Map<string, Value | undefined>}
 */
export function wireValues(reading) {
  const values = new Map();
  for (const [key, [first]] of reading.byKey) {
    if (withinBounds(first.path)) values.set(key, valueAt(reading, key));
  }
  return values;
}

/**
 * The form as the wire object.
 * @param {Reading} reading
 * @returns {{ [key: string]: unknown }}
 */
export function wireObject(reading) {
  const root = Object.create(null);
  for (const control of reading.controls) put(root, control.path, valueOf(control));
  return root;
}
