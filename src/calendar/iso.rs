//! Dates on the wire: `YYYY-MM-DD`, nothing else.

use chrono::{Datelike, NaiveDate};

/// Parses a strict ISO date (`2026-05-08`); surrounding spaces are tolerated because a user
/// may type them. `None` for anything else, including impossible dates (`2026-13-45`).
pub fn parse(text: &str) -> Option<NaiveDate> {
    let text = text.trim();
    let bytes = text.as_bytes();
    let shaped = bytes.len() == 10
        && bytes.iter().enumerate().all(|(n, b)| if n == 4 || n == 7 { *b == b'-' } else { b.is_ascii_digit() });
    if !shaped {
        return None;
    }
    // The shape is checked above, so every slice is in range and every part is digits.
    let number = |range: std::ops::Range<usize>| text.get(range).and_then(|part| part.parse::<u32>().ok());
    let year = i32::try_from(number(0..4)?).ok()?;
    NaiveDate::from_ymd_opt(year, number(5..7)?, number(8..10)?)
}

/// A date written in the code (a scheme date, a default): `const`, so tables can hold it. An
/// impossible date would be a typo in the code; it becomes the earliest date and a test of the
/// table that holds it shows it.
pub const fn date(year: i32, month: u32, day: u32) -> NaiveDate {
    match NaiveDate::from_ymd_opt(year, month, day) {
        Some(date) => date,
        None => NaiveDate::MIN,
    }
}

/// Formats a date as `YYYY-MM-DD`.
pub fn format(date: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", date.year(), date.month(), date.day())
}

/// Serializes a date as `YYYY-MM-DD` (for `#[serde(serialize_with)]`).
pub fn serialize<S: serde::Serializer>(date: &NaiveDate, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(&format(*date))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strict_shape() {
        assert_eq!(parse("2024-02-29"), NaiveDate::from_ymd_opt(2024, 2, 29));
        assert_eq!(parse(" 2024-02-29 "), NaiveDate::from_ymd_opt(2024, 2, 29));
        assert_eq!(parse("2023-02-29"), None);
        assert_eq!(parse("2020-13-45"), None);
        assert_eq!(parse("2020-1-5"), None);
        assert_eq!(parse("05/01/2020"), None);
        assert_eq!(parse("+2020-01-05"), None);
    }
}
