// The start page: the language switch here picks the language the forms will show their
// messages in, by carrying `?locale=` into the links.

import { currentLocale, linkLocale, mountLanguageSwitch } from "./lang.js";

linkLocale(currentLocale());
mountLanguageSwitch(document.querySelector(".lang-switch"), (locale) => linkLocale(locale));
