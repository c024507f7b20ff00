// The requirement panel: each requirement of the last Report with its status and the core's
// explanation ("Geen relevant diploma en 19 van de 24 maanden ..."), SUP-001 first.

const STATUS_TEXT = {
  met: "Voldaan",
  notMet: "Niet voldaan",
  unknown: "Nog niet te beoordelen",
};

/** Titles of the rules by id, from the catalogue (`rules(locale)`). */
export function ruleTitles(catalogue) {
  return new Map(catalogue.map((rule) => [rule.id, rule.title]));
}

function item(requirement, titles) {
  const li = document.createElement("li");
  li.className = `requirement requirement--${requirement.status}`;
  li.dataset.rule = requirement.rule;
  li.dataset.status = requirement.status;
  const head = document.createElement("p");
  head.className = "requirement__head";
  const title = document.createElement("span");
  title.className = "requirement__title";
  title.textContent = `${titles.get(requirement.rule) ?? requirement.rule} (${requirement.rule})`;
  const status = document.createElement("span");
  status.className = "requirement__status";
  status.textContent = STATUS_TEXT[requirement.status] ?? requirement.status;
  head.append(title, " ", status);
  const explanation = document.createElement("p");
  explanation.className = "requirement__explanation";
  explanation.textContent = requirement.explanation;
  li.append(head, explanation);
  return li;
}

/** Renders `report` into the panel; touches the DOM only when something changed. */
export function renderRequirements(list, completeness, report, titles) {
  const ordered = [...report.requirements].sort((a, b) =>
    a.rule === "SUP-001" ? -1 : b.rule === "SUP-001" ? 1 : a.rule.localeCompare(b.rule));
  const key = JSON.stringify(ordered.map((r) => [r.rule, r.status, r.explanation]));
  if (list.dataset.key !== key) {
    list.dataset.key = key;
    list.replaceChildren(...ordered.map((requirement) => item(requirement, titles)));
  }
  const { required, filled } = report.completeness;
  completeness.textContent = `${filled} van de ${required} verplichte gegevens ingevuld.`;
}
