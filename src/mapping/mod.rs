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
use pattern::{wire_path, write_places, Pattern, Place, Step};
use std::borrow::Cow;
use tree::{leaves, on_leaf, Leaf, Node};
use values::ValueTable;

/// A portal's form shape mapped to the wire's; see the [module](self).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Mapping {
    /// The entries as declared, then the lists their row patterns imply.
    entries: Vec<Entry>,
    /// For every field.
    values: Option<ValueTable>,
}

/// One path of the portal's and the wire path it stands for.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Entry {
    portal: Pattern,
    wire: Pattern,
    values: Option<ValueTable>,
    /// Implied by a row pattern (`ervaring` from `ervaring[*].tot`), not declared.
    derived: bool,
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
        if text.trim().is_empty() || text.trim() == "null" {
            return Ok(Mapping::default());
        }
        let (mut entries, values) = spec::read(text)?;
        let mut implied = Vec::new();
        for entry in &entries {
            implied.append(&mut implied_lists(entry));
        }
        for entry in implied {
            if !entries.iter().any(|known| known.portal == entry.portal) {
                entries.push(entry);
            }
        }
        Ok(Mapping { entries, values })
    }

    /// Whether every declared entry names a field of a `kind` form: a misspelt wire path would
    /// otherwise leave a field of the portal's silently unread.
    pub fn check(&self, kind: Kind) -> Result<(), MappingError> {
        for entry in self.entries.iter().filter(|entry| !entry.derived) {
            let named = entry.wire.wire_example().is_some_and(|path| kind.names_field(&path));
            if !named {
                return Err(MappingError::NoSuchField { portal: entry.portal.text(), kind });
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
        let mut root = Node::default();
        leaves(
            &mut reader,
            &mut Vec::new(),
            &mut on_leaf(|portal, leaf| {
                let (wire, leaf) = self.leaf_to_wire(kind, portal, leaf);
                root.put(&wire, leaf);
            }),
        )?;
        reader.end()?;
        let mut out = String::with_capacity(text.len());
        root.write(&mut out);
        Ok(out)
    }

    /// The wire path of a portal's path (`ervaring[2].tot`); [`PathError::NoSuchField`] when it
    /// names no field of a `kind` form.
    pub fn wire_path(&self, kind: Kind, portal: &str) -> Result<Path, PathError> {
        let places = concrete(portal)?;
        let (wire, _) = self.places_to_wire(&places);
        wire_path(&wire).filter(|path| kind.names_field(path)).ok_or(PathError::NoSuchField)
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
        let no_field = || MappingError::NoSuchField { portal: portal.into(), kind };
        let start = concrete(portal).map_err(|_| no_field())?;
        let (wire_start, _) = self.places_to_wire(&start);
        let path = wire_path(&wire_start).filter(|path| kind.names_field(path)).ok_or_else(no_field)?;
        let mut reader = Reader::new(value);
        let mut node = Node::default();
        let mut places = start.clone();
        let read = leaves(
            &mut reader,
            &mut places,
            &mut on_leaf(|portal, leaf| {
                let (wire, leaf) = self.leaf_to_wire(kind, portal, leaf);
                if let Some(below) = wire.strip_prefix(wire_start.as_slice()) {
                    node.put(below, leaf);
                }
            }),
        );
        read.and_then(|()| reader.end()).map_err(|_| MappingError::Malformed)?;
        let mut out = String::new();
        node.write(&mut out);
        Ok((path, out))
    }

    /// The portal's path of a wire path: through the entry whose wire path matches most of it.
    pub fn portal_path(&self, wire: &Path) -> String {
        let mut places = Vec::with_capacity(wire.segments().len());
        for segment in wire.segments() {
            places.push(match segment.step() {
                WireStep::Key(key) => Place::Key(Cow::Borrowed(key.name())),
                WireStep::Index(index) => Place::Index(index),
            });
        }
        let mut rows = Vec::new();
        let mut out = String::new();
        match best(&self.entries, &places, &mut rows, |entry| &entry.wire) {
            Some(entry) => {
                let rest = places.get(entry.wire.steps.len()..).unwrap_or_default();
                write_places(&entry.portal.fill(&rows, rest), &mut out);
            }
            None => write_places(&places, &mut out),
        }
        out
    }

    /// Gives each issue the portal's path of its wire path.
    pub(crate) fn annotate(&self, issues: &mut [Issue]) {
        for issue in issues {
            issue.portal_path = Some(self.portal_path(&issue.path));
        }
    }

    /// A portal's leaf at the wire's place, with the wire's value.
    fn leaf_to_wire<'p>(&'p self, kind: Kind, portal: &[Place<'p>], leaf: Leaf) -> (Vec<Place<'p>>, Leaf) {
        let (wire, entry) = self.places_to_wire(portal);
        let leaf = match leaf {
            Leaf::Scalar(value) => {
                let expected = wire_path(&wire).and_then(|path| kind.expected_at(&path));
                let tables = [entry.and_then(|entry| entry.values.as_ref()), self.values.as_ref()];
                Leaf::Scalar(values::to_wire(value, tables, expected))
            }
            other => other,
        };
        (wire, leaf)
    }

    /// A portal's concrete path as the wire's, with the entry that mapped it.
    fn places_to_wire<'p>(&'p self, portal: &[Place<'p>]) -> (Vec<Place<'p>>, Option<&'p Entry>) {
        let mut rows = Vec::new();
        match best(&self.entries, portal, &mut rows, |entry| &entry.portal) {
            Some(entry) => {
                let rest = portal.get(entry.portal.steps.len()..).unwrap_or_default();
                (entry.wire.fill(&rows, rest), Some(entry))
            }
            None => (portal.to_vec(), None),
        }
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

/// The entry whose side (`side`) matches the longest start of `path`, its rows in `rows`.
fn best<'e>(
    entries: &'e [Entry],
    path: &[Place<'_>],
    rows: &mut Vec<usize>,
    side: impl Fn(&Entry) -> &Pattern,
) -> Option<&'e Entry> {
    let mut found: Option<&Entry> = None;
    let mut scratch = Vec::new();
    for entry in entries {
        let longer = found.is_none_or(|best| side(entry).steps.len() > side(best).steps.len());
        if longer && side(entry).matches_start(path, &mut scratch) {
            found = Some(entry);
            std::mem::swap(rows, &mut scratch);
        }
    }
    found
}

/// The lists a row pattern implies: `ervaring[*].tot -> experience[*].to` gives
/// `ervaring -> experience`, and the same for each `[*]` before the last step.
fn implied_lists(entry: &Entry) -> Vec<Entry> {
    let mut implied = Vec::new();
    let (mut portal_at, mut wire_at) = (0, 0);
    loop {
        let next_portal = entry.portal.steps.iter().skip(portal_at).position(|step| *step == Step::Row);
        let next_wire = entry.wire.steps.iter().skip(wire_at).position(|step| *step == Step::Row);
        let (Some(p), Some(w)) = (next_portal, next_wire) else { break };
        portal_at += p;
        wire_at += w;
        let cut =
            |pattern: &Pattern, at: usize| Pattern { steps: pattern.steps.get(..at).unwrap_or_default().to_vec() };
        if portal_at > 0 && wire_at > 0 {
            implied.push(Entry {
                portal: cut(&entry.portal, portal_at),
                wire: cut(&entry.wire, wire_at),
                values: None,
                derived: true,
            });
        }
        portal_at += 1;
        wire_at += 1;
    }
    implied
}

/// A concrete path (no `[*]`) as places.
fn concrete(text: &str) -> Result<Vec<Place<'static>>, PathError> {
    let pattern = Pattern::parse(text).ok_or(PathError::Malformed)?;
    let mut places = Vec::with_capacity(pattern.steps.len());
    for step in pattern.steps {
        places.push(match step {
            Step::Key(key) => Place::Key(Cow::Owned(key.into_string())),
            Step::Index(index) => Place::Index(index),
            Step::Row => return Err(PathError::Malformed),
        });
    }
    Ok(places)
}
