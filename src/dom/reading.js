// One reading of the form: its controls, the value the wire gets at each path, and the
// containers an issue without a control of its own shows in: an element with that
// `data-path`, else the one the `containers` option's selector finds, else (a list) the nearest
// element that holds all of the list's rows. The last two survive a framework that redraws the
// form and drops attributes it did not render itself.

import { Entries, readControls, valueOf } from "./controls.js";
import { attribute, closest, contains, queryAll } from "./form.js";
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
 * @property {Entries} entries the form's `FormData`, read again when stale
 */

/**
 * What a reading reads by: attachForm's `fieldNames` and `values`, `controls` and
 * `containers`.
 * @typedef {object} Sources
 * @property {import("./names.js").Names} names
 * @property {import("./widgets.js").ControlType[]} controls
 * @property {Map<string, string>} containers wire path -> selector of its container
 */

/**
 * @param {HTMLFormElement} form
 * @param {Sources} sources
 * @returns {Reading}
 */
export function readForm(form, sources) {
  const entries = new Entries(form);
  const { controls, names } = readControls(form, sources.names, sources.controls, entries);
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
  const known = new Set(containers.map((container) => container.key));
  for (const [key, selector] of sources.containers) {
    const element = known.has(key) ? null : queryAll(form, selector)[0];
    const path = parsePath(key);
    if (element && path) containers.push({ element, path, key });
    known.add(key);
  }
  containers.push(...listContainers(form, controls, known));
  return { controls, byElement, byKey, containers, names, entries };
}

/**
 * The container of each list that has rows but no container yet: the nearest element that
 * holds every row's controls (out of a table, which cannot hold a message), inside the form.
 * @param {HTMLFormElement} form
 * @param {Control[]} controls
 * @param {Set<string>} known the paths that have a container
 * @returns {Container[]}
 */
function listContainers(form, controls, known) {
  /** @type {Map<string, { path: Path, elements: Element[] }>} */
  const lists = new Map();
  for (const control of controls) {
    control.path.forEach((segment, n) => {
      if (typeof segment !== "number") return;
      const path = control.path.slice(0, n);
      const key = formatPath(path);
      if (known.has(key) || path.length === 0) return;
      const list = lists.get(key) ?? { path, elements: [] };
      list.elements.push(control.element);
      lists.set(key, list);
    });
  }
  /** @type {Container[]} */
  const out = [];
  for (const [key, { path, elements }] of lists) {
    // The form itself is no list's container (and its own properties may be shadowed by its
    // controls' names): the climb stops there.
    let element = elements[0]?.parentElement ?? null;
    while (element && element !== form && !elements.every((e) => contains(/** @type {Element} */ (element), e))) element = element.parentElement;
    if (!element || element === form) continue;
    // Rows in a table (a data grid): a message cannot sit in a table's parts, it goes next to it.
    const table = closest(element, "table");
    if (table) element = table.parentElement;
    if (element && element !== form && contains(form, element)) out.push({ element, path, key });
  }
  return out;
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
