// The package's entry for browsers and bundlers: the web build as wasm-bindgen generated it,
// with `init` and `initSync` that also load the texts of the page's locales (the module holds
// only the texts' keys: a Dutch page never downloads the French, English and German wordings);
// `rules`, which reads the catalogue from generated data rather than from the module, so a
// page that validates never downloads the catalogue's prose; the Standard Schemas; and the
// build's `validateField` and `Validator` typed per kind (typed.d.ts).
import catalogue from "./catalogue/data.js";
import * as build from "./web/maatwerk.js";
import { schemaOf, schemasOf } from "./standard-schema.js";

export * from "./web/maatwerk.js";

// One import per locale, each a literal specifier, so that every bundler splits the tables
// into chunks of their own and a page fetches only those it asks for.
const tables = {
  nl: () => import("./texts/nl.js"),
  fr: () => import("./texts/fr.js"),
  en: () => import("./texts/en.js"),
  de: () => import("./texts/de.js"),
};

/**
 * The table of a locale's texts.
 *
 * @param {unknown} locale
 * @returns {Promise<string>}
 */
async function tableOf(locale) {
  if (typeof locale !== "string" || !Object.hasOwn(tables, locale)) {
    throw new Error(`maatwerk: locale must be one of ${Object.keys(tables).join(", ")}`);
  }
  return (await tables[/** @type {keyof typeof tables} */ (locale)]()).default;
}

/**
 * The options of `init` and `initSync` that are the package's own, and wasm-bindgen's.
 *
 * @template T
 * @param {T} input
 * @param {string} own
 * @returns {[unknown, T]}
 */
function split(input, own) {
  if (input === null || typeof input !== "object" || Object.getPrototypeOf(input) !== Object.prototype || !(own in input)) {
    return [undefined, input];
  }
  const { [own]: value, ...rest } = /** @type {Record<string, unknown>} */ (input);
  return [value, /** @type {T} */ (rest)];
}

/**
 * Loads and instantiates the module, and loads the texts of `locales` (default `["nl"]`), in
 * parallel: `await init()`, `await init({ locales: ["fr"] })`, or with wasm-bindgen's own
 * `{ module_or_path }`. Another locale's texts load later with `loadLocale`.
 *
 * @param {import("./web/maatwerk.js").InitInput | Promise<import("./web/maatwerk.js").InitInput> | { module_or_path?: import("./web/maatwerk.js").InitInput | Promise<import("./web/maatwerk.js").InitInput>, locales?: import("./web/maatwerk.js").Locale[] }} [input]
 * @returns {Promise<import("./web/maatwerk.js").InitOutput>}
 */
export default async function init(input) {
  const [locales = ["nl"], rest] = split(input, "locales");
  if (!Array.isArray(locales)) throw new Error("maatwerk: init's locales must be a list of locales");
  // One Promise.all, so that a refused locale is handled at once, not left unhandled while
  // the module loads.
  const [output, tables] = await Promise.all([build.default(/** @type {any} */ (rest)), Promise.all(locales.map(tableOf))]);
  for (const table of tables) build.loadTexts(table);
  return output;
}

/**
 * Instantiates the module at once from its bytes or compiled module, and takes the texts given
 * (tables imported from `maatwerk/texts/<locale>`): `initSync({ module, texts: [nl] })`.
 *
 * @param {{ module: import("./web/maatwerk.js").SyncInitInput, texts?: string[] } | import("./web/maatwerk.js").SyncInitInput} input
 * @returns {import("./web/maatwerk.js").InitOutput}
 */
export function initSync(input) {
  const [texts = [], rest] = split(input, "texts");
  if (!Array.isArray(texts)) throw new Error("maatwerk: initSync's texts must be a list of tables");
  const output = build.initSync(/** @type {any} */ (rest));
  for (const table of texts) build.loadTexts(table);
  return output;
}

/**
 * Loads the texts of another locale (after `init`), before validating in it: a language switch
 * awaits it. A locale loaded before resolves at once.
 *
 * @param {import("./web/maatwerk.js").Locale} locale
 * @returns {Promise<void>}
 */
export async function loadLocale(locale) {
  build.loadTexts(await tableOf(locale));
}

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
