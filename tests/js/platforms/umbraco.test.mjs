// Umbraco UI 1.18 with maatwerk by its recipe (docs/platforms.md): form-associated controls,
// a checkbox whose value is "on" read as yes or no.
import { platformSuite, usePlatform } from "./harness-dom.mjs";

const env = usePlatform({
  name: "umbraco",
  title: "Umbraco UI 1.18",
  setup: `
import "@umbraco-ui/uui";

await Promise.all(["uui-input", "uui-checkbox", "uui-button"].map((tag) => customElements.whenDefined(tag)));
const control = (name) => document.querySelector(\`[name="\${name}"]\`);
window.platformMessage = (name) => {
  const ids = (control(name)?.getAttribute("aria-describedby") ?? "").split(" ").filter(Boolean);
  return ids.map((id) => document.getElementById(id)?.textContent).find(Boolean) ?? null;
};
window.platformFocused = () => document.activeElement?.getAttribute("name") ?? null;
`,
  tolerate: [{
    // uui-base's label mixin binds `style="display: none"` on the label slot of uui-button and
    // uui-checkbox while they have no slotted label: the CSP refuses that attribute, so the
    // empty slot stays in the layout (nothing shows in it). Umbraco UI's, not maatwerk's.
    problem: /style-src-attr|Applying inline style violates/,
    why: "Umbraco UI 1.18 sets a style attribute on an empty label slot",
  }],
  form: `
<form id="begeleider">
  <uui-label for="naam">Naam</uui-label>
  <uui-input id="naam" name="name" label="Naam"></uui-input>
  <uui-checkbox name="responsible" label="Verantwoordelijk begeleider"></uui-checkbox>
  <uui-label for="van">Ervaring: van</uui-label>
  <uui-input id="van" name="experience[0].from" type="date" label="Ervaring: van"></uui-input>
  <uui-button type="submit" look="primary" label="Indienen"></uui-button>
</form>`,
});

platformSuite(env, {
  fill: (page, name, text) => page.locator(`uui-input[name="${name}"] input`).fill(text),
  check: (page, name) => page.locator(`uui-checkbox[name="${name}"]`).click(),
  submit: (page) => page.locator("uui-button[type=submit]").click(),
});
