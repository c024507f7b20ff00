// TanStack Form (@tanstack/form-core) in Node with the recipe of docs/platforms.md ("### TanStack
// Form"): the block is written to a module here and run on a supervisor in the portal's shape of
// tests/mapped/supervisor-formio.json; each maatwerk error lands on the field at its portal path,
// a list's on the list, a fixed field's error goes, and a submit with errors does not submit.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { FieldApi } from "@tanstack/form-core";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const { mapping } = JSON.parse(readFileSync(`${ROOT}tests/mapped/supervisor-formio.json`, "utf8"));

/** The recipe's code block under `### TanStack Form` in docs/platforms.md. */
function recipe() {
  const doc = readFileSync(`${ROOT}docs/platforms.md`, "utf8");
  const start = doc.indexOf("\n### TanStack Form");
  assert.ok(start >= 0, "docs/platforms.md has no TanStack Form section");
  return /```js platform\n([\s\S]*?)```/.exec(doc.slice(start))[1];
}

test("the doc's TanStack Form recipe is at most 5 lines of glue and maps nothing by hand", () => {
  const glue = recipe().split("\n").filter((line) => line.trim() !== "" && !line.startsWith("import "));
  assert.ok(glue.length <= 5, glue.join("\n"));
  assert.doesNotMatch(recipe(), /experience|"name"|\bto\b/, "no wire key in the recipe");
});

test("maatwerk's errors land on TanStack Form's fields at the portal's paths; a submit with errors does not submit", async () => {
  const module = new URL("./tanstack-recipe.generated.mjs", import.meta.url);
  const defaultValues = {
    persoon: { naam: "Nathalie Dubois", verantwoordelijk: "ja" },
    ervaring: [{ van: "2024-02-01", tot: "2024-01-01", relevant: "J" }],
  };
  writeFileSync(module, `const defaultValues = ${JSON.stringify(defaultValues)};\nconst mapping = ${JSON.stringify(mapping)};\n${recipe()}\nexport { form };\n`);
  try {
    const { form } = await import(module.href);
    form.mount();
    const to = new FieldApi({ form, name: "ervaring[0].tot" });
    const list = new FieldApi({ form, name: "ervaring" });
    to.mount();
    list.mount();
    to.handleChange("2024-01-01");
    assert.deepEqual(to.state.meta.errors.map((error) => error.message), ["De einddatum ligt vóór de begindatum."]);
    assert.match(form.getFieldMeta("ervaring").errors[0].message, /niet gekwalificeerd/);

    await form.handleSubmit();
    assert.equal(form.state.isSubmitted, false, "errors: not submitted");

    to.handleChange("2026-10-31");
    assert.deepEqual(to.state.meta.errors, [], "a fixed field's error goes");
    new FieldApi({ form, name: "ervaring[0].van" }).handleChange("2020-01-01");
    await form.handleSubmit();
    assert.equal(form.state.isSubmitted, true, "no error: submitted");
  } finally {
    rmSync(module, { force: true });
  }
});
