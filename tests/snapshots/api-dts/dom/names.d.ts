/**
 * @typedef {object} Pattern
 * @property {string} name the key as given, for messages
 * @property {RegExp} regex the name with a group per `*`
 * @property {(string | number | typeof ROW)[]} template the path with `ROW` per `[*]`
 * @property {Map<string, Value> | null} values
 */
/** Row numbers of one reading: per list (the path before the `*`), the tokens in order. */
export class Rows {
    /**
     * The index of the row `token` names in the list at `list`: the next free one when new.
     * @param {string} list
     * @param {string} token
     */
    index(list: string, token: string): number;
    #private;
}
export class Names {
    /**
     * Reads the options; throws an `Error` for a malformed entry.
     * @param {unknown} fieldNames
     * @param {unknown} values
     */
    constructor(fieldNames: unknown, values: unknown);
    /**
     * Where the value of `element`, read by `name`, goes; `null` for a name that is no path.
     * `rows` numbers the rows of patterns.
     * @param {Element} element
     * @param {string} name its `name` attribute, or the name its `controls` entry gives it
     * @param {Rows} rows
     * @returns {Resolved | null}
     */
    resolve(element: Element, name: string, rows: Rows): Resolved | null;
    /**
     * Notes the names the form's controls have in one reading: a name seen once is never warned
     * about, though a redraw may have taken its control away for a moment.
     * @param {Set<string>} names
     */
    noteNames(names: Set<string>): void;
    /**
     * Warns once per name about a name of the map that no control of the form ever had: a
     * misspelt name is otherwise silently a field that stays empty. Asked at the first submit
     * attempt, not on attach: a framework adds its inputs (rows, web components' hidden inputs)
     * after the page attached. Patterns are not checked: a list without rows is a form's
     * ordinary state.
     */
    warnUnmatched(): void;
    #private;
}
export type Path = import("./path.js").Path;
export type Value = import("./controls.js").Value;
export type Kind = import("../web/maatwerk.js").Kind;
/**
 * A field of a kind's form, or of every row (`[*]`), as a text path: `"experience[*].from"`.
 */
export type FieldPattern<K extends Kind> = import("../typed.js").FieldPattern<K>;
/**
 * A field's path with its own value mapping: `{ path: "experience[*].relevant", values: { ja:
 * true, nee: false } }`. The path is typed by the form's kind where the kind is known.
 */
export type FieldTarget<K extends Kind = import("../web/maatwerk.js").Kind> = {
    path: FieldPattern<K>;
    values?: Record<string, Value>;
};
/**
 * attachForm's `fieldNames`: control name or pattern -> wire path (or `FieldTarget`), or a
 * function from a control to one. In the map a misspelt path is a type error where the kind
 * is known; what the function returns is read from the page at run time, so it is any text (a
 * path that names no field is ignored, as an unmapped control's name is).
 */
export type FieldNames<K extends Kind = import("../web/maatwerk.js").Kind> = Record<string, FieldPattern<K> | FieldTarget<K>> | ((control: Element) => string | {
    path: string;
    values?: Record<string, Value>;
} | undefined);
/**
 * Where a control's value goes, and the mapping of its raw values (`null`: none).
 */
export type Resolved = {
    path: Path;
    values: Map<string, Value> | null;
};
export type Pattern = {
    /**
     * the key as given, for messages
     */
    name: string;
    /**
     * the name with a group per `*`
     */
    regex: RegExp;
    /**
     * the path with `ROW` per `[*]`
     */
    template: (string | number | typeof ROW)[];
    values: Map<string, Value> | null;
};
/** @typedef {import("./path.js").Path} Path */
/** @typedef {import("./controls.js").Value} Value */
/** @typedef {import("../web/maatwerk.js").Kind} Kind */
/**
 * A field of a kind's form, or of every row (`[*]`), as a text path: `"experience[*].from"`.
 * @template {Kind} K
 * @typedef {import("../typed.js").FieldPattern<K>} FieldPattern
 */
/**
 * A field's path with its own value mapping: `{ path: "experience[*].relevant", values: { ja:
 * true, nee: false } }`. The path is typed by the form's kind where the kind is known.
 * @template {Kind} [K=Kind]
 * @typedef {{ path: FieldPattern<K>, values?: Record<string, Value> }} FieldTarget
 */
/**
 * attachForm's `fieldNames`: control name or pattern -> wire path (or `FieldTarget`), or a
 * function from a control to one. In the map a misspelt path is a type error where the kind
 * is known; what the function returns is read from the page at run time, so it is any text (a
 * path that names no field is ignored, as an unmapped control's name is).
 * @template {Kind} [K=Kind]
 * @typedef {Record<string, FieldPattern<K> | FieldTarget<K>> | ((control: Element) => string | { path: string, values?: Record<string, Value> } | undefined)} FieldNames
 */
/**
 * Where a control's value goes, and the mapping of its raw values (`null`: none).
 * @typedef {{ path: Path, values: Map<string, Value> | null }} Resolved
 */
/** Marks a row's place in a pattern's path. */
declare const ROW: unique symbol;
export {};
