// Standard Schema v1 (standardschema.dev) for the four forms, shared by both entries (index.js
// imports it, index.cjs requires it): form libraries that accept a Standard Schema (React Hook
// Form's standardSchemaResolver, TanStack Form, ...) take maatwerk's validators with no adapter.
// Only errors make a form fail; warnings and infos do not. With `options.mapping` the schema
// takes the portal's form shape and answers at the portal's paths.

/** Kinds in the order the package names them, each with its validator's export name. */
const VALIDATORS = {
  application: "validateApplication",
  providerRegistration: "validateProviderRegistration",
  supportPlan: "validateSupportPlan",
  supervisor: "checkSupervisor",
};

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
  const name = Object.hasOwn(VALIDATORS, kind) ? VALIDATORS[/** @type {keyof VALIDATORS} */ (kind)] : undefined;
  if (name === undefined) {
    throw new Error(`kind must be one of ${Object.keys(VALIDATORS).join(", ")}`);
  }
  /** @type {(form: unknown, options?: unknown) => { issues: { severity: string, message: string, path: (string | number)[], portalPath?: string }[] }} */
  const validate = build[name];
  return Object.freeze({
    "~standard": Object.freeze({
      version: 1,
      vendor: "maatwerk",
      /** @param {unknown} value */
      validate(value) {
        const report = run(() => validate(value, options), value);
        if ("failure" in report) return { issues: [{ message: report.failure }] };
        const issues = report.issues
          .filter((issue) => issue.severity === "error")
          .map(({ message, path, portalPath }) => ({ message, path: portalPath === undefined ? path : segments(portalPath) }));
        return issues.length === 0 ? { value } : { issues };
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
