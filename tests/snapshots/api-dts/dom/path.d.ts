/** @typedef {(string | number)[]} Path */
/**
 * The path a text names, or `null` when it is not one: keys separated by dots, each followed
 * by any number of `[index]`.
 * @param {string} text
 * @returns {Path | null}
 */
export function parsePath(text: string): Path | null;
/**
 * The text form, as an issue's `field` spells it: `supervisor.experience[1].to`.
 * @param {Path} path
 * @returns {string}
 */
export function formatPath(path: Path): string;
/**
 * Whether `path` is `prefix` or lies under it.
 * @param {Path} path
 * @param {Path} prefix
 * @returns {boolean}
 */
export function startsWith(path: Path, prefix: Path): boolean;
/**
 * The core's order of paths: segment by segment, keys before indexes, indexes by number, a
 * path before the paths under it.
 * @param {Path} a
 * @param {Path} b
 * @returns {number}
 */
export function comparePaths(a: Path, b: Path): number;
export type Path = (string | number)[];
