/**
 * Resolves at once: in Node the module was loaded with the package, so code written for the
 * browser (`await init()`) runs unchanged. What a browser passes (a URL, bytes) is not needed.
 */
export declare function init(input?: unknown): Promise<void>;
/** Returns at once: in Node the module was loaded with the package. */
export declare function initSync(input?: unknown): void;
export default init;
/**
 * Loads the texts of another locale (after `init`), before validating in it: a language switch
 * awaits it. A locale loaded before resolves at once.
 *
 * @param {import("./node/maatwerk.cjs").Locale} locale
 * @returns {Promise<void>}
 */
export function loadLocale(locale: import("./node/maatwerk.cjs").Locale): Promise<void>;
/**
 * The rule catalogue in a locale (default Dutch), in catalogue order: what `rules(locale)` of
 * the Rust crate returns, generated from it when the package was built.
 *
 * @param {import("./node/maatwerk.cjs").Locale | null} [locale]
 * @returns {import("./node/maatwerk.cjs").RuleInfo[]}
 */
export function rules(locale?: import("./node/maatwerk.cjs").Locale | null): import("./node/maatwerk.cjs").RuleInfo[];
export * from "./node/maatwerk.cjs";
/**
 * The build's function, its form and path typed per kind: a misspelt path does not compile
 * (and throws at run time).
 *
 * @type {typeof import("./typed.cjs").validateField}
 */
export const validateField: typeof import("./typed.cjs").validateField;
/**
 * A validator of one kind (`Validator<"supportPlan">`), as `new Validator(kind)` gives it.
 */
export type Validator<K extends import("./node/maatwerk.cjs").Kind = build.Kind> = import("./typed.cjs").TypedValidator<K>;
/**
 * The build's class, typed per kind (`new Validator("supportPlan")` takes a support plan and
 * its paths; so does its session).
 *
 * @type {import("./typed.cjs").TypedValidatorConstructor}
 */
export const Validator: import("./typed.cjs").TypedValidatorConstructor;
/**
 * A validator of one kind (`Validator<"supportPlan">`), as `new Validator(kind)` gives it.
 *
 * @template {import("./node/maatwerk.cjs").Kind} [K=import("./node/maatwerk.cjs").Kind]
 * @typedef {import("./typed.cjs").TypedValidator<K>} Validator
 */
/**
 * The Standard Schemas (v1) of the four forms, with the default options (Dutch, as of today):
 * `schemas.application`, `.providerRegistration`, `.supportPlan`, `.supervisor`. Only errors fail
 * a form. Validating needs the module: `await init()` first (an `Error` says so before).
 *
 * @type {import("./typed.cjs").Schemas}
 */
export const schemas: import("./typed.cjs").Schemas;
/**
 * The Standard Schema of a kind with options (`schema("supportPlan", { locale: "fr" })`).
 *
 * @type {typeof import("./typed.cjs").schema}
 */
export const schema: typeof import("./typed.cjs").schema;
import * as build from "./node/maatwerk.cjs";
export type { FieldPath, FormOf, Forms, FormSchema, PathOf, Schemas, StandardSchemaV1, TypedSession, TypedValidator, TypedValidatorConstructor } from "./typed.cjs";
