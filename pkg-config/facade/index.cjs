// The package's entry for Node (CommonJS; index.node.mjs gives it to `import`): the Node build,
// which compiles and instantiates the module when it is required; `init` and `initSync`, which
// have nothing left to do, so code written for the browser runs unchanged in server rendering
// and tests; `rules`, read from the generated catalogue data; and the Standard Schemas.
// The same entry as index.js, which a CommonJS module cannot import (its declarations are
// index.js's: facade/types-cjs.mjs).
const build = require("./node/maatwerk.cjs");
const catalogue = require("./catalogue/data.cjs");
// An ES module, required: Node from 20.19 (the package's engines) loads it, as the build's
// own snippets.
const { schemaOf, schemasOf } = require("./standard-schema.js");

/**
 * The rule catalogue in a locale (default Dutch), in catalogue order: what `rules(locale)` of
 * the Rust crate returns, generated from it when the package was built.
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

/**
 * Resolves at once: in Node the module was loaded with the package. What a browser passes
 * (a URL, bytes, a compiled module) is not needed.
 *
 * @param {unknown} [_input]
 * @returns {Promise<void>}
 */
async function init(_input) {}

/**
 * Returns at once: in Node the module was loaded with the package.
 *
 * @param {unknown} [_input]
 * @returns {void}
 */
function initSync(_input) {}

/**
 * Resolves at once: in Node the texts of every locale were loaded with the package. A locale
 * that is none of maatwerk's is refused, as in the browser.
 *
 * @param {string} locale
 * @returns {Promise<void>}
 */
async function loadLocale(locale) {
  if (typeof locale !== "string" || !Object.hasOwn(catalogue, locale)) {
    throw new Error(`maatwerk: locale must be one of ${Object.keys(catalogue).join(", ")}`);
  }
}

/**
 * The Standard Schema of a kind with options.
 *
 * @param {string} kind
 * @param {unknown} [options]
 */
function schema(kind, options) {
  return schemaOf(build, kind, options);
}
const schemas = schemasOf(build);

// `__esModule` and `default` make `import init from "maatwerk"` in TypeScript compiled to
// CommonJS call `init`, as it does from ES modules.
Object.defineProperty(exports, "__esModule", { value: true });
Object.assign(exports, build);
exports.rules = rules;
exports.init = init;
exports.initSync = initSync;
exports.loadLocale = loadLocale;
exports.schema = schema;
exports.schemas = schemas;
exports.default = init;
