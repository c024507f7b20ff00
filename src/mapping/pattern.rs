//! Paths as a mapping writes them: a portal's path (any keys) or a wire path, each with `[*]`
//! for "any row".

use crate::model::bounds::MAX_PATH_CHARS;
use crate::model::{Key, Path};
use std::borrow::Cow;

/// One step of a path: of a mapping's (keys with `[*]` among them) or of a form's (keys and
/// rows). One type for both, so that matching, filling in and writing them is one piece of code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Step<'a> {
    /// A key of an object.
    Key(Cow<'a, str>),
    /// A given row.
    Index(usize),
    /// Any row: `[*]`, only in a mapping's paths.
    Row,
}

/// A path of a mapping: `ervaring[*].tot`.
pub(crate) type Pattern = Vec<Step<'static>>;

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
            steps.push(if inside == "*" { Step::Row } else { Step::Index(index(inside)?) });
            rest = after;
        } else {
            let keyed = if first { rest } else { rest.strip_prefix('.')? };
            // Bytes, not `find` with a set of chars: its searcher is code of its own. A slice's,
            // not `str::bytes` (see `index`).
            let end =
                keyed.as_bytes().iter().position(|byte| matches!(byte, b'.' | b'[' | b']')).unwrap_or(keyed.len());
            let (key, after) = keyed.split_at(end);
            if key.is_empty() || after.starts_with(']') {
                return None;
            }
            steps.push(Step::Key(Cow::Owned(key.to_owned())));
            rest = after;
        }
        first = false;
    }
    Some(steps)
}

/// How many `[*]` a pattern has.
// Not inlined: three callers, one copy.
#[inline(never)]
pub(crate) fn rows(pattern: &[Step<'_>]) -> usize {
    pattern.iter().filter(|step| matches!(step, Step::Row)).count()
}

/// Whether `pattern` matches the start of the concrete `path`; the rows it matched, in order,
/// are pushed on `rows`.
pub(crate) fn matches_start(pattern: &[Step<'_>], path: &[Step<'_>], rows: &mut Vec<usize>) -> bool {
    rows.clear();
    pattern.len() <= path.len()
        && pattern.iter().zip(path).all(|(step, place)| match (step, place) {
            (Step::Row, Step::Index(at)) => {
                rows.push(*at);
                true
            }
            _ => step == place,
        })
}

/// The concrete path of `pattern`: each `[*]` the next of `rows` (0 when they run out), then
/// `rest`; its keys borrowed.
// A plain loop into one vector, not an iterator each caller collects: one copy, not one
// per caller.
pub(crate) fn fill<'a>(pattern: &'a [Step<'_>], rows: &[usize], rest: &'a [Step<'_>]) -> Vec<Step<'a>> {
    let mut places = Vec::with_capacity(pattern.len() + rest.len());
    let mut next = rows.iter().copied();
    for step in pattern.iter().chain(rest) {
        places.push(match step {
            Step::Key(key) => Step::Key(Cow::Borrowed(&**key)),
            Step::Index(index) => Step::Index(*index),
            Step::Row => Step::Index(next.next().unwrap_or(0)),
        });
    }
    places
}

/// A path as a wire [`Path`], each `[*]` as row 0 (what a mapping's target is checked with):
/// `None` when a key is no wire name or it is too long.
// A slice, not any iterator: one copy for every caller.
pub(crate) fn wire_path(places: &[Step<'_>]) -> Option<Path> {
    let mut path = Path::root();
    for place in places {
        let pushed = match place {
            Step::Key(name) => path.push(crate::model::Segment::key(Key::of(name)?)),
            Step::Index(index) => path.push(crate::model::Segment::index(*index)),
            Step::Row => path.push(crate::model::Segment::index(0)),
        };
        if !pushed {
            return None;
        }
    }
    Some(path)
}

/// Writes a path as text: `ervaring[2].tot`, `ervaring[*].tot`.
// A slice, not any iterator: one copy for every caller.
pub(crate) fn write(places: &[Step<'_>], out: &mut String) {
    for place in places {
        match place {
            Step::Key(name) => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(name);
            }
            Step::Index(index) => {
                out.push('[');
                out.push_str(itoa::Buffer::new().format(*index));
                out.push(']');
            }
            Step::Row => out.push_str("[*]"),
        }
    }
}

/// A row written as digits (`[12]`, or `12` in a JSON list); `None` for anything else or a
/// row past `usize`.
// By hand, not `str::parse`: the two callers would each get a copy of its code.
fn index(digits: &str) -> Option<usize> {
    if digits.is_empty() {
        return None;
    }
    let mut index: usize = 0;
    // A slice's bytes, not `str::bytes`: a second user of that iterator gets it out of line in
    // json::write_str, on the hot path of every report.
    for &byte in digits.as_bytes() {
        let digit = byte.checked_sub(b'0').filter(|digit| *digit < 10)?;
        index = index.checked_mul(10)?.checked_add(usize::from(digit))?;
    }
    Some(index)
}

/// A path written as a JSON list of keys and indexes (`["ervaring", 1, "tot"]`) as text
/// (`ervaring[1].tot`); `None` for anything else.
pub(crate) fn list_text(json: &str) -> Option<String> {
    use crate::model::decode::reader::{Reader, Token};
    let mut reader = Reader::new(json);
    reader.begin_array().ok()?;
    let mut out = String::new();
    let mut first = true;
    while reader.next_item(first).ok()? {
        first = false;
        let step = match reader.peek().ok()? {
            Token::String => Step::Key(reader.string().ok()?),
            Token::Number => Step::Index(index(reader.number().ok()?)?),
            _ => return None,
        };
        write(&[step], &mut out);
    }
    reader.end().ok()?;
    Some(out)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::indexing_slicing)]
    use super::*;

    #[test]
    fn reads_portal_and_wire_paths() {
        let pattern = parse("ervaring[*].tot").unwrap();
        assert_eq!(pattern, [Step::Key("ervaring".into()), Step::Row, Step::Key("tot".into())]);
        assert_eq!(parse("adres[0]").unwrap()[1], Step::Index(0));
        assert_eq!(parse("Naam van de begeleider").unwrap().len(), 1);
        for bad in ["", ".naam", "naam.", "a..b", "a[", "a[x]", "a[]", "a]b", "[*]x"] {
            assert_eq!(parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn matches_rows_and_fills_them_in() {
        let portal = parse("begeleiders[*].ervaring[*].tot").unwrap();
        let path = [
            Step::Key("begeleiders".into()),
            Step::Index(1),
            Step::Key("ervaring".into()),
            Step::Index(3),
            Step::Key("tot".into()),
        ];
        let mut rows = Vec::new();
        assert!(matches_start(&portal, &path, &mut rows));
        assert_eq!(rows, [1, 3]);
        let wire = parse("supervisors[*].experience[*].to").unwrap();
        let mut text = String::new();
        write(&fill(&wire, &rows, &[]), &mut text);
        assert_eq!(text, "supervisors[1].experience[3].to");
        assert!(!matches_start(&parse("begeleiders[*].naam").unwrap(), &path, &mut rows));
    }

    #[test]
    fn reads_a_path_given_as_a_list() {
        assert_eq!(list_text(r#"["ervaring", 1, "tot"]"#).as_deref(), Some("ervaring[1].tot"));
        assert_eq!(list_text(r#"["ervaring", 1.5]"#), None);
        assert_eq!(list_text(r#"["ervaring", null]"#), None);
        assert_eq!(list_text(r#""ervaring""#), None);
    }
}
