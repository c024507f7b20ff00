// attachForm's contract on a portal form built in the page, with its own control names:
// argument checks, fieldNames, locale, events, ids it adds, re-attaching and detach(); controls
// named after the form's own properties; a failure inside the binding.
import assert from "node:assert/strict";
import { test } from "node:test";
import { readFileSync } from "node:fs";
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
      const maatwerk = await import("/pkg/index.js");
      await maatwerk.default({ locales: ["nl", "fr", "en", "de"] });
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
      const maatwerk = await import("/pkg/index.js");
      await maatwerk.default({ locales: ["nl", "fr", "en", "de"] });
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
      const { Session } = await import("/pkg/index.js");
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

// ---- Frameworks: redraws, their own submit handling, web components -------------------------

/**
 * Opens the start page with the package loaded, adds `html` (a form) to it and runs `body` in
 * the page; returns its result and the console lines that start with "maatwerk".
 */
async function inForm(html, body, arg) {
  const session = await openPage(env.browser, env.server, "index.html");
  try {
    await session.page.evaluate(async (html) => {
      const maatwerk = await import("/pkg/index.js");
      await maatwerk.default({ locales: ["nl", "fr", "en", "de"] });
      const dom = await import("/pkg/dom/index.js");
      window.maatwerkModule = { ...maatwerk, ...dom };
      window.settle = (ms = 30) => new Promise((resolve) => setTimeout(resolve, ms));
      document.querySelector("main").insertAdjacentHTML("beforeend", html);
    }, html);
    const result = await session.page.evaluate(body, arg);
    assert.deepEqual(await session.problems(), []);
    return { result, logged: session.logged().filter((line) => line.startsWith("maatwerk")) };
  } finally {
    await session.close();
  }
}

const SUPERVISOR_FORM = `
  <form id="fw">
    <div id="name-group"><label for="fw-name">Naam</label><input id="fw-name" name="name"></div>
    <div id="periods">
      <div class="row"><label>Van <input name="experience[0].from"></label><label>Tot <input name="experience[0].to"></label>
        <label><input type="checkbox" name="experience[0].relevant"> Relevant</label></div>
    </div>
    <button type="submit" id="fw-send">Indienen</button>
  </form>`;

test("touched is kept by path: a redraw that replaces the input still shows its message", async () => {
  const { result } = await inForm(SUPERVISOR_FORM, async () => {
    const { attachForm } = window.maatwerkModule;
    const form = document.getElementById("fw");
    const handle = attachForm(form, "supervisor", { asOf: "2026-11-23", debounceMs: 0 });
    const name = document.getElementById("fw-name");
    name.focus();
    name.blur();
    await window.settle();
    const before = name.getAttribute("aria-invalid");
    // A framework redraws the group: a new input, the same name.
    document.getElementById("name-group").innerHTML = '<label for="fw-name">Naam</label><input id="fw-name" name="name">';
    await window.settle();
    const redrawn = document.getElementById("fw-name");
    const out = {
      before,
      after: redrawn.getAttribute("aria-invalid"),
      message: document.getElementById(redrawn.getAttribute("aria-describedby") ?? "")?.textContent ?? null,
      untouched: form.querySelector("[name='experience[0].from']").getAttribute("aria-invalid"),
    };
    handle.detach();
    return out;
  });
  assert.equal(result.before, "true");
  assert.equal(result.after, "true", "the new input shows what the old one showed");
  assert.match(result.message, /naam|name/i);
  assert.equal(result.untouched, null, "a field never touched shows nothing");
});

test("attributes a framework takes away are put back, without a tug of war", async () => {
  const { result } = await inForm(SUPERVISOR_FORM, async () => {
    const { attachForm } = window.maatwerkModule;
    const form = document.getElementById("fw");
    const handle = attachForm(form, "supervisor", { asOf: "2026-11-23", debounceMs: 0 });
    handle.validate();
    const name = document.getElementById("fw-name");
    const group = document.getElementById("name-group");
    const described = name.getAttribute("aria-describedby");
    // What Form.io does ~30 ms after maatwerk: its own state on the same attributes.
    name.setAttribute("aria-invalid", "false");
    name.setAttribute("aria-describedby", "own-hint");
    group.className = "formio-component";
    await window.settle();
    const restored = {
      invalid: name.getAttribute("aria-invalid"),
      describedBy: name.getAttribute("aria-describedby"),
      group: group.className,
    };
    // A framework that resets on every change: the binding gives up after a few rounds.
    let resets = 0;
    const fight = new MutationObserver(() => {
      if (name.getAttribute("aria-invalid") === "true" && resets < 100) {
        resets += 1;
        name.setAttribute("aria-invalid", "false");
      }
    });
    fight.observe(name, { attributes: true });
    name.setAttribute("aria-invalid", "false");
    await window.settle(100);
    fight.disconnect();
    handle.detach();
    return { described, restored, resets };
  });
  assert.equal(result.restored.invalid, "true");
  assert.deepEqual(result.restored.describedBy.split(" ").sort(), ["own-hint", result.described].sort());
  assert.equal(result.restored.group, "formio-component maatwerk-form-group--error");
  assert.ok(result.resets > 0 && result.resets < 100, `${result.resets} rounds`);
});

test("a submit a framework handles itself is blocked: its click handler, requestSubmit(), handle.submit()", async () => {
  const { result } = await inForm(SUPERVISOR_FORM, async () => {
    const { attachForm } = window.maatwerkModule;
    const form = document.getElementById("fw");
    const button = document.getElementById("fw-send");
    const sent = [];
    // A framework's button: cancels the native submit and sends the data itself.
    button.addEventListener("click", (event) => {
      event.preventDefault();
      sent.push("click");
    });
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      sent.push("submit");
    });
    const valid = [];
    form.addEventListener("maatwerk:valid", () => valid.push("valid"));
    const handle = attachForm(form, "supervisor", { asOf: "2026-11-23", debounceMs: 0 });
    const out = {};
    button.click();
    out.click = { sent: [...sent], summary: document.activeElement?.id };
    document.getElementById("fw-name").focus();
    form.requestSubmit();
    out.requestSubmit = { sent: [...sent], summary: document.activeElement?.id };
    document.getElementById("fw-name").focus();
    out.submitWithErrors = handle.submit();
    out.focus = document.activeElement?.id;
    // Fixed: the framework's click goes through, and handle.submit() says go on.
    const set = (name, value) => {
      const input = form.querySelector(`[name='${name}']`);
      if (input.type === "checkbox") input.checked = value;
      else input.value = value;
    };
    set("name", "Sara Janssens");
    set("experience[0].from", "2020-01-01");
    set("experience[0].to", "2024-12-31");
    set("experience[0].relevant", true);
    out.submitValid = handle.submit();
    out.valid = [...valid];
    out.report = handle.report().valid;
    button.click();
    out.after = [...sent];
    handle.detach();
    return out;
  });
  assert.deepEqual(result.click, { sent: [], summary: "fw-error-summary" });
  assert.deepEqual(result.requestSubmit, { sent: [], summary: "fw-error-summary" });
  assert.equal(result.submitWithErrors, false);
  assert.equal(result.focus, "fw-error-summary");
  assert.equal(result.report, true);
  assert.equal(result.submitValid, true);
  assert.deepEqual(result.valid, ["valid"]);
  assert.deepEqual(result.after, ["click"], "without errors the framework's own handler runs");
});

test("a list's container without data-path: the rows' common ancestor, or the containers option", async () => {
  const { result } = await inForm(SUPERVISOR_FORM, async () => {
    const { attachForm } = window.maatwerkModule;
    const form = document.getElementById("fw");
    form.querySelector("[name='experience[0].from']").value = "2023-01-01";
    form.querySelector("[name='experience[0].to']").value = "2023-12-31";
    form.querySelector("[name='experience[0].relevant']").checked = true;
    const where = () => {
      const line = form.querySelector('[data-code="supervisor.experience_too_short"]');
      return line?.closest(".maatwerk-field-message")?.parentElement?.id ?? null;
    };
    // Two rows: their common ancestor is the list.
    document.getElementById("periods").insertAdjacentHTML("beforeend",
      '<div class="row"><input name="experience[1].from" value="2024-01-01"><input name="experience[1].to" value="2024-02-29"><input type="checkbox" name="experience[1].relevant" checked></div>');
    let handle = attachForm(form, "supervisor", { asOf: "2026-11-23" });
    handle.validate();
    const inferred = where();
    const described = document.getElementById("periods").getAttribute("aria-describedby");
    handle.detach();
    form.insertAdjacentHTML("afterbegin", '<section id="ervaring"><h2>Ervaring</h2></section>');
    handle = attachForm(form, "supervisor", { asOf: "2026-11-23", containers: { experience: "#ervaring" } });
    handle.validate();
    const option = where();
    handle.detach();
    return { inferred, described, option };
  });
  assert.equal(result.inferred, "periods");
  assert.match(result.described, /fw-msg-experience/);
  assert.equal(result.option, "ervaring");
});

test("the unmatched fieldNames warning waits for a submit and never names a control that came later", async () => {
  const { result, logged } = await inForm(SUPERVISOR_FORM, async () => {
    const { attachForm } = window.maatwerkModule;
    const form = document.getElementById("fw");
    const fieldNames = { later: "competences", nooit: "email" };
    const warned = [];
    const { warn } = console;
    console.warn = (...args) => {
      warned.push(args.join(" "));
      warn.apply(console, args);
    };
    const handle = attachForm(form, "supervisor", { asOf: "2026-11-23", debounceMs: 0, fieldNames });
    // A framework adds its input after the page attached.
    await window.settle();
    form.insertAdjacentHTML("beforeend", '<input type="hidden" name="later" value="x">');
    await window.settle();
    const beforeSubmit = warned.length;
    handle.validate();
    handle.validate();
    handle.detach();
    console.warn = warn;
    return beforeSubmit;
  });
  assert.equal(result, 0);
  // Once, after the submit attempt; not about `later`, which came after attaching.
  assert.deepEqual(logged, ['maatwerk: options.fieldNames maps "nooit", but no control of the form has that name']);
});

test("web components: FormData contributors and checkbox-like components read with their wire type", async () => {
  const { result } = await inForm(`
    <form id="wc">
      <x-text name="name"></x-text>
      <x-check name="responsible" value="on"></x-check>
      <x-toggle name="experience[0].relevant"></x-toggle>
      <x-icon name="check"></x-icon>
      <button type="submit">Indienen</button>
    </form>`, async () => {
    // Shoelace 2's way: not form-associated, the value added in the form's formdata event.
    customElements.define("x-text", class extends HTMLElement {
      value = "Sara Janssens";
      connectedCallback() {
        this.closest("form").addEventListener("formdata", (event) => event.formData.append(this.getAttribute("name"), this.value));
      }
    });
    // Web Awesome's and Umbraco's way: form-associated, value "on", a boolean `checked`.
    customElements.define("x-check", class extends HTMLElement {
      static formAssociated = true;
      checked = true;
      value = "on";
    });
    // Not form-associated, adds nothing when off: its `checked` still says yes or no.
    customElements.define("x-toggle", class extends HTMLElement {
      checked = false;
    });
    customElements.define("x-icon", class extends HTMLElement {});
    const { attachForm, Validator } = window.maatwerkModule;
    const seen = [];
    const { session } = Validator.prototype;
    Validator.prototype.session = function (form, ...rest) {
      seen.push(JSON.stringify(form));
      return session.call(this, form, ...rest);
    };
    const handle = attachForm(document.getElementById("wc"), "supervisor", { asOf: "2026-11-23" });
    Validator.prototype.session = session;
    handle.detach();
    return seen;
  });
  assert.deepEqual(result.map((text) => JSON.parse(text)), [
    { name: "Sara Janssens", responsible: true, experience: [{ relevant: false }] },
  ]);
});

const PORTAL_SHAPED_FORM = `
  <form id="pf">
    <label for="pf-name">Naam</label><input id="pf-name" name="persoon.naam">
    <div id="pf-periods">
      <div class="row"><label>Van <input id="pf-from" name="ervaring[0].van"></label><label>Tot <input id="pf-to" name="ervaring[0].tot"></label>
        <label><input type="checkbox" id="pf-relevant" name="ervaring[0].relevant" value="J"> Relevant</label></div>
    </div>
    <button type="submit">Indienen</button>
  </form>`;

test("options.mapping: controls named by the portal's paths, values mapped by the core, messages at the portal's controls", async () => {
  const mapping = JSON.parse(readFileSync(new URL("../../mapped/supervisor-formio.json", import.meta.url), "utf8")).mapping;
  const { result } = await inForm(PORTAL_SHAPED_FORM, async (mapping) => {
    const { attachForm } = window.maatwerkModule;
    const form = document.getElementById("pf");
    const handle = attachForm(form, "supervisor", { asOf: "2026-11-23", debounceMs: 0, mapping });
    document.getElementById("pf-name").value = "Nathalie Dubois";
    document.getElementById("pf-from").value = "2024-02-01";
    document.getElementById("pf-to").value = "2024-01-01";
    document.getElementById("pf-relevant").checked = true;
    const submitted = handle.submit();
    await window.settle();
    const report = handle.report();
    const to = document.getElementById("pf-to");
    const out = {
      submitted,
      reversed: report.issues.find((issue) => issue.code === "supervisor.period_reversed")?.portalPath ?? null,
      relevant: report.issues.some((issue) => issue.field === "experience[0].relevant"),
      invalid: to.getAttribute("aria-invalid"),
      message: document.getElementById(to.getAttribute("aria-describedby") ?? "")?.textContent ?? "",
      summaryLinks: [...form.querySelectorAll(".maatwerk-error-summary a")].map((a) => a.getAttribute("href")),
    };
    handle.detach();
    return out;
  }, mapping);
  assert.equal(result.submitted, false);
  assert.equal(result.reversed, "ervaring[0].tot");
  assert.equal(result.relevant, false, "the checkbox's value J reached the wire as yes through the mapping");
  assert.equal(result.invalid, "true");
  assert.match(result.message, /einddatum|begindatum/i);
  assert.ok(result.summaryLinks.includes("#pf-to"), JSON.stringify(result.summaryLinks));
});
