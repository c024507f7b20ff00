// The support plan (ondersteuningsplan): validated live by attachForm (kind "supportPlan"),
// with repeatable rows, questions that appear for one answer, the requirement panel and a
// completeness bar fed by the `maatwerk:report` event, and the language switch.
//
// Query parameters, for tests and demos: `?asOf=YYYY-MM-DD` fixes the reference date
// (default: today), `?locale=nl|fr|en|de` the language of the messages.

import init, { attachForm, rules } from "./pkg/maatwerk.js";
import { repeatable } from "./rows.js";
import { renderMissing, renderProgress, renderRequirements, ruleTitles } from "./requirements.js";
import { conditionals, diplomaList, setupDiplomaRow } from "./fields.js";
import { DUTCH_NAMES, currentLocale, linkLocale, mountLanguageSwitch, reattachForm } from "./lang.js";

const KIND = "supportPlan";
const form = document.getElementById("plan-form");
const requirements = document.getElementById("requirements");
const bar = document.getElementById("completeness-bar");
const completeness = document.getElementById("completeness");
const missing = document.getElementById("missing");
const announcer = document.getElementById("announcer");
const done = document.getElementById("submitted");

/** The plan's own rules first, then the guidance arrangements, then the supervisor's. */
const ORDER = ["PLAN-", "GUI-", "SUP-"];

function asOf() {
  const value = new URLSearchParams(window.location.search).get("asOf");
  return value ? { asOf: value } : {};
}

function announce(text) {
  // Emptied first so the same text twice is announced twice.
  announcer.textContent = "";
  window.setTimeout(() => { announcer.textContent = text; }, 50);
}

function showLoadError(error) {
  const box = document.getElementById("load-error");
  box.textContent = `Het nakijken kon niet starten: ${error.message}`;
  box.hidden = false;
}

async function main() {
  await init();
  let locale = currentLocale();
  let titles = ruleTitles(rules(locale));
  // The diploma titles are the official Dutch ones, like the page's labels.
  const diplomas = diplomaList(rules("nl"));
  const attach = () => attachForm(form, KIND, { ...asOf(), locale });

  form.addEventListener("maatwerk:report", (event) => {
    const report = event.detail;
    renderRequirements(requirements, null, report, titles, { lang: locale, order: ORDER });
    renderProgress(bar, completeness, report.completeness);
    renderMissing(missing, form, report.completeness.missing);
    document.getElementById("missing-block").hidden = report.completeness.missing.length === 0;
    if (!report.valid) done.hidden = true;
  });
  form.addEventListener("maatwerk:valid", () => {
    done.hidden = false;
    done.focus();
  });

  let handle = attach();
  // After a submit attempt every issue shows, so a new row's gaps show at once; before,
  // re-validate quietly and let the user reach the new fields first.
  const changed = () => {
    try {
      if (handle.submitted) handle.validate();
      else handle.refresh();
    } catch {
      // The page (or a test) detached the binding: nothing to validate any more.
    }
  };
  repeatable(form, {
    announce,
    setupRow: (row) => setupDiplomaRow(row, diplomas),
    onChange: changed,
  });
  conditionals(form, changed);

  linkLocale(locale);
  mountLanguageSwitch(document.querySelector(".lang-switch"), (next) => {
    locale = next;
    titles = ruleTitles(rules(locale));
    handle = reattachForm(form, handle, attach);
    window.maatwerkDemo.handle = handle;
    linkLocale(locale);
    announce(`De meldingen staan nu in het ${DUTCH_NAMES[locale]}.`);
  });
  // For the browser tests and the curious: the handle of this page's form.
  window.maatwerkDemo = { handle };
}

main().catch(showLoadError);
