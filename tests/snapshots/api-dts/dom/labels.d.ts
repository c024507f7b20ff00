/**
 * The field's name as the page shows it; `""` when it has none.
 * @param {Page} page
 * @param {Anchor} anchor
 * @returns {string}
 */
export function labelOf({ document, reading }: Page, anchor: Anchor): string;
export type Anchor = import("./plan.js").Anchor;
export type Page = import("./messages.js").Page;
