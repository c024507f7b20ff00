// The few words the binding itself writes around the core's messages, per locale. The messages
// come rendered from the Report.

/** @typedef {import("../web/maatwerk.js").Locale} Locale */
/** @typedef {import("../web/maatwerk.js").Severity} Severity */

/** The error summary's title (GOV.UK: "There is a problem"). */
const SUMMARY_TITLE = {
  nl: "Er is een probleem",
  fr: "Il y a un problème",
  en: "There is a problem",
  de: "Es gibt ein Problem",
};

/**
 * The visually hidden prefix of a field message: a screen reader user hears "Fout:" where a
 * sighted user sees the red bar.
 */
const SEVERITY_PREFIX = {
  nl: { error: "Fout: ", warning: "Waarschuwing: ", info: "Opmerking: " },
  fr: { error: "Erreur : ", warning: "Avertissement : ", info: "Remarque : " },
  en: { error: "Error: ", warning: "Warning: ", info: "Note: " },
  de: { error: "Fehler: ", warning: "Warnung: ", info: "Hinweis: " },
};

/**
 * @param {Locale} locale
 * @returns {string}
 */
export const summaryTitle = (locale) => SUMMARY_TITLE[locale];

/**
 * @param {Locale} locale
 * @param {Severity} severity
 * @returns {string}
 */
export const severityPrefix = (locale, severity) => SEVERITY_PREFIX[locale][severity];

/** The word for a repeated block's row in a summary link: "Van (rij 2): ...". */
const ROW = { nl: "rij", fr: "ligne", en: "row", de: "Zeile" };

/**
 * @param {Locale} locale
 * @returns {string}
 */
export const rowWord = (locale) => ROW[locale];
