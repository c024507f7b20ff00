// The rule catalogue: one table per family, built at runtime from `rules(locale)`, so the
// page never repeats what the library says and never falls behind it. The language switch
// renders it again in another language; the page's own words (headings, column names,
// severities) stay Dutch.

import init, { rules } from "./pkg/index.js";
import { DUTCH_NAMES, currentLocale, linkLocale, mountLanguageSwitch } from "./lang.js";

const root = document.getElementById("catalogue");
const announcer = document.getElementById("announcer");

/** The families in Dutch, with what they check. Unknown families show by their name. */
const FAMILIES = {
  form: ["Vorm van de invoer", "Wat elk formulier moet zijn voor het nagekeken kan worden."],
  id: ["Identificatienummers", "Rijksregisternummer, ondernemingsnummer, rekeningnummer en postcode."],
  calendar: ["Kalender en werkdagen", "Hoe termijnen in werkdagen geteld worden."],
  supervisor: ["Gekwalificeerd begeleider", "Diploma of ervaring, één verantwoordelijke, kerncompetenties."],
  application: ["Aanvraag", "De aanvraag van de loonpremie, de begeleidingspremie en de ondersteuningspremie."],
  provider: ["Externe dienstverlener", "De registratie van een externe dienstverlener."],
  guidance: ["Begeleidingsafspraken", "Bereikbaarheid, aanwezigheid op de werkvloer, opvolging, collega-coach en back-up."],
  plan: ["Ondersteuningsplan", "Wanneer het plan er moet zijn, wat erin staat en wie het ondertekent."],
};

const SEVERITY = {
  E: "Fout (of lichter)",
  W: "Waarschuwing (of lichter)",
  I: "Opmerking",
  "-": "Geen melding",
};

const CONFIDENCE = {
  high: "hoog",
  medium: "middel",
  low: "laag",
  notApplicable: "niet van toepassing",
};

const COLUMNS = ["Regel", "Ernst", "Omschrijving", "Bron", "Geldt vanaf", "Parameters", "Codes"];

const dateFormat = new Intl.DateTimeFormat("nl-BE", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

function element(tag, { className, text, lang } = {}, ...children) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  if (lang) node.lang = lang;
  node.append(...children);
  return node;
}

/**
 * A code with break opportunities after its dots and underscores and before the capitals of
 * a camelCase name, so long codes wrap there and nowhere else.
 */
function code(text) {
  const node = element("code");
  for (const part of text.split(/(?<=[._])|(?=[A-Z])/)) node.append(part, element("wbr"));
  node.lastChild?.remove();
  return node;
}

function effective(iso) {
  const time = element("time", { text: iso });
  time.dateTime = iso;
  const date = new Date(`${iso}T00:00:00Z`);
  if (!Number.isNaN(date.getTime())) time.textContent = dateFormat.format(date);
  return time;
}

/** The id of the list that shows a list-valued default in full, under the family's table. */
const listId = (family, name) => `default-${family}-${name}`;

/** One entry of a list-valued default: a diploma "title (code)", or the value itself. */
function entry(value) {
  const li = element("li");
  if (value && typeof value === "object" && "title" in value) {
    li.append(String(value.title));
    if ("code" in value) li.append(" (", code(String(value.code)), ")");
  } else {
    li.append(code(typeof value === "string" ? value : JSON.stringify(value)));
  }
  return li;
}

/**
 * A parameter's default in its cell: a value as code; a list (the diploma list) as a link to
 * the full list under the table, which a narrow cell could not hold.
 */
function value(family, name, value) {
  if (Array.isArray(value)) {
    const link = element("a", { text: `${value.length} ${value.length === 1 ? "waarde" : "waarden"}` });
    link.href = `#${listId(family, name)}`;
    return link;
  }
  return code(typeof value === "string" ? value : JSON.stringify(value));
}

/**
 * A parameter's dated values, oldest first: each is in force from its date until the next
 * one's, and a verdict takes the one in force on its as-of date. A list-valued value shows
 * its size only: the current list is linked, once, from the current value above.
 */
function history(family, name, values) {
  const dates = Object.keys(values ?? {}).sort();
  const list = element("ol", { className: "parameter__history" });
  for (const from of dates) {
    const dated = values[from];
    const shown = Array.isArray(dated)
      ? element("span", { text: `${dated.length} ${dated.length === 1 ? "waarde" : "waarden"}` })
      : value(family, name, dated);
    const item = element("li", {}, "vanaf ", effective(from), ": ", shown);
    item.dataset.from = from;
    list.append(item);
  }
  return list;
}

function parameters(rule) {
  if (rule.parameters.length === 0) return element("span", { className: "muted", text: "Geen" });
  const list = element("ul", { className: "parameters" });
  for (const parameter of rule.parameters) {
    const li = element("li");
    const name = code(parameter.name);
    name.className = "parameter__name";
    li.append(name, ": ", value(rule.family, parameter.name, parameter.default), history(rule.family, parameter.name, parameter.history));
    list.append(li);
  }
  return list;
}

/** The list-valued defaults of a family's rules, each once, with the rules that read it. */
function defaultLists(family, list) {
  const lists = new Map();
  for (const rule of list) {
    for (const parameter of rule.parameters) {
      if (!Array.isArray(parameter.default)) continue;
      if (!lists.has(parameter.name)) lists.set(parameter.name, { values: parameter.default, rules: [] });
      lists.get(parameter.name).rules.push(rule.id);
    }
  }
  return [...lists].map(([name, { values, rules }]) => {
    const heading = element("h3", {}, "Standaardwaarde van ", code(name));
    heading.id = listId(family, name);
    const used = element("p", { className: "muted", text: `Gebruikt door ${rules.join(", ")}; een portaal kan de lijst vervangen.` });
    const items = element("ul", { className: "default-list" }, ...values.map(entry));
    return element("div", { className: "default" }, heading, used, items);
  });
}

function source(rule, lang) {
  const label = rule.source.label;
  let cited;
  if (rule.source.url) {
    const link = element("a", { text: label, lang });
    link.href = rule.source.url;
    link.rel = "external noopener";
    cited = element("p", { className: "rule__source" }, link);
  } else {
    cited = element("p", { className: "rule__source", text: label, lang });
  }
  // The passage the rule implements, as the source words it (Dutch); none where the sources
  // are silent and the rule is this library's reading.
  const quote = rule.quote
    ? element("blockquote", { className: "rule__quote", lang: "nl", text: rule.quote })
    : element("p", { className: "rule__meta", text: "De bronnen zeggen dit niet letterlijk: een lezing van maatwerk." });
  return element("div", {}, cited, quote);
}

function row(rule, lang) {
  const tr = element("tr");
  tr.id = `rule-${rule.id}`;
  tr.dataset.rule = rule.id;
  const head = element("th", {}, element("span", { className: "rule__id", text: rule.id }),
    element("span", { className: "rule__title", text: rule.title, lang }));
  head.scope = "row";
  const severityKey = /^[EWI]$/.test(rule.severity) ? rule.severity : "none";
  const severity = element("td", {},
    element("span", { className: `severity severity--${severityKey}`, text: SEVERITY[rule.severity] ?? rule.severity }),
    element("p", { className: "rule__meta", text: `Zekerheid: ${CONFIDENCE[rule.confidence] ?? rule.confidence}` }));
  const text = element("td", { className: "rule__text", lang }, ...rule.text.split(/\n{2,}/).map((p) => element("p", { text: p })));
  const codes = element("ul", { className: "codes" }, ...rule.codes.map((c) => element("li", {}, code(c))));
  tr.append(
    head,
    severity,
    text,
    element("td", {}, source(rule, lang)),
    element("td", {}, effective(rule.effectiveFrom)),
    element("td", {}, parameters(rule)),
    element("td", {}, rule.codes.length ? codes : element("span", { className: "muted", text: "Geen" })),
  );
  return tr;
}

function table(family, list, lang) {
  const [name] = FAMILIES[family] ?? [family];
  const caption = element("caption", {
    text: `${name} (familie ${family}): ${list.length} ${list.length === 1 ? "regel" : "regels"}`,
  });
  caption.id = `caption-${family}`;
  const headRow = element("tr", {}, ...COLUMNS.map((column) => {
    const th = element("th", { text: column });
    th.scope = "col";
    return th;
  }));
  const body = element("tbody", {}, ...list.map((rule) => row(rule, lang)));
  const node = element("table", { className: "table table--rules" }, caption, element("thead", {}, headRow), body);
  // On a narrow screen the table scrolls sideways: the region takes focus so the keyboard
  // can scroll it too, and is named by the table's caption.
  const region = element("div", { className: "table-scroll" }, node);
  region.tabIndex = 0;
  region.setAttribute("role", "region");
  region.setAttribute("aria-labelledby", caption.id);
  return region;
}

/** Groups the catalogue by family, in the order the catalogue gives them. */
function families(catalogue) {
  const groups = new Map();
  for (const rule of catalogue) {
    if (!groups.has(rule.family)) groups.set(rule.family, []);
    groups.get(rule.family).push(rule);
  }
  return groups;
}

function render(locale) {
  const catalogue = rules(locale);
  const groups = families(catalogue);
  const toc = element("ul", { className: "toc" });
  const sections = [];
  for (const [family, list] of groups) {
    const [name, intro] = FAMILIES[family] ?? [family, ""];
    const id = `family-${family}`;
    const link = element("a", { text: `${name} (${list.length})` });
    link.href = `#${id}`;
    toc.append(element("li", {}, link));
    const heading = element("h2", { text: name });
    heading.id = id;
    const section = element("section", { className: "catalogue-family" }, heading);
    section.setAttribute("aria-labelledby", id);
    section.dataset.family = family;
    if (intro) section.append(element("p", { className: "catalogue-family__intro", text: intro }));
    section.append(table(family, list, locale), ...defaultLists(family, list));
    sections.push(section);
  }
  const nav = element("nav", {}, element("h2", { text: "Families" }), toc);
  nav.setAttribute("aria-label", "Families van regels");
  const total = element("p", { text: `${catalogue.length} regels in ${groups.size} families.` });
  root.replaceChildren(total, nav, ...sections);
  root.dataset.locale = locale;
}

function showLoadError(error) {
  document.getElementById("loading").hidden = true;
  const box = document.getElementById("load-error");
  box.textContent = `De catalogus kon niet laden: ${error.message}`;
  box.hidden = false;
}

async function main() {
  // The catalogue is data beside the module: this page validates nothing, so it loads no texts.
  await init({ locales: [] });
  let locale = currentLocale();
  render(locale);
  document.getElementById("loading").hidden = true;
  linkLocale(locale);
  mountLanguageSwitch(document.querySelector(".lang-switch"), (next) => {
    locale = next;
    render(locale);
    linkLocale(locale);
    announcer.textContent = "";
    window.setTimeout(() => { announcer.textContent = `De regels staan nu in het ${DUTCH_NAMES[locale]}.`; }, 50);
    window.maatwerkDemo.locale = locale;
  });
  // For the browser tests: the language the table is in.
  window.maatwerkDemo = { locale };
}

main().catch(showLoadError);
