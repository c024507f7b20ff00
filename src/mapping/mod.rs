//! A portal's form shape and the wire's: which of the portal's paths is which wire field, and
//! which of its values is which wire value, declared once as data and applied here, so a
//! browser, Node and the command line read a portal's form the same way.
//!
//! ```json
//! { "fields": {
//!     "naam": "name",
//!     "ervaring[*].tot": "experience[*].to",
//!     "ervaring[*].relevant": { "path": "experience[*].relevant", "values": { "ja": true, "nee": false } }
//!   },
//!   "values": { "J": true, "N": false } }
//! ```
//!
//! A key of `fields` is a path of the portal's form, `[*]` for any row; its value the wire path
//! (with as many `[*]`, filled in the same order) or `{ path, values }`. An entry also maps
//! what lies below its path (`"begeleider": "supervisor"` maps `begeleider.naam` to
//! `supervisor.naam`), and a row pattern maps its list (`ervaring[*].tot` makes `ervaring` the
//! list `experience`); the longest entry that matches wins. A path no entry matches is taken
//! as a wire path, and a key that names no wire field is ignored, as the wire ignores it.
//!
//! A value is looked up in its entry's `values`, then in the mapping's; what the form platform
//! writes for a type it has no control for is then converted by the wire's type at that path
//! (see [`values::to_wire`]). Issues keep their wire `path` and get the portal's beside it
//! (`portalPath`).

mod pattern;
mod spec;
mod tree;
mod values;

use crate::model::decode::reader::Reader;
use crate::model::decode::InputError;
use crate::model::Kind;
use crate::model::{Path, PathError, Step as WireStep};
use crate::report::Issue;
use pattern::{wire_path, Pattern, Step};
use std::borrow::Cow;
use tree::{leaves, Node};
use values::ValueTable;

/// A portal's form shape mapped to the wire's; see the [module](self).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Mapping {
    /// The entries as declared.
    entries: Vec<Entry>,
    /// The paths mapped: each entry's whole, then the lists their row patterns imply.
    cuts: Vec<Cut>,
    /// For every field.
    values: Option<ValueTable>,
}

/// One path of the portal's and the wire path it stands for.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Entry {
    portal: Pattern,
    wire: Pattern,
    values: Option<ValueTable>,
}

/// A start of an entry's portal path that stands for the same start of its wire path: the
/// whole of both, or a list a row pattern implies (`ervaring` from `ervaring[*].tot`).
// Lengths into the entry, not paths of its own: nothing to clone.
#[derive(Debug, Clone, PartialEq)]
struct Cut {
    entry: usize,
    portal: usize,
    wire: usize,
}

/// A mapping a program got wrong, naming the entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MappingError {
    /// Not an object with `fields` and `values`, each an object.
    Malformed,
    /// Larger than [`MAX_INPUT_BYTES`](crate::model::bounds::MAX_INPUT_BYTES).
    TooLarge,
    /// A key of `fields` is no path.
    BadPortalPath(String),
    /// The entry of this portal path is no wire path, nor `{ path, values }`.
    BadTarget(String),
    /// The entry of this portal path and its wire path have a different number of `[*]`.
    RowsDiffer(String),
    /// The wire path of this portal path names no field of the form's kind.
    NoSuchField {
        /// The entry's portal path.
        portal: String,
        /// The form's kind.
        kind: Kind,
    },
    /// A value table's entry (named as `mapping.values["ja"]`) is a list or a group.
    BadValue(String),
}

impl MappingError {
    /// What is wrong, in words. The portal's paths are written as JSON strings: `{:?}` would
    /// bring the formatter's Unicode tables into the wasm module, and a `Formatter` at all the
    /// formatting machinery.
    pub(crate) fn message(&self) -> String {
        // Each entry's message is its portal path between the same words: the path is written
        // once, not in each arm.
        let (portal, rest) = match self {
            Self::Malformed => {
                return "options.mapping must be an object with fields and values, each an object".to_owned();
            }
            Self::TooLarge => return "options.mapping is larger than 1 MB as JSON".to_owned(),
            Self::BadValue(at) => return ["options.", at, " must be text, a number, true, false or null"].concat(),
            Self::BadPortalPath(portal) => (portal, [": the key must be a path such as \"ervaring[*].tot\"", "", ""]),
            Self::BadTarget(portal) => {
                (portal, [" must be a wire path such as \"experience[*].to\", or { path, values }", "", ""])
            }
            Self::RowsDiffer(portal) => (portal, [": the key and the wire path must have as many [*]", "", ""]),
            Self::NoSuchField { portal, kind } => (portal, [" names no field of a ", kind.wire_name(), " form"]),
        };
        let mut out = String::from("options.mapping.fields[");
        crate::json::write_str(portal, &mut out);
        out.push(']');
        for part in rest {
            out.push_str(part);
        }
        out
    }
}

impl std::fmt::Display for MappingError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message())
    }
}

impl std::error::Error for MappingError {}

impl Mapping {
    /// A mapping from its JSON (see the [module](self)); `null` or empty text maps nothing.
    pub fn from_json(text: &str) -> Result<Mapping, MappingError> {
        let trimmed = text.trim();
        if trimmed.is_empty() || trimmed == "null" {
            return Ok(Mapping::default());
        }
        let (entries, values) = spec::read(text)?;
        // Pushed, not collected: no code for collecting of its own.
        let mut cuts = Vec::new();
        for (at, entry) in entries.iter().enumerate() {
            cuts.push(Cut { entry: at, portal: entry.portal.len(), wire: entry.wire.len() });
        }
        for (at, entry) in entries.iter().enumerate() {
            for (portal, wire) in rows_at(&entry.portal).zip(rows_at(&entry.wire)) {
                let known = |cut: &Cut| {
                    let known = entries.get(cut.entry).and_then(|known| known.portal.get(..cut.portal));
                    known == entry.portal.get(..portal)
                };
                if portal > 0 && wire > 0 && !cuts.iter().any(known) {
                    cuts.push(Cut { entry: at, portal, wire });
                }
            }
        }
        Ok(Mapping { entries, cuts, values })
    }

    /// Whether every declared entry names a field of a `kind` form: a misspelt wire path would
    /// otherwise leave a field of the portal's silently unread.
    pub fn check(&self, kind: Kind) -> Result<(), MappingError> {
        for entry in &self.entries {
            if !wire_path(&entry.wire).is_some_and(|path| kind.names_field(&path)) {
                let mut portal = String::new();
                pattern::write(&entry.portal, &mut portal);
                return Err(MappingError::NoSuchField { portal, kind });
            }
        }
        Ok(())
    }

    /// Whether it maps nothing.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty() && self.values.is_none()
    }

    /// A portal's form (JSON text) as the wire's form of `kind` (JSON text). Text that is no
    /// JSON object is given back as it is, for the decoder to refuse as it refuses any form.
    pub fn to_wire(&self, kind: Kind, text: &str) -> Result<String, InputError> {
        let mut reader = Reader::new(text);
        if !matches!(reader.peek(), Ok(crate::model::decode::reader::Token::Object)) {
            return Ok(text.to_owned());
        }
        self.build(kind, &mut reader, Vec::new(), &[])
    }

    /// The wire path of a portal's path (`ervaring[2].tot`); [`PathError::NoSuchField`] when it
    /// names no field of a `kind` form.
    pub fn wire_path(&self, kind: Kind, portal: &str) -> Result<Path, PathError> {
        self.wire_of(kind, &concrete(portal)?).map(|(_, path)| path)
    }

    /// [`Mapping::wire_path`] of a path written as a JSON list of keys and indexes
    /// (`["ervaring", 2, "tot"]`).
    pub fn wire_path_of_list(&self, kind: Kind, json: &str) -> Result<Path, PathError> {
        self.wire_path(kind, &pattern::list_text(json).ok_or(PathError::Malformed)?)
    }

    /// The value a portal sets at its path, as the wire's value at the wire's path: what a
    /// session sets. The parts of a list or group the mapping sends elsewhere than below the
    /// wire path are left out (set those fields one by one).
    pub fn value_to_wire(&self, kind: Kind, portal: &str, value: &str) -> Result<(Path, String), MappingError> {
        let start = concrete(portal);
        let found = start.as_deref().map_err(|_| PathError::Malformed).and_then(|start| self.wire_of(kind, start));
        // One error for both failures: one copy of the code that makes it.
        let (wire_start, path) = found.map_err(|_| MappingError::NoSuchField { portal: portal.into(), kind })?;
        let start = pattern::fill(start.as_deref().unwrap_or_default(), &[], &[]);
        let out = self.build(kind, &mut Reader::new(value), start, &wire_start);
        let out = out.map_err(|_| MappingError::Malformed)?;
        Ok((path, out))
    }

    /// The portal's path of a wire path: through the entry whose wire path matches most of it.
    pub fn portal_path(&self, wire: &Path) -> String {
        let mut places = Vec::with_capacity(wire.segments().len());
        for segment in wire.segments() {
            places.push(match segment.step() {
                WireStep::Key(key) => Step::Key(Cow::Borrowed(key.name())),
                WireStep::Index(index) => Step::Index(index),
            });
        }
        let mut out = String::new();
        pattern::write(&self.map(&places, true).0, &mut out);
        out
    }

    /// Gives each issue the portal's path of its wire path.
    pub(crate) fn annotate(&self, issues: &mut [Issue]) {
        for issue in issues {
            issue.portal_path = Some(self.portal_path(&issue.path));
        }
    }

    /// A portal's concrete path as the wire's, and as a wire [`Path`] that names a field of a
    /// `kind` form.
    fn wire_of<'p>(&'p self, kind: Kind, places: &'p [Step<'_>]) -> Result<(Vec<Step<'p>>, Path), PathError> {
        let (wire, _) = self.map(places, false);
        let path = wire_path(&wire).filter(|path| kind.names_field(path)).ok_or(PathError::NoSuchField)?;
        Ok((wire, path))
    }

    /// The wire's form (JSON text) of the portal's value at the reader's place, found at
    /// `start`: what the mapping sends below `wire_start`, from there.
    // One reading for a whole form and for a session's value: one copy of the code.
    fn build<'a>(
        &'a self,
        kind: Kind,
        reader: &mut Reader<'a>,
        mut start: Vec<Step<'a>>,
        wire_start: &[Step<'_>],
    ) -> Result<String, InputError> {
        let mut root = Node::default();
        leaves(reader, &mut start, &mut |portal: &[Step<'a>], leaf| {
            let (wire, entry) = self.map(portal, false);
            let Some(below) = wire.strip_prefix(wire_start) else { return };
            let leaf = match leaf {
                Node::Scalar(value) => {
                    let expected = wire_path(&wire).and_then(|path| kind.expected_at(&path));
                    let tables = [entry.and_then(|entry| entry.values.as_ref()), self.values.as_ref()];
                    Node::Scalar(values::to_wire(value, tables, expected))
                }
                other => other,
            };
            root.put(below, leaf);
        })?;
        reader.end()?;
        let mut out = String::new();
        root.write(&mut out);
        Ok(out)
    }

    /// A concrete path of the portal's as the wire's (or of the wire's as the portal's,
    /// `to_portal`): through the entry whose side matches the longest start of it, returned
    /// with it.
    fn map<'p>(&'p self, path: &'p [Step<'_>], to_portal: bool) -> (Vec<Step<'p>>, Option<&'p Entry>) {
        // The side matched, the side it stands for, and the entry when the cut is all of it.
        let mut found: Option<(&[Step<'_>], &[Step<'_>], Option<&Entry>)> = None;
        let (mut rows, mut scratch) = (Vec::new(), Vec::new());
        for cut in &self.cuts {
            let Some(entry) = self.entries.get(cut.entry) else { continue };
            let (Some(portal), Some(wire)) = (entry.portal.get(..cut.portal), entry.wire.get(..cut.wire)) else {
                continue;
            };
            let (from, to) = if to_portal { (wire, portal) } else { (portal, wire) };
            let longer = found.is_none_or(|(best, ..)| from.len() > best.len());
            if longer && pattern::matches_start(from, path, &mut scratch) {
                found = Some((from, to, (cut.portal == entry.portal.len()).then_some(entry)));
                std::mem::swap(&mut rows, &mut scratch);
            }
        }
        let (from, to, entry) = found.unwrap_or_default();
        (pattern::fill(to, &rows, path.get(from.len()..).unwrap_or_default()), entry)
    }
}

/// A mapping inside a serde value (the options of a back office's own configuration): read as
/// [`Mapping::from_json`] reads it.
impl<'de> serde::Deserialize<'de> for Mapping {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = serde_json::Value::deserialize(deserializer)?;
        Mapping::from_json(&value.to_string()).map_err(serde::de::Error::custom)
    }
}

/// Where a pattern's `[*]` are: a row pattern (`ervaring[*].tot -> experience[*].to`) implies
/// the list before each of them (`ervaring -> experience`).
fn rows_at<'p>(pattern: &'p Pattern) -> impl Iterator<Item = usize> + 'p {
    pattern.iter().enumerate().filter(|(_, step)| matches!(step, Step::Row)).map(|(at, _)| at)
}

/// A concrete path (no `[*]`) as its steps.
fn concrete(text: &str) -> Result<Pattern, PathError> {
    pattern::parse(text).filter(|places| pattern::rows(places) == 0).ok_or(PathError::Malformed)
}
