/**
 * The rule catalogue in a locale (default Dutch), in catalogue order: what `rules(locale)` of
 * the Rust crate returns, generated from it when the package was built.
 *
 * @param {import("./web/maatwerk.js").Locale | null} [locale]
 * @returns {import("./web/maatwerk.js").RuleInfo[]}
 */
export function rules(locale?: import("./web/maatwerk.js").Locale | null): import("./web/maatwerk.js").RuleInfo[];
export * from "./web/maatwerk.js";
export { default } from "./web/maatwerk.js";
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
