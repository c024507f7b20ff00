// Which issue shows where, decided without touching the DOM: next to its control, in the
// nearest `data-path` container above it, or in the summary only; and which issues wait until
// their field is touched or the form submitted.

import { comparePaths, formatPath, parsePath, startsWith } from "./path.js";

/** @typedef {import("../web/maatwerk.js").Issue} Issue */
/** @typedef {import("./path.js").Path} Path */

/**
 * Where an issue's message sits: next to the control(s) with this path, or in the container
 * whose `data-path` is this path.
 * @typedef {object} Anchor
 * @property {"control" | "container"} kind
 * @property {Path} path
 * @property {string} text the path's text form
 * @property {string} key unique per anchor
 */

/**
 * What the user has done so far: issues appear once their field was touched (blur or
 * change), all of them after a submit attempt.
 * @typedef {object} Shown
 * @property {boolean} submitted a submit was attempted (or `validate()` called)
 * @property {Path[]} touched paths of the controls that were touched
 */

/**
 * The layout of one report.
 * @typedef {object} Plan
 * @property {{ anchor: Anchor, issues: Issue[] }[]} fields messages next to fields, in the
 *   core's order of paths, each anchor's issues in report order
 * @property {{ anchor: Anchor | null, issue: Issue }[]} summary every error once a submit was
 *   attempted, with its anchor when it has one (the link target)
 */

/**
 * Whether an issue at `path` shows: a container's issue as soon as a control inside it is
 * touched; an issue about the whole form (`[]`) only after a submit.
 * @param {Shown} shown
 * @param {Path} path
 */
function shows(shown, path) {
  return shown.submitted || (path.length > 0 && shown.touched.some((touched) => startsWith(touched, path)));
}

/**
 * Places the report's issues. `controls` are the text paths of the visible controls,
 * `containers` those of the form's `data-path` elements.
 * @param {Issue[]} issues
 * @param {Set<string>} controls
 * @param {Set<string>} containers
 * @param {Shown} shown
 * @returns {Plan}
 */
export function plan(issues, controls, containers, shown) {
  /** @type {Map<string, { anchor: Anchor, issues: Issue[] }>} */
  const fields = new Map();
  /** @type {Plan["summary"]} */
  const summary = [];
  for (const issue of issues) {
    const at = placeOf(issue);
    const anchor = anchorOf(at, controls, containers);
    if (shown.submitted && issue.severity === "error") summary.push({ anchor, issue });
    if (!anchor || !shows(shown, at)) continue;
    const entry = fields.get(anchor.key);
    if (entry) entry.issues.push(issue);
    else fields.set(anchor.key, { anchor, issues: [issue] });
  }
  const ordered = [...fields.values()].sort((a, b) =>
    comparePaths(a.anchor.path, b.anchor.path) || Number(a.anchor.kind === "container") - Number(b.anchor.kind === "container"));
  return { fields: ordered, summary };
}

/**
 * Where an issue is in the page's form: its `portalPath` when the form is read through
 * `options.mapping` (the controls are named by the portal's paths), else its wire path.
 * @param {Issue} issue
 * @returns {Path}
 */
function placeOf(issue) {
  return (issue.portalPath === undefined ? null : parsePath(issue.portalPath)) ?? issue.path;
}

/**
 * The control at `path`, else the nearest control or container on the way up to the root.
 * @param {Path} path
 * @param {Set<string>} controls
 * @param {Set<string>} containers
 * @returns {Anchor | null}
 */
function anchorOf(path, controls, containers) {
  for (let length = path.length; length > 0; length -= 1) {
    const prefix = path.slice(0, length);
    const text = formatPath(prefix);
    if (controls.has(text)) return { kind: "control", path: prefix, text, key: `control:${text}` };
    if (containers.has(text)) return { kind: "container", path: prefix, text, key: `container:${text}` };
  }
  return null;
}
