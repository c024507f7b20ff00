// Which wire path a control stands for, and how its values map to the wire's: `fieldNames` and
// `values` of attachForm's options.
//
// `fieldNames` is either a map or a function. In the map a key is a control's name
// (`"naam": "name"`) or a pattern with `*` for a row's part of the name
// (`"periode-*-van": "experience[*].from"`); a value is a wire path, or
// `{ path, values }` with the values of that field. The function takes the control and returns
// the same (or `undefined`: the control's name is read as the wire path).
//
// A `*` stands for whatever the portal puts in the row's names (`1`, `2`, `a7f3`): the rows
// are numbered in the order they appear in the form, from 0, per list, so a portal that counts
// from 1 or leaves gaps after a removal still gives the wire a contiguous list.

import { formatPath, parsePath } from "./path.js";

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
const ROW = Symbol("row");

/**
 * @typedef {object} Pattern
 * @property {string} name the key as given, for messages
 * @property {RegExp} regex the name with a group per `*`
 * @property {(string | number | typeof ROW)[]} template the path with `ROW` per `[*]`
 * @property {Map<string, Value> | null} values
 */

/** Row numbers of one reading: per list (the path before the `*`), the tokens in order. */
export class Rows {
  /** @type {Map<string, Map<string, number>>} */
  #lists = new Map();

  /**
   * The index of the row `token` names in the list at `list`: the next free one when new.
   * @param {string} list
   * @param {string} token
   */
  index(list, token) {
    let rows = this.#lists.get(list);
    if (!rows) this.#lists.set(list, rows = new Map());
    let index = rows.get(token);
    if (index === undefined) rows.set(token, index = rows.size);
    return index;
  }
}

export class Names {
  /** @type {Map<string, Resolved>} */
  #exact = new Map();
  /** @type {Pattern[]} */
  #patterns = [];
  /** @type {((control: Element) => unknown) | null} */
  #function = null;
  /** @type {Map<string, Value> | null} */
  #values;
  /** @type {Set<string>} names already warned about */
  #warned = new Set();
  /** @type {Set<string>} the names the form's controls had in any reading */
  #seen = new Set();

  /**
   * Reads the options; throws an `Error` for a malformed entry.
   * @param {unknown} fieldNames
   * @param {unknown} values
   */
  constructor(fieldNames, values) {
    this.#values = valueMap(values, "options.values");
    if (fieldNames === undefined) return;
    if (typeof fieldNames === "function") {
      this.#function = /** @type {(control: Element) => unknown} */ (fieldNames);
      return;
    }
    if (fieldNames === null || typeof fieldNames !== "object" || Array.isArray(fieldNames)) {
      throw new Error("options.fieldNames must map control names to wire paths, or be a function");
    }
    for (const [name, entry] of Object.entries(fieldNames)) {
      const where = `options.fieldNames[${JSON.stringify(name)}]`;
      const { text, values } = target(entry, where);
      const merged = this.#merge(values);
      if (name.includes("*")) this.#patterns.push(pattern(name, text, merged, where));
      else this.#exact.set(name, { path: wirePath(text, where), values: merged });
    }
  }

  /**
   * Where the value of `element`, read by `name`, goes; `null` for a name that is no path.
   * `rows` numbers the rows of patterns.
   * @param {Element} element
   * @param {string} name its `name` attribute, or the name its `controls` entry gives it
   * @param {Rows} rows
   * @returns {Resolved | null}
   */
  resolve(element, name, rows) {
    if (this.#function) {
      const entry = this.#function(element);
      if (entry !== undefined) {
        const { text, values } = target(entry, "the fieldNames function's result");
        return { path: wirePath(text, "the fieldNames function's result"), values: this.#merge(values) };
      }
    } else {
      const exact = this.#exact.get(name);
      if (exact) return exact;
      for (const { regex, template, values } of this.#patterns) {
        const match = regex.exec(name);
        if (match) return { path: fill(template, match.slice(1), rows), values };
      }
    }
    const path = parsePath(name);
    return path && path.length > 0 ? { path, values: this.#values } : null;
  }

  /**
   * Notes the names the form's controls have in one reading: a name seen once is never warned
   * about, though a redraw may have taken its control away for a moment.
   * @param {Set<string>} names
   */
  noteNames(names) {
    for (const name of names) this.#seen.add(name);
  }

  /**
   * Warns once per name about a name of the map that no control of the form ever had: a
   * misspelt name is otherwise silently a field that stays empty. Asked at the first submit
   * attempt, not on attach: a framework adds its inputs (rows, web components' hidden inputs)
   * after the page attached. Patterns are not checked: a list without rows is a form's
   * ordinary state.
   */
  warnUnmatched() {
    for (const name of this.#exact.keys()) {
      if (this.#seen.has(name) || this.#warned.has(name)) continue;
      this.#warned.add(name);
      console.warn(`maatwerk: options.fieldNames maps ${JSON.stringify(name)}, but no control of the form has that name`);
    }
  }

  /**
   * A field's values over the global ones.
   * @param {Map<string, Value> | null} values
   */
  #merge(values) {
    if (!values) return this.#values;
    if (!this.#values) return values;
    return new Map([...this.#values, ...values]);
  }
}

/**
 * A map entry's path text and values.
 * @param {unknown} entry
 * @param {string} where
 * @returns {{ text: string, values: Map<string, Value> | null }}
 */
function target(entry, where) {
  if (typeof entry === "string") return { text: entry, values: null };
  if (entry !== null && typeof entry === "object" && !Array.isArray(entry)) {
    const { path, values } = /** @type {Record<string, unknown>} */ (entry);
    if (typeof path === "string") return { text: path, values: valueMap(values, `${where}.values`) };
  }
  throw new Error(`${where} must be a wire path such as "experience[0].from", or { path, values }`);
}

/**
 * @param {string} text
 * @param {string} where
 * @returns {Path}
 */
function wirePath(text, where) {
  const path = parsePath(text);
  if (!path || path.length === 0) throw new Error(`${where} must be a wire path such as "experience[0].from"`);
  return path;
}

/**
 * @param {unknown} values
 * @param {string} where
 * @returns {Map<string, Value> | null}
 */
function valueMap(values, where) {
  if (values === undefined) return null;
  if (values === null || typeof values !== "object" || Array.isArray(values)) {
    throw new Error(`${where} must map a control's values to the wire's, such as { ja: true, nee: false }`);
  }
  const out = new Map();
  for (const [raw, value] of Object.entries(values)) {
    if (!["string", "number", "boolean"].includes(typeof value)) {
      throw new Error(`${where}[${JSON.stringify(raw)}] must be a string, a number or a boolean`);
    }
    out.set(raw, /** @type {Value} */ (value));
  }
  return out;
}

/**
 * @param {string} name with a `*` per row
 * @param {string} text the wire path with a `[*]` per row
 * @param {Map<string, Value> | null} values
 * @param {string} where
 * @returns {Pattern}
 */
function pattern(name, text, values, where) {
  const stars = name.split("*").length - 1;
  const parts = text.split("[*]");
  if (parts.length - 1 !== stars) throw new Error(`${where}: the name and the path must have as many * as [*]`);
  // A placeholder index no portal path uses, parsed with the rest and then replaced by ROW.
  const placeholder = 987654321;
  const parsed = wirePath(parts.join(`[${placeholder}]`), where);
  const template = parsed.map((segment) => (segment === placeholder ? ROW : segment));
  const source = name.split("*").map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("(.+?)");
  return { name, regex: new RegExp(`^${source}$`), template, values };
}

/**
 * The path of one control matched by a pattern: each `ROW` the index of its token in its list.
 * @param {(string | number | typeof ROW)[]} template
 * @param {string[]} tokens
 * @param {Rows} rows
 * @returns {Path}
 */
function fill(template, tokens, rows) {
  /** @type {Path} */
  const path = [];
  let n = 0;
  for (const segment of template) {
    if (segment !== ROW) {
      path.push(segment);
      continue;
    }
    const token = tokens[n] ?? "";
    n += 1;
    path.push(rows.index(formatPath(path), token));
  }
  return path;
}
