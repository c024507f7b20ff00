// The package's entry for Node (CommonJS, no `init()`): the Node build, and `rules`, which
// reads the catalogue from generated data rather than from the module. The same function as in
// index.js, which a CommonJS module cannot import.
const catalogue = require("./catalogue/data.cjs");

/**
 * The rule catalogue in a locale (default Dutch), in catalogue order: what `rules(locale)` of
 * the Rust crate returns, generated from it when the package was built. (Its declaration is
 * index.js's: facade/types-cjs.mjs.)
 *
 * @param {string | null} [locale]
 */
function rules(locale) {
  const key = locale ?? "nl";
  if (typeof key !== "string" || !Object.hasOwn(catalogue, key)) {
    throw new Error(`locale must be one of ${Object.keys(catalogue).join(", ")}`);
  }
  // A copy: a caller that edits its answer must not change the next caller's.
  return structuredClone(catalogue[key]);
}

// Spread and listed so that Node's ESM loader sees every name (`import { rules } from`).
module.exports = { ...require("./node/maatwerk.cjs"), rules };
