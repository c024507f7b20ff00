// The DOM binding's types as a portal's TypeScript sees them: the events in the DOM's event
// maps (no cast for `detail`), fieldNames as a map with patterns and values or as a function,
// its paths typed by the form's kind (a misspelt one is a type error), the handle's setLocale
// and submit(), the design systems' presets and a page's own `controls`, `containers`.
// Type-checked only (tsc -p .); a type error fails the test command.
import type { Report } from "maatwerk";
import { attachForm, kolibri, shoelace, type AttachOptions, type ControlType, type FieldDetail } from "maatwerk/dom";

declare const form: HTMLFormElement;

const options: AttachOptions<"supervisor"> = {
  locale: "nl",
  fieldNames: {
    naam: "name",
    "periode-*-van": "experience[*].from",
    "periode-*-relevant": { path: "experience[*].relevant", values: { ja: true, nee: false } },
  },
  values: { ja: true, nee: false },
  summaryContainer: document.body,
  titlePrefix: true,
  groupErrorClass: "govuk-form-group--error",
};
const handle = attachForm(form, "supervisor", options);
const french: Report = handle.setLocale("fr");

form.addEventListener("maatwerk:report", (event) => {
  const valid: boolean = event.detail.valid;
  return valid;
});
form.addEventListener("maatwerk:valid", (event) => event.detail.completeness.filled);
document.addEventListener("maatwerk:field", (event) => {
  const detail: FieldDetail = event.detail;
  if (detail.issues.length > 0) event.preventDefault();
});

attachForm(form, "application", {
  fieldNames: (control) => (control instanceof HTMLInputElement && control.dataset.veld ? control.dataset.veld : undefined),
});

attachForm(form, "supervisor", {
  // @ts-expect-error a misspelt path is a type error, as it is an error at run time
  fieldNames: { "periode-*-van": "experiense[*].from" },
});
attachForm(form, "supportPlan", {
  // @ts-expect-error a supervisor's field is not a support plan's
  fieldNames: { "periode-*-van": "experience[*].from" },
});
attachForm(form, "supportPlan", {
  fieldNames: { coach: "collegaCoach.name", "diploma-*": { path: "supervisor.diplomas[*].code" } },
});

// A design system's components: a preset, or the page's own description.
const dateField: ControlType = {
  selector: "my-date-field",
  value: (element) => element.getAttribute("data-iso"),
  focus: (element) => element.focus(),
  message: (element, issues) => element.setAttribute("data-error", issues.map((issue) => issue.message).join(" ")),
};
const components = attachForm(form, "supervisor", {
  controls: [...kolibri, ...shoelace, dateField],
  containers: { experience: "#periods" },
});
const goOn: boolean = components.submit();

attachForm(form, "supervisor", {
  // @ts-expect-error a control type needs its selector
  controls: [{ value: () => "" }],
});

export { french, goOn };
