// The language switch of the demo portal: the library's messages, the error summary and the
// requirement explanations follow it (the page's own labels stay Dutch, as on a Flemish
// portal). Switching never reloads the page, so nothing typed is lost; the choice is kept in
// the address (`?locale=`) so a reload or a shared link keeps it.

/** The supported locales, each with its name in its own language. */
export const LOCALES = [
  ["nl", "Nederlands"],
  ["fr", "Français"],
  ["en", "English"],
  ["de", "Deutsch"],
];

/** The languages' names in Dutch, the page's language: "De meldingen staan nu in het Duits." */
export const DUTCH_NAMES = { nl: "Nederlands", fr: "Frans", en: "Engels", de: "Duits" };

/** The locale in the address, or Dutch. */
export function currentLocale() {
  const asked = new URLSearchParams(window.location.search).get("locale");
  return LOCALES.some(([code]) => code === asked) ? asked : "nl";
}

/**
 * Fills `nav` (an empty `<nav class="lang-switch">`) with one button per locale and calls
 * `onChange(locale)` when the user picks another one.
 */
export function mountLanguageSwitch(nav, onChange) {
  const list = document.createElement("ul");
  list.className = "lang-switch__list";
  const buttons = LOCALES.map(([code, name]) => {
    const item = document.createElement("li");
    const button = document.createElement("button");
    button.type = "button";
    button.className = "lang-switch__button";
    button.lang = code;
    // Seen: "NL"; heard: "NL Nederlands" (the visible code starts the name: WCAG 2.5.3).
    const spoken = document.createElement("span");
    spoken.className = "visually-hidden";
    spoken.textContent = ` ${name}`;
    button.append(code.toUpperCase(), spoken);
    button.dataset.locale = code;
    item.append(button);
    list.append(item);
    return button;
  });
  const show = (locale) => {
    for (const button of buttons) button.setAttribute("aria-pressed", String(button.dataset.locale === locale));
  };
  show(currentLocale());
  list.addEventListener("click", (event) => {
    const button = event.target.closest("button[data-locale]");
    if (!button || button.getAttribute("aria-pressed") === "true") return;
    const locale = button.dataset.locale;
    const url = new URL(window.location.href);
    url.searchParams.set("locale", locale);
    window.history.replaceState(null, "", url);
    show(locale);
    onChange(locale);
  });
  nav.replaceChildren(list);
}

/**
 * Keeps the chosen locale in the portal's own links (`<a href="plan.html">` becomes
 * `plan.html?locale=fr`; Dutch, the default, takes the parameter out), so the next page opens
 * in the same language. Only relative links to `.html` pages under `root` change.
 */
export function linkLocale(locale, root = document) {
  for (const link of root.querySelectorAll("a[href]")) {
    const href = link.getAttribute("href");
    if (/^[a-z][a-z0-9+.-]*:|^\/\/|^#/i.test(href)) continue;
    const url = new URL(href, window.location.href);
    if (url.origin !== window.location.origin || !url.pathname.endsWith(".html")) continue;
    if (locale === "nl") url.searchParams.delete("locale");
    else url.searchParams.set("locale", locale);
    const file = url.pathname.slice(url.pathname.lastIndexOf("/") + 1);
    link.setAttribute("href", `${file}${url.search}${url.hash}`);
  }
}
