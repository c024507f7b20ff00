// attachForm's contract on a portal form built in the page, with its own control names:
// argument checks, fieldNames, locale, events, ids it adds, re-attaching and detach().
import assert from "node:assert/strict";
import { test } from "node:test";
import { openPage, useBrowser } from "./harness.mjs";

const env = useBrowser();

/**
 * Runs `body` in the start page after loading the package there and adding a portal form
 * (`#portal`) whose controls have their own names; `window.maatwerkModule` is the package.
 */
async function inPage(body) {
  const session = await openPage(env.browser, env.server, "index.html");
  try {
    await session.page.evaluate(async () => {
      const maatwerk = await import("/pkg/maatwerk.js");
      await maatwerk.default();
      window.maatwerkModule = maatwerk;
      document.querySelector("main").insertAdjacentHTML("beforeend", `
        <form id="portal">
          <label for="naam">Naam</label><input id="naam" name="naam">
          <input type="checkbox" id="verantwoordelijk" name="verantwoordelijk">
          <label for="verantwoordelijk">Verantwoordelijk</label>
          <fieldset data-path="experience"><legend>Ervaring</legend>
            <label>Van <input name="van"></label>
            <fieldset><legend>Relevant?</legend>
              <input type="radio" id="ja" name="relevant" value="true"><label for="ja">Ja</label>
              <input type="radio" id="nee" name="relevant" value="false"><label for="nee">Nee</label>
            </fieldset>
          </fieldset>
          <input type="hidden" name="dossier" value="D-1">
          <button type="submit">Indienen</button>
        </form>`);
    });
    // Playwright runs `body` through the DevTools protocol: the page's CSP (no eval) holds
    // for the page's own scripts, not for the test's.
    const result = await session.page.evaluate(body);
    assert.deepEqual(await session.problems(), []);
    return result;
  } finally {
    await session.close();
  }
}

test("wrong arguments throw an Error; what a user typed never does", async () => {
  const errors = await inPage(async () => {
    const { attachForm } = window.maatwerkModule;
    const form = document.getElementById("portal");
    const attempt = (...args) => {
      try {
        attachForm(...args);
        return null;
      } catch (error) {
        return `${error.constructor.name}: ${error.message}`;
      }
    };
    return [
      attempt(document.body, "supervisor"),
      attempt(form, "nope"),
      attempt(form, "supervisor", { debounceMs: -1 }),
      attempt(form, "supervisor", { asOf: "2026-13-01" }),
      attempt(form, "supervisor", { fieldNames: { naam: "a[x]" } }),
      attempt(form, "supervisor", { colour: "red" }),
    ];
  });
  assert.match(errors[0], /^Error: .*<form>/);
  assert.match(errors[1], /kind/);
  assert.match(errors[2], /debounceMs/);
  assert.match(errors[3], /asOf/);
  assert.match(errors[4], /fieldNames/);
  assert.match(errors[5], /options/);
});

test("fieldNames, locale, events, summary and detach on a portal's own form", async () => {
  const seen = await inPage(async () => {
    const { attachForm } = window.maatwerkModule;
    const form = document.getElementById("portal");
    const events = [];
    form.addEventListener("maatwerk:report", (event) => events.push(event.detail.valid));
    const fieldNames = {
      naam: "name", verantwoordelijk: "responsible", van: "experience[0].from",
      relevant: "experience[0].relevant", dossier: "dossier",
    };
    const handle = attachForm(form, "supervisor", { asOf: "2026-11-23", locale: "en", fieldNames, debounceMs: 0 });
    const out = { afterAttach: [...events], novalidate: form.hasAttribute("novalidate") };
    form.querySelector("[name=van]").value = "2025-02-30";
    const report = handle.validate();
    out.codes = report.issues.map((issue) => `${issue.severity} ${issue.field} ${issue.code}`);
    out.title = form.querySelector(".maatwerk-error-summary__title")?.textContent;
    out.links = [...form.querySelectorAll(".maatwerk-error-summary a")].map((a) => a.getAttribute("href"));
    const van = form.querySelector("[name=van]");
    out.vanId = van.id;
    out.vanMessage = document.getElementById(van.getAttribute("aria-describedby"))?.textContent;
    out.vanLabel = van.closest("label").previousElementSibling?.className;
    out.radioGroup = form.querySelector("fieldset fieldset").getAttribute("aria-describedby");
    out.radioInvalid = form.querySelector("#ja").getAttribute("aria-invalid");
    out.sameAsLast = JSON.stringify(handle.report()) === JSON.stringify(report);
    out.submitted = handle.submitted;

    // Attaching again replaces the first binding: one summary, one set of listeners.
    const again = attachForm(form, "supervisor", { asOf: "2026-11-23", locale: "en", fieldNames });
    again.validate();
    out.summaries = form.querySelectorAll(".maatwerk-error-summary").length;
    try {
      handle.validate();
    } catch (error) {
      out.oldHandle = error.message;
    }

    again.detach();
    out.afterDetach = {
      added: form.querySelectorAll("[data-maatwerk]").length,
      vanId: van.id,
      describedBy: form.querySelectorAll("[aria-describedby]").length,
      invalid: form.querySelectorAll("[aria-invalid]").length,
      novalidate: form.hasAttribute("novalidate"),
    };
    try {
      again.validate();
    } catch (error) {
      out.detached = error.message;
    }
    out.events = events.length;
    return out;
  });
  assert.deepEqual(seen.afterAttach, [false], "a quiet validation reports on attach");
  assert.equal(seen.novalidate, true);
  assert.deepEqual(seen.codes, [
    "info competences supervisor.competences_not_declared",
    "error experience[0].from supervisor.invalid_date",
    "error experience[0].relevant supervisor.period_relevance_missing",
    "error name supervisor.name_missing",
    // The unticked checkbox says this supervisor is not the responsible person (SUP-004).
    "warning responsible supervisor.not_responsible",
  ]);
  assert.equal(seen.title, "There is a problem");
  assert.match(seen.vanId, /^portal-field-experience-0-from$/, "a control without id gets one");
  assert.deepEqual(seen.links, ["#naam", `#${seen.vanId}`, "#ja"]);
  assert.match(seen.vanMessage, /Enter a date that exists/);
  assert.equal(seen.vanLabel, "maatwerk-field-message", "the message goes before a wrapping label");
  assert.match(seen.radioGroup, /portal-msg-experience-0-relevant/, "a radio group is described by its fieldset");
  assert.equal(seen.radioInvalid, "true");
  assert.equal(seen.sameAsLast, true);
  assert.equal(seen.submitted, true);
  assert.equal(seen.summaries, 1);
  assert.match(seen.oldHandle, /detached/);
  assert.deepEqual(seen.afterDetach, { added: 0, vanId: "", describedBy: 0, invalid: 0, novalidate: false });
  assert.match(seen.detached, /detached/);
});

test("number controls give numbers, checkboxes booleans, empty text is absent", async () => {
  const codes = await inPage(async () => {
    const { attachForm } = window.maatwerkModule;
    const form = document.getElementById("portal");
    form.querySelector("[name=naam]").setAttribute("data-type", "number");
    form.querySelector("[name=naam]").value = "42";
    const handle = attachForm(form, "supervisor", {
      asOf: "2026-11-23",
      fieldNames: { naam: "name", verantwoordelijk: "responsible", van: "experience[0].from" },
    });
    const report = handle.validate();
    handle.detach();
    return report.issues.map((issue) => `${issue.field} ${issue.code} ${JSON.stringify(issue.params)}`);
  });
  // 42 arrives as a number where text belongs; `van` is empty, so the period has no start; the
  // unticked checkbox is `false`, a boolean: this supervisor is not the responsible person.
  assert.ok(codes.some((c) => c.startsWith("name form.wrong_type")), codes.join("\n"));
  assert.ok(codes.some((c) => c.startsWith("experience[0].from supervisor.period_from_missing")), codes.join("\n"));
  assert.deepEqual(codes.filter((c) => c.startsWith("responsible")), ["responsible supervisor.not_responsible {}"]);
});
