// Wire paths (`experience[1].to`) as segment lists (`["experience", 1, "to"]`), read and written
// as the core reads and writes them (src/model/path.rs), so a control's name, a container's
// `data-path` and an issue's `path` meet.

/** @typedef {(string | number)[]} Path */

/**
 * The path a text names, or `null` when it is not one: keys separated by dots, each followed
 * by any number of `[index]`.
 * @param {string} text
 * @returns {Path | null}
 */
export function parsePath(text) {
  /** @type {Path} */
  const segments = [];
  for (const part of text.split(".")) {
    if (part === "") continue;
    const bracket = part.indexOf("[");
    const key = bracket === -1 ? part : part.slice(0, bracket);
    if (key !== "") segments.push(key);
    let rest = bracket === -1 ? "" : part.slice(bracket);
    while (rest.startsWith("[")) {
      const close = rest.indexOf("]");
      if (close === -1) return null;
      const digits = rest.slice(1, close);
      if (!/^\+?\d+$/.test(digits)) return null;
      const index = Number(digits);
      if (!Number.isSafeInteger(index)) return null;
      segments.push(index);
      rest = rest.slice(close + 1);
    }
    if (rest !== "") return null;
  }
  return segments;
}

/**
 * The text form, as an issue's `field` spells it: `supervisor.experience[1].to`.
 * @param {Path} path
 * @returns {string}
 */
export function formatPath(path) {
  return path.map((segment, n) => {
    if (typeof segment === "number") return `[${segment}]`;
    return n === 0 ? segment : `.${segment}`;
  }).join("");
}

/**
 * Whether `path` is `prefix` or lies under it.
 * @param {Path} path
 * @param {Path} prefix
 * @returns {boolean}
 */
export function startsWith(path, prefix) {
  return prefix.length <= path.length && prefix.every((segment, n) => segment === path[n]);
}

/**
 * The core's order of paths: segment by segment, keys before indexes, indexes by number, a
 * path before the paths under it.
 * @param {Path} a
 * @param {Path} b
 * @returns {number}
 */
export function comparePaths(a, b) {
  for (let n = 0; n < Math.min(a.length, b.length); n += 1) {
    const [x, y] = [a[n], b[n]];
    if (x === y) continue;
    if (typeof x !== typeof y) return typeof x === "string" ? -1 : 1;
    return x < y ? -1 : 1;
  }
  return a.length - b.length;
}
