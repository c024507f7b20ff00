// attachForm's options: the validators' `{ asOf?, locale?, parameters? }` plus the binding's own
// (`debounceMs`, `fieldNames`, `values`, `controls`, `containers`, `summaryTitle`,
// `summaryContainer`, `titlePrefix`, `groupErrorClass`), split so the core sees only its own keys (it refuses unknown ones, and
// judges its own).

import { Names } from "./names.js";
import { formatPath, parsePath } from "./path.js";
import { controlTypes } from "./widgets.js";

/** @typedef {import("../web/maatwerk.js").Options} Options */
/** @typedef {import("../web/maatwerk.js").Locale} Locale */

/** Pause after the last keystroke before validating, in milliseconds. */
const DEFAULT_DEBOUNCE_MS = 150;
/** Beyond this pause a "live" check is no longer live. */
const MAX_DEBOUNCE_MS = 10_000;
/** The class a field's wrapper gets while the field shows an error. */
const GROUP_ERROR_CLASS = "maatwerk-form-group--error";

/**
 * What the binding itself was asked.
 * @typedef {object} Settings
 * @property {number} debounceMs pause after `input`/`change` before validating
 * @property {Names} names control -> wire path, and value mappings
 * @property {import("./widgets.js").ControlType[]} controls the design system's kinds of control
 * @property {Map<string, string>} containers wire path -> selector of its container
 * @property {string | null} summaryTitle replaces the localised summary title
 * @property {Element | null} summaryContainer where the summary goes (first child); `null`: the form
 * @property {boolean} titlePrefix whether the page title gets "Fout: " while errors are listed
 * @property {string} groupErrorClass the class of a field's wrapper while it shows an error
 * @property {Locale} locale the language of the messages and of the binding's own words
 */

/**
 * The core's options and the binding's settings from one options value. Throws an `Error`
 * for a malformed setting of the binding's own.
 * @param {unknown} options
 * @returns {{ core: Options, settings: Settings }}
 */
export function splitOptions(options) {
  if (options !== undefined && options !== null && (typeof options !== "object" || Array.isArray(options))) {
    throw new Error("options must be an object");
  }
  const {
    debounceMs, fieldNames, values, controls, containers, summaryTitle, summaryContainer, titlePrefix, groupErrorClass, ...core
  } = /** @type {Record<string, unknown>} */ (options ?? {});
  const settings = {
    debounceMs: debounce(debounceMs),
    names: new Names(fieldNames, values),
    controls: controlTypes(controls),
    containers: containerMap(containers),
    summaryTitle: title(summaryTitle),
    summaryContainer: container(summaryContainer),
    titlePrefix: flag(titlePrefix, "titlePrefix", true),
    groupErrorClass: className(groupErrorClass),
    // A malformed locale is the core's to refuse; until then it names no language.
    locale: /** @type {Locale} */ (typeof core.locale === "string" ? core.locale : "nl"),
  };
  return { core: /** @type {Options} */ (core), settings };
}

/**
 * @param {unknown} value
 * @returns {Map<string, string>}
 */
function containerMap(value) {
  const out = new Map();
  if (value === undefined) return out;
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw new Error("options.containers must map wire paths to CSS selectors, such as { experience: \"#periods\" }");
  }
  for (const [key, selector] of Object.entries(value)) {
    const path = parsePath(key);
    if (!path || path.length === 0 || typeof selector !== "string" || selector.trim() === "") {
      throw new Error(`options.containers[${JSON.stringify(key)}] must be a CSS selector, under a wire path`);
    }
    out.set(formatPath(path), selector);
  }
  return out;
}

/**
 * @param {unknown} value
 * @returns {Element | null}
 */
function container(value) {
  if (value === undefined || value === null) return null;
  if (!(value instanceof Element)) throw new Error("options.summaryContainer must be an element");
  return value;
}

/**
 * @param {unknown} value
 * @param {string} name
 * @param {boolean} fallback
 */
function flag(value, name, fallback) {
  if (value === undefined) return fallback;
  if (typeof value !== "boolean") throw new Error(`options.${name} must be true or false`);
  return value;
}

/**
 * @param {unknown} value
 * @returns {string}
 */
function className(value) {
  if (value === undefined) return GROUP_ERROR_CLASS;
  if (typeof value !== "string" || !/^[A-Za-z_-][\w-]*$/.test(value)) {
    throw new Error("options.groupErrorClass must be one class name");
  }
  return value;
}

/**
 * @param {unknown} value
 * @returns {number}
 */
function debounce(value) {
  if (value === undefined) return DEFAULT_DEBOUNCE_MS;
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0) {
    throw new Error("options.debounceMs must be a number of milliseconds (0 to 10000)");
  }
  return Math.round(Math.min(value, MAX_DEBOUNCE_MS));
}

/**
 * @param {unknown} value
 * @returns {string | null}
 */
function title(value) {
  if (value === undefined) return null;
  if (typeof value !== "string") throw new Error("options.summaryTitle must be a string");
  return value;
}
