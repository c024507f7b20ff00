// The nested wire object from `(path, value)` pairs: keys make objects, indexes make lists, the
// shape a portal would send.

/** @typedef {import("./path.js").Path} Path */
/** @typedef {import("./controls.js").Value} Value */

// A control named `items[99999]` must not make the page build a list that long: the list bound
// is the core's (MAX_LIST_ITEMS in src/model/bounds.rs). The depth bound is the page's own: a
// name is a path of the portal's form, which a mapping may nest deeper than the wire (the core
// bounds the wire at 9 segments and reads a portal's form to 32); a name deeper than 16 is left
// out.
const MAX_LIST_ITEMS = 100;
const MAX_SEGMENTS = 16;

/**
 * Whether a value at `path` can reach the core; one beyond the bounds is left out.
 * @param {Path} path
 */
export const withinBounds = (path) =>
  path.length <= MAX_SEGMENTS && path.every((segment) => typeof segment === "string" || segment < MAX_LIST_ITEMS);

/**
 * Puts `value` at `path` below `root`. An `undefined` value still creates the objects and lists
 * on the way, so an added row whose fields are all empty is an empty item the rules see (and
 * report as incomplete), not a missing one.
 * @param {{ [key: string]: unknown }} root
 * @param {Path} path
 * @param {Value | undefined} value
 */
export function put(root, path, value) {
  if (path.length <= MAX_SEGMENTS) step(root, path, value);
}

/**
 * The slot's new content.
 * @param {unknown} slot
 * @param {Path} path
 * @param {Value | undefined} value
 * @returns {unknown}
 */
function step(slot, path, value) {
  if (path.length === 0) return value === undefined ? slot : value;
  const [first, ...rest] = path;
  if (typeof first === "string") {
    // Without a prototype, a key named `__proto__` is a key like any other.
    const object = slot === null ? Object.create(null) : slot;
    if (typeof object !== "object" || Array.isArray(object)) return slot;
    if (rest.length === 0 && value === undefined) return object;
    object[first] = step(Object.hasOwn(object, first) ? object[first] : null, rest, value);
    return object;
  }
  if (first >= MAX_LIST_ITEMS) return slot;
  const list = slot === null ? [] : slot;
  if (!Array.isArray(list)) return slot;
  if (rest.length === 0 && value === undefined) return list;
  while (list.length <= first) list.push(null);
  list[first] = step(list[first], rest, value);
  return list;
}
