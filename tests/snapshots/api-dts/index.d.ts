/**
 * Loads and instantiates the module, and loads the texts of `locales` (default `["nl"]`), in
 * parallel: `await init()`, `await init({ locales: ["fr"] })`, or with wasm-bindgen's own
 * `{ module_or_path }`. Another locale's texts load later with `loadLocale`.
 *
 * @param {import("./web/maatwerk.js").InitInput | Promise<import("./web/maatwerk.js").InitInput> | { module_or_path?: import("./web/maatwerk.js").InitInput | Promise<import("./web/maatwerk.js").InitInput>, locales?: import("./web/maatwerk.js").Locale[] }} [input]
 * @returns {Promise<import("./web/maatwerk.js").InitOutput>}
 */
export default function init(input?: import("./web/maatwerk.js").InitInput | Promise<import("./web/maatwerk.js").InitInput> | {
    module_or_path?: import("./web/maatwerk.js").InitInput | Promise<import("./web/maatwerk.js").InitInput>;
    locales?: import("./web/maatwerk.js").Locale[];
}): Promise<import("./web/maatwerk.js").InitOutput>;
/**
 * Instantiates the module at once from its bytes or compiled module, and takes the texts given
 * (tables imported from `maatwerk/texts/<locale>`): `initSync({ module, texts: [nl] })`.
 *
 * @param {{ module: import("./web/maatwerk.js").SyncInitInput, texts?: string[] } | import("./web/maatwerk.js").SyncInitInput} input
 * @returns {import("./web/maatwerk.js").InitOutput}
 */
export function initSync(input: {
    module: import("./web/maatwerk.js").SyncInitInput;
    texts?: string[];
} | import("./web/maatwerk.js").SyncInitInput): import("./web/maatwerk.js").InitOutput;
/**
 * Loads the texts of another locale (after `init`), before validating in it: a language switch
 * awaits it. A locale loaded before resolves at once.
 *
 * @param {import("./web/maatwerk.js").Locale} locale
 * @returns {Promise<void>}
 */
export function loadLocale(locale: import("./web/maatwerk.js").Locale): Promise<void>;
/**
 * The rule catalogue in a locale (default Dutch), in catalogue order: what `rules(locale)` of
 * the Rust crate returns, generated from it when the package was built.
 *
 * @param {import("./web/maatwerk.js").Locale | null} [locale]
 * @returns {import("./web/maatwerk.js").RuleInfo[]}
 */
export function rules(locale?: import("./web/maatwerk.js").Locale | null): import("./web/maatwerk.js").RuleInfo[];
export * from "./web/maatwerk.js";
/**
 * The build's function, its form and path typed per kind: a misspelt path does not compile
 * (and throws at run time).
 *
 * @type {typeof import("./typed.js").validateField}
 */
export const validateField: typeof import("./typed.js").validateField;
/**
 * A validator of one kind (`Validator<"supportPlan">`), as `new Validator(kind)` gives it.
 */
export type Validator<K extends import("./web/maatwerk.js").Kind = build.Kind> = import("./typed.js").TypedValidator<K>;
/**
 * The build's class, typed per kind (`new Validator("supportPlan")` takes a support plan and
 * its paths; so does its session).
 *
 * @type {import("./typed.js").TypedValidatorConstructor}
 */
export const Validator: import("./typed.js").TypedValidatorConstructor;
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
export const schemas: import("./typed.js").Schemas;
/**
 * The Standard Schema of a kind with options (`schema("supportPlan", { locale: "fr" })`).
 *
 * @type {typeof import("./typed.js").schema}
 */
export const schema: typeof import("./typed.js").schema;
import * as build from "./web/maatwerk.js";
export type { FieldPath, FormOf, Forms, FormSchema, PathOf, Schemas, StandardSchemaV1, TypedSession, TypedValidator, TypedValidatorConstructor } from "./typed.js";
