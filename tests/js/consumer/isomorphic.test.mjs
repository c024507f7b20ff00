// The browser's code runs unchanged in Node (server rendering, tests): the Node entry has `init`
// (resolving at once) and `initSync`, for `import` and for `require`, on one module instance.
// A misspelt path is an error, in every call that takes one.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import init, * as entry from "maatwerk";

const require = createRequire(import.meta.url);
const AS_OF = { asOf: "2026-11-23" };

test("init and initSync resolve at once in Node, for import and require", async () => {
  assert.equal(await init(), undefined);
  assert.equal(entry.initSync(), undefined);
  const cjs = require("maatwerk");
  assert.equal(await cjs.init(new URL("https://portal.example/maatwerk_bg.wasm")), undefined);
  assert.equal(cjs.default, cjs.init);
  // One instance: the class `import` gives is the class `require` gives.
  assert.equal(cjs.Validator, entry.Validator);
  assert.equal(entry.checkInsz("85.07.30-033.28").valid, true);
});

test("a path that names no field throws; an empty field of the form has no issues", () => {
  const plan = { planDate: "2026-02-16", supervisor: { experience: [{ from: "2024-01-01" }] } };
  assert.deepEqual(entry.validateField("supportPlan", plan, "supervisor.experience[0].to", AS_OF), []);
  for (const path of ["supervisor.experiance[0].from", "planDate[0]", ["supervisor", 0]]) {
    assert.throws(() => entry.validateField("supportPlan", plan, path, AS_OF), /path names no field of this form/, String(path));
    const validator = new entry.Validator("supportPlan", AS_OF);
    assert.throws(() => validator.issuesAt(plan, path), /path names no field/);
    const session = validator.session(plan);
    assert.throws(() => session.issuesAt(path), /path names no field/);
    assert.throws(() => session.set(path, "2026-01-01"), /path names no field/);
    session.free();
    validator.free();
  }
});

test("the web entry in Node: before init a validation says so; initSync with the bytes loads it", async () => {
  const web = await import(new URL("./node_modules/maatwerk/index.js", import.meta.url).href);
  assert.throws(() => web.schemas.supervisor["~standard"].validate({}), {
    message: "maatwerk is not initialised: await init() (or call initSync) before validating",
  });
  const { readFileSync } = await import("node:fs");
  web.initSync({ module: readFileSync(require.resolve("maatwerk/maatwerk_bg.wasm")), texts: [require("maatwerk/texts/nl")] });
  assert.equal(web.schema("supervisor", AS_OF)["~standard"].validate({ name: "Sara Janssens" }).issues.length > 0, true);
});

test("the web entry speaks the locales whose texts it loaded: another one throws until loadLocale", async () => {
  const web = await import(new URL("./node_modules/maatwerk/index.js?texts", import.meta.url).href);
  const { readFileSync } = await import("node:fs");
  web.initSync({ module: readFileSync(require.resolve("maatwerk/maatwerk_bg.wasm")), texts: [require("maatwerk/texts/nl")] });
  const short = { name: "Sara Janssens", experience: [{ from: "2025-01-01", to: "2025-12-31", relevant: true }] };
  const experience = (report) => report.issues.find((issue) => issue.code === "supervisor.experience_too_short").message;
  const message = (locale) => experience(web.checkSupervisor(short, { ...AS_OF, locale }));
  assert.match(message("nl"), /van de 24 maanden/);
  const unloaded = (code) => ({
    message: `maatwerk: the texts of locale "${code}" are not loaded: await loadLocale("${code}") (or init({ locales: ["${code}"] })) first`,
  });
  assert.throws(() => message("fr"), unloaded("fr"));
  assert.throws(() => new web.Validator("supervisor", { locale: "de" }), unloaded("de"));
  assert.throws(() => web.checkInsz("x", { locale: "en" }), unloaded("en"));
  assert.throws(() => web.holidays(2026, { locale: "en" }), unloaded("en"));
  // Functions that answer in no language need no texts.
  assert.equal(web.isWorkingDay("2026-07-21", AS_OF), false);
  await web.loadLocale("fr");
  assert.match(message("fr"), /des 24 mois/);
  // The node entry has every locale from the start.
  assert.match(experience(entry.checkSupervisor(short, { ...AS_OF, locale: "de" })), /von 24 Monaten/);
  await assert.rejects(web.loadLocale("xx"), { message: "maatwerk: locale must be one of nl, fr, en, de" });
  await assert.rejects(web.default({ locales: ["xx"] }), { message: "maatwerk: locale must be one of nl, fr, en, de" });
  await assert.rejects(entry.loadLocale("xx"), { message: "maatwerk: locale must be one of nl, fr, en, de" });
  // A table is the package's own: anything else, or another version's, is refused by name.
  assert.throws(() => web.loadTexts("nl"), { message: "maatwerk: not a table of maatwerk's texts" });
  assert.throws(() => web.loadTexts(require("maatwerk/texts/en").replace(/^maatwerk-texts [^ ]+/, "maatwerk-texts 0.0.1")), {
    message: /maatwerk: the texts are of another version of maatwerk than the module/,
  });
  // A table lists the texts in the module's order, without keys: one text fewer is another
  // build's table, which would give every later text the wording of the next.
  const en = require("maatwerk/texts/en");
  const count = en.split("\u001f").length - 2;
  assert.throws(() => web.loadTexts(en.replace(/[^\u001f]*\u001f$/, "")), {
    message: `maatwerk: the texts are of another build of maatwerk than the module: ${count - 1} texts, the module reads ${count}`,
  });
  assert.throws(() => message("en"), /texts of locale "en" are not loaded/);
});
