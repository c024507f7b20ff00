// What the form pages (application, plan, provider, supervisor) share: loading the package,
// the binding (`attachForm`) with the page's reference date and language, the requirement
// panel and completeness fed by the `maatwerk:report` event, the confirmation on
// `maatwerk:valid`, repeatable rows that re-validate the form, the language switch that
// switches the binding's language (`handle.setLocale`), `window.maatwerkDemo.handle` and the load error. A page
// script keeps only what is its own (parts that show when they apply, country lists, nested
// rows, ...) and hands it to `startFormPage` as hooks.
//
// Query parameters, for tests and demos: `?asOf=YYYY-MM-DD` fixes the reference date
// (default: today), `?locale=nl|fr|en|de` the language of the messages.
//
// The page's elements, by id: `load-error`, `announcer`, `submitted`, `requirements`,
// `completeness`; the longer forms add `completeness-bar`, `missing` and `missing-block` (the
// bar and the list of what is missing), the others get the completeness sentence under the
// panel.

import init, { loadLocale, rules } from "./pkg/index.js";
import { attachForm } from "./pkg/dom/index.js";
import { repeatable } from "./rows.js";
import { renderMissing, renderProgress, renderRequirements, ruleTitles } from "./requirements.js";
import { diplomaList, setupDiplomaRow } from "./fields.js";
import { DUTCH_NAMES, currentLocale, linkLocale, mountLanguageSwitch } from "./lang.js";

/** attachForm's `asOf` option from the address, if it has one. */
function asOf() {
  const value = new URLSearchParams(window.location.search).get("asOf");
  return value ? { asOf: value } : {};
}

/** Says `text` through the page's live region (`#announcer`). */
export function announce(text) {
  const announcer = document.getElementById("announcer");
  // Emptied first so the same text twice is announced twice.
  announcer.textContent = "";
  window.setTimeout(() => { announcer.textContent = text; }, 50);
}

function showLoadError(error) {
  const box = document.getElementById("load-error");
  box.textContent = `Het nakijken kon niet starten: ${error.message}`;
  box.hidden = false;
}

/** The default of `setupRow`: a new row's diploma select gets the catalogue's list. */
const diplomaRow = (row, page) => setupDiplomaRow(row, page.diplomas);

/**
 * Starts a form page; a failure to start shows in `#load-error`. Options:
 *
 * - `form`: the `<form>`; `kind`: attachForm's kind (`"supportPlan"`, ...).
 * - `order`: the id prefixes that come first in the requirement panel, in that order
 *   (default: renderRequirements' own).
 * - `panelReport(report)`: the report as the panel shows it (default: as it is).
 * - `setupRow(row, page)`: prepares a row rows.js added (default: the diploma select, if the
 *   row has one); `null` for none.
 * - `beforeAttach(page)`: runs once the package is loaded, before the binding reads the form
 *   for the first time (what it hides then is not read). Listeners it adds on `change` run
 *   before the binding's, which validates after its debounce.
 * - `afterAttach(page)`: runs once the binding and the rows are wired, for what re-validates
 *   through `page.changed`.
 *
 * `page` holds `form`, `diplomas` (the diploma list, official Dutch titles like the page's
 * labels), `setupDiplomaRow(row)`, `announce(text)` and `changed()`, which re-validates the
 * form as it stands: after a submit attempt every issue shows, so a new row's gaps show at
 * once; before, quietly, so the user reaches the new fields first.
 */
export function startFormPage(options) {
  return start(options).catch(showLoadError);
}

async function start({ form, kind, order, panelReport = (report) => report, setupRow = diplomaRow, beforeAttach, afterAttach }) {
  const requirements = document.getElementById("requirements");
  const completeness = document.getElementById("completeness");
  const bar = document.getElementById("completeness-bar");
  const missing = document.getElementById("missing");
  const done = document.getElementById("submitted");

  let locale = currentLocale();
  // The module and the texts of the page's language only; another language loads when the
  // user switches to it.
  await init({ locales: [locale] });
  let titles = ruleTitles(rules(locale));
  const diplomas = diplomaList(rules("nl"));
  const attach = () => attachForm(form, kind, { ...asOf(), locale });
  let handle = null;

  const page = {
    form,
    diplomas,
    setupDiplomaRow: (row) => setupDiplomaRow(row, diplomas),
    announce,
    changed() {
      try {
        if (handle.submitted) handle.validate();
        else handle.refresh();
      } catch {
        // The page (or a test) detached the binding: nothing to validate any more.
      }
    },
  };

  form.addEventListener("maatwerk:report", (event) => {
    const report = event.detail;
    if (bar) {
      renderRequirements(requirements, null, panelReport(report), titles, { lang: locale, order });
      renderProgress(bar, completeness, report.completeness);
      renderMissing(missing, form, report.completeness.missing);
      document.getElementById("missing-block").hidden = report.completeness.missing.length === 0;
    } else {
      renderRequirements(requirements, completeness, panelReport(report), titles, { lang: locale, order });
    }
    if (!report.valid) done.hidden = true;
  });
  form.addEventListener("maatwerk:valid", () => {
    done.hidden = false;
    done.focus();
  });

  beforeAttach?.(page);
  handle = attach();
  repeatable(form, {
    announce,
    setupRow: setupRow ? (row) => setupRow(row, page) : undefined,
    onChange: page.changed,
  });
  afterAttach?.(page);

  linkLocale(locale);
  let asked = locale;
  mountLanguageSwitch(document.querySelector(".lang-switch"), async (next) => {
    asked = next;
    try {
      await loadLocale(next);
    } catch {
      announce(`De meldingen konden niet in het ${DUTCH_NAMES[next]} laden; ze blijven in het ${DUTCH_NAMES[locale]}.`);
      return;
    }
    // A later click wins, whichever language's texts arrive first.
    if (asked !== next) return;
    locale = next;
    titles = ruleTitles(rules(locale));
    handle.setLocale(locale);
    linkLocale(locale);
    announce(`De meldingen staan nu in het ${DUTCH_NAMES[locale]}.`);
  });
  // For the browser tests and the curious: the handle of this page's form.
  window.maatwerkDemo = { handle };
}
