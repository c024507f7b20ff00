// The registration of an external service provider (externe dienstverlener): validated live
// by attachForm (kind "providerRegistration"), with the supervisors as repeatable rows (each
// with its own diplomas and experience), the working area, questions that appear for one
// answer, the completeness bar, the requirement panel and the language switch (page.js).
//
// Query parameters, for tests and demos: `?asOf=YYYY-MM-DD` fixes the reference date
// (default: today), `?locale=nl|fr|en|de` the language of the messages.

import { conditionals } from "./fields.js";
import { announce, startFormPage } from "./page.js";

const form = document.getElementById("provider-form");

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

startFormPage({
  form,
  kind: "providerRegistration",
  // The registration's rules first, then each supervisor's qualification.
  order: ["EXT-", "SUP-"],
  panelReport: labelSupervisors,
  // A supervisor row has no diploma select of its own: its diplomas are a sublist.
  setupRow: null,
  beforeAttach() {
    // Before the binding reads the form for the first time.
    syncProvinces();
    // The binding validates after its debounce, so it reads the hidden inputs as this left them.
    form.addEventListener("change", (event) => {
      if (event.target.matches("input[data-province]")) syncProvinces();
    });
    reveals();
  },
  afterAttach({ setupDiplomaRow, changed }) {
    sublists({ setupRow: setupDiplomaRow, onChange: changed });
    conditionals(form, changed);
  },
});
