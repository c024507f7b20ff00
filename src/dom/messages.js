// The messages next to fields: an element per anchor holding its issues' messages, linked to the
// control with `aria-describedby`; errors also set `aria-invalid="true"` and the control's
// custom validity (so `:invalid` styles and `checkValidity()` agree with the report).
//
// Rendering is a diff against what is on the page: an anchor whose messages and elements did
// not change is left alone, so a re-render never moves focus or makes a reader repeat itself.

import { MARK, addToken, derivedId, removeToken } from "./attrs.js";
import { isVisible } from "./controls.js";
import { create } from "./form.js";
import { severityPrefix } from "./words.js";

/** @typedef {import("../web/maatwerk.js").Issue} Issue */
/** @typedef {import("../web/maatwerk.js").Locale} Locale */
/** @typedef {import("../web/maatwerk.js").Severity} Severity */
/** @typedef {import("./controls.js").Field} Field */
/** @typedef {import("./plan.js").Anchor} Anchor */
/** @typedef {import("./plan.js").Plan} Plan */
/** @typedef {import("./reading.js").Reading} Reading */

const DESCRIBED_BY = "aria-describedby";
const INVALID = "aria-invalid";

/**
 * An anchor resolved to the page's elements. The message goes right before `at` (after the
 * control's label and hint, as GOV.UK orders them, or before the label that wraps it), or into
 * it when `into` (a radio group's fieldset, a `data-path` container: after its legend).
 * @typedef {object} Target
 * @property {Element} at
 * @property {boolean} into
 * @property {Element[]} described elements whose `aria-describedby` names the message
 * @property {Field[]} fields controls that become invalid on an error (none for a container)
 */

/**
 * One message line: what decides whether the element must be redrawn.
 * @typedef {{ severity: Severity, code: string, message: string }} Line
 */

/**
 * A message element on the page.
 * @typedef {object} Placed
 * @property {HTMLElement} element
 * @property {string} id
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
const sameTarget = (a, b) => a.at === b.at && a.into === b.into && sameList(a.described, b.described) && sameList(a.fields, b.fields);

/**
 * @param {Line} a
 * @param {Line} b
 */
const sameLine = (a, b) => a.severity === b.severity && a.code === b.code && a.message === b.message;

/** The field messages on the page. */
export class Messages {
  /** @type {Map<string, Placed>} */
  #placed = new Map();

  /**
   * Brings the page in line with the plan's field messages.
   *
   * Stale messages go first: after rows were renumbered, a stale anchor can point at the same
   * control as a new one, and its removal must not undo what the new one set.
   * @param {Page} page
   * @param {Plan["fields"]} fields
   */
  apply(page, fields) {
    const wanted = fields.flatMap(({ anchor, issues }) => {
      const target = resolve(anchor, page);
      return target ? [{ anchor, target, lines: issues.map(({ severity, code, message }) => ({ severity, code, message })) }] : [];
    });
    const old = this.#placed;
    this.#placed = new Map();
    for (const [key, placed] of old) {
      const same = wanted.some(({ anchor, target, lines }) =>
        anchor.key === key && sameTarget(placed.target, target) && sameList(placed.lines, lines, sameLine) && placed.element.isConnected);
      if (same) this.#placed.set(key, placed);
      else remove(placed);
    }
    for (const { anchor, target, lines } of wanted) {
      if (!this.#placed.has(anchor.key)) this.#placed.set(anchor.key, place(page, anchor, target, lines));
    }
  }

  /** Removes every message. */
  clear() {
    for (const placed of this.#placed.values()) remove(placed);
    this.#placed = new Map();
  }
}

/**
 * Takes the element and every attribute it set back.
 * @param {Placed} placed
 */
function remove({ element, id, target, lines }) {
  element.remove();
  for (const described of target.described) removeToken(described, DESCRIBED_BY, id);
  if (lines.some((line) => line.severity === "error")) {
    for (const field of target.fields) {
      field.removeAttribute(INVALID);
      field.setCustomValidity("");
    }
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
    return container ? { at: container, into: true, described: [container], fields: [] } : null;
  }
  const group = (reading.byKey.get(anchor.text) ?? []).filter(isVisible);
  const [first] = group;
  if (!first) return null;
  const fields = group.map((control) => control.element);
  // A radio group is described as a group: its fieldset carries the message.
  const fieldset = first.shape === "radio" ? first.element.closest("fieldset") : null;
  if (fieldset) return { at: fieldset, into: true, described: [fieldset], fields };
  // Inside a wrapping <label> the message would become part of the control's name.
  return { at: first.element.closest("label") ?? first.element, into: false, described: fields, fields };
}

/**
 * @param {Page} page
 * @param {Anchor} anchor
 * @param {Target} target
 * @param {Line[]} lines
 * @returns {Placed}
 */
function place(page, anchor, target, lines) {
  const id = derivedId(page.prefix, "msg", anchor.path);
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
  const errors = lines.filter((line) => line.severity === "error").map((line) => line.message);
  if (errors.length > 0) {
    for (const field of target.fields) {
      field.setAttribute(INVALID, "true");
      field.setCustomValidity(errors.join(" "));
    }
  }
  return { element, id, target, lines };
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
