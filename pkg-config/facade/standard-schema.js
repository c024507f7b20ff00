// Standard Schema v1 (standardschema.dev) for the four forms, shared by both entries (index.js
// imports it, index.cjs requires it): form libraries that accept a Standard Schema (React Hook
// Form's standardSchemaResolver, TanStack Form, ...) take maatwerk's validators with no adapter.
// Only errors make a form fail; warnings and infos do not. With `options.mapping` the schema
// takes the portal's form shape and answers at the portal's paths.

/** @typedef {{ message: string, path: (string | number)[], portalPath?: string }} Found */

/** Kinds in the order the package names them. */
const KINDS = ["application", "providerRegistration", "supportPlan", "supervisor"];

/**
 * The Standard Schema of `kind` on one build, with `options`. Validating is synchronous and
 * needs the module loaded: in a browser `await init()` first; a validation before that throws
 * an Error that says so (in Node the module loads with the package).
 *
 * @param {Record<string, any>} build
 * @param {string} kind
 * @param {unknown} [options]
 */
export function schemaOf(build, kind, options) {
  if (!KINDS.includes(kind)) {
    throw new Error(`kind must be one of ${KINDS.join(", ")}`);
  }
  /** @type {{ check(form: unknown): Found[] } | undefined} */
  let validator;
  // Without `asOf` a validator judges as of the day it was made: a schema kept for days (a
  // server's) makes a new one when the day changes.
  const datedByOptions = typeof options === "object" && options !== null && "asOf" in options && options.asOf !== undefined;
  let madeOn = "";
  const current = () => {
    const day = datedByOptions ? "" : new Date().toDateString();
    if (validator !== undefined && day === madeOn) return validator;
    madeOn = day;
    return (validator = new build.Validator(kind, options));
  };
  return Object.freeze({
    "~standard": Object.freeze({
      version: 1,
      vendor: "maatwerk",
      /** @param {unknown} value */
      validate(value) {
        // The lean path: the errors alone, without requirements or explanations. The validator
        // (options read once) is made at the first validation, not with the schema: an entry
        // creates its schemas before the module is loaded.
        /** @type {Found[] | { failure: string }} */
        const issues = run(() => current().check(value), value);
        if (!Array.isArray(issues)) return { issues: [{ message: issues.failure }] };
        if (issues.length === 0) return { value };
        return {
          issues: issues.map(({ message, path, portalPath }) => ({ message, path: portalPath === undefined ? path : segments(portalPath) })),
        };
      },
    }),
  });
}

/**
 * A portal's path as the segments a Standard Schema issue gives: `"ervaring[1].tot"` ->
 * `["ervaring", 1, "tot"]`; the whole form is `[]`.
 *
 * @param {string} text
 * @returns {(string | number)[]}
 */
function segments(text) {
  /** @type {(string | number)[]} */
  const out = [];
  for (const part of text.match(/[^.[\]]+|\[\d+\]/g) ?? []) {
    out.push(part.startsWith("[") ? Number(part.slice(1, -1)) : part);
  }
  return out;
}

/**
 * The four kinds' schemas on one build, with the default options. Creating them calls nothing
 * in the module, so an entry can create them when it loads (and a bundler drop them unused).
 *
 * @param {Record<string, any>} build
 */
export function schemasOf(build) {
  return Object.freeze({
    application: schemaOf(build, "application"),
    providerRegistration: schemaOf(build, "providerRegistration"),
    supportPlan: schemaOf(build, "supportPlan"),
    supervisor: schemaOf(build, "supervisor"),
  });
}

/**
 * Runs a validator. A value that is no form at all (null, a list, a text) fails the schema with
 * the validator's own message, as a schema answers. A `TypeError` comes only from the glue
 * finding no module, which is what a call before `init()` meets.
 *
 * @template T
 * @param {() => T} call
 * @param {unknown} value
 * @returns {T | { failure: string }}
 */
function run(call, value) {
  try {
    return call();
  } catch (error) {
    if (error instanceof TypeError) {
      throw new Error("maatwerk is not initialised: await init() (or call initSync) before validating", { cause: error });
    }
    if ((typeof value !== "object" || value === null || Array.isArray(value)) && error instanceof Error) {
      return { failure: error.message };
    }
    throw error;
  }
}
