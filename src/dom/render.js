// Shows a report as far as the user's progress allows: the field messages, and the summary's
// entries in the order of the fields on the page.

import { isVisible } from "./controls.js";
import { labelOf } from "./labels.js";
import { plan } from "./plan.js";
import { startsWith } from "./path.js";
import { rowWord, summaryTitle } from "./words.js";

/** @typedef {import("../web/maatwerk.js").Issue} Issue */
/** @typedef {import("./attrs.js").Ids} Ids */
/** @typedef {import("./messages.js").Messages} Messages */
/** @typedef {import("./messages.js").Page} Page */
/** @typedef {import("./plan.js").Anchor} Anchor */
/** @typedef {import("./plan.js").Shown} Shown */
/** @typedef {import("./summary.js").Summary} Summary */
/** @typedef {import("./summary.js").Item} Item */

/** What a summary link can focus inside a container that holds no control. */
const FOCUSABLE = "button:not([disabled]), a[href], input:not([disabled]):not([type=hidden]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex='-1'])";

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
export function render(holder, page, view, issues, shown, title) {
  const { controls, containers } = page.reading;
  const visible = new Set(controls.filter(isVisible).map((control) => control.key));
  const placed = plan(issues, visible, new Set(containers.map((container) => container.key)), shown);
  view.messages.apply(page, placed.fields);
  // GOV.UK: the summary lists the errors in the order of the fields on the page; errors about
  // the whole form (no field to link to) come first.
  const entries = placed.summary.map(({ anchor, issue }) => {
    const link = anchor ? linkTarget(view.ids, page, anchor) : null;
    return { position: link?.position ?? 0, anchor, item: /** @type {Item} */ ({ target: link?.id ?? null, message: issue.message }) };
  });
  entries.sort((a, b) => a.position - b.position);
  distinguish(page, entries);
  const words = title === null
    ? { title: summaryTitle(page.locale), titleLang: page.locale, lang: page.locale }
    : { title, titleLang: null, lang: page.locale };
  view.summary.apply(holder, page.document, page.prefix, words, entries.map((entry) => entry.item));
}

/**
 * The id a summary link points at, and a key that orders it with the form: the control, or the
 * first control inside the container, or (a container with no control yet, such as an empty
 * list) the first thing in it that takes focus, like its "add" button.
 * @param {Ids} ids
 * @param {Page} page
 * @param {Anchor} anchor
 * @returns {{ position: number, id: string } | null}
 */
function linkTarget(ids, { document, prefix, reading }, anchor) {
  const index = reading.controls.findIndex((control) => isVisible(control) &&
    (anchor.kind === "control" ? control.key === anchor.text : startsWith(control.path, anchor.path)));
  const control = reading.controls[index];
  if (control) {
    const id = ids.ensure(document, control.element, prefix, control.path);
    return id === null ? null : { position: index * 2 + 2, id };
  }
  const container = reading.containers.find((c) => c.key === anchor.text);
  const focusable = container?.element.querySelector(FOCUSABLE);
  if (!container || !focusable) return null;
  const before = reading.controls.filter((c) =>
    focusable.compareDocumentPosition(c.element) & Node.DOCUMENT_POSITION_PRECEDING).length;
  const id = ids.ensure(document, focusable, prefix, container.path);
  return id === null ? null : { position: before * 2 + 1, id };
}

/**
 * Makes every link text unique: two links with the same message (two fields both missing)
 * read "label: message", with the row's number where the field repeats per row, so a screen
 * reader's list of links tells them apart (WCAG 2.4.4).
 * @param {Page} page
 * @param {{ anchor: Anchor | null, item: Item }[]} entries
 */
function distinguish(page, entries) {
  /** @type {Map<string, number>} */
  const counts = new Map();
  for (const { item } of entries) counts.set(item.message, (counts.get(item.message) ?? 0) + 1);
  const used = new Set();
  for (const entry of entries) {
    const { anchor, item } = entry;
    let text = item.message;
    if ((counts.get(text) ?? 0) > 1 && anchor) {
      const label = labelOf(page, anchor);
      const row = [...anchor.path].reverse().find((segment) => typeof segment === "number");
      const where = row === undefined ? label : `${label} (${rowWord(page.locale)} ${row + 1})`;
      if (where !== "") text = `${where}: ${text}`;
    }
    // Still the same (two anchors without a label): numbered in the summary's order.
    for (let n = 2; used.has(text); n += 1) text = `${item.message} (${n})`;
    used.add(text);
    entry.item = { ...item, text };
  }
}
