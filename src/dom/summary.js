// The error summary (GOV.UK design system): at the top of the form, `role="alert"`, a title and
// a link per error to the field it is about. Shown once a submit was attempted, kept up to date
// while the user fixes things, removed when no error is left.

import { MARK } from "./attrs.js";
import { create, prepend } from "./form.js";

/** The attribute a summary link carries: the id of the element it focuses. */
export const FOCUS = "data-maatwerk-focus";

/**
 * One entry: the message, the id of the control it links to (`null` for an error about the
 * whole form), and the link's text when it is not the message alone (render.js makes texts
 * unique).
 * @typedef {{ target: string | null, message: string, text?: string }} Item
 */

/**
 * The summary's own words and their languages: `titleLang` is the options' locale for the
 * binding's own title, `null` (the page's language) for a title the page gave; `lang` is the
 * messages' language.
 * @typedef {{ title: string, titleLang: string | null, lang: string }} Words
 */

/**
 * @typedef {object} Shown
 * @property {HTMLElement} element
 * @property {HTMLElement} title
 * @property {HTMLElement} list
 * @property {Item[]} items
 */

/** The summary on the page, if any. */
export class Summary {
  /** @type {Shown | null} */
  #shown = null;

  /**
   * Shows `items` under the title, or removes the summary when there are none. The summary is
   * the first child of `holder` (the form, or the page's `summaryContainer`).
   * @param {Element} holder
   * @param {Document} document
   * @param {string} prefix
   * @param {Words} words
   * @param {Item[]} items
   */
  apply(holder, document, prefix, { title, titleLang, lang }, items) {
    if (items.length === 0) {
      this.clear();
      return;
    }
    if (!this.#shown?.element.isConnected) {
      this.#shown?.element.remove();
      this.#shown = createSummary(holder, document, prefix);
    }
    const shown = this.#shown;
    if (shown.title.textContent !== title) shown.title.textContent = title;
    if (shown.title.getAttribute("lang") !== titleLang) {
      if (titleLang === null) shown.title.removeAttribute("lang");
      else shown.title.setAttribute("lang", titleLang);
    }
    if (shown.list.getAttribute("lang") !== lang) shown.list.setAttribute("lang", lang);
    const same = shown.items.length === items.length &&
      shown.items.every((item, n) => item.target === items[n]?.target && item.message === items[n]?.message && item.text === items[n]?.text);
    if (!same) {
      fill(document, shown.list, items);
      shown.items = items;
    }
  }

  /** The summary element, to move focus to. */
  get element() {
    return this.#shown?.element ?? null;
  }

  /**
   * Whether `node` lies inside the summary.
   * @param {Node} node
   */
  contains(node) {
    return this.#shown?.element.contains(node) ?? false;
  }

  /** Removes the summary. */
  clear() {
    this.#shown?.element.remove();
    this.#shown = null;
  }
}

/**
 * @param {Element} holder
 * @param {Document} document
 * @param {string} prefix
 * @returns {Shown}
 */
function createSummary(holder, document, prefix) {
  const element = create(document, "div");
  element.id = `${prefix}-error-summary`;
  element.className = "maatwerk-error-summary";
  element.setAttribute(MARK, "summary");
  element.setAttribute("role", "alert");
  // Focusable by script only: a blocked submit moves focus here, Tab does not stop here.
  element.tabIndex = -1;
  const titleId = `${prefix}-error-summary-title`;
  element.setAttribute("aria-labelledby", titleId);
  const title = create(document, "h2");
  title.id = titleId;
  title.className = "maatwerk-error-summary__title";
  const list = create(document, "ul");
  list.className = "maatwerk-error-summary__list";
  element.append(title, list);
  prepend(holder, element);
  return { element, title, list, items: [] };
}

/**
 * @param {Document} document
 * @param {HTMLElement} list
 * @param {Item[]} items
 */
function fill(document, list, items) {
  list.replaceChildren(...items.map(({ target, message, text = message }) => {
    const entry = create(document, "li");
    if (target === null) {
      entry.textContent = text;
      return entry;
    }
    const link = create(document, "a");
    link.href = `#${target}`;
    link.setAttribute(FOCUS, target);
    link.textContent = text;
    entry.append(link);
    return entry;
  }));
}
