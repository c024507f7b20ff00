//! Reading single typed fields the way every rule family needs them.

use super::outcome::Outcome;
use crate::calendar::iso;
use crate::model::Path;
use crate::report::{Code, Finding};
use chrono::NaiveDate;

/// A date field as typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateField {
    /// Empty: not typed yet (or cleared).
    Absent,
    /// Typed, but not a date; already reported.
    Invalid,
    /// A date.
    Valid(NaiveDate),
}

impl DateField {
    /// The date, when valid.
    pub fn date(self) -> Option<NaiveDate> {
        match self {
            Self::Valid(date) => Some(date),
            _ => None,
        }
    }
}

// The readers here are kept out of line: every rule calls them (see `Finding`).

/// Reads a date field without reporting: for a rule that reads a date another rule reports.
#[inline(never)]
pub fn parse_date(text: Option<&str>) -> DateField {
    match text.map(str::trim) {
        None | Some("") => DateField::Absent,
        Some(text) => iso::parse_trimmed(text).map_or(DateField::Invalid, DateField::Valid),
    }
}

/// Reads a date field; a malformed date is reported with the family's `invalid` code.
#[inline(never)]
pub fn date(text: Option<&str>, path: Path, invalid: impl Into<Code>, out: &mut Outcome) -> DateField {
    let date = parse_date(text);
    if date == DateField::Invalid {
        out.push(Finding::new(invalid, path));
    }
    date
}

/// Whether a text field holds more than white space.
#[inline(never)]
pub fn filled(text: Option<&str>) -> bool {
    text.is_some_and(|t| !t.trim().is_empty())
}

/// Whether two typed names name the same person: both filled, and equal when case and the
/// spaces around and between the words are ignored.
pub fn same_person(a: Option<&str>, b: Option<&str>) -> bool {
    let (Some(a), Some(b)) = (a, b) else { return false };
    let (mut left, mut right) = (a.split_whitespace(), b.split_whitespace());
    let mut any = false;
    loop {
        match (left.next(), right.next()) {
            (None, None) => return any,
            (Some(x), Some(y)) if same_word(x, y) => any = true,
            _ => return false,
        }
    }
}

/// Whether two words are the same but for case. Most names are ASCII, compared without
/// decoding characters (SUP-004 and APP-006 compare names on every validation).
fn same_word(x: &str, y: &str) -> bool {
    if x.is_ascii() && y.is_ascii() {
        x.eq_ignore_ascii_case(y)
    } else {
        let (mut x, mut y) = (Lowered::new(x), Lowered::new(y));
        loop {
            match (x.next(), y.next()) {
                (None, None) => return true,
                (a, b) if a == b => {}
                _ => return false,
            }
        }
    }
}

/// A word's letters in lower case, compared as they come: no buffer for the lowered word. Its
/// own small iterator, not `chars().flat_map(char::to_lowercase)` compared with `eq`, whose
/// flattening and comparing took about a kilobyte of the wasm module.
struct Lowered<'a> {
    chars: std::str::Chars<'a>,
    /// What is left of the last letter's lower case (one letter may lower to several).
    pending: Option<std::char::ToLowercase>,
}

impl<'a> Lowered<'a> {
    fn new(word: &'a str) -> Self {
        Self { chars: word.chars(), pending: None }
    }

    fn next(&mut self) -> Option<char> {
        loop {
            if let Some(lowered) = self.pending.as_mut().and_then(Iterator::next) {
                return Some(lowered);
            }
            self.pending = Some(self.chars.next()?.to_lowercase());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::same_person;

    #[test]
    fn names_compare_without_case_or_spacing() {
        assert!(same_person(Some("An  Peeters"), Some("an peeters ")));
        assert!(!same_person(Some("An Peeters"), Some("Jan Peeters")));
        assert!(!same_person(Some("An Peeters Claes"), Some("An Peeters")));
        assert!(!same_person(Some("An"), Some("An Peeters")));
        assert!(same_person(Some("ÉLISE Dubois"), Some("élise dubois")));
        // Letter by letter, as `char::to_lowercase` lowers them: one letter may lower to two,
        // and a final sigma is not told apart.
        assert!(same_person(Some("İlker Öz"), Some("i\u{307}lker öz")));
        assert!(!same_person(Some("İlker"), Some("ilker")));
        assert!(same_person(Some("ΟΔΟΣ"), Some("οδοσ")));
        assert!(!same_person(Some("Élise"), Some("élisé")));
        assert!(!same_person(Some("  "), Some("")));
        assert!(!same_person(None, Some("An")));
    }
}
