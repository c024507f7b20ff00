// The page title's error prefix (GOV.UK: "Error: " before the title while the page lists
// errors), so a screen reader user hears at once, on the title, that the submit was refused.

import { setTitle, titleOf } from "./form.js";

/** The prefix the binding put before the page's title, if any. */
export class TitlePrefix {
  /** @type {string | null} */
  #prefix = null;

  /**
   * Puts `prefix` before the title (replacing the binding's earlier one), or takes it away
   * (`null`). A title the page changed meanwhile keeps its own text.
   * @param {Document} document
   * @param {string | null} prefix
   */
  apply(document, prefix) {
    const title = titleOf(document);
    const base = this.#prefix !== null && title.startsWith(this.#prefix) ? title.slice(this.#prefix.length) : title;
    const next = prefix === null ? base : `${prefix}${base}`;
    if (next !== title) setTitle(document, next);
    this.#prefix = prefix;
  }
}
