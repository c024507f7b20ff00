// The application (aanvraag): an employer's loonpremie and begeleidingspremie, or a
// self-employed person's ondersteuningspremie. Validated live by attachForm (kind
// "application"), with parts that show only when they apply, the internal supervisor's
// diplomas and experience as repeatable rows, the completeness bar, the requirement panel and
// the language switch (those three, and the rows, are page.js's).
//
// Query parameters, for tests and demos: `?asOf=YYYY-MM-DD` fixes the reference date
// (default: today), `?locale=nl|fr|en|de` the language of the messages.

import { regionOfPostcode } from "./pkg/web/maatwerk.js";
import { startFormPage } from "./page.js";

const form = document.getElementById("application-form");

/** Belgium first; then the other EU and EEA states, then a few others (ISO 3166 alpha-2). */
const COUNTRIES = [
  ["Andere landen van de EU en de EER", [
    ["AT", "Oostenrijk"], ["BG", "Bulgarije"], ["CY", "Cyprus"], ["CZ", "Tsjechië"], ["DE", "Duitsland"],
    ["DK", "Denemarken"], ["EE", "Estland"], ["ES", "Spanje"], ["FI", "Finland"], ["FR", "Frankrijk"],
    ["GR", "Griekenland"], ["HR", "Kroatië"], ["HU", "Hongarije"], ["IE", "Ierland"], ["IS", "IJsland"],
    ["IT", "Italië"], ["LI", "Liechtenstein"], ["LT", "Litouwen"], ["LU", "Luxemburg"], ["LV", "Letland"],
    ["MT", "Malta"], ["NL", "Nederland"], ["NO", "Noorwegen"], ["PL", "Polen"], ["PT", "Portugal"],
    ["RO", "Roemenië"], ["SE", "Zweden"], ["SI", "Slovenië"], ["SK", "Slowakije"],
  ]],
  ["Buiten de EU en de EER", [["MA", "Marokko"], ["CH", "Zwitserland"], ["TR", "Turkije"], ["GB", "Verenigd Koninkrijk"]]],
];

function fillCountries(select) {
  select.append(new Option("België", "BE", true, true));
  for (const [label, countries] of COUNTRIES) {
    const group = document.createElement("optgroup");
    group.label = label;
    const sorted = [...countries].sort((a, b) => a[1].localeCompare(b[1], "nl"));
    for (const [code, name] of sorted) group.append(new Option(name, code));
    select.append(group);
  }
}

/** The checked value of a radio group, or "" while unanswered. */
function answer(name) {
  return form.querySelector(`input[type=radio][name="${name}"]:checked`)?.value ?? "";
}

/**
 * Whether the establishment lies in the Brussels Region as far as typed: a Brussels postcode in
 * Belgium (the package's own postcode table decides).
 */
function establishmentInBrussels() {
  const country = form.elements["employer.establishmentCountry"].value;
  if (country !== "BE") return false;
  return regionOfPostcode(form.elements["employer.establishmentPostcode"].value.trim()) === "brussels";
}

/**
 * Which parts apply, from the answers so far. Guidance is organised under this scheme by an
 * employer whose indication names it, except at an establishment in the Brussels Region (where
 * only the loonpremie exists, APP-006); conditions that combine answers, and parts that nest (the internal
 * supervisor inside the guidance), are decided here rather than with fields.js' one-answer
 * blocks.
 */
function applicable() {
  const selfEmployed = answer("selfEmployed") === "true";
  const guidance = !selfEmployed
    && answer("vdabIndication.measures.guidance") === "true"
    && !establishmentInBrussels();
  return {
    employer: !selfEmployed,
    selfEmployed,
    guidance,
    internal: guidance && answer("guidance.organisation") === "internal",
    external: guidance && answer("guidance.organisation") === "external",
    establishmentInBelgium: form.elements["employer.establishmentCountry"].value === "BE",
    residenceInBelgium: form.elements["employee.residence.country"].value === "BE",
  };
}

/**
 * Shows the parts that apply and hides the others. A hidden part is disabled too, so the
 * binding does not read it (its values stay for when it shows again): a `<fieldset>` as a
 * whole, which keeps the state of what it holds (a diploma's hidden title field stays
 * disabled); another element control by control (it holds no conditional part itself).
 */
function showApplicable() {
  const now = applicable();
  for (const part of form.querySelectorAll("[data-shown-if]")) {
    const shown = Boolean(now[part.dataset.shownIf]);
    part.hidden = !shown;
    if (part instanceof HTMLFieldSetElement) {
      part.disabled = !shown;
    } else {
      for (const control of part.querySelectorAll("input, select, textarea")) control.disabled = !shown;
    }
  }
}

for (const select of form.querySelectorAll("select[data-countries]")) fillCountries(select);
startFormPage({
  form,
  kind: "application",
  // The application's own rules first, then the internal supervisor's.
  order: ["APP-", "SUP-"],
  // The postcode's region comes from the package, so the parts are decided once it is loaded,
  // before the binding reads the form for the first time: what is hidden is not read.
  beforeAttach() {
    showApplicable();
    // The binding validates after its debounce, so it reads the form as this left it.
    form.addEventListener("change", showApplicable);
  },
});
