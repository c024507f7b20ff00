//! A portal's values as the wire takes them: the mapping's value tables, then the wire's type.

use crate::json::write_str;
use crate::model::decode::Expected;

/// A value that is no list or group, as a portal's form holds it.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Scalar {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number, as its JSON text.
    Number(String),
    /// A text.
    Text(String),
}

impl Scalar {
    /// The text a value table looks the value up by: a text itself, `true`/`false`, the
    /// number as written.
    fn lookup_text(&self) -> Option<&str> {
        match self {
            Self::Null => None,
            Self::Bool(true) => Some("true"),
            Self::Bool(false) => Some("false"),
            Self::Number(text) | Self::Text(text) => Some(text),
        }
    }

    /// Writes the value as JSON.
    pub(crate) fn write(&self, out: &mut String) {
        match self {
            Self::Null => out.push_str("null"),
            Self::Bool(yes) => out.push_str(if *yes { "true" } else { "false" }),
            Self::Number(text) => out.push_str(text),
            Self::Text(text) => write_str(text, out),
        }
    }
}

/// A portal's values and the wire's values they stand for: `{ "ja": true, "nee": false }`.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct ValueTable {
    pub(crate) entries: Vec<(String, Scalar)>,
}

impl ValueTable {
    fn get(&self, value: &Scalar) -> Option<&Scalar> {
        let text = value.lookup_text()?;
        self.entries.iter().find(|(raw, _)| **raw == *text).map(|(_, wire)| wire)
    }
}

/// The wire's value for a portal's `value` at a field that takes `expected`: the field's table
/// first, then the mapping's; then what a form platform writes for a type it has no control
/// for. A checkbox's `"on"` and a reflected `"true"`/`"false"` are yes or no; numeric text
/// (with a decimal comma or point) is a number; a number is text where the wire takes text
/// (a postcode in a number field); an empty text is no answer where the wire takes no text
/// (an empty select, a cleared number field). Anything else reaches the wire as it is, to be
/// judged there.
pub(crate) fn to_wire(value: Scalar, tables: [Option<&ValueTable>; 2], expected: Option<Expected>) -> Scalar {
    let value = tables.iter().flatten().find_map(|table| table.get(&value)).cloned().unwrap_or(value);
    match (expected, value) {
        (Some(Expected::YesNo), Scalar::Text(text)) => match &*text {
            "true" | "on" => Scalar::Bool(true),
            "false" | "off" => Scalar::Bool(false),
            "" => Scalar::Null,
            _ => Scalar::Text(text),
        },
        (Some(Expected::Number), Scalar::Text(text)) => number(&text).unwrap_or(Scalar::Text(text)),
        (Some(Expected::Text), Scalar::Number(text)) => Scalar::Text(text),
        (Some(Expected::Choice | Expected::List | Expected::Group), Scalar::Text(text)) if text.is_empty() => {
            Scalar::Null
        }
        (_, value) => value,
    }
}

/// Numeric text as a JSON number (`"12"`, `" 1,5 "`, `"-3.25"`); an empty text is no number
/// (`null`); `None` for other text.
fn number(text: &str) -> Option<Scalar> {
    let text = text.trim();
    if text.is_empty() {
        return Some(Scalar::Null);
    }
    // One pass that checks and writes, not `replacen` and a split: less code.
    let mut normal = String::with_capacity(text.len());
    // The digits before the point, and after it once there is one.
    let (mut whole, mut fraction) = (0, None);
    // A slice's bytes, not `str::bytes`: a second user of that iterator gets it out of line
    // in json::write_str, on the hot path of every report.
    for (at, &byte) in text.as_bytes().iter().enumerate() {
        normal.push(match byte {
            b'-' if at == 0 => '-',
            b'0'..=b'9' => {
                match &mut fraction {
                    Some(after) => *after += 1,
                    None => whole += 1,
                }
                char::from(byte)
            }
            b',' | b'.' if fraction.is_none() => {
                fraction = Some(0);
                '.'
            }
            _ => return None,
        });
    }
    // JSON's own grammar: no leading zeros, digits on both sides of the point.
    let leading_zero = whole > 1 && text.trim_start_matches('-').starts_with('0');
    (whole > 0 && fraction != Some(0) && !leading_zero).then_some(Scalar::Number(normal))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(value: &str) -> Scalar {
        Scalar::Text(value.into())
    }

    #[test]
    fn a_table_maps_then_the_wire_type_converts() {
        let table =
            ValueTable { entries: vec![("ja".into(), Scalar::Bool(true)), ("nee".into(), Scalar::Bool(false))] };
        assert_eq!(to_wire(text("ja"), [Some(&table), None], Some(Expected::YesNo)), Scalar::Bool(true));
        assert_eq!(to_wire(text("on"), [None, None], Some(Expected::YesNo)), Scalar::Bool(true));
        assert_eq!(to_wire(text("false"), [None, None], Some(Expected::YesNo)), Scalar::Bool(false));
        assert_eq!(to_wire(text("misschien"), [None, None], Some(Expected::YesNo)), text("misschien"));
        assert_eq!(to_wire(text(" 1,5 "), [None, None], Some(Expected::Number)), Scalar::Number("1.5".into()));
        assert_eq!(to_wire(text("12"), [None, None], Some(Expected::Number)), Scalar::Number("12".into()));
        assert_eq!(to_wire(text("012"), [None, None], Some(Expected::Number)), text("012"));
        assert_eq!(to_wire(text("1."), [None, None], Some(Expected::Number)), text("1."));
        assert_eq!(to_wire(text(""), [None, None], Some(Expected::Number)), Scalar::Null);
        assert_eq!(to_wire(Scalar::Number("9000".into()), [None, None], Some(Expected::Text)), text("9000"));
        assert_eq!(to_wire(text(""), [None, None], Some(Expected::Choice)), Scalar::Null);
        assert_eq!(to_wire(text(""), [None, None], Some(Expected::Text)), text(""));
    }
}
