// The registration of an external service provider (externe dienstverlener): validated live
// by attachForm (kind "providerRegistration"), with the supervisors as repeatable rows (each
// with its own diplomas and experience), the working area, questions that appear for one
// answer, the completeness bar, the requirement panel and the language switch.
//
// Query parameters, for tests and demos: `?asOf=YYYY-MM-DD` fixes the reference date
// (default: today), `?locale=nl|fr|en|de` the language of the messages.

import init, { attachForm, rules } from "./pkg/maatwerk.js";
import { repeatable } from "./rows.js";
import { renderMissing, renderProgress, renderRequirements, ruleTitles } from "./requirements.js";
import { conditionals, diplomaList, setupDiplomaRow } from "./fields.js";
import { DUTCH_NAMES, currentLocale, linkLocale, mountLanguageSwitch, reattachForm } from "./lang.js";

const KIND = "providerRegistration";
const form = document.getElementById("provider-form");
const requirements = document.getElementById("requirements");
const bar = document.getElementById("completeness-bar");
const completeness = document.getElementById("completeness");
const missing = document.getElementById("missing");
const announcer = document.getElementById("announcer");
const done = document.getElementById("submitted");

/** The registration's rules first, then each supervisor's qualification. */
const ORDER = ["EXT-", "SUP-"];

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

/**
 * The report with each supervisor's qualification (SUP-001, one per supervisor, in the order
 * of the form) named after its row: "Begeleider 2: ...".
 */
function labelSupervisors(report) {
  let number = 0;
  const requirements = report.requirements.map((requirement) => (requirement.rule === "SUP-001"
    ? { ...requirement, explanation: `Begeleider ${(number += 1)}: ${requirement.explanation}` }
    : requirement));
  return { ...report, requirements };
}

// ---- Provinces -----------------------------------------------------------------------------

/**
 * The provinces are a list of names on the wire (`workingArea.provinces[0] = "limburg"`), while
 * a checkbox gives a boolean: the checkboxes have no name, and each ticked one is mirrored by a
 * hidden input named with the next index.
 */
function syncProvinces() {
  const values = document.getElementById("province-values");
  const ticked = [...form.querySelectorAll("input[data-province]")].filter((box) => box.checked);
  values.replaceChildren(...ticked.map((box, index) => {
    const input = document.createElement("input");
    input.type = "hidden";
    input.name = `workingArea.provinces[${index}]`;
    input.value = box.dataset.province;
    return input;
  }));
}

// ---- Questions behind a checkbox of the page's own -----------------------------------------

/**
 * A checkbox `[data-reveals=id]` that is no field of the wire (it has no name) shows the block
 * `#id` and enables its controls while ticked; unticked, the block hides and what it holds is
 * not read.
 */
function reveals() {
  for (const box of form.querySelectorAll("input[data-reveals]")) {
    const block = document.getElementById(box.dataset.reveals);
    const update = () => {
      block.hidden = !box.checked;
      for (const control of block.querySelectorAll("input, select, textarea")) control.disabled = !box.checked;
    };
    box.addEventListener("change", update);
    update();
  }
}

// ---- Lists inside a supervisor -------------------------------------------------------------

// rows.js keeps the supervisors' own list contiguous and renumbers everything named after
// `supervisors[i]` inside a row; the diplomas and experience of one supervisor are lists inside
// that row, added after the page loaded, so they are wired here: a container
// `[data-sublist=diplomas][data-path="supervisors[1].diplomas"]` takes its rows from
// `<template id="diplomas-subrow">`.

const INDEXED = ["id", "name", "for", "aria-describedby", "aria-labelledby", "aria-controls", "data-path"];

/** The id stem of a wire path: `supervisors[1].diplomas` -> `supervisors-1-diplomas`. */
const idOf = (path) => path.replace(/\[(\d+)\]/g, "-$1").replace(/\./g, "-");
const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The row's number in its legend and its remove button. */
function numberRow(row, index) {
  const legend = row.querySelector("[data-sub-number]");
  if (legend) legend.textContent = legend.textContent.replace(/\d+$/, String(index + 1));
  const remove = row.querySelector("[data-sublist-remove]");
  if (remove) remove.textContent = `${remove.dataset.label} ${index + 1} verwijderen`;
}

/**
 * After a row left a list: tokens that start with the list's path (`...diplomas[3]`) or its id
 * stem (`...-diplomas-3`) take the row's new index; other tokens (the ids the binding added to
 * `aria-describedby`) stay.
 */
function renumberSublist(list) {
  const base = list.dataset.path;
  const bracket = new RegExp(`^${escape(base)}\\[\\d+\\]`);
  const dashed = new RegExp(`^${escape(idOf(base))}-\\d+(?=-|$)`);
  [...list.querySelector("[data-sublist-rows]").children].forEach((row, index) => {
    for (const element of [row, ...row.querySelectorAll("*")]) {
      if (element.closest("[data-maatwerk]")) continue;
      for (const attribute of INDEXED) {
        const value = element.getAttribute(attribute);
        if (value === null) continue;
        const next = value
          .split(/(\s+)/)
          .map((token) => token.replace(bracket, `${base}[${index}]`).replace(dashed, `${idOf(base)}-${index}`))
          .join("");
        if (next !== value) element.setAttribute(attribute, next);
      }
    }
    numberRow(row, index);
  });
}

function sublists({ setupRow, onChange }) {
  function add(list) {
    const rows = list.querySelector("[data-sublist-rows]");
    const template = document.getElementById(`${list.dataset.sublist}-subrow`);
    const index = rows.children.length;
    // The container's path is read now: rows.js renumbers it when a supervisor leaves.
    const path = `${list.dataset.path}[${index}]`;
    const row = template.content.firstElementChild.cloneNode(true);
    for (const element of [row, ...row.querySelectorAll("*")]) {
      for (const attribute of INDEXED) {
        const value = element.getAttribute(attribute);
        if (value?.includes("{")) {
          element.setAttribute(attribute, value.replaceAll("{path}", path).replaceAll("{id}", idOf(path)));
        }
      }
    }
    numberRow(row, index);
    rows.append(row);
    setupRow(row);
    row.querySelector("input:not([disabled]), select, textarea")?.focus();
    announce(`${row.querySelector("[data-sub-number]").textContent} toegevoegd.`);
    onChange();
  }

  function remove(row, list) {
    const label = row.querySelector("[data-sub-number]")?.textContent ?? "Rij";
    const next = row.nextElementSibling ?? row.previousElementSibling;
    row.remove();
    renumberSublist(list);
    const target = next?.querySelector("input:not([disabled]), select, textarea")
      ?? list.querySelector("[data-sublist-add]");
    target?.focus();
    announce(`${label} verwijderd.`);
    onChange();
  }

  form.addEventListener("click", (event) => {
    const button = event.target.closest("button[data-sublist-add], button[data-sublist-remove]");
    const list = button?.closest("[data-sublist]");
    if (!list || !form.contains(list)) return;
    if (button.hasAttribute("data-sublist-add")) add(list);
    else remove(button.closest("[data-sublist-rows] > *"), list);
  });
}

// ---- The page ------------------------------------------------------------------------------

async function main() {
  await init();
  let locale = currentLocale();
  let titles = ruleTitles(rules(locale));
  // The diploma titles are the official Dutch ones, like the page's labels.
  const diplomas = diplomaList(rules("nl"));
  const attach = () => attachForm(form, KIND, { ...asOf(), locale });

  form.addEventListener("maatwerk:report", (event) => {
    const report = event.detail;
    renderRequirements(requirements, null, labelSupervisors(report), titles, { lang: locale, order: ORDER });
    renderProgress(bar, completeness, report.completeness);
    renderMissing(missing, form, report.completeness.missing);
    document.getElementById("missing-block").hidden = report.completeness.missing.length === 0;
    if (!report.valid) done.hidden = true;
  });
  form.addEventListener("maatwerk:valid", () => {
    done.hidden = false;
    done.focus();
  });

  // Before the binding reads the form for the first time.
  syncProvinces();
  // The binding validates after its debounce, so it reads the hidden inputs as this left them.
  form.addEventListener("change", (event) => {
    if (event.target.matches("input[data-province]")) syncProvinces();
  });
  reveals();

  let handle = attach();
  // After a submit attempt every issue shows, so a new row's gaps show at once; before,
  // re-validate quietly and let the user reach the new fields first.
  const changed = () => (handle.submitted ? handle.validate() : handle.refresh());
  repeatable(form, { announce, onChange: changed });
  sublists({ setupRow: (row) => setupDiplomaRow(row, diplomas), onChange: changed });
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
