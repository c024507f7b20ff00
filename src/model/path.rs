//! Where in a form a value sits: the typed path of the wire contract.

use serde::{Serialize, Serializer};
use smallvec::SmallVec;
use std::borrow::Cow;
use std::fmt;

/// One step of a [`Path`]: an object key (camelCase wire name) or a 0-based list index.
///
/// Keys the library builds are the form's own field names, known at compile time, so a path
/// costs no text allocation; only a path parsed from a caller's text owns its keys.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(untagged)]
pub enum Segment {
    /// An object key, as it is spelled on the wire.
    Key(Cow<'static, str>),
    /// A 0-based index into a list.
    Index(usize),
}

/// Segments a path holds without a heap allocation: deeper than any form's fields.
const INLINE_SEGMENTS: usize = 6;

/// A path from the root of a form to a value, e.g. `experience[1].to`.
///
/// Paths order segment by segment, so `experience[2]` sorts before `experience[10]`. A path
/// as deep as a form's fields lives inline, so the rules build and copy paths without
/// allocating.
#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Path(SmallVec<[Segment; INLINE_SEGMENTS]>);

impl Serialize for Path {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.0.iter())
    }
}

impl Path {
    /// The whole form.
    pub fn root() -> Self {
        Self(SmallVec::new())
    }

    /// This path extended by an object key.
    pub fn key(&self, key: &'static str) -> Self {
        let mut segments = self.0.clone();
        segments.push(Segment::Key(Cow::Borrowed(key)));
        Self(segments)
    }

    /// This path extended by a list index.
    pub fn index(&self, index: usize) -> Self {
        let mut segments = self.0.clone();
        segments.push(Segment::Index(index));
        Self(segments)
    }

    /// The segments, root first.
    pub fn segments(&self) -> &[Segment] {
        &self.0
    }

    /// Whether `self` is `prefix` or lies under it.
    pub fn starts_with(&self, prefix: &Path) -> bool {
        self.0.starts_with(&prefix.0)
    }

    /// Parses the text form (`experience[1].to`); `None` when it is not a path.
    pub fn parse(text: &str) -> Option<Self> {
        let mut segments = SmallVec::new();
        for part in text.split('.').filter(|p| !p.is_empty()) {
            let (key, mut rest) = match part.find('[') {
                Some(at) => part.split_at(at),
                None => (part, ""),
            };
            if !key.is_empty() {
                segments.push(Segment::Key(Cow::Owned(key.to_owned())));
            }
            while let Some(inner) = rest.strip_prefix('[') {
                let close = inner.find(']')?;
                let (number, after) = inner.split_at(close);
                segments.push(Segment::Index(number.parse().ok()?));
                rest = after.strip_prefix(']').unwrap_or(after);
            }
            if !rest.is_empty() {
                return None;
            }
        }
        Some(Self(segments))
    }
}

impl From<Vec<Segment>> for Path {
    fn from(segments: Vec<Segment>) -> Self {
        Self(SmallVec::from_vec(segments))
    }
}

impl FromIterator<Segment> for Path {
    fn from_iter<I: IntoIterator<Item = Segment>>(segments: I) -> Self {
        Self(segments.into_iter().collect())
    }
}

impl Path {
    /// The text form of the contract's `field`: `supervisor.experience[1].to`. Written
    /// without the formatting machinery: a report writes one per issue and per missing fact.
    pub fn text(&self) -> String {
        let mut out = String::with_capacity(32);
        for segment in &self.0 {
            match segment {
                Segment::Key(key) => {
                    if !out.is_empty() {
                        out.push('.');
                    }
                    out.push_str(key);
                }
                Segment::Index(index) => {
                    out.push('[');
                    out.push_str(itoa::Buffer::new().format(*index));
                    out.push(']');
                }
            }
        }
        out
    }
}

impl fmt::Display for Path {
    /// [`Path::text`].
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text())
    }
}

impl crate::json::ToJson for Segment {
    fn write_json(&self, out: &mut String) {
        match self {
            Segment::Key(key) => crate::json::write_str(key, out),
            Segment::Index(index) => out.push_str(itoa::Buffer::new().format(*index)),
        }
    }
}

impl crate::json::ToJson for Path {
    fn write_json(&self, out: &mut String) {
        self.0.as_slice().write_json(out);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_form_round_trips() {
        let path = Path::root().key("experience").index(1).key("to");
        assert_eq!(path.to_string(), "experience[1].to");
        assert_eq!(Path::parse("experience[1].to"), Some(path));
        assert_eq!(Path::parse(""), Some(Path::root()));
        assert_eq!(Path::parse("a[x]"), None);
        assert_eq!(Path::parse("a[1]b"), None);
    }

    #[test]
    fn indexes_order_numerically() {
        let two = Path::root().key("e").index(2);
        let ten = Path::root().key("e").index(10);
        assert!(two < ten);
    }
}
