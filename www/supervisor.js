// The qualified-supervisor form: validated live by attachForm (the wasm package), with
// add/remove rows and a requirement panel fed by the `maatwerk:report` event.
//
// Query parameters, for tests and demos: `?asOf=YYYY-MM-DD` fixes the reference date
// (default: today), `?locale=nl|fr|en|de` the language of the messages.

import init, { attachForm, rules } from "./pkg/maatwerk.js";
import { repeatable } from "./rows.js";
import { renderRequirements, ruleTitles } from "./requirements.js";

const form = document.getElementById("supervisor-form");
const requirements = document.getElementById("requirements");
const completeness = document.getElementById("completeness");
const announcer = document.getElementById("announcer");
const done = document.getElementById("submitted");

function options() {
  const query = new URLSearchParams(window.location.search);
  const out = {};
  if (query.get("asOf")) out.asOf = query.get("asOf");
  if (query.get("locale")) out.locale = query.get("locale");
  return out;
}

function announce(text) {
  // Emptied first so the same text twice is announced twice.
  announcer.textContent = "";
  window.setTimeout(() => { announcer.textContent = text; }, 50);
}

/** The diploma list comes from the rule catalogue: the same list the core judges by. */
function diplomaList(catalogue) {
  const rule = catalogue.find((r) => r.id === "SUP-003");
  const parameter = rule?.parameters.find((p) => p.name === "relevantDiplomas");
  return Array.isArray(parameter?.default) ? parameter.default : [];
}

function setupDiplomaRow(row, diplomas) {
  const select = row.querySelector("[data-diploma-select]");
  if (!select) return;
  const other = select.querySelector("[data-other]");
  for (const { code, title } of diplomas) {
    select.insertBefore(new Option(title, code), other);
  }
  const field = row.querySelector("[data-other-field]");
  const input = field.querySelector("input");
  select.addEventListener("change", () => {
    const isOther = select.selectedOptions[0] === other;
    // A hidden title is disabled too, so the binding does not read it.
    field.hidden = !isOther;
    input.disabled = !isOther;
    if (isOther) input.focus();
  });
}

function showLoadError(error) {
  const box = document.getElementById("load-error");
  box.textContent = `Het nakijken kon niet starten: ${error.message}`;
  box.hidden = false;
}

async function main() {
  await init();
  const settings = options();
  const catalogue = rules(settings.locale);
  const titles = ruleTitles(catalogue);
  const diplomas = diplomaList(catalogue);

  form.addEventListener("maatwerk:report", (event) => {
    renderRequirements(requirements, completeness, event.detail, titles);
    if (!event.detail.valid) done.hidden = true;
  });
  form.addEventListener("maatwerk:valid", () => {
    done.hidden = false;
    done.focus();
  });

  const handle = attachForm(form, "supervisor", settings);
  repeatable(form, {
    announce,
    setupRow: (row) => setupDiplomaRow(row, diplomas),
    // After a submit attempt every issue shows, so the new row's gaps show at once; before,
    // re-validate quietly and let the user reach the new fields first.
    onChange: () => (handle.submitted ? handle.validate() : handle.refresh()),
  });
  // For the browser tests and the curious: the handle of this page's form.
  window.maatwerkDemo = { handle };
}

main().catch(showLoadError);
