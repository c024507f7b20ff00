// Web Awesome 3.14 with maatwerk by its recipe (docs/platforms.md): form-associated controls,
// a checkbox whose value is "on" read as yes or no.
import { platformSuite, usePlatform } from "./harness-dom.mjs";

const env = usePlatform({
  name: "webawesome",
  title: "Web Awesome 3",
  setup: `
import "@awesome.me/webawesome/dist/styles/webawesome.css";
import "@awesome.me/webawesome/dist/components/input/input.js";
import "@awesome.me/webawesome/dist/components/checkbox/checkbox.js";
import "@awesome.me/webawesome/dist/components/button/button.js";
import { registerIconLibrary } from "@awesome.me/webawesome/dist/components/icon/library.js";
import system from "@awesome.me/webawesome/dist/components/icon/library.system.js";

// Web Awesome fetches its system icons from data: URLs, which the CSP's connect-src ('self')
// refuses: the page serves them as files.
registerIconLibrary("system", {
  resolver: (name, family, variant = "solid") => \`/icons/\${variant}/\${name}.svg\`,
  mutator: system.mutator,
});

await Promise.all(["wa-input", "wa-checkbox", "wa-button"].map((tag) => customElements.whenDefined(tag)));
const control = (name) => document.querySelector(\`[name="\${name}"]\`);
window.platformMessage = (name) => {
  const ids = (control(name)?.getAttribute("aria-describedby") ?? "").split(" ").filter(Boolean);
  return ids.map((id) => document.getElementById(id)?.textContent).find(Boolean) ?? null;
};
window.platformFocused = () => document.activeElement?.getAttribute("name") ?? null;
`,
  // The system icons as files (see the setup).
  files: async () => {
    const { icons } = await import("@awesome.me/webawesome/dist/components/icon/library.system.js");
    return Object.fromEntries(Object.entries(icons).flatMap(([variant, set]) =>
      Object.entries(set).map(([name, svg]) => [`icons/${variant}/${name}.svg`, svg])));
  },
  form: `
<form id="begeleider">
  <wa-input name="name" label="Naam"></wa-input>
  <wa-checkbox name="responsible">Verantwoordelijk begeleider</wa-checkbox>
  <wa-input name="experience[0].from" type="date" label="Ervaring: van"></wa-input>
  <wa-button type="submit" variant="brand">Indienen</wa-button>
</form>`,
});

platformSuite(env, {
  fill: (page, name, text) => page.locator(`wa-input[name="${name}"] input`).fill(text),
  check: (page, name) => page.locator(`wa-checkbox[name="${name}"]`).click(),
  submit: (page) => page.locator("wa-button[type=submit]").click(),
});
