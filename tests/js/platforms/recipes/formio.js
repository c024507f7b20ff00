// The Form.io recipe of docs/platforms.md: formio.test.mjs serves it to the
// page and checks that the doc's code block holds the lines between the markers, as they are
// here. The page has no bundler, so the entry is imported by its file in the package (the doc
// writes "maatwerk/formio"); `Formio` is the global of @formio/js's dist script.
import { attachFormio } from "../node_modules/maatwerk/platforms/formio.js";

/**
 * @param {HTMLElement} element
 * @param {object} definition the Form.io form definition
 * @param {import("../node_modules/maatwerk/web/maatwerk.js").Mapping} mapping
 */
export async function recipe(element, definition, mapping) {
  const { Formio } = /** @type {any} */ (globalThis);
  // recipe:begin
  Formio.Evaluator.noeval = true;
  const form = await Formio.createForm(element, definition);
  return { form, handle: attachFormio(form, "supervisor", { mapping, asOf: "2026-11-23", locale: "nl" }) };
  // recipe:end
}
