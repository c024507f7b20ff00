// The package's entry for browsers and bundlers: the web build as wasm-bindgen generated it,
// and `rules`, which reads the catalogue from generated data rather than from the module, so a
// page that validates never downloads the catalogue's prose.
import catalogue from "./catalogue/data.js";

export * from "./web/maatwerk.js";
export { default } from "./web/maatwerk.js";

/**
 * The rule catalogue in a locale (default Dutch), in catalogue order: what `rules(locale)` of
 * the Rust crate returns, generated from it when the package was built.
 *
 * @param {import("./web/maatwerk.js").Locale | null} [locale]
 * @returns {import("./web/maatwerk.js").RuleInfo[]}
 */
export function rules(locale) {
  const key = locale ?? "nl";
  if (typeof key !== "string" || !Object.hasOwn(catalogue, key)) {
    throw new Error(`locale must be one of ${Object.keys(catalogue).join(", ")}`);
  }
  // A copy: a caller that edits its answer must not change the next caller's.
  return structuredClone(catalogue[key]);
}
