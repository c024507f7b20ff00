/**
 * What the binding put on the page.
 * @typedef {object} View
 * @property {Messages} messages
 * @property {Summary} summary
 * @property {Ids} ids
 */
/**
 * @param {Element} holder the summary's parent: the form, or the page's `summaryContainer`
 * @param {Page} page
 * @param {View} view
 * @param {Issue[]} issues
 * @param {Shown} shown
 * @param {string | null} title the page's own summary title
 */
export function render(holder: Element, page: Page, view: View, issues: Issue[], shown: Shown, title: string | null): void;
/**
 * What the binding put on the page.
 */
export type View = {
    messages: Messages;
    summary: Summary;
    ids: Ids;
};
export type Issue = import("../web/maatwerk.js").Issue;
export type Ids = import("./attrs.js").Ids;
export type Messages = import("./messages.js").Messages;
export type Page = import("./messages.js").Page;
export type Anchor = import("./plan.js").Anchor;
export type Shown = import("./plan.js").Shown;
export type Summary = import("./summary.js").Summary;
export type Item = import("./summary.js").Item;
