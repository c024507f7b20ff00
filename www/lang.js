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
    button.textContent = code.toUpperCase();
    button.title = name;
    button.setAttribute("aria-label", name);
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
