// The `controls` of design systems whose components attachForm cannot read as they are
// (docs/platforms.md has a recipe per design system):
//
// - KoliBri 4 (`@public-ui/components`): the components are not form-associated, the host has
//   no `name` (its `_name` property says it) and adds nothing to `FormData` unless the page
//   turns on `reflectInputValues`. Read from the native control inside the component's shadow
//   root, which is also marked invalid; the component shows the message itself (`_msg`, once
//   `_touched`) and links it to that control.
// - Shoelace 2: the components add their values through the form's `formdata` event, which the
//   binding reads anyway; the preset shows the message as the component's help text, which
//   Shoelace links to its input, and marks the input inside invalid.
//
// Web Awesome 3 and Umbraco UI need none: their controls are form-associated, and their
// checkboxes and toggles (a boolean `checked`) are read as yes or no.

/** @typedef {import("./widgets.js").ControlType} ControlType */
/** @typedef {import("../web/maatwerk.js").Issue} Issue */

/**
 * The native controls inside a component's (open) shadow root.
 * @param {HTMLElement} element
 * @returns {HTMLInputElement[]}
 */
const inner = (element) => [...(element.shadowRoot?.querySelectorAll("input, select, textarea") ?? [])].map((e) => /** @type {HTMLInputElement} */ (e));

/**
 * A component's property, where the typings of the page's design system are not at hand.
 * @param {HTMLElement} element
 * @param {string} name
 * @returns {unknown}
 */
const property = (element, name) => /** @type {Record<string, unknown>} */ (/** @type {unknown} */ (element))[name];

/**
 * Sets a component's property.
 * @param {HTMLElement} element
 * @param {string} name
 * @param {unknown} value
 */
const setProperty = (element, name, value) => {
  /** @type {Record<string, unknown>} */ (/** @type {unknown} */ (element))[name] = value;
};

/**
 * The messages of a field as one text: the component has room for one.
 * @param {Issue[]} issues
 */
const text = (issues) => issues.map((issue) => issue.message).join(" ");

/**
 * KoliBri's message types for the core's severities.
 * @param {Issue[]} issues
 */
const kolibriType = (issues) => (issues.some((i) => i.severity === "error") ? "error" : issues.some((i) => i.severity === "warning") ? "warning" : "info");

/**
 * KoliBri shows a message given as `_msg` once the field is `_touched`.
 * @param {HTMLElement} element
 * @param {Issue[]} issues
 */
function kolibriMessage(element, issues) {
  setProperty(element, "_msg", issues.length === 0 ? undefined : { _type: kolibriType(issues), _description: text(issues) });
  if (issues.length > 0) setProperty(element, "_touched", true);
}

/**
 * KoliBri describes its input by the message but does not mark it invalid: the binding does.
 * @param {HTMLElement} element
 */
const kolibriInput = (element) => inner(element)[0] ?? element;

/** @param {HTMLElement} element */
const kolibriName = (element) => {
  const name = property(element, "_name");
  return typeof name === "string" ? name : element.getAttribute("_name");
};

/**
 * KoliBri 4's form components: `attachForm(form, kind, { controls: kolibri })`.
 * @type {ControlType[]}
 */
export const kolibri = [
  {
    selector: "kol-input-checkbox",
    name: kolibriName,
    checked: (element) => inner(element).some((input) => input.checked),
    invalid: kolibriInput,
    message: kolibriMessage,
  },
  {
    selector: "kol-input-text, kol-input-email, kol-input-password, kol-input-date, kol-input-number, kol-input-radio, kol-textarea, kol-select",
    name: kolibriName,
    value: (element) => {
      const inputs = inner(element);
      // A radio group is one component: the value is the checked radio's.
      const input = inputs.length > 1 ? inputs.find((i) => i.checked) : inputs[0];
      if (!input) return undefined;
      return input.type === "number" && input.value !== "" ? input.valueAsNumber : input.value;
    },
    invalid: kolibriInput,
    message: kolibriMessage,
  },
];

/** @type {WeakMap<HTMLElement, unknown>} the page's own help text of a Shoelace control */
const helpTexts = new WeakMap();

/**
 * Shoelace 2's form components: `attachForm(form, kind, { controls: shoelace })`.
 * @type {ControlType[]}
 */
export const shoelace = [
  {
    selector: "sl-input, sl-textarea, sl-select, sl-checkbox, sl-switch, sl-radio-group",
    // The element focus lands on: the input inside (a reader announces its state).
    invalid: (element) => element.shadowRoot?.querySelector("input, textarea, [role=combobox], [role=radiogroup]") ?? element,
    // The help text, which Shoelace renders under the control and links to its input.
    message: (element, issues) => {
      if (!helpTexts.has(element)) helpTexts.set(element, property(element, "helpText"));
      setProperty(element, "helpText", issues.length === 0 ? helpTexts.get(element) : text(issues));
    },
  },
];
