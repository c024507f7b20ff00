/**
 * Places the report's issues. `controls` are the text paths of the visible controls,
 * `containers` those of the form's `data-path` elements.
 * @param {Issue[]} issues
 * @param {Set<string>} controls
 * @param {Set<string>} containers
 * @param {Shown} shown
 * @returns {Plan}
 */
export function plan(issues: Issue[], controls: Set<string>, containers: Set<string>, shown: Shown): Plan;
export type Issue = import("../web/maatwerk.js").Issue;
export type Path = import("./path.js").Path;
/**
 * Where an issue's message sits: next to the control(s) with this path, or in the container
 * whose `data-path` is this path.
 */
export type Anchor = {
    kind: "control" | "container";
    path: Path;
    /**
     * the path's text form
     */
    text: string;
    /**
     * unique per anchor
     */
    key: string;
};
/**
 * What the user has done so far: issues appear once their field was touched (blur or
 * change), all of them after a submit attempt.
 */
export type Shown = {
    /**
     * a submit was attempted (or `validate()` called)
     */
    submitted: boolean;
    /**
     * paths of the controls that were touched
     */
    touched: Path[];
};
/**
 * The layout of one report.
 */
export type Plan = {
    /**
     * messages next to fields, in the
     * core's order of paths, each anchor's issues in report order
     */
    fields: {
        anchor: Anchor;
        issues: Issue[];
    }[];
    /**
     * every error once a submit was
     * attempted, with its anchor when it has one (the link target)
     */
    summary: {
        anchor: Anchor | null;
        issue: Issue;
    }[];
};
