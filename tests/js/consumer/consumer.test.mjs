// Imports the packed npm package the way a consumer does: `import ... from "maatwerk"`,
// resolved through node_modules and the package's exports map.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import * as maatwerk from "maatwerk";

const options = { asOf: "2026-11-23", locale: "en" };

test("the contract's functions are exported", () => {
  for (const name of [
    "validateApplication", "validateProviderRegistration", "validateSupportPlan", "checkSupervisor",
    "validateField", "rules", "checkInsz", "checkKbo", "checkIban", "regionOfPostcode",
    "addWorkingDays", "isWorkingDay", "holidays",
  ]) {
    assert.equal(typeof maatwerk[name], "function", name);
  }
});

test("checkSupervisor explains a shortfall of experience", () => {
  const report = maatwerk.checkSupervisor(
    { name: "Sara Janssens", experience: [{ from: "2025-04-01", relevant: true }] },
    options,
  );
  assert.equal(report.valid, false);
  const issue = report.issues.find((i) => i.code === "supervisor.experience_too_short");
  assert.deepEqual(issue.path, ["experience"]);
  assert.equal(issue.field, "experience");
  assert.equal(issue.rule, "SUP-002");
  assert.equal(issue.params.months, 19);
  assert.match(issue.source.label, /FAQ/);
  const sup001 = report.requirements.find((r) => r.rule === "SUP-001");
  assert.equal(sup001.status, "notMet");
  assert.match(sup001.explanation, /19 of 24 months/);
});

test("the FAQ's case: a technical diploma and 20 years on the work floor qualifies", () => {
  const report = maatwerk.checkSupervisor(
    {
      name: "Jan Claes",
      diplomas: [{ title: "Technisch secundair onderwijs", obtained: "1998-06-30" }],
      experience: [{ from: "2006-09-01", relevant: true }],
      competences: { workingTogether: true, communicating: true, personCentred: true, tailoredAdvice: true },
    },
    options,
  );
  assert.equal(report.valid, true);
  assert.equal(report.requirements.find((r) => r.rule === "SUP-001").status, "met");
  assert.ok(report.issues.some((i) => i.code === "supervisor.diploma_unlisted" && i.severity === "warning"));
});

test("messages follow the locale and never repeat what was typed", () => {
  const form = { name: "Marie Dubois", experience: [{ from: "2020-13-45" }] };
  for (const locale of ["nl", "fr", "en", "de"]) {
    const report = maatwerk.checkSupervisor(form, { ...options, locale });
    const text = JSON.stringify(report);
    assert.ok(!text.includes("Marie"), locale);
    assert.ok(!text.includes("2020-13-45"), locale);
  }
  const nl = maatwerk.checkSupervisor(form, { ...options, locale: "nl" });
  const de = maatwerk.checkSupervisor(form, { ...options, locale: "de" });
  assert.notEqual(nl.issues[0].message, de.issues[0].message);
});

test("bad input is an issue; only a non-object throws, and the module keeps working", () => {
  assert.throws(() => maatwerk.checkSupervisor(42, options), Error);
  assert.throws(() => maatwerk.checkSupervisor(null, options), Error);
  const report = maatwerk.checkSupervisor({ experience: 5 }, options);
  assert.equal(report.issues.find((i) => i.field === "experience").code, "form.wrong_type");
  assert.equal(maatwerk.checkInsz(undefined).valid, false);
  assert.equal(maatwerk.checkInsz("85.07.30-033.28").valid, true);
});

test("the CommonJS build is reachable with require too", () => {
  const require = createRequire(import.meta.url);
  const cjs = require("maatwerk");
  assert.equal(typeof cjs.checkSupervisor, "function");
});

test("the package ships generated TypeScript types", async () => {
  const { readFile } = await import("node:fs/promises");
  const require = createRequire(import.meta.url);
  const dir = require.resolve("maatwerk/package.json").replace(/package\.json$/, "");
  const types = await readFile(dir + "web/maatwerk.d.ts", "utf8");
  assert.match(types, /export interface Supervisor \{/);
  assert.match(types, /export function checkSupervisor\(supervisor: Supervisor, options\?: Options/);
  assert.match(types, /export type Status = "met" \| "notMet" \| "unknown" \| "notApplicable";/);
});

test("a Validator reads its options once; a session answers a keystroke with a delta", () => {
  const validator = new maatwerk.Validator("supervisor", options);
  const form = { name: "Sara Janssens", experience: [{ from: "2025-04-01", relevant: true }] };
  assert.deepEqual(validator.validate(form), maatwerk.checkSupervisor(form, options));
  const session = validator.session(form);
  const delta = session.set("experience[0].from", "2020-04-01");
  assert.equal(delta.valid, true);
  assert.deepEqual(delta.removed.map((i) => i.code), ["supervisor.experience_too_short"]);
  assert.deepEqual(delta.added, []);
  assert.deepEqual(session.report(), validator.validate({ ...form, experience: [{ from: "2020-04-01", relevant: true }] }));
  assert.throws(() => session.set("experiense[0].from", "2020-04-01"), /names no field/);
  session.free();
  assert.throws(() => session.report(), /null pointer|freed|moved/i);
  validator.free();
});

test("the DOM binding is its own entry, on the web build, with no dependency", async () => {
  const { readFile, readdir } = await import("node:fs/promises");
  const { fileURLToPath } = await import("node:url");
  const require = createRequire(import.meta.url);
  const dir = require.resolve("maatwerk/package.json").replace(/package\.json$/, "");
  assert.equal("attachForm" in maatwerk, false, "a consumer of the validators never loads it");
  assert.doesNotMatch(await readFile(dir + "web/maatwerk.d.ts", "utf8"), /attachForm/);
  assert.equal(fileURLToPath(import.meta.resolve("maatwerk/dom")), `${dir}dom/index.js`);
  const types = await readFile(dir + "dom/index.d.ts", "utf8");
  assert.match(types, /export function attachForm<K extends Kind>\(form: HTMLFormElement, kind: K, options\?: AttachOptions<K>\): FormHandle;/);
  assert.match(types, /export type Report = import\("\.\.\/web\/maatwerk\.js"\)\.Report;/, "the core's types, not copies");
  // Only its own modules and the web build: the instance the page's `init()` loads.
  for (const file of (await readdir(dir + "dom")).filter((name) => name.endsWith(".js"))) {
    const source = await readFile(`${dir}dom/${file}`, "utf8");
    for (const [, specifier] of source.matchAll(/^import .* from "([^"]+)";$/gm)) {
      assert.match(specifier, /^\.\/[a-z]+\.js$|^\.\.\/web\/maatwerk\.js$/, `${file}: ${specifier}`);
    }
  }
});

test("errors never hold what was typed", () => {
  const word = "Qxvpeeterszq";
  const thrown = [];
  const attempt = (call) => {
    try {
      call();
    } catch (error) {
      thrown.push(String(error.message));
    }
  };
  attempt(() => maatwerk.checkSupervisor(word, options));
  attempt(() => maatwerk.checkSupervisor([word], options));
  attempt(() => maatwerk.checkSupervisor({ name: word }, { asOf: word }));
  attempt(() => maatwerk.checkSupervisor({ name: word }, { ...options, locale: word }));
  attempt(() => maatwerk.checkSupervisor({ name: word }, { ...options, [word]: 1 }));
  attempt(() => maatwerk.validateField(word, { name: word }, "name", options));
  attempt(() => maatwerk.validateField("supervisor", { name: word }, `${word}[`, options));
  attempt(() => maatwerk.rules(word));
  attempt(() => new maatwerk.Validator(word, options));
  const validator = new maatwerk.Validator("supervisor", options);
  const session = validator.session({ name: word });
  attempt(() => session.set(word, 1));
  attempt(() => session.set(["experience", word], 1));
  session.free();
  validator.free();
  assert.ok(thrown.length >= 10, thrown.join("\n"));
  for (const message of thrown) assert.ok(!message.toLowerCase().includes(word.toLowerCase()), message);
});
