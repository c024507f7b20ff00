// Attributes the binding adds to the page's own elements, added so they can be taken back:
// tokens in `aria-describedby` next to the page's own, and ids on controls that had none (a
// summary link needs one to point at).

import { byId } from "./form.js";
import { formatPath } from "./path.js";

/** @typedef {import("./path.js").Path} Path */

/** Marks every element the binding creates, so `detach()` finds stragglers too. */
export const MARK = "data-maatwerk";

/**
 * `prefix-what-experience-0-from`: an id derived from a wire path, valid in a URL fragment.
 * @param {string} prefix
 * @param {string} what
 * @param {Path} path
 */
export function derivedId(prefix, what, path) {
  let slug = "";
  for (const char of formatPath(path)) {
    if (/^[A-Za-z0-9]$/.test(char)) slug += char;
    else if (!slug.endsWith("-")) slug += "-";
  }
  return `${prefix}-${what}-${slug.replace(/-+$/, "")}`;
}

/**
 * Adds `token` to a space-separated attribute unless it is there.
 * @param {Element} element
 * @param {string} name
 * @param {string} token
 */
export function addToken(element, name, token) {
  const current = element.getAttribute(name) ?? "";
  if (current.split(/\s+/).includes(token)) return;
  element.setAttribute(name, current.trim() === "" ? token : `${current.trim()} ${token}`);
}

/**
 * Removes `token` from a space-separated attribute, and the attribute when nothing is left.
 * @param {Element} element
 * @param {string} name
 * @param {string} token
 */
export function removeToken(element, name, token) {
  const current = element.getAttribute(name);
  if (current === null) return;
  const rest = current.split(/\s+/).filter((t) => t !== "" && t !== token);
  if (rest.length === 0) element.removeAttribute(name);
  else element.setAttribute(name, rest.join(" "));
}

/** The ids the binding gave to controls. */
export class Ids {
  /** @type {[Element, string][]} */
  #added = [];

  /**
   * The element's id, giving it one derived from `path` when it has none; `null` when every
   * candidate is taken.
   * @param {Document} document
   * @param {Element} element
   * @param {string} prefix
   * @param {Path} path
   * @returns {string | null}
   */
  ensure(document, element, prefix, path) {
    if (element.id !== "") return element.id;
    const base = derivedId(prefix, "field", path);
    for (let n = 1; n < 100; n += 1) {
      const candidate = n === 1 ? base : `${base}-${n}`;
      if (byId(document, candidate)) continue;
      element.id = candidate;
      this.#added.push([element, candidate]);
      return candidate;
    }
    return null;
  }

  /** Takes back every id it gave that is still in place. */
  clear() {
    for (const [element, id] of this.#added) if (element.id === id) element.removeAttribute("id");
    this.#added = [];
  }
}
