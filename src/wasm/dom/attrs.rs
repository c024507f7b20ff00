//! Attributes the binding adds to the page's own elements, added so they can be taken back:
//! tokens in `aria-describedby` next to the page's own, and ids on controls that had none
//! (a summary link needs one to point at).

use crate::model::Path;
use web_sys::{Document, Element};

/// Marks every element the binding creates, so `detach()` can find stragglers too.
pub(super) const MARK: &str = "data-maatwerk";

/// `prefix-what-experience-0-from`: ids derived from a wire path, valid in a URL fragment.
pub(super) fn derived_id(prefix: &str, what: &str, path: &Path) -> String {
    let mut slug = String::new();
    for c in path.to_string().chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if !slug.ends_with('-') {
            slug.push('-');
        }
    }
    format!("{prefix}-{what}-{}", slug.trim_end_matches('-'))
}

/// Adds `token` to a space-separated attribute unless it is there.
pub(super) fn add_token(element: &Element, name: &str, token: &str) {
    let current = element.get_attribute(name).unwrap_or_default();
    if current.split_ascii_whitespace().any(|t| t == token) {
        return;
    }
    let value = if current.trim().is_empty() { token.to_owned() } else { format!("{} {token}", current.trim()) };
    // setAttribute fails only for an invalid attribute name; these names are constants.
    let _ = element.set_attribute(name, &value);
}

/// Removes `token` from a space-separated attribute, and the attribute when nothing is left.
pub(super) fn remove_token(element: &Element, name: &str, token: &str) {
    let Some(current) = element.get_attribute(name) else { return };
    let rest: Vec<&str> = current.split_ascii_whitespace().filter(|t| *t != token).collect();
    let _ = if rest.is_empty() { element.remove_attribute(name) } else { element.set_attribute(name, &rest.join(" ")) };
}

/// Ids the binding gave to controls.
#[derive(Debug, Default)]
pub(super) struct Ids {
    added: Vec<(Element, String)>,
}

impl Ids {
    /// The element's id, giving it one derived from `path` when it has none.
    pub fn ensure(&mut self, document: &Document, element: &Element, prefix: &str, path: &Path) -> Option<String> {
        let id = element.id();
        if !id.is_empty() {
            return Some(id);
        }
        let base = derived_id(prefix, "field", path);
        let free = (1..100)
            .map(|n| if n == 1 { base.clone() } else { format!("{base}-{n}") })
            .find(|candidate| document.get_element_by_id(candidate).is_none())?;
        element.set_id(&free);
        self.added.push((element.clone(), free.clone()));
        Some(free)
    }

    /// Takes back every id it gave that is still in place.
    pub fn clear(&mut self) {
        for (element, id) in self.added.drain(..) {
            if element.id() == id {
                let _ = element.remove_attribute("id");
            }
        }
    }
}
