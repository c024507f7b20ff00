//! Reading the form: every named control, the wire path its name stands for, and its value.
//!
//! The name is the wire path (`experience[0].from`) unless `fieldNames` maps it. Text, date
//! and select controls give a string (empty = absent), checkboxes a boolean, the checked radio
//! its value (`"true"`/`"false"` as booleans), number inputs and `data-type="number"` controls
//! a number. Disabled controls are left out, as a browser leaves them out of a submission.

use super::tree;
use crate::model::Path;
use serde_json::{Number, Value};
use std::collections::BTreeMap;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlFormElement, HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};

/// How a control gives its value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Shape {
    /// A string; empty means absent.
    Text,
    /// A number; empty means absent, what does not parse stays text for the core to report.
    Number,
    /// Checked or not.
    Checkbox,
    /// One of a group sharing the name; only the checked one counts.
    Radio,
    /// `type="hidden"`: read, but nothing to show a message at or to focus.
    Hidden,
}

/// One named control of the form.
#[derive(Debug, Clone)]
pub(super) struct Control {
    /// The element.
    pub element: HtmlElement,
    /// The wire path its name stands for.
    pub path: Path,
    /// How it gives its value.
    pub shape: Shape,
}

impl Control {
    /// Whether a message can sit next to it and a summary link can focus it.
    pub fn visible(&self) -> bool {
        self.shape != Shape::Hidden
    }
}

/// The wire path a control's name stands for; `None` for an unnamed or unparseable name.
pub(super) fn path_of(element: &Element, names: &BTreeMap<String, Path>) -> Option<Path> {
    let name = element.get_attribute("name").filter(|name| !name.is_empty())?;
    match names.get(&name) {
        Some(path) => Some(path.clone()),
        None => Path::parse(&name).filter(|path| !path.segments().is_empty()),
    }
}

/// The form's named, enabled controls in document order.
pub(super) fn read(form: &HtmlFormElement, names: &BTreeMap<String, Path>) -> Vec<Control> {
    let elements = form.elements();
    let mut out = Vec::new();
    for index in 0..elements.length() {
        let Some(element) = elements.item(index) else { continue };
        if let Some(control) = control(&element, names) {
            out.push(control);
        }
    }
    out
}

/// The control an event target is, when it is one of `controls`.
pub(super) fn find<'c>(controls: &'c [Control], element: &Element) -> Option<&'c Control> {
    controls.iter().find(|control| AsRef::<Element>::as_ref(&control.element) == element)
}

fn control(element: &Element, names: &BTreeMap<String, Path>) -> Option<Control> {
    let shape = shape(element)?;
    if element.matches(":disabled").unwrap_or(false) {
        return None;
    }
    let path = path_of(element, names)?;
    let element = element.clone().dyn_into::<HtmlElement>().ok()?;
    Some(Control { element, path, shape })
}

fn shape(element: &Element) -> Option<Shape> {
    let numeric = element.get_attribute("data-type").is_some_and(|t| t.eq_ignore_ascii_case("number"));
    if let Some(input) = element.dyn_ref::<HtmlInputElement>() {
        return match input.type_().to_ascii_lowercase().as_str() {
            "checkbox" => Some(Shape::Checkbox),
            "radio" => Some(Shape::Radio),
            "number" | "range" => Some(Shape::Number),
            "hidden" => Some(Shape::Hidden),
            "submit" | "reset" | "button" | "image" | "file" => None,
            _ if numeric => Some(Shape::Number),
            _ => Some(Shape::Text),
        };
    }
    if element.is_instance_of::<HtmlSelectElement>() || element.is_instance_of::<HtmlTextAreaElement>() {
        return Some(if numeric { Shape::Number } else { Shape::Text });
    }
    None
}

/// The control's value on the wire; `None` when it contributes nothing.
fn value(control: &Control) -> Option<Value> {
    let element = &control.element;
    match control.shape {
        Shape::Checkbox => element.dyn_ref::<HtmlInputElement>().map(|input| Value::Bool(input.checked())),
        Shape::Radio => {
            let input = element.dyn_ref::<HtmlInputElement>().filter(|input| input.checked())?;
            Some(match input.value().as_str() {
                "true" => Value::Bool(true),
                "false" => Value::Bool(false),
                other => Value::String(other.to_owned()),
            })
        }
        Shape::Number => text(element).map(|text| number(&text).unwrap_or(Value::String(text))),
        Shape::Text | Shape::Hidden => text(element).map(Value::String),
    }
}

fn text(element: &HtmlElement) -> Option<String> {
    let text = if let Some(input) = element.dyn_ref::<HtmlInputElement>() {
        input.value()
    } else if let Some(select) = element.dyn_ref::<HtmlSelectElement>() {
        select.value()
    } else {
        element.dyn_ref::<HtmlTextAreaElement>()?.value()
    };
    Some(text).filter(|text| !text.is_empty())
}

fn number(text: &str) -> Option<Value> {
    let parsed: f64 = text.trim().parse().ok().filter(|n: &f64| n.is_finite())?;
    // Whole numbers go as integers: the core's count fields do not accept `3.0`.
    if parsed.fract() == 0.0 && parsed.abs() < 9.0e15 {
        return Some(Value::Number(Number::from(parsed as i64)));
    }
    Number::from_f64(parsed).map(Value::Number)
}

/// The form as the wire object.
pub(super) fn form_value(controls: &[Control]) -> Value {
    let mut root = Value::Object(serde_json::Map::new());
    for control in controls {
        tree::put(&mut root, control.path.segments(), value(control));
    }
    root
}
