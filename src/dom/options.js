// attachForm's options: the validators' `{ asOf?, locale?, parameters? }` plus the binding's own
// `{ debounceMs?, fieldNames?, summaryTitle? }`, split so the core sees only its own keys (it
// refuses unknown ones, and judges its own).

import { parsePath } from "./path.js";

/** @typedef {import("../web/maatwerk.js").Options} Options */
/** @typedef {import("../web/maatwerk.js").Locale} Locale */
/** @typedef {import("./path.js").Path} Path */

/** Pause after the last keystroke before validating, in milliseconds. */
const DEFAULT_DEBOUNCE_MS = 150;
/** Beyond this pause a "live" check is no longer live. */
const MAX_DEBOUNCE_MS = 10_000;

/**
 * What the binding itself was asked.
 * @typedef {object} Settings
 * @property {number} debounceMs pause after `input`/`change` before validating
 * @property {Map<string, Path>} fieldNames control name -> wire path
 * @property {string | null} summaryTitle replaces the localised summary title
 * @property {Locale} locale the language of the messages and of the binding's own words
 */

/**
 * The core's options and the binding's settings from one options value. Throws an `Error`
 * for a malformed setting of the binding's own.
 * @param {unknown} options
 * @returns {{ core: Options, settings: Settings }}
 */
export function splitOptions(options) {
  if (options === undefined || options === null) {
    return { core: {}, settings: { debounceMs: DEFAULT_DEBOUNCE_MS, fieldNames: new Map(), summaryTitle: null, locale: "nl" } };
  }
  if (typeof options !== "object" || Array.isArray(options)) throw new Error("options must be an object");
  const { debounceMs, fieldNames, summaryTitle, ...core } = /** @type {Record<string, unknown>} */ (options);
  const settings = {
    debounceMs: debounce(debounceMs),
    fieldNames: names(fieldNames),
    summaryTitle: title(summaryTitle),
    // A malformed locale is the core's to refuse; until then it names no language.
    locale: /** @type {Locale} */ (typeof core.locale === "string" ? core.locale : "nl"),
  };
  return { core: /** @type {Options} */ (core), settings };
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
 * @returns {Map<string, Path>}
 */
function names(value) {
  /** @type {Map<string, Path>} */
  const out = new Map();
  if (value === undefined) return out;
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw new Error("options.fieldNames must map control names to wire paths");
  }
  for (const [control, wire] of Object.entries(value)) {
    const path = typeof wire === "string" ? parsePath(wire) : null;
    if (!path || path.length === 0) {
      throw new Error(`options.fieldNames[${JSON.stringify(control)}] must be a wire path such as "experience[0].from"`);
    }
    out.set(control, path);
  }
  return out;
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
