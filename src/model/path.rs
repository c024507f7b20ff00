//! Where in a form a value sits: the typed path of the wire contract.

use crate::model::bounds::{MAX_DEPTH, MAX_PATH_CHARS};
use crate::model::keys::{Key, KEY_LIMIT};
use serde::{Serialize, Serializer};
use std::cmp::Ordering;
use std::fmt;
use std::hash::{Hash, Hasher};

/// One step of a [`Path`]: an object key (a field's wire name) or a 0-based list index, in
/// two bytes.
///
/// Indexes from 32,767 up are all stored as 32,767: every list ends long before
/// ([`MAX_LIST_ITEMS`](crate::model::bounds::MAX_LIST_ITEMS)), so they all name the same
/// nothing.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Segment(u16);

/// What a [`Segment`] holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// An object key.
    Key(Key),
    /// A list index.
    Index(usize),
}

impl Segment {
    /// An object key.
    pub fn key(key: Key) -> Self {
        Self(key.number())
    }

    /// A list index.
    pub fn index(index: usize) -> Self {
        let stored = u16::try_from(index).unwrap_or(u16::MAX).min(u16::MAX - KEY_LIMIT);
        Self(KEY_LIMIT | stored)
    }

    /// The key or the index.
    pub fn step(self) -> Step {
        match Key::from_number(self.0) {
            Some(key) => Step::Key(key),
            None => Step::Index(usize::from(self.0 & !KEY_LIMIT)),
        }
    }

    /// The list index, if this is one.
    pub fn as_index(self) -> Option<usize> {
        match self.step() {
            Step::Index(index) => Some(index),
            Step::Key(_) => None,
        }
    }

    /// The key, if this is one.
    pub fn as_key(self) -> Option<Key> {
        match self.step() {
            Step::Key(key) => Some(key),
            Step::Index(_) => None,
        }
    }
}

/// Keys in the order of their names, before every index; indexes by number.
impl Ord for Segment {
    fn cmp(&self, other: &Self) -> Ordering {
        match (self.step(), other.step()) {
            (Step::Key(a), Step::Key(b)) => a.name().cmp(b.name()),
            (Step::Key(_), Step::Index(_)) => Ordering::Less,
            (Step::Index(_), Step::Key(_)) => Ordering::Greater,
            (Step::Index(a), Step::Index(b)) => a.cmp(&b),
        }
    }
}

impl PartialOrd for Segment {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl fmt::Debug for Segment {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.step() {
            Step::Key(key) => f.write_str(key.name()),
            Step::Index(index) => write!(f, "[{index}]"),
        }
    }
}

impl Serialize for Segment {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self.step() {
            Step::Key(key) => serializer.serialize_str(key.name()),
            Step::Index(index) => serializer.serialize_u64(index as u64),
        }
    }
}

/// The most segments a path holds: one more than the deepest value the decoder reads.
pub const MAX_SEGMENTS: usize = MAX_DEPTH + 1;

/// A path from the root of a form to a value, e.g. `experience[1].to`.
///
/// A path is a small value ([`MAX_SEGMENTS`] segments of two bytes), copied rather than
/// cloned: the rules build one for every fact they read. Paths order segment by segment, so
/// `experience[2]` sorts before `experience[10]`.
#[derive(Clone, Copy)]
pub struct Path {
    len: u8,
    segments: [Segment; MAX_SEGMENTS],
}

/// Why a text is not a path.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PathError {
    /// Not written as a path.
    Malformed,
    /// Longer than [`MAX_PATH_CHARS`] bytes (as text, or as the JSON of its segments).
    TooLong,
    /// A key that no form has, or deeper than any form: it names no field.
    NoSuchField,
}

impl Path {
    /// The whole form.
    pub const fn root() -> Self {
        Self { len: 0, segments: [Segment(0); MAX_SEGMENTS] }
    }

    // The extensions are kept out of line: the rules extend paths in some 150 places (see
    // `Finding`, docs/decisions.md).

    /// This path extended by an object key.
    #[must_use]
    #[inline(never)]
    pub fn key(self, key: Key) -> Self {
        self.with(Segment::key(key))
    }

    /// This path extended by a list index.
    #[must_use]
    #[inline(never)]
    pub fn index(self, index: usize) -> Self {
        self.with(Segment::index(index))
    }

    /// This path extended by `segment`. A path is never deeper than the decoder reads, so a
    /// full path stays as it is rather than fail.
    #[must_use]
    #[inline(never)]
    pub fn with(mut self, segment: Segment) -> Self {
        self.push(segment);
        self
    }

    /// Extends the path in place; false when it is full (see [`Path::with`]).
    pub(crate) fn push(&mut self, segment: Segment) -> bool {
        let Some(slot) = self.segments.get_mut(usize::from(self.len)) else { return false };
        *slot = segment;
        self.len += 1;
        true
    }

    /// Removes the last segment.
    pub(crate) fn pop(&mut self) {
        self.len = self.len.saturating_sub(1);
    }

    /// A path of `segments`; `None` when there are more than [`MAX_SEGMENTS`].
    pub fn of(segments: &[Segment]) -> Option<Self> {
        let mut path = Self::root();
        segments.iter().all(|segment| path.push(*segment)).then_some(path)
    }

    /// The segments, root first.
    pub fn segments(&self) -> &[Segment] {
        self.segments.get(..usize::from(self.len)).unwrap_or_default()
    }

    /// Whether `self` is `prefix` or lies under it.
    pub fn starts_with(&self, prefix: &Path) -> bool {
        self.segments().starts_with(prefix.segments())
    }

    /// Parses the text form (`experience[1].to`): [`PathError::Malformed`] when it is not a
    /// path, [`PathError::TooLong`] when it is longer than [`MAX_PATH_CHARS`] bytes, [`PathError::NoSuchField`] when a key is
    /// none of the forms' or it is deeper than any form.
    pub fn parse(text: &str) -> Result<Self, PathError> {
        if text.len() > MAX_PATH_CHARS {
            return Err(PathError::TooLong);
        }
        let mut path = Self::root();
        let mut unknown = false;
        let mut push = |segment: Option<Segment>| match segment {
            Some(segment) => unknown |= !path.push(segment),
            None => unknown = true,
        };
        for part in text.split('.').filter(|p| !p.is_empty()) {
            let (key, mut rest) = match part.find('[') {
                Some(at) => part.split_at(at),
                None => (part, ""),
            };
            if !key.is_empty() {
                push(Key::of(key).map(Segment::key));
            }
            while let Some(inner) = rest.strip_prefix('[') {
                let close = inner.find(']').ok_or(PathError::Malformed)?;
                let (number, after) = inner.split_at(close);
                let index: usize = number.parse().map_err(|_| PathError::Malformed)?;
                push(Some(Segment::index(index)));
                rest = after.strip_prefix(']').unwrap_or(after);
            }
            if !rest.is_empty() {
                return Err(PathError::Malformed);
            }
        }
        if unknown {
            return Err(PathError::NoSuchField);
        }
        Ok(path)
    }
}

impl Default for Path {
    fn default() -> Self {
        Self::root()
    }
}

impl PartialEq for Path {
    fn eq(&self, other: &Self) -> bool {
        self.segments() == other.segments()
    }
}

impl Eq for Path {}

impl Hash for Path {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.segments().hash(state);
    }
}

impl Ord for Path {
    fn cmp(&self, other: &Self) -> Ordering {
        self.segments().cmp(other.segments())
    }
}

impl PartialOrd for Path {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl fmt::Debug for Path {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Path({:?})", self.text())
    }
}

impl Serialize for Path {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.segments())
    }
}

impl Path {
    /// The text form of the contract's `field`: `supervisor.experience[1].to`. Written
    /// without the formatting machinery: a report writes one per issue and per missing fact.
    pub fn text(&self) -> String {
        let mut out = String::with_capacity(32);
        for segment in self.segments() {
            match segment.step() {
                Step::Key(key) => {
                    if !out.is_empty() {
                        out.push('.');
                    }
                    out.push_str(key.name());
                }
                Step::Index(index) => {
                    out.push('[');
                    out.push_str(itoa::Buffer::new().format(index));
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

impl PathError {
    /// What is wrong, in words (the wasm module passes it on without a `Formatter`).
    pub(crate) fn message(self) -> &'static str {
        match self {
            Self::Malformed => "path must be text like experience[1].to or a list of keys and indexes",
            Self::NoSuchField => "path names no field of this form",
            Self::TooLong => "path is longer than 1,000 characters (as text, or as the JSON of its list)",
        }
    }
}

impl fmt::Display for PathError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.message())
    }
}

impl crate::json::ToJson for Segment {
    fn write_json(&self, out: &mut String) {
        match self.step() {
            Step::Key(key) => crate::json::write_str(key.name(), out),
            Step::Index(index) => out.push_str(itoa::Buffer::new().format(index)),
        }
    }
}

impl crate::json::ToJson for Path {
    fn write_json(&self, out: &mut String) {
        self.segments().write_json(out);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::keys::key;

    #[test]
    fn text_form_round_trips() {
        let path = Path::root().key(key!("experience")).index(1).key(key!("to"));
        assert_eq!(path.to_string(), "experience[1].to");
        assert_eq!(Path::parse("experience[1].to"), Ok(path));
        assert_eq!(Path::parse(""), Ok(Path::root()));
        assert_eq!(Path::parse("experience[x]"), Err(PathError::Malformed));
        assert_eq!(Path::parse("experience[1]to"), Err(PathError::Malformed));
        assert_eq!(Path::parse("experiance[1].to"), Err(PathError::NoSuchField));
    }

    #[test]
    fn indexes_order_numerically_and_keys_by_name() {
        let two = Path::root().key(key!("experience")).index(2);
        let ten = Path::root().key(key!("experience")).index(10);
        assert!(two < ten);
        let (diplomas, experience) = (Path::root().key(key!("diplomas")), Path::root().key(key!("experience")));
        assert_eq!(diplomas.cmp(&experience), "diplomas".cmp("experience"));
        assert_eq!(experience.cmp(&diplomas), "experience".cmp("diplomas"));
    }

    #[test]
    fn a_full_path_stays_as_it_is_and_deeper_text_names_no_field() {
        let deep = "experience[0].".repeat(MAX_SEGMENTS / 2 + 1) + "to";
        assert_eq!(Path::parse(&deep), Err(PathError::NoSuchField));
        let mut full = Path::root();
        for _ in 0..MAX_SEGMENTS {
            full = full.index(0);
        }
        assert_eq!(full.key(key!("to")), full);
        assert_eq!(Path::root().index(1_000_000).segments().first().and_then(|s| s.as_index()), Some(32_767));
    }
}
