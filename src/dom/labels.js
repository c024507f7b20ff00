// The name a user knows a field by, for a summary link that must tell two fields apart: the
// control's label, a radio group's or container's legend, else its `aria-label`.

import { MARK } from "./attrs.js";
import { byId } from "./form.js";

/** @typedef {import("./plan.js").Anchor} Anchor */
/** @typedef {import("./messages.js").Page} Page */

/**
 * The visible text of `element` without what the binding added (a message inside a legend's
 * fieldset is not inside the legend, but a wrapping label may hold a hidden prefix).
 * @param {Element} element
 */
function text(element) {
  const copy = /** @type {Element} */ (element.cloneNode(true));
  for (const added of copy.querySelectorAll(`[${MARK}], select, textarea`)) added.remove();
  return (copy.textContent ?? "").replace(/\s+/g, " ").trim();
}

/**
 * The legend (or first heading) right inside `element`.
 * @param {Element} element
 */
const heading = (element) => element.querySelector(":scope > legend, :scope > h2, :scope > h3, :scope > h4");

/**
 * The field's name as the page shows it; `""` when it has none.
 * @param {Page} page
 * @param {Anchor} anchor
 * @returns {string}
 */
export function labelOf({ document, reading }, anchor) {
  if (anchor.kind === "container") {
    const container = reading.containers.find((c) => c.key === anchor.text)?.element;
    const legend = container ? heading(container) : null;
    return legend ? text(legend) : "";
  }
  const control = reading.byKey.get(anchor.text)?.[0];
  if (!control) return "";
  const { element, shape } = control;
  if (shape === "radio") {
    const legend = element.closest("fieldset");
    const found = legend ? heading(legend) : null;
    if (found) return text(found);
  }
  const labelledBy = element.getAttribute("aria-labelledby");
  if (labelledBy) {
    const parts = labelledBy.split(/\s+/).map((id) => byId(document, id)).filter((e) => e !== null);
    if (parts.length > 0) return parts.map(text).join(" ");
  }
  /** @type {Element[]} */
  const labels = "labels" in element && element.labels instanceof NodeList ? [...element.labels] : [];
  if (labels.length === 0 && element.id !== "") {
    labels.push(...document.querySelectorAll(`label[for="${CSS.escape(element.id)}"]`));
  }
  const wrapping = element.closest("label");
  if (labels.length === 0 && wrapping) labels.push(wrapping);
  if (labels.length > 0) return labels.map(text).join(" ");
  return element.getAttribute("aria-label")?.trim() ?? "";
}
