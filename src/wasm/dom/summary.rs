//! The error summary (GOV.UK design system): at the top of the form, `role="alert"`, a title
//! and a link per error to the field it is about. Shown once a submit was attempted, kept up
//! to date while the user fixes things, removed when no error is left.

use super::attrs::MARK;
use wasm_bindgen::JsValue;
use web_sys::{Document, Element, HtmlFormElement};

/// The attribute a summary link carries: the id of the element it focuses.
pub(super) const FOCUS: &str = "data-maatwerk-focus";

/// One entry: the message, and the id of the control it links to when there is one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Item {
    /// Id of the control the link focuses; `None` for an error about the whole form.
    pub target: Option<String>,
    /// The message.
    pub message: String,
}

/// The summary's own words and their languages.
#[derive(Debug, Clone, Copy)]
pub(super) struct Words<'a> {
    /// The title.
    pub title: &'a str,
    /// Language of the title: the options' locale for the binding's own title, `None` (the
    /// page's language) for a title the page gave.
    pub title_lang: Option<&'a str>,
    /// Language of the messages: the options' locale.
    pub lang: &'a str,
}

/// The summary on the page, if any.
#[derive(Debug, Default)]
pub(super) struct Summary {
    shown: Option<Shown>,
}

#[derive(Debug)]
struct Shown {
    element: Element,
    title: Element,
    list: Element,
    items: Vec<Item>,
}

impl Summary {
    /// Shows `items` under the title, or removes the summary when there are none.
    pub fn apply(
        &mut self,
        form: &HtmlFormElement,
        document: &Document,
        prefix: &str,
        words: &Words<'_>,
        items: Vec<Item>,
    ) -> Result<(), JsValue> {
        let Words { title, title_lang, lang } = *words;
        if items.is_empty() {
            self.clear();
            return Ok(());
        }
        let shown = match self.shown.take() {
            Some(shown) if shown.element.is_connected() => shown,
            stale => {
                if let Some(stale) = stale {
                    stale.element.remove();
                }
                create(form, document, prefix)?
            }
        };
        if shown.title.text_content().as_deref() != Some(title) {
            shown.title.set_text_content(Some(title));
        }
        if shown.title.get_attribute("lang").as_deref() != title_lang {
            match title_lang {
                Some(tag) => shown.title.set_attribute("lang", tag)?,
                None => shown.title.remove_attribute("lang")?,
            }
        }
        if shown.list.get_attribute("lang").as_deref() != Some(lang) {
            shown.list.set_attribute("lang", lang)?;
        }
        let shown =
            if shown.items == items { shown } else { Shown { items: fill(document, &shown.list, &items)?, ..shown } };
        self.shown = Some(shown);
        Ok(())
    }

    /// The summary element, to move focus to.
    pub fn element(&self) -> Option<Element> {
        self.shown.as_ref().map(|shown| shown.element.clone())
    }

    /// Whether `element` lies inside the summary.
    pub fn contains(&self, element: &Element) -> bool {
        self.shown.as_ref().is_some_and(|shown| shown.element.contains(Some(element)))
    }

    /// Removes the summary.
    pub fn clear(&mut self) {
        if let Some(shown) = self.shown.take() {
            shown.element.remove();
        }
    }
}

fn create(form: &HtmlFormElement, document: &Document, prefix: &str) -> Result<Shown, JsValue> {
    let element = document.create_element("div")?;
    element.set_id(&format!("{prefix}-error-summary"));
    element.set_class_name("maatwerk-error-summary");
    element.set_attribute(MARK, "summary")?;
    element.set_attribute("role", "alert")?;
    // Focusable by script only: a blocked submit moves focus here, Tab does not stop here.
    element.set_attribute("tabindex", "-1")?;
    let title_id = format!("{prefix}-error-summary-title");
    element.set_attribute("aria-labelledby", &title_id)?;
    let title = document.create_element("h2")?;
    title.set_id(&title_id);
    title.set_class_name("maatwerk-error-summary__title");
    let list = document.create_element("ul")?;
    list.set_class_name("maatwerk-error-summary__list");
    element.append_child(&title)?;
    element.append_child(&list)?;
    form.prepend_with_node_1(&element)?;
    Ok(Shown { element, title, list, items: Vec::new() })
}

fn fill(document: &Document, list: &Element, items: &[Item]) -> Result<Vec<Item>, JsValue> {
    list.set_text_content(None);
    for item in items {
        let entry = document.create_element("li")?;
        match &item.target {
            Some(id) => {
                let link = document.create_element("a")?;
                link.set_attribute("href", &format!("#{id}"))?;
                link.set_attribute(FOCUS, id)?;
                link.set_text_content(Some(&item.message));
                entry.append_child(&link)?;
            }
            None => entry.set_text_content(Some(&item.message)),
        }
        list.append_child(&entry)?;
    }
    Ok(items.to_vec())
}
