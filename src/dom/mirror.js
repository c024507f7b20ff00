// The form's values kept in a session of the module: the form is read and decoded once, and
// after that a changed control sends its one path and value (`session.set`), so only the rules
// that read that field run again.
//
// What the page does to the form besides typing (a row added or removed and renumbered, a
// part disabled, a hidden input replaced) is seen by a MutationObserver; the next sync then
// reads the whole form again: when the same paths are there it sends the values that differ,
// else (a list grew or shrank) it opens a fresh session on the form as it is. Such a change
// also tells the binding (`onChange`), which validates after its pause: a row the page adds
// is judged without the page asking.

import { MARK } from "./attrs.js";
import { closest } from "./form.js";
import { readForm, valueAt, wireObject, wireValues } from "./reading.js";

/** @typedef {import("../web/maatwerk.js").Validator} Validator */
/** @typedef {import("../web/maatwerk.js").Session} Session */
/** @typedef {import("../web/maatwerk.js").Report} Report */
/** @typedef {import("./reading.js").Sources} Sources */
/** @typedef {import("./controls.js").Value} Value */
/** @typedef {import("./reading.js").Reading} Reading */

/** What a control's name, kind, state or value is made of; a change may add or drop a field. */
const WATCHED = ["name", "type", "data-type", "disabled", "value", "checked", "selected", "form", "data-path"];
const FIELDS = "input, select, textarea, option, optgroup";

/**
 * Whether `node` is or holds a control: a native one, or a web component (form-associated or
 * not: one may add its value through the `formdata` event, or be a `controls` entry's).
 * @param {Element} node
 */
function holdsControl(node) {
  if (node.matches(FIELDS) || node.querySelector(FIELDS) !== null) return true;
  return [node, ...node.querySelectorAll("*")].some((element) => element.localName.includes("-"));
}

/**
 * Whether a mutation can change what the form gives: not one inside the binding's own
 * elements, and not text (a row's legend renumbered). The target may be the form itself.
 * @param {MutationRecord} record
 */
function relevant(record) {
  if (record.target instanceof Element && closest(record.target, `[${MARK}]`)) return false;
  if (record.type === "attributes") return true;
  return [...record.addedNodes, ...record.removedNodes].some((node) =>
    node instanceof Element && !node.hasAttribute(MARK) && holdsControl(node));
}

export class Mirror {
  /** @type {Reading} */
  reading;
  /** @type {Session} */
  #session;
  /** @type {Map<string, Value | undefined>} what the session holds at each path */
  #values = new Map();
  /** @type {Set<Element>} controls the user changed since the last sync */
  #dirty = new Set();
  #stale = false;
  #observer;

  /**
   * Reads the form and opens a session on it; throws what the core throws for a form it cannot
   * take (larger than 1 MB). `onChange` runs when the page changed the form itself.
   * @param {HTMLFormElement} form
   * @param {Sources} sources
   * @param {Validator} validator
   * @param {() => void} onChange
   */
  constructor(form, sources, validator, onChange) {
    this.form = form;
    this.sources = sources;
    this.validator = validator;
    this.reading = this.#read();
    this.#session = validator.session(wireObject(this.reading));
    this.#values = wireValues(this.reading);
    this.#observer = new MutationObserver((records) => {
      try {
        if (records.some(relevant)) this.#stale = true;
      } catch {
        // Undecided is stale: the next sync reads the whole form.
        this.#stale = true;
      }
      if (this.#stale) onChange();
    });
    this.#observer.observe(form, { subtree: true, childList: true, attributes: true, attributeFilter: WATCHED });
  }

  /**
   * Notes that the user changed `element` (an `input` or `change` event on it).
   * @param {Element} element
   */
  changed(element) {
    this.#dirty.add(element);
  }

  /**
   * Brings the session in line with the form. `full` reads every control, for values a script
   * set without an event; otherwise only the controls the user changed are read, unless the
   * page changed the form itself.
   * @param {boolean} full
   */
  sync(full) {
    if (this.#observer.takeRecords().some(relevant)) this.#stale = true;
    const dirty = [...this.#dirty];
    this.#dirty.clear();
    // A component may have changed what it adds to `FormData` without a mutation to see.
    this.reading.entries.stale();
    // A control the last reading did not know: a web component that gave no value until it
    // was upgraded, or one the page added without a mutation the observer sees as a control.
    if (dirty.some((element) => !this.reading.byElement.has(element))) this.#stale = true;
    if (full || this.#stale) {
      this.#reread();
      this.#stale = false;
      return;
    }
    const keys = new Set(dirty.map((element) => this.reading.byElement.get(element)?.key));
    for (const key of keys) if (key !== undefined && this.#values.has(key)) this.#send(key);
  }

  /** @returns {Report} */
  report() {
    return this.#session.report();
  }

  /** Stops watching the form and frees the session. */
  free() {
    this.#observer.disconnect();
    this.#session.free();
  }

  /**
   * Goes on with another validator (another language): a fresh session on the form as it is.
   * @param {Validator} validator
   */
  rebind(validator) {
    this.#observer.takeRecords();
    this.#dirty.clear();
    this.#stale = false;
    this.validator = validator;
    this.reading = this.#read();
    const session = validator.session(wireObject(this.reading));
    this.#session.free();
    this.#session = session;
    this.#values = wireValues(this.reading);
  }

  /** Reads the form, noting the names its controls have (for the unmatched `fieldNames` warning). */
  #read() {
    const reading = readForm(this.form, this.sources);
    this.sources.names.noteNames(reading.names);
    return reading;
  }

  #reread() {
    const before = this.reading;
    this.reading = this.#read();
    const same = before.byKey.size === this.reading.byKey.size && [...before.byKey.keys()].every((key) => this.reading.byKey.has(key));
    if (same) {
      for (const key of this.#values.keys()) this.#send(key);
      return;
    }
    const session = this.validator.session(wireObject(this.reading));
    this.#session.free();
    this.#session = session;
    this.#values = wireValues(this.reading);
  }

  /**
   * Sends the value at `key` when the session holds another one.
   * @param {string} key
   */
  #send(key) {
    const value = valueAt(this.reading, key);
    if (value === this.#values.get(key)) return;
    const [control] = this.reading.byKey.get(key) ?? [];
    if (!control) return;
    try {
      this.#session.set(control.path, value ?? null);
      this.#values.set(key, value);
    } catch (error) {
      // A trap leaves the module in no state to go on with.
      if (error instanceof WebAssembly.RuntimeError) throw error;
      // A name that is no field of the form (`dossier`): the core ignores it in a whole form,
      // so the session goes on without it. Not remembered: the next change tries again.
    }
  }
}
