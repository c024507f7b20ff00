// The requirement panel: each requirement of the last Report with its status (met, not met,
// not decidable yet, not applicable) and the core's explanation ("Geen relevant diploma en 19
// van de 24 maanden ..."), and how complete the form is (`report.completeness`): a sentence,
// and on the longer forms a progress bar and the list of what is still missing, each linked
// to its field.

const STATUS_TEXT = {
  nl: { met: "Voldaan", notMet: "Niet voldaan", unknown: "Nog niet te beoordelen", notApplicable: "Niet van toepassing" },
  fr: { met: "Satisfait", notMet: "Non satisfait", unknown: "Pas encore évaluable", notApplicable: "Sans objet" },
  en: { met: "Met", notMet: "Not met", unknown: "Not decidable yet", notApplicable: "Not applicable" },
  de: { met: "Erfüllt", notMet: "Nicht erfüllt", unknown: "Noch nicht beurteilbar", notApplicable: "Nicht anwendbar" },
};

/** The badge of a status in the messages' language (Dutch when the page gives none). */
function statusText(status, lang) {
  return (STATUS_TEXT[lang] ?? STATUS_TEXT.nl)[status] ?? status;
}

/** Titles of the rules by id, from the catalogue (`rules(locale)`). */
export function ruleTitles(catalogue) {
  return new Map(catalogue.map((rule) => [rule.id, rule.title]));
}

function item(requirement, titles, lang) {
  const li = document.createElement("li");
  li.className = `requirement requirement--${requirement.status}`;
  li.dataset.rule = requirement.rule;
  li.dataset.status = requirement.status;
  const head = document.createElement("p");
  head.className = "requirement__head";
  const title = document.createElement("span");
  title.className = "requirement__title";
  const id = document.createElement("span");
  id.className = "requirement__id";
  id.textContent = `(${requirement.rule})`;
  title.append(`${titles.get(requirement.rule) ?? requirement.rule} `, id);
  const status = document.createElement("span");
  status.className = "requirement__status";
  status.textContent = statusText(requirement.status, lang);
  head.append(title, " ", status);
  const explanation = document.createElement("p");
  explanation.className = "requirement__explanation";
  explanation.textContent = requirement.explanation;
  // The titles, explanations and status badges come in the messages' language.
  if (lang) {
    title.lang = lang;
    status.lang = lang;
    explanation.lang = lang;
  }
  li.append(head, explanation);
  return li;
}

/** Sorts by the first prefix of `order` an id starts with, then by id. */
function rank(order) {
  const of = (id) => {
    const index = order.findIndex((prefix) => id.startsWith(prefix));
    return index === -1 ? order.length : index;
  };
  return (a, b) => of(a.rule) - of(b.rule) || a.rule.localeCompare(b.rule);
}

/** The sentence under the panel: "23 van 31 verplichte gegevens ingevuld". */
export function completenessText({ required, filled }) {
  return `${filled} van ${required} verplichte gegevens ingevuld`;
}

/**
 * Renders `report` into the panel; touches the DOM only when something changed.
 * `completeness` (a paragraph, may be null) gets the completeness sentence. Options:
 * `lang`, the language of the titles and explanations; `order`, id prefixes that come first,
 * in that order (default `["SUP-001"]`).
 */
export function renderRequirements(list, completeness, report, titles, { lang, order = ["SUP-001"] } = {}) {
  const ordered = [...report.requirements].sort(rank(order));
  const key = JSON.stringify([lang, ordered.map((r) => [r.rule, r.status, r.explanation, titles.get(r.rule)])]);
  if (list.dataset.key !== key) {
    list.dataset.key = key;
    list.replaceChildren(...ordered.map((requirement) => item(requirement, titles, lang)));
  }
  if (completeness) {
    const text = `${completenessText(report.completeness)}.`;
    if (completeness.textContent !== text) completeness.textContent = text;
  }
}

/**
 * Shows `report.completeness` in a `<progress>` (labelled by the page) and a sentence with
 * the numbers; the bar carries the sentence as `aria-valuetext`, so a screen reader says
 * "23 van 31 ..." rather than a percentage.
 */
export function renderProgress(bar, text, { required, filled }) {
  const sentence = completenessText({ required, filled });
  if (text.textContent === sentence) return;
  bar.max = Math.max(required, 1);
  bar.value = required === 0 ? 1 : filled;
  bar.setAttribute("aria-valuetext", sentence);
  bar.dataset.filled = String(filled);
  bar.dataset.required = String(required);
  text.textContent = sentence;
}

/** The words of a label without its "(niet verplicht)" and the binding's messages. */
function labelText(label) {
  const copy = label.cloneNode(true);
  for (const extra of copy.querySelectorAll(".optional, [data-maatwerk], .visually-hidden")) extra.remove();
  return copy.textContent.replace(/\s+/g, " ").trim();
}

/** The element a missing path points at, and words for it (its label or legend). */
function locate(form, path) {
  const control = [...form.elements].find((element) => element.name === path && !element.disabled);
  if (control) {
    const group = control.type === "radio" ? control.closest("fieldset") : null;
    const label = group?.querySelector(":scope > legend")
      ?? (control.id && form.querySelector(`label[for="${CSS.escape(control.id)}"]`));
    return { target: control, text: label ? labelText(label) : path };
  }
  const container = form.querySelector(`[data-path="${CSS.escape(path)}"]`);
  if (container) {
    const target = container.querySelector("input:not([disabled]), select:not([disabled]), textarea:not([disabled]), button");
    const legend = container.querySelector(":scope > legend, :scope > h2, :scope > h3");
    return { target, text: legend ? labelText(legend) : path };
  }
  return { target: null, text: path };
}

/** Document order; what has no element goes last. */
function byPosition(a, b) {
  if (!a.target || !b.target) return Number(!a.target) - Number(!b.target);
  return a.target.compareDocumentPosition(b.target) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

/**
 * Lists the paths in `missing` in `list` (a `<ul>`) in the order of the form, each as a link
 * that moves focus to its field; names each by the field's label, and prefixes it with the
 * section (`legend`) it is in when that tells fields with the same label apart
 * ("Werknemer: Naam").
 */
export function renderMissing(list, form, missing) {
  const key = JSON.stringify(missing);
  if (list.dataset.key === key) return;
  list.dataset.key = key;
  const located = missing.map((path) => ({ path, ...locate(form, path) })).sort(byPosition);
  list.replaceChildren(...located.map(({ path, target, text }) => {
    const li = document.createElement("li");
    const section = target?.closest("fieldset.group")?.querySelector(":scope > legend");
    const words = section && !text.startsWith(labelText(section)) ? `${labelText(section)}: ${text}` : text;
    if (!target) {
      li.textContent = words;
      return li;
    }
    if (!target.id) target.id = `field-${path.replace(/[^A-Za-z0-9]+/g, "-")}`;
    const link = document.createElement("a");
    link.href = `#${target.id}`;
    link.textContent = words;
    link.dataset.missing = path;
    link.addEventListener("click", (event) => {
      event.preventDefault();
      // Found again: rows may have been renumbered since the list was drawn.
      (locate(form, path).target ?? target).focus();
    });
    li.append(link);
    return li;
  }));
}
