// The package's entry for browsers and bundlers: the web build as wasm-bindgen generated it;
// `rules`, which reads the catalogue from generated data rather than from the module, so a
// page that validates never downloads the catalogue's prose; the Standard Schemas; and the
// build's `validateField` and `Validator` typed per kind (typed.d.ts).
import catalogue from "./catalogue/data.js";
import * as build from "./web/maatwerk.js";
import { schemaOf, schemasOf } from "./standard-schema.js";

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

/**
 * The build's function, its form and path typed per kind: a misspelt path does not compile
 * (and throws at run time).
 *
 * @type {typeof import("./typed.js").validateField}
 */
export const validateField = /** @type {any} */ (build.validateField);

/**
 * The build's class, typed per kind (`new Validator("supportPlan")` takes a support plan and
 * its paths; so does its session).
 *
 * @type {import("./typed.js").TypedValidatorConstructor}
 */
export const Validator = /** @type {any} */ (build.Validator);

/**
 * A validator of one kind (`Validator<"supportPlan">`), as `new Validator(kind)` gives it.
 *
 * @template {import("./web/maatwerk.js").Kind} [K=import("./web/maatwerk.js").Kind]
 * @typedef {import("./typed.js").TypedValidator<K>} Validator
 */

/**
 * The Standard Schemas (v1) of the four forms, with the default options (Dutch, as of today):
 * `schemas.application`, `.providerRegistration`, `.supportPlan`, `.supervisor`. Only errors fail
 * a form. Validating needs the module: `await init()` first (an `Error` says so before).
 *
 * @type {import("./typed.js").Schemas}
 */
export const schemas = /** @type {any} */ (/* @__PURE__ */ schemasOf(build));

/**
 * The Standard Schema of a kind with options (`schema("supportPlan", { locale: "fr" })`).
 *
 * @type {typeof import("./typed.js").schema}
 */
export const schema = /** @type {any} */ (schemaWith);

/**
 * @param {string} kind
 * @param {unknown} [options]
 */
function schemaWith(kind, options) {
  return schemaOf(build, kind, options);
}
