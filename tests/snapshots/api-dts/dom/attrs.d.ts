/**
 * `prefix-what-experience-0-from`: an id derived from a wire path, valid in a URL fragment.
 * @param {string} prefix
 * @param {string} what
 * @param {Path} path
 */
export function derivedId(prefix: string, what: string, path: Path): string;
/**
 * Adds `token` to a space-separated attribute unless it is there.
 * @param {Element} element
 * @param {string} name
 * @param {string} token
 */
export function addToken(element: Element, name: string, token: string): void;
/**
 * Removes `token` from a space-separated attribute, and the attribute when nothing is left.
 * @param {Element} element
 * @param {string} name
 * @param {string} token
 */
export function removeToken(element: Element, name: string, token: string): void;
/** @typedef {import("./path.js").Path} Path */
/** Marks every element the binding creates, so `detach()` finds stragglers too. */
export const MARK: "data-maatwerk";
/** The ids the binding gave to controls. */
export class Ids {
    /**
     * The element's id, giving it one derived from `path` when it has none; `null` when every
     * candidate is taken.
     * @param {Document} document
     * @param {Element} element
     * @param {string} prefix
     * @param {Path} path
     * @returns {string | null}
     */
    ensure(document: Document, element: Element, prefix: string, path: Path): string | null;
    /** Takes back every id it gave that is still in place. */
    clear(): void;
    #private;
}
export type Path = import("./path.js").Path;
