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
export function splitOptions(options: unknown): {
    core: Options;
    settings: Settings;
};
/**
 * What the binding itself was asked.
 */
export type Settings = {
    /**
     * pause after `input`/`change` before validating
     */
    debounceMs: number;
    /**
     * control -> wire path, and value mappings
     */
    names: Names;
    /**
     * the design system's kinds of control
     */
    controls: import("./widgets.js").ControlType[];
    /**
     * wire path -> selector of its container
     */
    containers: Map<string, string>;
    /**
     * replaces the localised summary title
     */
    summaryTitle: string | null;
    /**
     * where the summary goes (first child); `null`: the form
     */
    summaryContainer: Element | null;
    /**
     * whether the page title gets "Fout: " while errors are listed
     */
    titlePrefix: boolean;
    /**
     * the class of a field's wrapper while it shows an error
     */
    groupErrorClass: string;
    /**
     * the language of the messages and of the binding's own words
     */
    locale: Locale;
};
export type Options = import("../web/maatwerk.js").Options;
export type Locale = import("../web/maatwerk.js").Locale;
import { Names } from "./names.js";
