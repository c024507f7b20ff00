/** The field messages on the page. */
export class Messages {
    /**
     * Brings the page in line with the plan's field messages.
     *
     * Stale messages go first: after rows were renumbered, a stale anchor can point at the same
     * control as a new one, and its removal must not undo what the new one set.
     * @param {Page} page
     * @param {Plan["fields"]} fields
     */
    apply(page: Page, fields: Plan["fields"]): void;
    /**
     * Puts back on `element` what this render set on it and a framework took away since (its
     * redraw sets `aria-invalid="false"`, or its own `aria-describedby` or `class`). Nothing
     * changes when all is in place, so the binding's own writes end there.
     * @param {Element} element
     */
    restore(element: Element): void;
    /** Removes every message; a component that renders its own is told to clear them too. */
    clear(): void;
    #private;
}
/**
 * An element's `ariaDescribedByElements` (ARIA element reflection), where the browser has it.
 */
export type Reflecting = Element & {
    ariaDescribedByElements?: Element[] | null;
};
export type Issue = import("../web/maatwerk.js").Issue;
export type Locale = import("../web/maatwerk.js").Locale;
export type Severity = import("../web/maatwerk.js").Severity;
export type Field = import("./controls.js").Field;
export type Anchor = import("./plan.js").Anchor;
export type Plan = import("./plan.js").Plan;
export type Reading = import("./reading.js").Reading;
export type Control = import("./controls.js").Control;
/**
 * `detail` of a `maatwerk:field` event: the field, and the issues it shows now (`[]`: none).
 */
export type FieldDetail = {
    field: string;
    path: (string | number)[];
    issues: Issue[];
};
/**
 * An anchor resolved to the page's elements. The message goes right before `at` (after the
 * control's label and hint, as GOV.UK orders them, or before the label that wraps it), or into
 * it when `into` (a radio group's fieldset, a `data-path` container: after its legend).
 */
export type Target = {
    at: Element;
    into: boolean;
    /**
     * elements whose `aria-describedby` names the message
     */
    described: Element[];
    /**
     * controls that become invalid on an error (none for a container)
     */
    fields: Field[];
    /**
     * controls whose `controls` entry shows their messages itself
     */
    own: Control[];
    /**
     * where focus lands inside the web components among `fields`
     */
    inner: Element[];
};
/**
 * One message line: what decides whether the element must be redrawn.
 */
export type Line = {
    severity: Severity;
    code: string;
    message: string;
};
/**
 * A message element on the page.
 */
export type Placed = {
    /**
     * `null` when the page renders them itself
     */
    element: HTMLElement | null;
    id: string;
    anchor: Anchor;
    target: Target;
    lines: Line[];
};
/**
 * What a render needs to know about the page.
 */
export type Page = {
    document: Document;
    /**
     * of derived ids
     */
    prefix: string;
    /**
     * of the words around the messages
     */
    locale: Locale;
    reading: Reading;
    groupErrorClass: string;
};
