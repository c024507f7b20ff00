//! The messages next to fields: an element per anchor holding its issues' messages, linked to
//! the control with `aria-describedby`; errors also set `aria-invalid="true"` and the control's
//! custom validity (so `:invalid` styles and `checkValidity()` agree with the report).
//!
//! Rendering is a diff against what is on the page: an anchor whose messages and elements did
//! not change is left alone, so a re-render never moves focus or makes a reader repeat itself.

use super::attrs::{self, MARK};
use super::controls::{Control, Shape};
use super::plan::Anchor;
use super::words;
use crate::locale::Locale;
use crate::model::Path;
use crate::report::{Issue, Severity};
use std::collections::BTreeMap;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Document, Element, HtmlElement, HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};

const DESCRIBED_BY: &str = "aria-describedby";
const INVALID: &str = "aria-invalid";

/// Where the message element goes.
#[derive(Debug, Clone, PartialEq)]
enum Place {
    /// Right before the control (after its label and hint, as GOV.UK orders them), or before
    /// the label that wraps it.
    Before(Element),
    /// Inside a group (a radio group's fieldset, a `data-path` container), after its legend
    /// or heading.
    Into(Element),
}

/// An anchor resolved to the page's elements.
#[derive(Debug, Clone, PartialEq)]
struct Target {
    place: Place,
    /// Elements whose `aria-describedby` names the message.
    described: Vec<Element>,
    /// Controls that become invalid on an error (none for a container).
    fields: Vec<HtmlElement>,
}

/// One message line: what decides whether the element must be redrawn.
#[derive(Debug, Clone, PartialEq)]
struct Line {
    severity: Severity,
    code: String,
    message: String,
}

/// A message element on the page.
#[derive(Debug)]
struct Placed {
    element: Element,
    id: String,
    target: Target,
    lines: Vec<Line>,
}

impl Placed {
    /// Takes the element and every attribute it set back.
    fn remove(self) {
        self.element.remove();
        for element in &self.target.described {
            attrs::remove_token(element, DESCRIBED_BY, &self.id);
        }
        if self.lines.iter().any(|line| line.severity == Severity::Error) {
            for field in &self.target.fields {
                let _ = field.remove_attribute(INVALID);
                set_validity(field, "");
            }
        }
    }
}

/// The field messages currently on the page.
#[derive(Debug, Default)]
pub(super) struct Messages {
    placed: BTreeMap<Anchor, Placed>,
}

/// What a render needs to know about the page.
pub(super) struct Page<'a> {
    /// The form's document.
    pub document: &'a Document,
    /// Prefix of derived ids.
    pub prefix: &'a str,
    /// Locale of the words around the messages.
    pub locale: Locale,
    /// The form's controls.
    pub controls: &'a [Control],
    /// The form's `data-path` containers.
    pub containers: &'a [(Path, Element)],
}

impl Messages {
    /// Brings the page in line with `fields` (anchor -> issues to show there).
    ///
    /// Stale messages go first: after rows were renumbered, a stale anchor can point at the
    /// same control as a new one, and its removal must not undo what the new one set.
    pub fn apply(&mut self, page: &Page<'_>, fields: &BTreeMap<Anchor, Vec<&Issue>>) -> Result<(), JsValue> {
        let wanted: Vec<(&Anchor, Target, Vec<Line>)> = fields
            .iter()
            .filter_map(|(anchor, issues)| Some((anchor, resolve(anchor, page)?, lines(issues))))
            .collect();
        let old = std::mem::take(&mut self.placed);
        for (anchor, placed) in old {
            let same = wanted.iter().any(|(a, target, lines)| {
                *a == &anchor && placed.target == *target && placed.lines == *lines && placed.element.is_connected()
            });
            if same {
                self.placed.insert(anchor, placed);
            } else {
                placed.remove();
            }
        }
        for (anchor, target, lines) in wanted {
            if !self.placed.contains_key(anchor) {
                let placed = place(page, anchor.path(), target, lines)?;
                self.placed.insert(anchor.clone(), placed);
            }
        }
        Ok(())
    }

    /// Removes every message.
    pub fn clear(&mut self) {
        for placed in std::mem::take(&mut self.placed).into_values() {
            placed.remove();
        }
    }
}

fn lines(issues: &[&Issue]) -> Vec<Line> {
    issues
        .iter()
        .map(|issue| Line {
            severity: issue.severity,
            code: issue.code.as_str().to_owned(),
            message: issue.message.clone(),
        })
        .collect()
}

fn resolve(anchor: &Anchor, page: &Page<'_>) -> Option<Target> {
    match anchor {
        Anchor::Container(path) => {
            let (_, element) = page.containers.iter().find(|(p, _)| p == path)?;
            Some(Target { place: Place::Into(element.clone()), described: vec![element.clone()], fields: Vec::new() })
        }
        Anchor::Control(path) => {
            let group: Vec<&Control> = page.controls.iter().filter(|c| &c.path == path && c.visible()).collect();
            let first = group.first()?;
            let fields: Vec<HtmlElement> = group.iter().map(|c| c.element.clone()).collect();
            let fieldset =
                if first.shape == Shape::Radio { first.element.closest("fieldset").ok().flatten() } else { None };
            let (place, described) = match fieldset {
                // A radio group is described as a group: its fieldset carries the message.
                Some(fieldset) => (Place::Into(fieldset.clone()), vec![fieldset]),
                None => {
                    // Inside a wrapping <label> the message would become part of the control's
                    // name: it goes before the label instead.
                    let before =
                        first.element.closest("label").ok().flatten().unwrap_or_else(|| first.element.clone().into());
                    (Place::Before(before), fields.iter().map(|f| f.clone().into()).collect())
                }
            };
            Some(Target { place, described, fields })
        }
    }
}

fn place(page: &Page<'_>, path: &Path, target: Target, lines: Vec<Line>) -> Result<Placed, JsValue> {
    let id = attrs::derived_id(page.prefix, "msg", path);
    let element = page.document.create_element("span")?;
    element.set_id(&id);
    element.set_class_name("maatwerk-field-message");
    element.set_attribute(MARK, "message")?;
    // The messages (and the hidden "Fout: ") are in the options' locale, not the page's.
    element.set_attribute("lang", words::lang(page.locale))?;
    for line in &lines {
        let line = line_element(page, line)?;
        element.append_child(&line)?;
    }
    match &target.place {
        Place::Before(control) => control.before_with_node_1(&element)?,
        Place::Into(group) => match group.query_selector(":scope > legend, :scope > h2, :scope > h3, :scope > h4")? {
            Some(heading) => after_description(heading).after_with_node_1(&element)?,
            None => group.prepend_with_node_1(&element)?,
        },
    }
    for described in &target.described {
        attrs::add_token(described, DESCRIBED_BY, &id);
    }
    let errors: Vec<&str> =
        lines.iter().filter(|line| line.severity == Severity::Error).map(|line| line.message.as_str()).collect();
    if !errors.is_empty() {
        for field in &target.fields {
            field.set_attribute(INVALID, "true")?;
            set_validity(field, &errors.join(" "));
        }
    }
    Ok(Placed { element, id, target, lines })
}

/// The heading, or the last of the paragraphs right after it: GOV.UK puts a group's error
/// after its legend and hint, before the fields.
fn after_description(heading: Element) -> Element {
    let mut last = heading;
    while let Some(next) = last.next_element_sibling() {
        if !next.tag_name().eq_ignore_ascii_case("p") || next.has_attribute(MARK) {
            break;
        }
        last = next;
    }
    last
}

fn line_element(page: &Page<'_>, line: &Line) -> Result<Element, JsValue> {
    let element = page.document.create_element("span")?;
    element.set_class_name(&format!("maatwerk-message maatwerk-message--{}", words::severity_class(line.severity)));
    element.set_attribute("data-code", &line.code)?;
    let prefix = page.document.create_element("span")?;
    prefix.set_class_name("maatwerk-visually-hidden");
    prefix.set_text_content(Some(words::severity_prefix(page.locale, line.severity)));
    element.append_child(&prefix)?;
    element.append_with_str_1(&line.message)?;
    Ok(element)
}

/// `setCustomValidity` on whichever control type it is.
fn set_validity(field: &HtmlElement, message: &str) {
    if let Some(input) = field.dyn_ref::<HtmlInputElement>() {
        input.set_custom_validity(message);
    } else if let Some(select) = field.dyn_ref::<HtmlSelectElement>() {
        select.set_custom_validity(message);
    } else if let Some(area) = field.dyn_ref::<HtmlTextAreaElement>() {
        area.set_custom_validity(message);
    }
}
