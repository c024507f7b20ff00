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
export function readForm(form: HTMLFormElement, fieldNames: import("./names.js").Names): Reading;
/**
 * The value the wire gets at a path: the last control of its group that gives one.
 * @param {Reading} reading
 * @param {string} key
 * @returns {Value | undefined}
 */
export function valueAt(reading: Reading, key: string): Value | undefined;
/**
 * The paths whose values reach the core, with those values.
 * @param {Reading} reading
 * @returns {Map<string, Value | undefined>}
 */
export function wireValues(reading: Reading): Map<string, Value | undefined>;
/**
 * The form as the wire object.
 * @param {Reading} reading
 * @returns {{ [key: string]: unknown }}
 */
export function wireObject(reading: Reading): {
    [key: string]: unknown;
};
export type Path = import("./path.js").Path;
export type Control = import("./controls.js").Control;
export type Value = import("./controls.js").Value;
/**
 * An element with a `data-path`.
 */
export type Container = {
    element: Element;
    path: Path;
    /**
     * the path's text form
     */
    key: string;
};
export type Reading = {
    /**
     * in document order
     */
    controls: Control[];
    byElement: Map<Element, Control>;
    /**
     * the controls of each path (a radio group, or a
     * checkbox with a hidden fallback), in document order
     */
    byKey: Map<string, Control[]>;
    containers: Container[];
    /**
     * the names of every control of the form, read or not
     */
    names: Set<string>;
};
