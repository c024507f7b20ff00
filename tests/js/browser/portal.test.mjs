// attachForm on a portal's own form, as a portal team writes it: Dutch labels, its own control
// names mapped with fieldNames patterns, ja/nee radio groups mapped to booleans, a repeating
// block added (and removed) by a button without renumbering, a form-associated custom element,
// the language switched with setLocale, the GOV.UK details (title prefix, wrapper class, a
// summary outside the form, its title in view on a phone, unique link texts), and only the
// package's stylesheet: under the demo's CSP, and axe-core finds nothing.
import assert from "node:assert/strict";
import { test } from "node:test";
import { axe, openPage, until, useBrowser } from "./harness.mjs";

const env = useBrowser();

const PAGE = `<!doctype html>
<html lang="nl">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Gekwalificeerd begeleider – Mijn portaal</title>
  <link rel="stylesheet" href="/pkg/dom/style.css">
</head>
<body>
  <main>
    <h1>Gekwalificeerd begeleider</h1>
    <div id="fouten"></div>
    <form id="begeleider">
      <div class="maatwerk-form-group">
        <label for="naam">Naam van de begeleider</label>
        <input id="naam" name="naam" autocomplete="name">
      </div>
      <fieldset class="maatwerk-form-group" id="verantwoordelijk">
        <legend>Is de begeleider verantwoordelijk voor de begeleiding?</legend>
        <input type="radio" id="verantwoordelijk-ja" name="verantwoordelijk" value="ja">
        <label for="verantwoordelijk-ja">Ja</label>
        <input type="radio" id="verantwoordelijk-nee" name="verantwoordelijk" value="nee">
        <label for="verantwoordelijk-nee">Nee</label>
      </fieldset>
      <fieldset data-path="experience">
        <legend>Relevante ervaring</legend>
        <div id="periodes"></div>
        <button type="button" id="periode-toevoegen">Periode toevoegen</button>
      </fieldset>
      <button type="submit">Indienen</button>
    </form>
  </main>
</body>
</html>`;

/**
 * The portal's own names: rows numbered from 1 by the portal and never renumbered, ja/nee as
 * its radio values, and an old field that no longer exists in the form.
 */
const FIELD_NAMES = {
  naam: "name",
  verantwoordelijk: "responsible",
  "periode-*-van": "experience[*].from",
  "periode-*-tot": "experience[*].to",
  "periode-*-relevant": "experience[*].relevant",
  "dossiernummer": "dossier",
};

/**
 * Opens the portal page, served from the demo's server with its headers (so its CSP), wires
 * the "add a period" button (each period gets the next number, a remove button, and is never
 * renumbered), and loads the package; `window.portal` holds `attachForm` and the module.
 */
async function openPortal(contextOptions = {}) {
  const session = await openPage(env.browser, env.server, "index.html", contextOptions);
  // Registered after the harness's guard, so it answers first for this one address.
  await session.context.route("**/portaal.html", async (route) => {
    const response = await route.fetch({ url: new URL("index.html", env.server.url).href });
    await route.fulfill({ response, body: PAGE, headers: { ...response.headers(), "content-type": "text/html; charset=utf-8" } });
  });
  await session.page.goto(new URL("portaal.html", env.server.url).href);
  await session.page.evaluate(async () => {
    const module = await import("/pkg/index.js");
    await module.default({ locales: ["nl", "fr", "en", "de"] });
    const { attachForm } = await import("/pkg/dom/index.js");
    window.portal = { module, attachForm, warnings: [] };
    let next = 1;
    document.getElementById("periode-toevoegen").addEventListener("click", () => {
      const n = next++;
      document.getElementById("periodes").insertAdjacentHTML("beforeend", `
        <fieldset class="periode" id="periode-${n}">
          <legend>Periode</legend>
          <div class="maatwerk-form-group">
            <label for="periode-${n}-van">Van</label>
            <input id="periode-${n}-van" name="periode-${n}-van">
          </div>
          <div class="maatwerk-form-group">
            <label for="periode-${n}-tot">Tot en met</label>
            <input id="periode-${n}-tot" name="periode-${n}-tot">
          </div>
          <fieldset class="maatwerk-form-group">
            <legend>Was het werk relevant?</legend>
            <input type="radio" id="periode-${n}-relevant-ja" name="periode-${n}-relevant" value="ja">
            <label for="periode-${n}-relevant-ja">Ja</label>
            <input type="radio" id="periode-${n}-relevant-nee" name="periode-${n}-relevant" value="nee">
            <label for="periode-${n}-relevant-nee">Nee</label>
          </fieldset>
          <button type="button" class="verwijder">Periode verwijderen</button>
        </fieldset>`);
    });
    document.getElementById("periodes").addEventListener("click", (event) => {
      if (event.target.matches(".verwijder")) event.target.closest(".periode").remove();
    });
  });
  return session;
}

/** Attaches the portal's form with its names and `ja`/`nee` as booleans; `debounceMs: 0`. */
function attach(page, extra = {}) {
  return page.evaluate(([fieldNames, extra]) => {
    const form = document.getElementById("begeleider");
    const options = { asOf: "2026-11-23", locale: "nl", debounceMs: 0, fieldNames, values: { ja: true, nee: false }, ...extra };
    if (extra.summaryContainer) options.summaryContainer = document.querySelector(extra.summaryContainer);
    window.portal.handle = window.portal.attachForm(form, "supervisor", options);
  }, [FIELD_NAMES, extra]);
}

/** The codes of the last report, as `field code`. */
const codes = (page) => page.evaluate(() => window.portal.handle.report().issues.map((i) => `${i.field} ${i.code}`));

/** Waits until the last report holds (or no longer holds) `entry` (`field code`). */
function untilReport(page, entry, present = true) {
  return until(page, ([entry, present]) =>
    window.portal.handle.report().issues.some((i) => `${i.field} ${i.code}` === entry) === present, [entry, present]);
}

async function fillPeriod(page, n, from, to, relevant) {
  await page.fill(`#periode-${n}-van`, from);
  if (to) await page.fill(`#periode-${n}-tot`, to);
  await page.check(`#periode-${n}-relevant-${relevant}`);
}

async function withPortal(body, contextOptions) {
  const session = await openPortal(contextOptions);
  try {
    await body(session.page, session);
    assert.deepEqual(await session.problems(), []);
  } finally {
    await session.close();
  }
}

test("own names, row patterns and ja/nee: rows added and removed by the page are judged by themselves", async () => {
  await withPortal(async (page, session) => {
    await attach(page);
    // The map names a control the form does not have: said once on the console, at the first
    // submit attempt (a framework may add its controls after attaching), not before.
    assert.deepEqual(session.logged().filter((line) => line.includes("fieldNames")), []);
    await page.evaluate(() => window.portal.handle.validate());
    const warnings = session.logged().filter((line) => line.includes("fieldNames"));
    assert.deepEqual(warnings, ['maatwerk: options.fieldNames maps "dossiernummer", but no control of the form has that name']);

    await page.fill("#naam", "Sara Janssens");
    await page.check("#verantwoordelijk-ja");
    await until(page, () => window.portal.handle.report().issues.every((i) => i.field !== "name"));
    // "ja" reached the wire as true: nothing at `responsible` (before: "expects yes or no").
    assert.deepEqual((await codes(page)).filter((c) => c.startsWith("responsible")), []);

    // A period of 12 months, in a row the page adds: no refresh() needed.
    await page.click("#periode-toevoegen");
    await untilReport(page, "experience[0].from supervisor.period_from_missing");
    await fillPeriod(page, 1, "2023-01-01", "2023-12-31", "ja");
    await untilReport(page, "experience supervisor.experience_too_short");
    // A second one of 12 months: 24 in all, the supervisor qualifies.
    await page.click("#periode-toevoegen");
    await fillPeriod(page, 2, "2024-06-01", "2025-05-31", "ja");
    await until(page, () => window.portal.handle.report().requirements.find((r) => r.rule === "SUP-001").status === "met");
    assert.ok(!(await codes(page)).includes("experience supervisor.experience_too_short"));

    // The first period goes (the portal does not renumber): the second is now experience[0].
    await page.click("#periode-1 .verwijder");
    await untilReport(page, "experience supervisor.experience_too_short");
    const wire = await page.evaluate(() => window.portal.handle.report().issues.map((i) => i.field));
    assert.ok(!wire.some((field) => field.startsWith("experience[1]")), wire.join(", "));
    // The warning stays a single one.
    assert.equal(session.logged().filter((line) => line.includes("fieldNames")).length, 1);
  });
});

test("fieldNames as a function of the control, with a field's own values", async () => {
  await withPortal(async (page) => {
    await page.click("#periode-toevoegen");
    await page.evaluate(() => {
      // This portal keeps the wire path in a data attribute and answers J/N.
      document.getElementById("naam").dataset.veld = "name";
      for (const radio of document.querySelectorAll("[name=verantwoordelijk]")) radio.value = radio.value === "ja" ? "J" : "N";
      const form = document.getElementById("begeleider");
      window.portal.handle = window.portal.attachForm(form, "supervisor", {
        asOf: "2026-11-23",
        debounceMs: 0,
        fieldNames: (control) => {
          if (control.dataset.veld) return control.dataset.veld;
          if (control.name === "verantwoordelijk") return { path: "responsible", values: { J: true, N: false } };
          const row = /^periode-(\d+)-(van|tot)$/.exec(control.name);
          if (row) return `experience[${Number(row[1]) - 1}].${row[2] === "van" ? "from" : "to"}`;
          return undefined;
        },
      });
    });
    await page.fill("#naam", "Sara Janssens");
    await page.check("#verantwoordelijk-nee");
    await page.fill("#periode-1-van", "2025-13-45");
    await untilReport(page, "experience[0].from supervisor.invalid_date");
    const found = await codes(page);
    assert.ok(!found.some((c) => c.startsWith("name ")), found.join("\n"));
    // N is false: this supervisor is not the responsible person (a warning, not a type error).
    assert.deepEqual(found.filter((c) => c.startsWith("responsible")), ["responsible supervisor.not_responsible"]);
  });
});

test("a form-associated custom element: read by name and value, its validity set, maatwerk:field told", async () => {
  await withPortal(async (page) => {
    await page.evaluate(() => {
      // A design system's text field: shadow DOM, ElementInternals, its own setCustomValidity.
      class TekstVeld extends HTMLElement {
        static formAssociated = true;
        #internals = this.attachInternals();
        #input;
        constructor() {
          super();
          const root = this.attachShadow({ mode: "open", delegatesFocus: true });
          this.#input = document.createElement("input");
          this.#input.setAttribute("aria-label", this.getAttribute("label") ?? "");
          this.#input.addEventListener("input", () => this.#internals.setFormValue(this.#input.value));
          root.append(this.#input);
        }
        get value() { return this.#input.value; }
        set value(text) { this.#input.value = text; this.#internals.setFormValue(text); }
        get name() { return this.getAttribute("name"); }
        setCustomValidity(message) {
          this.#internals.setValidity(message ? { customError: true } : {}, message, this.#input);
        }
      }
      customElements.define("mw-tekstveld", TekstVeld);
      const group = document.querySelector(".maatwerk-form-group");
      group.innerHTML = '<span id="naam-label">Naam van de begeleider</span><mw-tekstveld name="naam" label="Naam van de begeleider" aria-labelledby="naam-label"></mw-tekstveld>';
      window.fieldEvents = [];
      document.addEventListener("maatwerk:field", (event) => {
        window.fieldEvents.push(`${event.detail.field}:${event.detail.issues.map((i) => i.code).join(",")}`);
      });
    });
    await attach(page);
    // Submitted empty: the element is invalid through its own validity, and told so.
    await page.click("button[type=submit]");
    await page.locator(".maatwerk-error-summary").waitFor();
    const state = await page.evaluate(() => {
      const field = document.querySelector("mw-tekstveld");
      return { invalid: field.matches(":invalid"), aria: field.getAttribute("aria-invalid"), events: [...window.fieldEvents] };
    });
    assert.deepEqual(state, { invalid: true, aria: "true", events: state.events });
    assert.ok(state.events.includes("name:supervisor.name_missing"), state.events.join(" "));
    // The summary's link to it names it by its label.
    assert.equal(await page.getAttribute(".maatwerk-error-summary a[href='#begeleider-field-name']", "href"), "#begeleider-field-name");

    // Typed in its shadow input: the value is read (input is composed), the error goes.
    await page.evaluate(() => {
      window.fieldEvents = [];
      const field = document.querySelector("mw-tekstveld");
      field.value = "Sara Janssens";
      field.shadowRoot.querySelector("input").dispatchEvent(new Event("input", { bubbles: true, composed: true }));
    });
    await untilReport(page, "name supervisor.name_missing", false);
    await until(page, () => window.fieldEvents.includes("name:"));
    assert.equal(await page.evaluate(() => document.querySelector("mw-tekstveld").matches(":invalid")), false);

    // A component that renders its messages itself cancels the event: no element of the binding's.
    await page.evaluate(() => {
      window.portal.handle.detach();
      document.querySelector("mw-tekstveld").value = "";
      document.addEventListener("maatwerk:field", (event) => {
        if (event.target.localName === "mw-tekstveld") event.preventDefault();
      });
    });
    await attach(page);
    await page.evaluate(() => window.portal.handle.validate());
    assert.equal(await page.locator(".maatwerk-form-group .maatwerk-field-message").count(), 0);
    assert.equal(await page.getAttribute("mw-tekstveld", "aria-invalid"), "true");
  });
});

test("setLocale keeps what was typed and touched; the title prefix follows the language", async () => {
  await withPortal(async (page) => {
    await attach(page);
    await page.click("#periode-toevoegen");
    await page.fill("#periode-1-van", "2025-02-30");
    await page.locator("#periode-1-van").blur();
    await until(page, () => document.querySelector("#periode-1-van").getAttribute("aria-invalid") === "true");
    const message = () => page.evaluate(() => {
      const ids = document.querySelector("#periode-1-van").getAttribute("aria-describedby").split(" ");
      const element = ids.map((id) => document.getElementById(id)).find((e) => e?.matches(".maatwerk-field-message"));
      return { lang: element.lang, text: element.textContent };
    });
    assert.equal((await message()).lang, "nl");
    const dutch = (await message()).text;

    await page.evaluate(() => window.portal.handle.setLocale("fr"));
    const french = await message();
    assert.equal(french.lang, "fr");
    assert.notEqual(french.text, dutch);
    assert.match(french.text, /^Erreur : /);
    assert.equal(await page.inputValue("#periode-1-van"), "2025-02-30", "what was typed stays");
    // Untouched fields stay quiet, nothing submitted: no summary, no title prefix.
    assert.equal(await page.locator("#naam[aria-invalid]").count(), 0);
    assert.equal(await page.evaluate(() => window.portal.handle.submitted), false);
    assert.equal(await page.title(), "Gekwalificeerd begeleider – Mijn portaal");

    await page.click("button[type=submit]");
    await page.locator(".maatwerk-error-summary").waitFor();
    assert.equal(await page.title(), "Erreur : Gekwalificeerd begeleider – Mijn portaal");
    assert.equal(await page.locator(".maatwerk-error-summary__title").innerText(), "Il y a un problème");
    await page.evaluate(() => window.portal.handle.setLocale("de"));
    assert.equal(await page.title(), "Fehler: Gekwalificeerd begeleider – Mijn portaal");
    assert.equal(await page.locator(".maatwerk-error-summary__title").innerText(), "Es gibt ein Problem");
    assert.equal(await page.evaluate(() => window.portal.handle.submitted), true);
    const badLocale = await page.evaluate(() => {
      try {
        window.portal.handle.setLocale("xx");
        return null;
      } catch (error) {
        return error instanceof Error;
      }
    });
    assert.equal(badLocale, true);
    // Detached: the page's own title comes back.
    await page.evaluate(() => window.portal.handle.detach());
    assert.equal(await page.title(), "Gekwalificeerd begeleider – Mijn portaal");
  });
});

test("GOV.UK: title prefix, wrapper class, summary in its own container, unique link texts", async () => {
  await withPortal(async (page) => {
    await attach(page, { summaryContainer: "#fouten" });
    await page.click("#periode-toevoegen");
    await page.click("#periode-toevoegen");
    await page.click("button[type=submit]");
    const summary = page.locator("#fouten > .maatwerk-error-summary");
    await summary.waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.id), "begeleider-error-summary");
    assert.equal(await page.title(), "Fout: Gekwalificeerd begeleider – Mijn portaal");
    // The wrappers of the fields in error carry the class; the others do not.
    assert.equal(await page.getAttribute("#naam", "aria-invalid"), "true");
    assert.match(await page.locator("#naam").evaluate((e) => e.parentElement.className), /maatwerk-form-group--error/);
    // A radio group's wrapper is its fieldset.
    assert.match(await page.locator("#periode-1 fieldset").getAttribute("class"), /maatwerk-form-group--error/);
    assert.doesNotMatch(await page.locator("#periode-1-tot").evaluate((e) => e.parentElement.className), /--error/);
    assert.doesNotMatch(await page.locator("#verantwoordelijk").getAttribute("class"), /--error/);
    // With the shipped stylesheet the wrapper shows the red bar.
    const bar = await page.locator("#periode-1 fieldset").evaluate((e) => getComputedStyle(e).borderLeftColor);
    assert.equal(bar, "rgb(179, 38, 30)");

    // Two rows miss the same facts: every link text is unique, naming the label and the row.
    const texts = await summary.locator("a").allInnerTexts();
    assert.equal(new Set(texts).size, texts.length, texts.join("\n"));
    assert.ok(texts.some((t) => t.startsWith("Van (rij 1): ")) && texts.some((t) => t.startsWith("Van (rij 2): ")), texts.join("\n"));
    assert.ok(texts.some((t) => t.startsWith("Was het werk relevant? (rij 2): ")), texts.join("\n"));

    // A link outside the form still focuses its field.
    await summary.locator("a[href='#periode-2-van']").click();
    assert.equal(await page.evaluate(() => document.activeElement?.id), "periode-2-van");

    // Fixed: the summary and the prefix go, the class too.
    await page.fill("#naam", "Sara Janssens");
    await page.check("#verantwoordelijk-ja");
    for (const n of [1, 2]) await fillPeriod(page, n, n === 1 ? "2023-01-01" : "2024-06-01", n === 1 ? "2023-12-31" : "2025-05-31", "ja");
    await until(page, () => !document.querySelector(".maatwerk-error-summary"));
    assert.equal(await page.title(), "Gekwalificeerd begeleider – Mijn portaal");
    assert.equal(await page.locator(".maatwerk-form-group--error").count(), 0);
  });
});

test("titlePrefix: false leaves the page title alone; groupErrorClass names the class", async () => {
  await withPortal(async (page) => {
    await attach(page, { titlePrefix: false, groupErrorClass: "govuk-form-group--error" });
    await page.click("button[type=submit]");
    await page.locator(".maatwerk-error-summary").waitFor();
    assert.equal(await page.title(), "Gekwalificeerd begeleider – Mijn portaal");
    assert.match(await page.locator("#naam").evaluate((e) => e.parentElement.className), /govuk-form-group--error/);
  });
});

test("on a 390 px phone, a blocked submit shows the summary's title, even when it is taller than the screen", async () => {
  await withPortal(async (page) => {
    await attach(page);
    for (let n = 0; n < 8; n += 1) await page.click("#periode-toevoegen");
    await page.locator("button[type=submit]").scrollIntoViewIfNeeded();
    await page.click("button[type=submit]");
    const summary = page.locator(".maatwerk-error-summary");
    await summary.waitFor();
    const box = await page.evaluate(() => {
      const title = document.querySelector(".maatwerk-error-summary__title").getBoundingClientRect();
      const whole = document.querySelector(".maatwerk-error-summary").getBoundingClientRect();
      return { top: title.top, bottom: title.bottom, tall: whole.height, view: window.innerHeight, focused: document.activeElement?.id };
    });
    assert.ok(box.tall > box.view, `the summary (${box.tall}px) is taller than the screen (${box.view}px)`);
    assert.ok(box.top >= 0 && box.bottom <= box.view, JSON.stringify(box));
    assert.equal(box.focused, "begeleider-error-summary");
  }, { viewport: { width: 390, height: 664 }, isMobile: true, hasTouch: true });
});

test("axe-core finds no violations on a page styled only by maatwerk/style.css, with and without errors", async () => {
  await withPortal(async (page) => {
    await attach(page);
    await page.click("#periode-toevoegen");
    assert.deepEqual(await axe(page), []);
    await page.fill("#periode-1-van", "2025-02-30");
    await page.click("button[type=submit]");
    await page.locator(".maatwerk-error-summary").waitFor();
    assert.ok(await page.locator(".maatwerk-message--error").count() > 0);
    assert.deepEqual(await axe(page), []);
  }, { bypassCSP: true });
});
