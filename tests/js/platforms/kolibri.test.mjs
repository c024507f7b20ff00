// KoliBri 4.1 (@public-ui/components) with maatwerk by its recipe (docs/platforms.md): web
// components that are not form-associated, named by `_name`, which show a message themselves
// (`_msg`).
import { platformSuite, usePlatform } from "./harness-dom.mjs";

const env = usePlatform({
  name: "kolibri",
  title: "KoliBri 4",
  setup: `
import { register } from "@public-ui/components";
import { defineCustomElements } from "@public-ui/components/loader";

await register([], defineCustomElements);
await Promise.all(["kol-input-text", "kol-input-checkbox", "kol-input-date", "kol-button"].map((tag) => customElements.whenDefined(tag)));
const control = (name) => [...document.querySelectorAll("form [_name]")].find((e) => e._name === name);
// KoliBri renders the message (from \`_msg\`) in its shadow root, linked to its input.
window.platformMessage = (name) => control(name)?.shadowRoot?.querySelector(".kol-alert__content")?.textContent ?? null;
window.platformFocused = () => document.activeElement?._name ?? null;
`,
  tolerate: [{
    // Stencil's runtime adds a <style> element to the head (the rule that hides components
    // until they are hydrated); the CSP refuses it without a nonce, so a component may show for
    // a moment before it is ready. KoliBri's, not maatwerk's.
    problem: /style-src-elem|Applying inline style violates/,
    why: "Stencil (KoliBri) injects its hydration style as an inline <style>",
  }],
  form: `
<form id="begeleider">
  <kol-input-text _name="name" _label="Naam"></kol-input-text>
  <kol-input-checkbox _name="responsible" _label="Verantwoordelijk begeleider"></kol-input-checkbox>
  <kol-input-date _name="experience[0].from" _type="date" _label="Ervaring: van"></kol-input-date>
  <kol-button _type="submit" _label="Indienen"></kol-button>
</form>`,
});

platformSuite(env, {
  fill: (page, name, text) => page.locator(`[_name="${name}"] input`).fill(text),
  check: (page, name) => page.locator(`[_name="${name}"] input`).check(),
  submit: (page) => page.locator("kol-button button").click(),
});
