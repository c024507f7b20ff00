// attachForm's contract on a portal form built in the page, with its own control names:
// argument checks, fieldNames, locale, events, ids it adds, re-attaching and detach(); controls
// named after the form's own properties; a failure inside the binding.
import assert from "node:assert/strict";
import { test } from "node:test";
import { openPage, until, useBrowser } from "./harness.mjs";

const env = useBrowser();

/**
 * Runs `body` in the start page after loading the package there and adding a portal form
 * (`#portal`) whose controls have their own names; `window.maatwerkModule` is the package's
 * web build with `attachForm` from its DOM entry.
 */
async function inPage(body) {
  const session = await openPage(env.browser, env.server, "index.html");
  try {
    await session.page.evaluate(async () => {
      const maatwerk = await import("/pkg/web/maatwerk.js");
      await maatwerk.default();
      const { attachForm } = await import("/pkg/dom/index.js");
      window.maatwerkModule = { ...maatwerk, attachForm };
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

test("typing sends one path and one value to the session; a new row opens a fresh one", async () => {
  const calls = await inPage(async () => {
    const { attachForm, Validator, Session } = window.maatwerkModule;
    const log = [];
    const { session } = Validator.prototype;
    const { set } = Session.prototype;
    Validator.prototype.session = function (...args) {
      log.push("session");
      return session.apply(this, args);
    };
    Session.prototype.set = function (path, value) {
      log.push(`set ${JSON.stringify(path)} ${JSON.stringify(value)}`);
      return set.call(this, path, value);
    };
    const settle = () => new Promise((resolve) => setTimeout(resolve, 30));
    const form = document.getElementById("portal");
    const fieldNames = { naam: "name", van: "experience[0].from", relevant: "experience[0].relevant" };
    const handle = attachForm(form, "supervisor", { asOf: "2026-11-23", fieldNames, debounceMs: 0 });
    const out = { attach: log.splice(0) };

    const naam = form.querySelector("[name=naam]");
    naam.value = "An";
    naam.dispatchEvent(new Event("input", { bubbles: true }));
    naam.value = "An Peeters";
    naam.dispatchEvent(new Event("input", { bubbles: true }));
    await settle();
    out.typing = log.splice(0);
    form.querySelector("#ja").click();
    await settle();
    out.radio = log.splice(0);

    // The page adds a row and asks for a refresh: the list grew, so the form is read afresh.
    form.querySelector("fieldset").insertAdjacentHTML("beforeend", '<input name="experience[1].from" value="2020-01-01">');
    out.refresh = handle.refresh().issues.some((issue) => issue.field === "experience[1].relevant");
    out.row = log.splice(0);

    // A part the page disables drops out without any event on it, at the next validation.
    form.querySelector("[name=van]").value = "2025-02-30";
    form.querySelector("[name=van]").dispatchEvent(new Event("input", { bubbles: true }));
    form.querySelector("[name='experience[1].from']").disabled = true;
    await settle();
    out.disabled = log.splice(0);
    out.fieldsNow = handle.report().issues.map((issue) => issue.field);
    handle.detach();
    Validator.prototype.session = session;
    Session.prototype.set = set;
    return out;
  });
  assert.deepEqual(calls.attach, ["session"]);
  assert.deepEqual(calls.typing, ['set ["name"] "An Peeters"'], "one set after the pause, with the last value");
  assert.deepEqual(calls.radio, ['set ["experience",0,"relevant"] true']);
  assert.equal(calls.refresh, true, "the new row is judged");
  assert.deepEqual(calls.row, ["session"]);
  assert.deepEqual(calls.disabled, ["session"], "the list shrank: a fresh session");
  assert.ok(calls.fieldsNow.includes("experience[0].from"), calls.fieldsNow.join(", "));
  assert.ok(!calls.fieldsNow.some((field) => field.startsWith("experience[1]")), calls.fieldsNow.join(", "));
});

test("controls named after the form's own properties: attach, type, submit and detach work", async () => {
  const session = await openPage(env.browser, env.server, "index.html");
  const { page } = session;
  try {
    await page.evaluate(async () => {
      const maatwerk = await import("/pkg/web/maatwerk.js");
      await maatwerk.default();
      const { attachForm } = await import("/pkg/dom/index.js");
      const shadowing = ["id", "elements", "ownerDocument", "action", "submit", "addEventListener",
        "removeEventListener", "dispatchEvent", "getAttribute", "setAttribute", "removeAttribute", "hasAttribute",
        "querySelector", "querySelectorAll", "closest", "matches", "prepend", "contains", "novalidate", "noValidate", "length"];
      document.querySelector("main").insertAdjacentHTML("beforeend", `
        <form id="shadowed">
          ${shadowing.map((name) => `<input type="hidden" name="${name}" value="x">`).join("")}
          <label for="shadowed-name">Naam</label><input id="shadowed-name" name="name">
          <label for="shadowed-from">Van</label><input id="shadowed-from" name="experience[0].from">
          <button type="submit">Indienen</button>
        </form>`);
      const form = document.getElementById("shadowed");
      window.reports = 0;
      window.valid = 0;
      document.addEventListener("maatwerk:report", () => { window.reports += 1; });
      document.addEventListener("maatwerk:valid", () => { window.valid += 1; });
      window.shadowedHandle = attachForm(form, "supervisor", { asOf: "2026-11-23", debounceMs: 0 });
    });
    const novalidate = () => page.evaluate(() =>
      Element.prototype.hasAttribute.call(document.getElementById("shadowed"), "novalidate"));
    assert.equal(await novalidate(), true);
    assert.equal(await page.evaluate(() => window.reports), 1);

    // Playwright's own checks before a fill or click call `getAttribute` on the form, which a
    // control shadows here: the test types with the keyboard and moves focus by script.
    const focus = (id) => page.evaluate((id) => document.getElementById(id).focus(), id);
    const blur = (id) => page.evaluate((id) => document.getElementById(id).blur(), id);

    // Typing: a malformed date shows at its field once left, and goes when fixed.
    await focus("shadowed-from");
    await page.keyboard.type("2025-13-45");
    await blur("shadowed-from");
    await until(page, () => document.querySelector("#shadowed-from").getAttribute("aria-invalid") === "true");
    assert.equal(await page.getAttribute("#shadowed-from", "aria-describedby"), "shadowed-msg-experience-0-from");
    await focus("shadowed-from");
    await page.keyboard.press("Control+A");
    await page.keyboard.type("2025-04-01");
    await until(page, () => !document.querySelector("#shadowed-from").hasAttribute("aria-invalid"));

    // Submit (Enter in a field): blocked, as the form has errors; the summary takes focus,
    // nothing leaves the page.
    const url = page.url();
    await page.keyboard.press("Enter");
    await page.locator("#shadowed-error-summary").waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.id), "shadowed-error-summary");
    assert.equal(await page.evaluate(() => document.querySelector("#shadowed").firstElementChild.id), "shadowed-error-summary");
    assert.deepEqual(await page.$$eval("#shadowed-error-summary a", (as) => as.map((a) => a.getAttribute("href"))), ["#shadowed-name"]);
    assert.equal(page.url(), url);
    assert.equal(await page.evaluate(() => window.valid), 0);
    assert.equal(await page.evaluate(() => window.shadowedHandle.submitted), true);

    await page.evaluate(() => window.shadowedHandle.detach());
    assert.equal(await novalidate(), false);
    assert.equal(await page.locator("#shadowed [data-maatwerk]").count(), 0);
    assert.equal(await page.locator("#shadowed [aria-invalid]").count(), 0);
    const reports = await page.evaluate(() => window.reports);
    await focus("shadowed-name");
    await page.keyboard.type("An");
    await blur("shadowed-name");
    await page.waitForTimeout(100);
    assert.equal(await page.evaluate(() => window.reports), reports, "detached: no more validation");
    assert.deepEqual(await session.problems(), []);
    assert.deepEqual(session.logged().filter((line) => line.startsWith("maatwerk")), []);
  } finally {
    await session.close();
  }
});

test("a failure inside the binding never reaches the page: logged without what was typed", async () => {
  const session = await openPage(env.browser, env.server, "supervisor.html?asOf=2026-11-23");
  const { page } = session;
  try {
    await until(page, () => window.maatwerkDemo?.handle);
    await page.evaluate(async () => {
      const { Session } = await import("/pkg/web/maatwerk.js");
      Session.prototype.report = () => {
        throw new Error("the session is gone");
      };
    });
    const url = page.url();
    await page.fill("#name", "Sara Janssens");
    await page.locator("#name").blur();
    await page.waitForTimeout(300);
    await page.click("button[type=submit]");
    await page.waitForTimeout(400);
    assert.equal(page.url(), url, "the submit without action stays on the page");
    assert.deepEqual(await session.problems(), [], "no exception reached the page");
    const logged = session.logged().filter((line) => line.startsWith("maatwerk"));
    assert.ok(logged.some((line) => /the submit listener failed \(Error: the session is gone\)/.test(line)), logged.join("\n"));
    assert.ok(logged.some((line) => /the validation failed/.test(line)), logged.join("\n"));
    assert.ok(logged.every((line) => !line.includes("Sara")), logged.join("\n"));
  } finally {
    await session.close();
  }
});
