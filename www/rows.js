// Repeatable rows ("add another"): a row is cloned from a <template>, and after every add or
// remove the rows are renumbered so control names stay contiguous (experience[0], [1], ...):
// the names are the wire paths attachForm reads.
//
// A list is named by its wire path, which may be nested: `<ol data-rows="supervisor.diplomas">`
// holds rows whose controls are named `supervisor.diplomas[0].code` with ids
// `supervisor-diplomas-0-code`; its template is `<template id="supervisor-diplomas-row">` and
// its add button `<button data-add="supervisor.diplomas">`.

const INDEXED_ATTRIBUTES = ["id", "name", "for", "aria-describedby", "aria-labelledby", "aria-controls", "data-path"];

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The id form of a list's path: `supervisor.diplomas` -> `supervisor-diplomas`. */
export const idOf = (list) => list.replace(/\./g, "-");

/**
 * Rewrites the index of `list` in one attribute value: `experience[3].from` and the id
 * tokens `experience-3-from` become index `index`. Tokens that do not start with the list's
 * name (the ids attachForm derives, for one) are left alone.
 */
function reindex(value, list, index) {
  const bracket = new RegExp(`^${escape(list)}\\[\\d+\\]`);
  const dashed = new RegExp(`^${escape(idOf(list))}-\\d+(?=-|$)`);
  return value
    .split(/(\s+)/)
    .map((token) => token.replace(bracket, `${list}[${index}]`).replace(dashed, `${idOf(list)}-${index}`))
    .join("");
}

function renumber(container, list) {
  const rows = [...container.children];
  rows.forEach((row, index) => {
    for (const element of [row, ...row.querySelectorAll("*")]) {
      if (element.closest("[data-maatwerk]")) continue; // attachForm's own elements
      for (const attribute of INDEXED_ATTRIBUTES) {
        const value = element.getAttribute(attribute);
        if (value !== null) element.setAttribute(attribute, reindex(value, list, index));
      }
    }
    const number = String(index + 1);
    const legend = row.querySelector("[data-number]");
    if (legend) legend.textContent = legend.textContent.replace(/\d+$/, number);
    const remove = row.querySelector("[data-remove]");
    if (remove) remove.textContent = `${remove.dataset.label} ${number} verwijderen`;
  });
  return rows.length;
}

/**
 * Wires the add buttons and remove buttons of `form`. `onChange(kind)` runs after the rows
 * changed ("add" or "remove"); `setupRow(row)` prepares a freshly cloned row.
 */
export function repeatable(form, { onChange, setupRow, announce }) {
  const lists = new Map();
  for (const container of form.querySelectorAll("[data-rows]")) {
    const list = container.dataset.rows;
    const template = document.getElementById(`${idOf(list)}-row`);
    if (template) lists.set(list, { container, template });
  }

  function add(list) {
    const entry = lists.get(list);
    if (!entry) return null;
    const row = entry.template.content.firstElementChild.cloneNode(true);
    entry.container.append(row);
    const count = renumber(entry.container, list);
    setupRow?.(row);
    row.querySelector("input:not([disabled]), select, textarea")?.focus();
    announce?.(`${row.querySelector("[data-number]")?.textContent ?? "Rij"} toegevoegd.`);
    onChange?.("add", count);
    return row;
  }

  function remove(row, list) {
    const entry = lists.get(list);
    if (!entry) return;
    const label = row.querySelector("[data-number]")?.textContent ?? "Rij";
    const next = row.nextElementSibling ?? row.previousElementSibling;
    row.remove();
    const count = renumber(entry.container, list);
    // Focus stays in the list: on the row that took its place, else on the add button.
    const target = next?.querySelector("input:not([disabled]), select, textarea")
      ?? form.querySelector(`[data-add="${list}"]`);
    target?.focus();
    announce?.(`${label} verwijderd.`);
    onChange?.("remove", count);
  }

  form.addEventListener("click", (event) => {
    const button = event.target.closest("button[data-add], button[data-remove]");
    if (!button || !form.contains(button)) return;
    if (button.dataset.add) {
      add(button.dataset.add);
      return;
    }
    const container = button.closest("[data-rows]");
    const row = button.closest("[data-rows] > *");
    if (container && row) remove(row, container.dataset.rows);
  });

  return { add };
}
