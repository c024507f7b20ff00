/**
 * KoliBri 4's form components: `attachForm(form, kind, { controls: kolibri })`.
 * @type {ControlType[]}
 */
export const kolibri: ControlType[];
/**
 * Shoelace 2's form components: `attachForm(form, kind, { controls: shoelace })`.
 * @type {ControlType[]}
 */
export const shoelace: ControlType[];
export type ControlType = import("./widgets.js").ControlType;
export type Issue = import("../web/maatwerk.js").Issue;
