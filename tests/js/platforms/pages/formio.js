// The Form.io page of formio.test.mjs: a supervisor as tests/mapped/supervisor-formio.json
// has it (a panel holding the person, a datagrid of periods, the portal's keys and codes),
// bound by the doc's recipe. `window.formioPage` holds the form, the handle and the number of
// Form.io `submit` events.
import init from "../node_modules/maatwerk/index.js";
import { recipe } from "../recipes/formio.js";

const mapping = await (await fetch("/supervisor-formio.json")).json().then((portalCase) => portalCase.mapping);
const definition = {
  display: "form",
  components: [
    {
      type: "panel", key: "persoonPanel", title: "Persoon", components: [{
        type: "container", key: "persoon", label: "Persoon", hideLabel: true, input: true, components: [
          { type: "textfield", key: "naam", label: "Naam", input: true },
          { type: "radio", key: "verantwoordelijk", label: "Verantwoordelijk", input: true, values: [{ label: "Ja", value: "ja" }, { label: "Nee", value: "nee" }] },
        ],
      }],
    },
    {
      type: "datagrid", key: "ervaring", label: "Ervaring", input: true, components: [
        { type: "textfield", key: "van", label: "Van", input: true },
        { type: "textfield", key: "tot", label: "Tot", input: true },
        { type: "select", key: "relevant", label: "Relevant", input: true, widget: "html5", data: { values: [{ label: "Ja", value: "J" }, { label: "Nee", value: "N" }] } },
      ],
    },
    { type: "button", key: "submit", label: "Indienen", action: "submit", input: true },
  ],
};

await init();
const page = { submits: 0, ...(await recipe(document.getElementById("formio"), definition, mapping)) };
page.form.on("submit", () => { page.submits += 1; });
Object.assign(window, { formioPage: page });
