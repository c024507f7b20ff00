// One attached form: the listeners, the debounce, and the order of one validation (bring the
// session in line with the form, take its report, render, tell the page).
//
// Nothing is rendered synchronously in a `focusout` or `change` listener: the messages that
// appear would move the page between a press and a release, and the click that caused the blur
// (on a radio, on the submit button) would land elsewhere. Rendering waits for the debounce
// and, while a pointer is pressed in the form, for its release.
//
// A framework may handle the submit itself (its button's click handler cancels the native
// submit and sends the data), so a submit is caught where it starts: a click on a submit button
// (Enter in a field clicks the default one) and the `submit` event, both in the capture phase
// on the document, before any of the page's listeners; with errors, neither goes further.
//
// A framework may also redraw what the binding marked: `aria-invalid`, `aria-describedby` and
// the error class it takes away are put back (messages.js `restore`), and what the user had
// touched is kept by wire path, so a redraw that replaces the inputs shows what was shown.
//
// No exception leaves a listener or the timer: a failure is logged with its name and the
// module's own message (the core never puts a typed value in one), and the page goes on.

import { Validator } from "../web/maatwerk.js";
import { Ids, MARK } from "./attrs.js";
import { attribute, byId, closest, contains, dispatch, documentOf, listen, queryAll, removeAttribute, setAttribute, unlisten } from "./form.js";
import { Messages } from "./messages.js";
import { Mirror } from "./mirror.js";
import { render } from "./render.js";
import { FOCUS, Summary } from "./summary.js";
import { TitlePrefix } from "./title.js";
import { severityPrefix } from "./words.js";

/** @typedef {import("../web/maatwerk.js").Kind} Kind */
/** @typedef {import("../web/maatwerk.js").Options} Options */
/** @typedef {import("../web/maatwerk.js").Report} Report */
/** @typedef {import("./options.js").Settings} Settings */
/** @typedef {import("./path.js").Path} Path */

/** After every validation, with the Report in `detail`: what a requirement panel listens to. */
const REPORT = "maatwerk:report";
/** A submit without errors of a form without `action`, with the Report: the page sends the data. */
const VALID = "maatwerk:valid";

/**
 * How often a validation waits for a pointer release (a debounce each) before it runs anyway:
 * a release the page never sees (the pointer left the window) must not stop validation.
 */
const MAX_POSTPONED = 20;

/** The attributes a framework may redraw on the binding's controls, and the binding puts back. */
const GUARDED = ["aria-invalid", "aria-describedby", "class"];

/** @type {WeakMap<HTMLFormElement, Binding>} attaching a form again replaces its binding */
const attached = new WeakMap();
/** Numbers the id prefix of forms without an id. */
let unnamed = 0;

/** `maatwerk` for the first form without an id, `maatwerk-2` for the next, ... */
function unnamedPrefix() {
  unnamed += 1;
  return unnamed === 1 ? "maatwerk" : `maatwerk-${unnamed}`;
}

/**
 * Logs a failure inside a listener or the timer without letting it reach the page.
 * @param {string} what
 * @param {unknown} error
 */
function logFailure(what, error) {
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : typeof error;
  console.error(`maatwerk: ${what} failed (${detail})`);
}

export class Binding {
  /** @type {Report | null} */
  report = null;
  submitted = false;
  detached = false;
  /**
   * @type {Set<Element>} elements on the way of a blur or change, and the controls touched so
   *   far: a renumbered row keeps what its controls showed
   */
  #touched = new Set();
  /** @type {Map<string, Path>} the paths touched: an input a redraw replaced keeps them */
  #touchedPaths = new Map();
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  #timer;
  #pending = false;
  /** A pointer is pressed inside the form: rendering now could move its target. */
  #pointerDown = false;
  #postponed = 0;
  /** @type {[EventTarget, string, EventListener, boolean][]} */
  #listeners = [];
  /** @type {MutationObserver | null} puts back the attributes a framework redraws */
  #guard = null;
  #view = { messages: new Messages(), summary: new Summary(), ids: new Ids() };
  #title = new TitlePrefix();
  /** @type {Mirror | null} */
  #mirror = null;

  /**
   * Attaches to `form`, replacing an earlier binding, and validates quietly. Throws for what a
   * program should not pass: an unknown kind, malformed options.
   * @param {HTMLFormElement} form
   * @param {Kind} kind
   * @param {Options} core
   * @param {Settings} settings
   */
  constructor(form, kind, core, settings) {
    this.validator = new Validator(kind, core);
    this.kind = kind;
    this.core = core;
    this.form = form;
    this.settings = settings;
    this.document = documentOf(form);
    /** Prefix of every id the binding derives: the form's id, or `maatwerk`. */
    this.prefix = attribute(form, "id") || unnamedPrefix();
    attached.get(form)?.detach();
    attached.set(form, this);
    // The binding shows the messages itself; the browser's own bubbles would block the submit
    // event (and so the summary) as soon as a custom validity is set.
    this.novalidateAdded = attribute(form, "novalidate") === null;
    if (this.novalidateAdded) setAttribute(form, "novalidate", "");
    try {
      // The page changed the form (a row added or removed): judged after the pause, as typing is.
      this.#mirror = new Mirror(form, settings, this.validator, () => this.#schedule());
      this.#listen();
      this.#guard = new MutationObserver((records) => {
        if (this.detached) return;
        try {
          for (const { target } of records) if (target instanceof Element) this.#view.messages.restore(target);
        } catch (error) {
          logFailure("putting attributes back", error);
        }
      });
      this.#guard.observe(form, { subtree: true, attributes: true, attributeFilter: GUARDED });
      this.#validate(false, false);
    } catch (error) {
      this.detach();
      throw error;
    }
  }

  #listen() {
    this.#on(this.form, "input", (event) => {
      this.#changed(event);
      // A web component's checkbox may send no `change` out of its shadow root: its `input`
      // is the user's choice.
      if (this.#controlOf(event)?.shape === "checked") this.#touch(event);
      this.#schedule();
    });
    this.#on(this.form, "change", (event) => {
      this.#changed(event);
      this.#touch(event);
      this.#schedule();
    });
    this.#on(this.form, "focusout", (event) => {
      this.#touch(event);
      this.#schedule();
    });
    this.#on(this.document, "click", (event) => this.#submitClick(event), true);
    this.#on(this.document, "submit", (event) => this.#submit(event), true);
    // On the document: the summary may sit outside the form (`summaryContainer`).
    this.#on(this.document, "click", (event) => this.#click(event));
    this.#on(this.form, "pointerdown", () => { this.#pointerDown = true; });
    // The release may happen outside the form.
    this.#on(this.document, "pointerup", () => { this.#pointerDown = false; });
    this.#on(this.document, "pointercancel", () => { this.#pointerDown = false; });
  }

  /**
   * @param {EventTarget} target
   * @param {string} type
   * @param {(event: Event) => void} body
   * @param {boolean} [capture]
   */
  #on(target, type, body, capture = false) {
    /** @type {EventListener} */
    const listener = (event) => {
      if (this.detached) return;
      try {
        body(event);
      } catch (error) {
        logFailure(`the ${type} listener`, error);
      }
    };
    listen(target, type, listener, capture);
    this.#listeners.push([target, type, listener, capture]);
  }

  /**
   * The user changed a control: the next validation sends its value.
   * @param {Event} event
   */
  #changed(event) {
    if (event.target instanceof Element) this.#mirror?.changed(event.target);
  }

  /**
   * Marks the event's control as touched: its issues may show from now on. A web component's
   * event comes from inside its shadow root: the control is on the event's path. The path is
   * kept until the next render resolves it, as the control may be one the form has not been
   * read with yet (a row just added).
   * @param {Event} event
   */
  #touch(event) {
    for (const node of event.composedPath()) if (node instanceof Element && contains(this.form, node)) this.#touched.add(node);
  }

  /**
   * The control of the last reading an event is about.
   * @param {Event} event
   */
  #controlOf(event) {
    const { byElement } = this.#mirror?.reading ?? { byElement: new Map() };
    for (const node of event.composedPath()) {
      const control = node instanceof Element ? byElement.get(node) : undefined;
      if (control) return control;
    }
    return undefined;
  }

  /** Validates after the debounce pause; a later event restarts the pause. */
  #schedule() {
    clearTimeout(this.#timer);
    this.#pending = true;
    this.#timer = setTimeout(() => {
      try {
        this.#due();
      } catch (error) {
        logFailure("the validation", error);
      }
    }, this.settings.debounceMs);
  }

  #due() {
    if (!this.#pending || this.detached) return;
    const wait = this.#pointerDown && this.#postponed < MAX_POSTPONED;
    this.#postponed = wait ? this.#postponed + 1 : 0;
    if (wait) {
      this.#schedule();
      return;
    }
    this.#pending = false;
    this.#validate(false, false);
  }

  /** Cancels a pending debounce. */
  cancel() {
    this.#pending = false;
    clearTimeout(this.#timer);
  }

  /**
   * Validates now, reading every control (a script may have set values without an event).
   * `submitted` shows everything as after a submit attempt.
   * @param {boolean} submitted
   * @returns {Report}
   */
  validate(submitted) {
    this.cancel();
    return this.#validate(submitted, true);
  }

  /**
   * Goes on in another language: what was typed, touched and submitted stays, every message
   * shows again in `locale`. Throws for a locale the core does not know.
   * @param {Options["locale"]} locale
   * @returns {Report}
   */
  setLocale(locale) {
    if (this.detached || !this.#mirror) throw new Error("this form was detached");
    const core = { ...this.core, locale };
    const validator = new Validator(this.kind, core);
    this.cancel();
    this.#mirror.rebind(validator);
    this.validator.free();
    this.validator = validator;
    this.core = core;
    this.settings.locale = /** @type {import("../web/maatwerk.js").Locale} */ (locale);
    return this.#validate(false, false);
  }

  /**
   * One validation: sync, report, render, tell the page.
   * @param {boolean} submitted
   * @param {boolean} full
   * @returns {Report}
   */
  #validate(submitted, full) {
    if (this.detached || !this.#mirror) throw new Error("this form was detached");
    this.#mirror.sync(full);
    const report = this.#mirror.report();
    this.submitted ||= submitted;
    // Now, not on attach: a framework adds its controls after the page attached.
    if (submitted) this.settings.names.warnUnmatched();
    this.report = report;
    this.#render(this.#mirror, report);
    dispatch(this.form, new CustomEvent(REPORT, { bubbles: true, detail: report }));
    return report;
  }

  /**
   * @param {Mirror} mirror
   * @param {Report} report
   */
  #render(mirror, report) {
    const { reading } = mirror;
    for (const element of this.#touched) {
      const control = reading.byElement.get(element);
      if (control) this.#touchedPaths.set(control.key, control.path);
      else this.#touched.delete(element);
    }
    const touched = [...this.#touchedPaths.values()];
    const { locale, summaryTitle, summaryContainer, titlePrefix, groupErrorClass } = this.settings;
    const page = { document: this.document, prefix: this.prefix, locale, reading, groupErrorClass };
    const shown = { submitted: this.submitted, touched };
    render(summaryContainer ?? this.form, page, this.#view, report.issues, shown, summaryTitle);
    const listed = this.#view.summary.element !== null;
    this.#title.apply(this.document, titlePrefix && listed ? severityPrefix(locale, "error") : null);
  }

  /**
   * The form's `submit` event (a button, Enter, `requestSubmit()`), before the page's own
   * listeners: with errors it goes no further.
   * @param {Event} event
   */
  #submit(event) {
    if (event.target !== this.form) return;
    this.cancel();
    const hasAction = (attribute(this.form, "action") ?? "").trim() !== "";
    let report;
    try {
      report = this.#validate(true, true);
    } catch (error) {
      // Without an action the browser would put the typed values in the page's URL; with one,
      // a failing check must not stop the user: the back office validates again.
      if (!hasAction) event.preventDefault();
      throw error;
    }
    if (!report.valid) {
      event.preventDefault();
      event.stopImmediatePropagation();
      this.#focusSummary();
    } else if (!hasAction) {
      event.preventDefault();
      dispatch(this.form, new CustomEvent(VALID, { bubbles: true, detail: report }));
    }
  }

  /**
   * A click on one of the form's submit buttons (Enter in a field clicks the default one),
   * before the page's handlers: a framework's handler may cancel the native submit and send
   * the data itself. With errors the click goes no further; without, it goes on (and the
   * native submit, if any, is checked again).
   * @param {Event} event
   */
  #submitClick(event) {
    if (event.defaultPrevented || !this.#submitter(event)) return;
    this.cancel();
    if (this.#validate(true, true).valid) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    this.#focusSummary();
  }

  /**
   * Whether a click is on a submit button of this form: a native one (its shadow root's own
   * native button belongs to no form), or a web component with `type="submit"` inside it.
   * @param {Event} event
   */
  #submitter(event) {
    for (const node of event.composedPath()) {
      if (node === this.form || !(node instanceof Element)) return false;
      if ((node instanceof HTMLButtonElement || node instanceof HTMLInputElement) && node.form === this.form) {
        return node.type === "submit" || node.type === "image";
      }
      if (node.localName.includes("-") && attribute(node, "type") === "submit" && contains(this.form, node)) return true;
    }
    return false;
  }

  /**
   * A submit the page runs itself: validates, shows everything and the summary (focused) when
   * there are errors, else dispatches `maatwerk:valid`; returns whether the page may go on.
   * @returns {boolean}
   */
  submit() {
    this.cancel();
    const report = this.#validate(true, true);
    if (!report.valid) {
      this.#focusSummary();
      return false;
    }
    dispatch(this.form, new CustomEvent(VALID, { bubbles: true, detail: report }));
    return true;
  }

  /**
   * Moves focus to the summary with its title at the top of the view: the browser's own
   * scroll on focus would centre a summary taller than a phone's screen, its title above it.
   */
  #focusSummary() {
    const summary = this.#view.summary.element;
    if (!summary) return;
    summary.focus({ preventScroll: true });
    summary.scrollIntoView({ block: "start" });
  }

  /**
   * A click on a summary link focuses its field (a fragment link alone only scrolls). The click
   * may be on the form itself.
   * @param {Event} event
   */
  #click(event) {
    const link = event.target instanceof Element ? closest(event.target, `a[${FOCUS}]`) : null;
    if (!link || !this.#view.summary.contains(link)) return;
    const field = byId(this.document, link.getAttribute(FOCUS) ?? "");
    if (!field) return;
    event.preventDefault();
    const focus = this.#mirror?.reading.byElement.get(field)?.type?.focus;
    if (focus) focus(field);
    else field.focus();
  }

  /** Removes every listener, element and attribute the binding added. */
  detach() {
    if (this.detached) return;
    this.detached = true;
    this.cancel();
    for (const [target, type, listener, capture] of this.#listeners) unlisten(target, type, listener, capture);
    this.#listeners = [];
    this.#guard?.disconnect();
    this.#guard = null;
    this.#mirror?.free();
    this.#mirror = null;
    this.validator.free();
    this.#view.messages.clear();
    this.#view.summary.clear();
    this.#view.ids.clear();
    this.#title.apply(this.document, null);
    for (const stray of queryAll(this.form, `[${MARK}]`)) stray.remove();
    if (this.novalidateAdded) removeAttribute(this.form, "novalidate");
    if (attached.get(this.form) === this) attached.delete(this.form);
  }
}
