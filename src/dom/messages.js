// The messages next to fields: an element per anchor holding its issues' messages, linked to the
// control with `aria-describedby`; errors also set `aria-invalid="true"` and the control's
// custom validity (so `:invalid` styles and `checkValidity()` agree with the report; a custom
// element only when it has `setCustomValidity`), and the class `groupErrorClass` on the field's
// wrapper. Before a field's messages change, a `maatwerk:field` event on its control says what
// it shows now: a component that renders messages itself cancels it, and the binding then
// adds no message element (it still sets `aria-invalid` and the validity). A control of a
// `controls` entry with `message` shows them itself in the same way.
//
// A web component's focus lands inside its shadow root, where the host's `aria-invalid` and
// `aria-describedby` do not reach: the native control inside (an open shadow root) is marked
// invalid too and described by the message through `ariaDescribedByElements`, which may point
// from inside a shadow root to the page around it.
//
// Rendering is a diff against what is on the page: an anchor whose messages and elements did
// not change is left alone, so a re-render never moves focus or makes a reader repeat itself.

import { MARK, addToken, derivedId, removeToken } from "./attrs.js";
import { isVisible } from "./controls.js";
import { create, dispatch } from "./form.js";
import { severityPrefix } from "./words.js";

/** @typedef {import("../web/maatwerk.js").Issue} Issue */
/** @typedef {import("../web/maatwerk.js").Locale} Locale */
/** @typedef {import("../web/maatwerk.js").Severity} Severity */
/** @typedef {import("./controls.js").Field} Field */
/** @typedef {import("./plan.js").Anchor} Anchor */
/** @typedef {import("./plan.js").Plan} Plan */
/** @typedef {import("./reading.js").Reading} Reading */
/** @typedef {import("./controls.js").Control} Control */

/**
 * How often the attributes of one element are put back between two renders: a framework that
 * resets them on every change of theirs must not make the two take turns for ever.
 */
const MAX_RESTORES = 10;

const DESCRIBED_BY = "aria-describedby";
const INVALID = "aria-invalid";
/** The event on a field's control (or container) whose messages change. */
const FIELD = "maatwerk:field";
/** A field's wrapper, which gets the error class (GOV.UK's form group). */
const GROUP = ".maatwerk-form-group, .govuk-form-group, [data-maatwerk-group]";

/**
 * `detail` of a `maatwerk:field` event: the field, and the issues it shows now (`[]`: none).
 * @typedef {{ field: string, path: (string | number)[], issues: Issue[] }} FieldDetail
 */

/**
 * An anchor resolved to the page's elements. The message goes right before `at` (after the
 * control's label and hint, as GOV.UK orders them, or before the label that wraps it), or into
 * it when `into` (a radio group's fieldset, a `data-path` container: after its legend).
 * @typedef {object} Target
 * @property {Element} at
 * @property {boolean} into
 * @property {Element[]} described elements whose `aria-describedby` names the message
 * @property {Field[]} fields controls that become invalid on an error (none for a container)
 * @property {Control[]} own controls whose `controls` entry shows their messages itself
 * @property {Element[]} inner where focus lands inside the web components among `fields`
 */

/** Where focus lands inside a web component's shadow root. */
const FOCUS_INSIDE = "input:not([type=hidden]), textarea, select, [role=textbox], [role=combobox], [role=checkbox], [role=switch]";

/**
 * An element's `ariaDescribedByElements` (ARIA element reflection), where the browser has it.
 * @typedef {Element & { ariaDescribedByElements?: Element[] | null }} Reflecting
 */

/**
 * Adds or removes `message` among the elements that describe `element`, keeping the component's
 * own (its hint).
 * @param {Element} element
 * @param {Element} message
 * @param {boolean} add
 */
function describeInside(element, message, add) {
  const reflecting = /** @type {Reflecting} */ (element);
  if (!("ariaDescribedByElements" in reflecting)) return;
  const current = [...(reflecting.ariaDescribedByElements ?? [])].filter((e) => e !== message);
  reflecting.ariaDescribedByElements = add ? [...current, message] : current;
}

/**
 * One message line: what decides whether the element must be redrawn.
 * @typedef {{ severity: Severity, code: string, message: string }} Line
 */

/**
 * A message element on the page.
 * @typedef {object} Placed
 * @property {HTMLElement | null} element `null` when the page renders them itself
 * @property {string} id
 * @property {Anchor} anchor
 * @property {Target} target
 * @property {Line[]} lines
 */

/**
 * What a render needs to know about the page.
 * @typedef {object} Page
 * @property {Document} document
 * @property {string} prefix of derived ids
 * @property {Locale} locale of the words around the messages
 * @property {Reading} reading
 * @property {string} groupErrorClass
 */

/**
 * @template T
 * @param {T[]} a
 * @param {T[]} b
 * @param {(x: T, y: T) => boolean} [equal]
 */
const sameList = (a, b, equal = Object.is) => a.length === b.length && a.every((x, n) => equal(x, /** @type {T} */ (b[n])));

/**
 * @param {Target} a
 * @param {Target} b
 */
const sameTarget = (a, b) => a.at === b.at && a.into === b.into && sameList(a.described, b.described) && sameList(a.fields, b.fields) &&
  sameList(a.own.map((control) => control.element), b.own.map((control) => control.element)) && sameList(a.inner, b.inner);

/** @param {Line} line */
const isError = (line) => line.severity === "error";

/**
 * @param {Line} a
 * @param {Line} b
 */
const sameLine = (a, b) => a.severity === b.severity && a.code === b.code && a.message === b.message;

/** The field messages on the page. */
export class Messages {
  /** @type {Map<string, Placed>} */
  #placed = new Map();
  /** @type {Set<Element>} wrappers that have the error class */
  #groups = new Set();
  #groupClass = "";
  /** @type {Map<Element, number>} attributes put back since the last render, per element */
  #restored = new Map();

  /**
   * Brings the page in line with the plan's field messages.
   *
   * Stale messages go first: after rows were renumbered, a stale anchor can point at the same
   * control as a new one, and its removal must not undo what the new one set.
   * @param {Page} page
   * @param {Plan["fields"]} fields
   */
  apply(page, fields) {
    this.#restored.clear();
    const wanted = fields.flatMap(({ anchor, issues }) => {
      const target = resolve(anchor, page);
      return target ? [{ anchor, target, issues, lines: issues.map(({ severity, code, message }) => ({ severity, code, message })) }] : [];
    });
    const old = this.#placed;
    this.#placed = new Map();
    for (const [key, placed] of old) {
      const same = wanted.some(({ anchor, target, lines }) =>
        anchor.key === key && sameTarget(placed.target, target) && sameList(placed.lines, lines, sameLine) &&
        (placed.element?.isConnected ?? true));
      if (same) {
        this.#placed.set(key, placed);
        continue;
      }
      remove(placed);
      if (!wanted.some(({ anchor }) => anchor.key === key)) tell(placed.target, placed.anchor, []);
    }
    for (const { anchor, target, lines, issues } of wanted) {
      if (this.#placed.has(anchor.key)) continue;
      const own = tell(target, anchor, issues);
      this.#placed.set(anchor.key, place(page, anchor, target, lines, own));
    }
    this.#markGroups(page.groupErrorClass);
  }

  /**
   * Puts the error class on the wrappers of the fields that show an error, and takes it from
   * the others.
   * @param {string} className
   */
  #markGroups(className) {
    const groups = new Set();
    for (const { target, lines } of this.#placed.values()) {
      const group = lines.some((line) => line.severity === "error") ? wrapperOf(target) : null;
      if (group) groups.add(group);
    }
    for (const group of this.#groups) {
      if (!groups.has(group) || className !== this.#groupClass) group.classList.remove(this.#groupClass);
    }
    for (const group of groups) group.classList.add(className);
    this.#groups = groups;
    this.#groupClass = className;
  }

  /**
   * Puts back on `element` what this render set on it and a framework took away since (its
   * redraw sets `aria-invalid="false"`, or its own `aria-describedby` or `class`). Nothing
   * changes when all is in place, so the binding's own writes end there.
   * @param {Element} element
   */
  restore(element) {
    const count = this.#restored.get(element) ?? 0;
    if (count >= MAX_RESTORES) return;
    let restored = false;
    for (const { element: message, id, target, lines } of this.#placed.values()) {
      if (message && target.described.includes(element) && !(element.getAttribute(DESCRIBED_BY) ?? "").split(/\s+/).includes(id)) {
        addToken(element, DESCRIBED_BY, id);
        restored = true;
      }
      if (lines.some(isError) && target.fields.some((field) => field === element) && element.getAttribute(INVALID) !== "true") {
        element.setAttribute(INVALID, "true");
        restored = true;
      }
    }
    if (this.#groups.has(element) && !element.classList.contains(this.#groupClass)) {
      element.classList.add(this.#groupClass);
      restored = true;
    }
    if (restored) this.#restored.set(element, count + 1);
  }

  /** Removes every message; a component that renders its own is told to clear them too. */
  clear() {
    for (const placed of this.#placed.values()) {
      remove(placed);
      tell(placed.target, placed.anchor, []);
    }
    this.#placed = new Map();
    this.#markGroups(this.#groupClass);
  }
}

/**
 * The wrapper that gets the error class: the nearest form group (`.maatwerk-form-group`,
 * `.govuk-form-group`, `[data-maatwerk-group]`), else a radio group's fieldset or the
 * container, else the control's parent (not the form).
 * @param {Target} target
 * @returns {Element | null}
 */
function wrapperOf(target) {
  const group = (target.fields[0] ?? target.at).closest(GROUP);
  if (group) return group;
  if (target.into) return target.at;
  const parent = target.at.parentElement;
  return parent && !(parent instanceof HTMLFormElement) ? parent : null;
}

/**
 * Dispatches `maatwerk:field` on the field's control (a radio group's first radio) or
 * container; returns whether the page renders the messages itself (cancelled the event).
 * @param {Target} target
 * @param {Anchor} anchor
 * @param {Issue[]} issues
 */
function tell(target, anchor, issues) {
  const on = target.own[0]?.element ?? target.fields[0] ?? target.at;
  /** @type {FieldDetail} */
  const detail = { field: anchor.text, path: anchor.path, issues };
  const event = new CustomEvent(FIELD, { bubbles: true, cancelable: true, detail });
  const cancelled = !dispatch(on, event);
  for (const { element, type } of target.own) type?.message?.(/** @type {HTMLElement} */ (element), issues);
  return cancelled || target.own.length > 0;
}

/**
 * Sets a control's custom validity where it has one (a custom element may not).
 * @param {Field} field
 * @param {string} message
 */
function setValidity(field, message) {
  if (typeof field.setCustomValidity === "function") field.setCustomValidity(message);
}

/**
 * Takes the element and every attribute it set back.
 * @param {Placed} placed
 */
function remove({ element, id, target, lines }) {
  element?.remove();
  for (const described of target.described) removeToken(described, DESCRIBED_BY, id);
  if (element) for (const inside of target.inner) describeInside(inside, element, false);
  if (lines.some((line) => line.severity === "error")) {
    for (const field of target.fields) {
      field.removeAttribute(INVALID);
      setValidity(field, "");
    }
    if (element) for (const inside of target.inner) inside.removeAttribute(INVALID);
  }
}

/**
 * @param {Anchor} anchor
 * @param {Page} page
 * @returns {Target | null}
 */
function resolve(anchor, { reading }) {
  if (anchor.kind === "container") {
    const container = reading.containers.find((c) => c.key === anchor.text)?.element;
    return container ? { at: container, into: true, described: [container], fields: [], own: [], inner: [] } : null;
  }
  const group = (reading.byKey.get(anchor.text) ?? []).filter(isVisible);
  const [first] = group;
  if (!first) return null;
  // A component's `controls` entry may name the element focus lands on: the one a reader asks.
  const fields = group.map((control) => /** @type {Field} */ (control.type?.invalid?.(/** @type {HTMLElement} */ (control.element)) ?? control.element));
  const own = group.filter((control) => control.type?.message);
  const inner = group.flatMap(({ element, type }) => {
    if (type?.invalid || !element.localName.includes("-")) return [];
    const found = element.shadowRoot?.querySelector(FOCUS_INSIDE);
    return found ? [found] : [];
  });
  // A radio group is described as a group: its fieldset carries the message.
  const fieldset = first.shape === "radio" ? first.element.closest("fieldset") : null;
  if (fieldset) return { at: fieldset, into: true, described: [fieldset], fields, own, inner };
  // Inside a wrapping <label> the message would become part of the control's name.
  return { at: first.element.closest("label") ?? first.element, into: false, described: fields, fields, own, inner };
}

/**
 * @param {Page} page
 * @param {Anchor} anchor
 * @param {Target} target
 * @param {Line[]} lines
 * @param {boolean} own the page renders the messages itself: no element of the binding's
 * @returns {Placed}
 */
function place(page, anchor, target, lines, own) {
  const id = derivedId(page.prefix, "msg", anchor.path);
  const errors = lines.filter((line) => line.severity === "error").map((line) => line.message);
  if (errors.length > 0) {
    for (const field of target.fields) {
      field.setAttribute(INVALID, "true");
      setValidity(field, errors.join(" "));
    }
  }
  if (own) return { element: null, id, anchor, target, lines };
  if (errors.length > 0) for (const inside of target.inner) inside.setAttribute(INVALID, "true");
  const element = create(page.document, "span");
  element.id = id;
  element.className = "maatwerk-field-message";
  element.setAttribute(MARK, "message");
  // The messages (and the hidden "Fout: ") are in the options' locale, not the page's.
  element.lang = page.locale;
  element.append(...lines.map((line) => lineElement(page, line)));
  if (!target.into) {
    target.at.before(element);
  } else {
    const heading = target.at.querySelector(":scope > legend, :scope > h2, :scope > h3, :scope > h4");
    if (heading) afterDescription(heading).after(element);
    else target.at.prepend(element);
  }
  for (const described of target.described) addToken(described, DESCRIBED_BY, id);
  for (const inside of target.inner) describeInside(inside, element, true);
  return { element, id, anchor, target, lines };
}

/**
 * The heading, or the last of the paragraphs right after it: GOV.UK puts a group's error after
 * its legend and hint, before the fields.
 * @param {Element} heading
 */
function afterDescription(heading) {
  let last = heading;
  for (let next = last.nextElementSibling; next; next = next.nextElementSibling) {
    if (next.localName !== "p" || next.hasAttribute(MARK)) break;
    last = next;
  }
  return last;
}

/**
 * @param {Page} page
 * @param {Line} line
 */
function lineElement(page, line) {
  const element = create(page.document, "span");
  element.className = `maatwerk-message maatwerk-message--${line.severity}`;
  element.dataset.code = line.code;
  const prefix = create(page.document, "span");
  prefix.className = "maatwerk-visually-hidden";
  prefix.textContent = severityPrefix(page.locale, line.severity);
  element.append(prefix, line.message);
  return element;
}
