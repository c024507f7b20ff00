//! Paths as a mapping writes them: a portal's path (any keys) or a wire path, each with `[*]`
//! for "any row".

use crate::model::bounds::MAX_PATH_CHARS;
use crate::model::{Key, Path};
use std::borrow::Cow;

/// One step of a path in a mapping.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Step {
    /// A key of an object.
    Key(Box<str>),
    /// A given row.
    Index(usize),
    /// Any row: `[*]`.
    Row,
}

/// A step of a concrete path, as read from a portal's form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Place<'a> {
    /// A key of an object.
    Key(Cow<'a, str>),
    /// A row.
    Index(usize),
}

/// A path of a mapping: `ervaring[*].tot`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Pattern {
    pub(crate) steps: Vec<Step>,
}

impl Pattern {
    /// Reads `ervaring[*].tot`, `naam`, `adres[0]`: keys are any text without `.`, `[` or `]`.
    /// `None` for anything else (an empty key, an unclosed bracket, an index that is no number).
    pub(crate) fn parse(text: &str) -> Option<Pattern> {
        if text.is_empty() || text.len() > MAX_PATH_CHARS {
            return None;
        }
        let mut steps = Vec::new();
        let mut rest = text;
        let mut first = true;
        while !rest.is_empty() {
            if let Some(after) = rest.strip_prefix('[') {
                let (inside, after) = after.split_once(']')?;
                steps.push(match inside {
                    "*" => Step::Row,
                    digits if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) => {
                        Step::Index(digits.parse().ok()?)
                    }
                    _ => return None,
                });
                rest = after;
            } else {
                let keyed = if first { rest } else { rest.strip_prefix('.')? };
                let end = keyed.find(['.', '[', ']']).unwrap_or(keyed.len());
                let (key, after) = keyed.split_at(end);
                if key.is_empty() || after.starts_with(']') {
                    return None;
                }
                steps.push(Step::Key(key.into()));
                rest = after;
            }
            first = false;
        }
        Some(Pattern { steps })
    }

    /// How many `[*]` it has.
    pub(crate) fn rows(&self) -> usize {
        self.steps.iter().filter(|step| matches!(step, Step::Row)).count()
    }

    /// Whether this pattern matches the start of `path`; the rows it matched, in order, are
    /// pushed on `rows`.
    pub(crate) fn matches_start(&self, path: &[Place<'_>], rows: &mut Vec<usize>) -> bool {
        if self.steps.len() > path.len() {
            return false;
        }
        rows.clear();
        self.steps.iter().zip(path).all(|(step, place)| match (step, place) {
            (Step::Key(key), Place::Key(name)) => **key == **name,
            (Step::Index(index), Place::Index(at)) => index == at,
            (Step::Row, Place::Index(at)) => {
                rows.push(*at);
                true
            }
            _ => false,
        })
    }

    /// The concrete path: each `[*]` the next of `rows` (0 when they run out), then `rest`.
    // A plain loop into one vector, not an iterator each caller collects: one copy, not one
    // per caller.
    pub(crate) fn fill<'a>(&'a self, rows: &[usize], rest: &[Place<'a>]) -> Vec<Place<'a>> {
        let mut places = Vec::with_capacity(self.steps.len() + rest.len());
        let mut next = rows.iter().copied();
        for step in &self.steps {
            places.push(match step {
                Step::Key(key) => Place::Key(Cow::Borrowed(&**key)),
                Step::Index(index) => Place::Index(*index),
                Step::Row => Place::Index(next.next().unwrap_or(0)),
            });
        }
        places.extend_from_slice(rest);
        places
    }

    /// The pattern as written: `ervaring[*].tot`.
    pub(crate) fn text(&self) -> String {
        let mut out = String::new();
        for step in &self.steps {
            match step {
                Step::Key(key) => {
                    if !out.is_empty() {
                        out.push('.');
                    }
                    out.push_str(key);
                }
                Step::Index(index) => {
                    out.push('[');
                    out.push_str(itoa::Buffer::new().format(*index));
                    out.push(']');
                }
                Step::Row => out.push_str("[*]"),
            }
        }
        out
    }

    /// The wire path this pattern names with every row 0, when each key is a wire name: what
    /// a mapping's target is checked with.
    pub(crate) fn wire_example(&self) -> Option<Path> {
        wire_path(&self.fill(&[], &[]))
    }
}

/// A concrete path as a wire [`Path`]: `None` when a key is no wire name or it is too long.
// A slice, not any iterator: one copy for every caller.
pub(crate) fn wire_path(places: &[Place<'_>]) -> Option<Path> {
    let mut path = Path::root();
    for place in places {
        let pushed = match place {
            Place::Key(name) => path.push(crate::model::Segment::key(Key::of(name)?)),
            Place::Index(index) => path.push(crate::model::Segment::index(*index)),
        };
        if !pushed {
            return None;
        }
    }
    Some(path)
}

/// Writes a concrete path as text: `ervaring[2].tot`.
// A slice, not any iterator: one copy for every caller.
pub(crate) fn write_places(places: &[Place<'_>], out: &mut String) {
    for place in places {
        match place {
            Place::Key(name) => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(name);
            }
            Place::Index(index) => {
                out.push('[');
                out.push_str(itoa::Buffer::new().format(*index));
                out.push(']');
            }
        }
    }
}

/// A path written as a JSON list of keys and indexes (`["ervaring", 1, "tot"]`) as text
/// (`ervaring[1].tot`); `None` for anything else.
pub(crate) fn list_text(json: &str) -> Option<String> {
    use crate::model::decode::reader::{Reader, Token};
    let mut reader = Reader::new(json);
    reader.begin_array().ok()?;
    let mut places = Vec::new();
    let mut first = true;
    while reader.next_item(first).ok()? {
        first = false;
        places.push(match reader.peek().ok()? {
            Token::String => Place::Key(Cow::Owned(reader.string().ok()?.into_owned())),
            Token::Number => Place::Index(reader.number().ok()?.parse().ok()?),
            _ => return None,
        });
    }
    reader.end().ok()?;
    let mut out = String::new();
    write_places(&places, &mut out);
    Some(out)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::indexing_slicing)]
    use super::*;

    #[test]
    fn reads_portal_and_wire_paths() {
        let pattern = Pattern::parse("ervaring[*].tot").unwrap();
        assert_eq!(pattern.steps, [Step::Key("ervaring".into()), Step::Row, Step::Key("tot".into())]);
        assert_eq!(Pattern::parse("adres[0]").unwrap().steps[1], Step::Index(0));
        assert_eq!(Pattern::parse("Naam van de begeleider").unwrap().steps.len(), 1);
        for bad in ["", ".naam", "naam.", "a..b", "a[", "a[x]", "a[]", "a]b", "[*]x"] {
            assert_eq!(Pattern::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn matches_rows_and_fills_them_in() {
        let portal = Pattern::parse("begeleiders[*].ervaring[*].tot").unwrap();
        let path = [
            Place::Key("begeleiders".into()),
            Place::Index(1),
            Place::Key("ervaring".into()),
            Place::Index(3),
            Place::Key("tot".into()),
        ];
        let mut rows = Vec::new();
        assert!(portal.matches_start(&path, &mut rows));
        assert_eq!(rows, [1, 3]);
        let wire = Pattern::parse("supervisors[*].experience[*].to").unwrap();
        let mut text = String::new();
        write_places(&wire.fill(&rows, &[]), &mut text);
        assert_eq!(text, "supervisors[1].experience[3].to");
        assert!(!Pattern::parse("begeleiders[*].naam").unwrap().matches_start(&path, &mut rows));
    }

    #[test]
    fn reads_a_path_given_as_a_list() {
        assert_eq!(list_text(r#"["ervaring", 1, "tot"]"#).as_deref(), Some("ervaring[1].tot"));
        assert_eq!(list_text(r#"["ervaring", 1.5]"#), None);
        assert_eq!(list_text(r#"["ervaring", null]"#), None);
        assert_eq!(list_text(r#""ervaring""#), None);
    }
}
