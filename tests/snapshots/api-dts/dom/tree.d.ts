/**
 * Puts `value` at `path` below `root`. An `undefined` value still creates the objects and lists
 * on the way, so an added row whose fields are all empty is an empty item the rules see (and
 * report as incomplete), not a missing one.
 * @param {{ [key: string]: unknown }} root
 * @param {Path} path
 * @param {Value | undefined} value
 */
export function put(root: {
    [key: string]: unknown;
}, path: Path, value: Value | undefined): void;
export function withinBounds(path: Path): boolean;
export type Path = import("./path.js").Path;
export type Value = import("./controls.js").Value;
