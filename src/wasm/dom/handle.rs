//! `attachForm` and the handle it returns: the listeners, the debounce, and the order of one
//! validation (read the form, ask the core, render, tell the page).
//!
//! Nothing is rendered synchronously in a `focusout` or `change` listener: the messages that
//! appear would move the page between a press and a release, and the click that caused the
//! blur (on a radio, on the submit button) would land elsewhere. Rendering waits for the
//! debounce and, while a pointer is pressed in the form, for its release.
//!
//! No borrow of the state is held while an event is dispatched or focus is moved: both run
//! page code (which may call back into the handle) and our own `focusout` listener
//! synchronously. Every callback reaches the state through `try_borrow`, so a re-entry that
//! slips through is an error, never a panic.

use super::super::convert::{input_error, to_js};
use super::attrs::{Ids, MARK};
use super::controls::{self, Control};
use super::events;
use super::messages::{Messages, Page};
use super::options::{self, Settings};
use super::plan::{self, Anchor, Shown};
use super::summary::{Item, Summary, Words, FOCUS};
use super::words;
use crate::context::Context;
use crate::engine::Kind;
use crate::model::Path;
use crate::report::Report;
use gloo::events::{EventListener, EventListenerOptions};
use gloo::timers::callback::Timeout;
use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};
use wasm_bindgen::prelude::*;
use web_sys::{Document, Element, Event, EventTarget, HtmlElement, HtmlFormElement, Node};

thread_local! {
    /// Attached forms stay attached when the page drops its handle: only `detach()` ends it.
    static ATTACHED: RefCell<Vec<Rc<Inner>>> = const { RefCell::new(Vec::new()) };
    /// Numbers the id prefix of forms without an id.
    static UNNAMED: Cell<u32> = const { Cell::new(0) };
}

/// One attached form.
struct Inner {
    form: HtmlFormElement,
    document: Document,
    kind: Kind,
    ctx: Context,
    settings: Settings,
    /// Prefix of every id the binding derives: the form's id, or `maatwerk`.
    prefix: String,
    /// Whether the binding set `novalidate` (to take it back on detach).
    novalidate_added: bool,
    state: RefCell<State>,
    view: RefCell<View>,
    listeners: RefCell<Vec<EventListener>>,
}

/// What the user did and what the core said.
#[derive(Default)]
struct State {
    /// Controls blurred or changed, as elements so a renumbered row keeps its touched fields.
    touched: Vec<Element>,
    submitted: bool,
    report: Option<Report>,
    /// The debounce; replacing it cancels the earlier one.
    timer: Option<Timeout>,
    pending: bool,
    /// A pointer is pressed inside the form: rendering now could move its target.
    pointer_down: bool,
    /// How often the pending validation waited for a pointer release.
    postponed: u32,
    detached: bool,
}

/// What the binding put on the page.
#[derive(Default)]
struct View {
    messages: Messages,
    summary: Summary,
    ids: Ids,
}

/// How often a validation waits for a pointer release (a debounce each) before it runs anyway:
/// a release the page never sees (the pointer left the window) must not stop validation.
const MAX_POSTPONED: u32 = 20;

/// Why a validation runs: quietly (typing, blur, `refresh()`) or as a submit attempt.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    Quiet,
    Submit,
}

/// What one validation gave.
struct Outcome {
    valid: bool,
    report: JsValue,
}

/// Validates a form as the user types and on submit, and shows the report's issues in it.
///
/// `kind` is `"application"`, `"providerRegistration"`, `"supportPlan"` or `"supervisor"`;
/// `options` are the validators' options `{ asOf?, locale?, parameters? }` plus
/// `{ debounceMs?, fieldNames?, summaryTitle? }`. Throws when the arguments are not what a
/// program should pass (no form, an unknown kind, malformed options); never for what a user
/// typed. Attaching a form again replaces the earlier binding. Without `asOf` the reference
/// date is the browser's date at the time of attaching.
#[wasm_bindgen(js_name = attachForm)]
pub fn attach_form(
    #[wasm_bindgen(unchecked_param_type = "HTMLFormElement")] form: JsValue,
    #[wasm_bindgen(unchecked_param_type = "Kind")] kind: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "AttachOptions")] options: Option<JsValue>,
) -> Result<FormHandle, JsError> {
    let form: HtmlFormElement =
        form.dyn_into().map_err(|_| JsError::new("attachForm: the first argument must be a <form> element"))?;
    let kind = parse_kind(&kind)?;
    let (ctx, settings) = options::split(options.as_ref())?;
    let document = form.owner_document().ok_or_else(|| JsError::new("attachForm: the form has no document"))?;
    let earlier: Vec<Rc<Inner>> = ATTACHED.with(|attached| {
        attached.try_borrow().map(|list| list.iter().filter(|i| i.form == form).cloned().collect()).unwrap_or_default()
    });
    for inner in earlier {
        detach(&inner)?;
    }
    // The binding shows the messages itself; the browser's own bubbles would block the submit
    // event (and so the summary) as soon as a custom validity is set.
    let novalidate_added = !form.has_attribute("novalidate");
    if novalidate_added {
        form.set_attribute("novalidate", "").map_err(dom_error)?;
    }
    let inner = Rc::new(Inner {
        prefix: prefix(&form),
        form,
        document,
        kind,
        ctx,
        settings,
        novalidate_added,
        state: RefCell::default(),
        view: RefCell::default(),
        listeners: RefCell::default(),
    });
    listen(&inner)?;
    ATTACHED.with(|attached| attached.try_borrow_mut().map(|mut list| list.push(Rc::clone(&inner)))).map_err(busy)?;
    if let Err(error) = validate(&inner, Mode::Quiet) {
        let _ = detach(&inner);
        return Err(error);
    }
    Ok(FormHandle { inner })
}

/// The binding of one form, returned by `attachForm`.
#[wasm_bindgen]
pub struct FormHandle {
    inner: Rc<Inner>,
}

#[wasm_bindgen]
impl FormHandle {
    /// Validates now and shows everything as after a submit attempt (every issue, the
    /// summary), without moving focus; returns the Report.
    #[wasm_bindgen(unchecked_return_type = "Report")]
    pub fn validate(&self) -> Result<JsValue, JsError> {
        cancel(&self.inner);
        Ok(validate(&self.inner, Mode::Submit)?.report)
    }

    /// Validates now without changing what is shown beyond what the user touched: for a page
    /// that changed the form itself (added or removed a row); returns the Report.
    #[wasm_bindgen(unchecked_return_type = "Report")]
    pub fn refresh(&self) -> Result<JsValue, JsError> {
        cancel(&self.inner);
        Ok(validate(&self.inner, Mode::Quiet)?.report)
    }

    /// The last Report (`null` only if no validation ran).
    #[wasm_bindgen(unchecked_return_type = "Report | null")]
    pub fn report(&self) -> Result<JsValue, JsError> {
        let state = self.inner.state.try_borrow().map_err(busy)?;
        state.report.as_ref().map_or(Ok(JsValue::NULL), to_js)
    }

    /// Whether a submit was attempted (or `validate()` called): every issue is shown.
    #[wasm_bindgen(getter)]
    pub fn submitted(&self) -> bool {
        self.inner.state.try_borrow().is_ok_and(|state| state.submitted)
    }

    /// Removes every listener, element and attribute the binding added.
    pub fn detach(&self) -> Result<(), JsError> {
        detach(&self.inner)
    }
}

#[wasm_bindgen(typescript_custom_section)]
const ATTACH_OPTIONS: &'static str = r#"
/** Options of `attachForm`: the validators' options plus the binding's own. */
export interface AttachOptions extends Options {
  /** Pause after the last `input`/`change` before validating, in ms (default 150). */
  debounceMs?: number;
  /** Control name -> wire path (`"experience[0].from"`), for controls with their own names. */
  fieldNames?: Record<string, string>;
  /** Replaces the localised title of the error summary. */
  summaryTitle?: string;
}

/**
 * The events `attachForm` dispatches on the form (they bubble): `maatwerk:report` after every
 * validation, `maatwerk:valid` on a submit without errors of a form without `action`.
 */
export interface MaatwerkFormEvents {
  "maatwerk:report": CustomEvent<Report>;
  "maatwerk:valid": CustomEvent<Report>;
}
"#;

fn parse_kind(kind: &JsValue) -> Result<Kind, JsError> {
    kind.as_string()
        .and_then(|text| serde_json::from_value(serde_json::Value::String(text)).ok())
        .ok_or_else(|| JsError::new("kind must be one of application, providerRegistration, supportPlan, supervisor"))
}

fn prefix(form: &HtmlFormElement) -> String {
    let id = form.id();
    if !id.is_empty() {
        return id;
    }
    let n = UNNAMED.with(|n| {
        n.set(n.get().saturating_add(1));
        n.get()
    });
    if n == 1 {
        "maatwerk".to_owned()
    } else {
        format!("maatwerk-{n}")
    }
}

fn listen(inner: &Rc<Inner>) -> Result<(), JsError> {
    let target: &EventTarget = inner.form.as_ref();
    let weak = Rc::downgrade(inner);
    let prevent = EventListenerOptions::enable_prevent_default;
    let listeners = vec![
        EventListener::new(target, "input", on(&weak, |inner, _| schedule(inner))),
        EventListener::new(
            target,
            "change",
            on(&weak, |inner, event| {
                touch(inner, event);
                schedule(inner);
            }),
        ),
        EventListener::new(
            target,
            "focusout",
            on(&weak, |inner, event| {
                touch(inner, event);
                schedule(inner);
            }),
        ),
        EventListener::new_with_options(target, "submit", prevent(), on(&weak, submit)),
        EventListener::new_with_options(target, "click", prevent(), on(&weak, click)),
        EventListener::new(target, "pointerdown", on(&weak, |inner, _| pointer(inner, true))),
        // The release may happen outside the form.
        EventListener::new(inner.document.as_ref(), "pointerup", on(&weak, |inner, _| pointer(inner, false))),
        EventListener::new(inner.document.as_ref(), "pointercancel", on(&weak, |inner, _| pointer(inner, false))),
    ];
    *inner.listeners.try_borrow_mut().map_err(busy)? = listeners;
    Ok(())
}

/// A listener body that runs only while the form is attached; the weak reference keeps the
/// listeners from keeping the binding alive.
fn on(weak: &Weak<Inner>, body: fn(&Rc<Inner>, &Event)) -> impl FnMut(&Event) + 'static {
    let weak = Weak::clone(weak);
    move |event| {
        if let Some(inner) = weak.upgrade() {
            body(&inner, event);
        }
    }
}

/// Marks the event's control as touched: its issues may show from now on.
fn touch(inner: &Rc<Inner>, event: &Event) {
    let Some(element) = event.target().and_then(|t| t.dyn_into::<Element>().ok()) else { return };
    if controls::path_of(&element, &inner.settings.field_names).is_none() {
        return;
    }
    if let Ok(mut state) = inner.state.try_borrow_mut() {
        if !state.touched.contains(&element) {
            state.touched.push(element);
        }
    }
}

/// Validates after the debounce pause; a later keystroke restarts the pause.
fn schedule(inner: &Rc<Inner>) {
    let weak = Rc::downgrade(inner);
    let timer = Timeout::new(inner.settings.debounce_ms, move || {
        let Some(inner) = weak.upgrade() else { return };
        // Replacing the timer from inside its own callback is safe: wasm-bindgen frees a
        // running closure only after it returns.
        let wait = match inner.state.try_borrow_mut() {
            Ok(mut state) if state.pending => {
                let wait = state.pointer_down && state.postponed < MAX_POSTPONED;
                state.postponed = if wait { state.postponed.saturating_add(1) } else { 0 };
                state.pending = wait;
                wait
            }
            _ => return,
        };
        if wait {
            schedule(&inner);
        } else {
            let _ = validate(&inner, Mode::Quiet);
        }
    });
    if let Ok(mut state) = inner.state.try_borrow_mut() {
        if !state.detached {
            state.timer = Some(timer);
            state.pending = true;
        }
    }
}

/// Cancels a pending debounce.
fn cancel(inner: &Rc<Inner>) {
    let timer = inner.state.try_borrow_mut().ok().and_then(|mut state| {
        state.pending = false;
        state.timer.take()
    });
    drop(timer);
}

fn pointer(inner: &Rc<Inner>, down: bool) {
    if let Ok(mut state) = inner.state.try_borrow_mut() {
        state.pointer_down = down;
    }
}

fn submit(inner: &Rc<Inner>, event: &Event) {
    cancel(inner);
    let has_action = inner.form.get_attribute("action").is_some_and(|action| !action.trim().is_empty());
    let outcome = validate(inner, Mode::Submit);
    match outcome {
        Ok(outcome) if !outcome.valid => {
            event.prevent_default();
            focus_summary(inner);
        }
        Ok(outcome) if !has_action => {
            event.prevent_default();
            let _ = events::dispatch(&inner.form, events::VALID, &outcome.report);
        }
        Ok(_) => {}
        // Without an action the browser would put the typed values in the page's URL; with
        // one, a failing check must not stop the user: the back office validates again.
        Err(_) if !has_action => event.prevent_default(),
        Err(_) => {}
    }
}

fn focus_summary(inner: &Rc<Inner>) {
    let summary = inner.view.try_borrow().ok().and_then(|view| view.summary.element());
    if let Some(summary) = summary.and_then(|s| s.dyn_into::<HtmlElement>().ok()) {
        let _ = summary.focus();
    }
}

/// A click on a summary link focuses its field (a fragment link alone only scrolls).
fn click(inner: &Rc<Inner>, event: &Event) {
    let Some(target) = event.target().and_then(|t| t.dyn_into::<Element>().ok()) else { return };
    let Ok(Some(link)) = target.closest(&format!("a[{FOCUS}]")) else { return };
    if !inner.view.try_borrow().is_ok_and(|view| view.summary.contains(&link)) {
        return;
    }
    let Some(id) = link.get_attribute(FOCUS) else { return };
    let Some(field) = inner.document.get_element_by_id(&id).and_then(|e| e.dyn_into::<HtmlElement>().ok()) else {
        return;
    };
    event.prevent_default();
    let _ = field.focus();
}

/// One validation: read, ask the core, render, tell the page.
fn validate(inner: &Rc<Inner>, mode: Mode) -> Result<Outcome, JsError> {
    if inner.state.try_borrow().map_err(busy)?.detached {
        return Err(JsError::new("this form was detached"));
    }
    let controls = controls::read(&inner.form, &inner.settings.field_names);
    let text = serde_json::to_string(&controls::form_value(&controls))
        .map_err(|_| JsError::new("internal error: form not serializable"))?;
    let report = crate::engine::validate_json(inner.kind, &text, &inner.ctx).map_err(input_error)?;
    let js = to_js(&report)?;
    let valid = report.valid;
    {
        let mut state = inner.state.try_borrow_mut().map_err(busy)?;
        state.submitted |= mode == Mode::Submit;
        state.report = Some(report);
    }
    render(inner, &controls)?;
    events::dispatch(&inner.form, events::REPORT, &js).map_err(dom_error)?;
    Ok(Outcome { valid, report: js })
}

/// Shows the last report as far as the user's progress allows.
fn render(inner: &Rc<Inner>, controls: &[Control]) -> Result<(), JsError> {
    let (report, shown) = {
        let mut state = inner.state.try_borrow_mut().map_err(busy)?;
        state.touched.retain(|element| controls::find(controls, element).is_some());
        let touched =
            state.touched.iter().filter_map(|e| controls::find(controls, e)).map(|c| c.path.clone()).collect();
        let Some(report) = state.report.clone() else { return Ok(()) };
        (report, Shown { submitted: state.submitted, touched })
    };
    let containers = containers(&inner.form);
    let control_paths: Vec<&Path> = controls.iter().filter(|c| c.visible()).map(|c| &c.path).collect();
    let container_paths: Vec<&Path> = containers.iter().map(|(path, _)| path).collect();
    let plan = plan::plan(&report.issues, &control_paths, &container_paths, &shown);

    let mut view = inner.view.try_borrow_mut().map_err(busy)?;
    let View { messages, summary, ids } = &mut *view;
    let page = Page {
        document: &inner.document,
        prefix: &inner.prefix,
        locale: inner.ctx.locale,
        controls,
        containers: &containers,
    };
    messages.apply(&page, &plan.fields).map_err(dom_error)?;
    // GOV.UK: the summary lists the errors in the order of the fields on the page; errors
    // about the whole form (no field to link to) come first.
    let mut entries: Vec<(usize, Item)> = plan
        .summary
        .iter()
        .map(|(anchor, issue)| {
            let (position, target) = anchor.as_ref().and_then(|anchor| link_target(ids, &page, anchor)).unzip();
            (position.unwrap_or(0), Item { target, message: issue.message.clone() })
        })
        .collect();
    entries.sort_by_key(|(position, _)| *position);
    let items = entries.into_iter().map(|(_, item)| item).collect();
    let lang = words::lang(inner.ctx.locale);
    let (title, title_lang) = match inner.settings.summary_title.as_deref() {
        Some(title) => (title, None),
        None => (words::summary_title(inner.ctx.locale), Some(lang)),
    };
    let words = Words { title, title_lang, lang };
    summary.apply(&inner.form, &inner.document, &inner.prefix, &words, items).map_err(dom_error)
}

/// The id a summary link points at, and a key that orders it with the form: the control, or
/// the first control inside the container, or (a container with no control yet, such as an
/// empty list) the first thing in it that takes focus, like its "add" button.
fn link_target(ids: &mut Ids, page: &Page<'_>, anchor: &Anchor) -> Option<(usize, String)> {
    let control = page.controls.iter().enumerate().find(|(_, c)| {
        c.visible()
            && match anchor {
                Anchor::Control(path) => &c.path == path,
                Anchor::Container(path) => c.path.starts_with(path),
            }
    });
    if let Some((index, control)) = control {
        let id = ids.ensure(page.document, control.element.as_ref(), page.prefix, &control.path)?;
        return Some((index.saturating_mul(2).saturating_add(2), id));
    }
    let (path, container) = page.containers.iter().find(|(path, _)| path == anchor.path())?;
    let focusable = container.query_selector(FOCUSABLE).ok().flatten()?;
    let before = page
        .controls
        .iter()
        .filter(|c| focusable.compare_document_position(c.element.as_ref()) & Node::DOCUMENT_POSITION_PRECEDING != 0)
        .count();
    let id = ids.ensure(page.document, &focusable, page.prefix, path)?;
    Some((before.saturating_mul(2).saturating_add(1), id))
}

/// What a summary link can focus inside a container that holds no control.
const FOCUSABLE: &str = "button:not([disabled]), a[href], input:not([disabled]):not([type=hidden]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex='-1'])";

/// The form's `data-path` containers.
fn containers(form: &HtmlFormElement) -> Vec<(Path, Element)> {
    let Ok(list) = form.query_selector_all("[data-path]") else { return Vec::new() };
    (0..list.length())
        .filter_map(|index| list.item(index)?.dyn_into::<Element>().ok())
        .filter_map(|element| {
            let path = Path::parse(&element.get_attribute("data-path")?).filter(|p| !p.segments().is_empty())?;
            Some((path, element))
        })
        .collect()
}

fn detach(inner: &Rc<Inner>) -> Result<(), JsError> {
    let timer = {
        let mut state = inner.state.try_borrow_mut().map_err(busy)?;
        if state.detached {
            return Ok(());
        }
        state.detached = true;
        state.pending = false;
        state.timer.take()
    };
    drop(timer);
    let listeners = std::mem::take(&mut *inner.listeners.try_borrow_mut().map_err(busy)?);
    drop(listeners);
    {
        let mut view = inner.view.try_borrow_mut().map_err(busy)?;
        view.messages.clear();
        view.summary.clear();
        view.ids.clear();
    }
    if let Ok(strays) = inner.form.query_selector_all(&format!("[{MARK}]")) {
        for index in 0..strays.length() {
            if let Some(element) = strays.item(index).and_then(|node| node.dyn_into::<Element>().ok()) {
                element.remove();
            }
        }
    }
    if inner.novalidate_added {
        let _ = inner.form.remove_attribute("novalidate");
    }
    ATTACHED.with(|attached| {
        if let Ok(mut list) = attached.try_borrow_mut() {
            list.retain(|other| !Rc::ptr_eq(other, inner));
        }
    });
    Ok(())
}

fn busy<E>(_: E) -> JsError {
    JsError::new("the form is busy validating; call again from outside a maatwerk event listener")
}

fn dom_error(error: JsValue) -> JsError {
    let message = error.dyn_ref::<js_sys::Error>().map(|e| String::from(e.message()));
    JsError::new(&format!("the page refused a change: {}", message.as_deref().unwrap_or("unknown error")))
}
