// Shoelace 2.20 with maatwerk by its recipe (docs/platforms.md): controls that are not
// form-associated and add their values through the form's `formdata` event; the preset shows
// messages as the components' help text.
import { platformSuite, usePlatform } from "./harness-dom.mjs";

const env = usePlatform({
  name: "shoelace",
  title: "Shoelace 2",
  setup: `
import "@shoelace-style/shoelace/dist/themes/light.css";
import "@shoelace-style/shoelace/dist/components/input/input.js";
import "@shoelace-style/shoelace/dist/components/checkbox/checkbox.js";
import "@shoelace-style/shoelace/dist/components/button/button.js";
import { registerIconLibrary } from "@shoelace-style/shoelace/dist/utilities/icon-library.js";

// Shoelace fetches its system icons from data: URLs, which the CSP's connect-src ('self')
// refuses: the page serves them as files.
registerIconLibrary("system", { resolver: (name) => \`/icons/\${name}.svg\` });
await Promise.all(["sl-input", "sl-checkbox", "sl-button"].map((tag) => customElements.whenDefined(tag)));
const control = (name) => document.querySelector(\`[name="\${name}"]\`);
window.platformMessage = (name) =>
  control(name)?.shadowRoot?.querySelector('[part~="form-control-help-text"]')?.textContent.trim() || null;
window.platformFocused = () => document.activeElement?.getAttribute("name") ?? null;
`,
  assets: ["check", "chevron-down", "x-circle-fill", "eye", "eye-slash"]
    .map((icon) => [`@shoelace-style/shoelace/dist/assets/icons/${icon}.svg`, `icons/${icon}.svg`]),
  form: `
<form id="begeleider">
  <sl-input name="name" label="Naam"></sl-input>
  <sl-checkbox name="responsible">Verantwoordelijk begeleider</sl-checkbox>
  <sl-input name="experience[0].from" type="date" label="Ervaring: van"></sl-input>
  <sl-button type="submit" variant="primary">Indienen</sl-button>
</form>`,
});

platformSuite(env, {
  fill: (page, name, text) => page.locator(`sl-input[name="${name}"] input`).fill(text),
  check: (page, name) => page.locator(`sl-checkbox[name="${name}"]`).click(),
  submit: (page) => page.locator("sl-button[type=submit]").click(),
});
