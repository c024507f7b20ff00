// Field helpers the form pages share: the diploma select (its list comes from the rule
// catalogue, with an "other diploma" title field), and conditional questions that appear
// only for one answer of another (GOV.UK "conditionally revealing a related question").
//
// A hidden question is also disabled: attachForm leaves disabled controls out, as a browser
// leaves them out of a submission, so what is not asked is not judged.

/** The diploma list from the rule catalogue (SUP-003): the same list the core judges by. */
export function diplomaList(catalogue) {
  const rule = catalogue.find((r) => r.id === "SUP-003");
  const parameter = rule?.parameters.find((p) => p.name === "relevantDiplomas");
  return Array.isArray(parameter?.default) ? parameter.default : [];
}

/**
 * Fills a freshly cloned diploma row: the options of its `[data-diploma-select]`, and the
 * title field (`[data-other-field]`) that shows, enabled, only for "Ander diploma".
 */
export function setupDiplomaRow(row, diplomas) {
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
    field.hidden = !isOther;
    input.disabled = !isOther;
    if (isOther) input.focus();
  });
}

/** The answer a question gives: a radio group its checked value, a checkbox "true"/"false". */
function answer(form, name) {
  const controls = [...form.elements].filter((element) => element.name === name);
  const first = controls[0];
  if (!first) return null;
  if (first.type === "radio") return controls.find((control) => control.checked)?.value ?? null;
  if (first.type === "checkbox") return String(first.checked);
  return first.value;
}

/**
 * Shows every `[data-when="name=value"]` block of `form` only while the control `name`
 * answers `value` (several values: `name=a|b`), and disables the controls inside it while it
 * is hidden. Runs now and after every change; `onToggle()` runs when a block appeared or
 * disappeared.
 */
export function conditionals(form, onToggle) {
  const blocks = [...form.querySelectorAll("[data-when]")];
  const update = (force = false) => {
    let toggled = false;
    for (const block of blocks) {
      const [name, values] = block.dataset.when.split("=");
      const show = values.split("|").includes(answer(form, name) ?? "");
      if (!force && block.hidden === !show) continue;
      block.hidden = !show;
      for (const control of block.querySelectorAll("input, select, textarea")) control.disabled = !show;
      toggled = true;
    }
    return toggled;
  };
  update(true);
  form.addEventListener("change", (event) => {
    if (!event.target.name || !blocks.some((block) => block.dataset.when.startsWith(`${event.target.name}=`))) return;
    if (update()) onToggle?.();
  });
}
