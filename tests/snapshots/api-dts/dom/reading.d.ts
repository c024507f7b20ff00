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
export function readForm(form: HTMLFormElement, sources: Sources): Reading;
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
    /**
     * the form's `FormData`, read again when stale
     */
    entries: Entries;
};
/**
 * What a reading reads by: attachForm's `fieldNames` and `values`, `controls` and
 * `containers`.
 */
export type Sources = {
    names: import("./names.js").Names;
    controls: import("./widgets.js").ControlType[];
    /**
     * wire path -> selector of its container
     */
    containers: Map<string, string>;
};
import { Entries } from "./controls.js";
