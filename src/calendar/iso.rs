//! Dates on the wire: `YYYY-MM-DD`, nothing else.

use chrono::{Datelike, NaiveDate};

/// Parses a strict ISO date (`2026-05-08`); surrounding spaces are tolerated because a user
/// may type them. `None` for anything else, including impossible dates (`2026-13-45`).
pub fn parse(text: &str) -> Option<NaiveDate> {
    parse_trimmed(text.trim())
}

/// [`parse`] of a text without surrounding spaces: the rules' date reader has trimmed it
/// already, and reads a date on every keystroke.
pub fn parse_trimmed(text: &str) -> Option<NaiveDate> {
    let [y1, y2, y3, y4, b'-', m1, m2, b'-', d1, d2] = *text.as_bytes() else { return None };
    let digits = |digits: &[u8]| {
        digits
            .iter()
            .try_fold(0u32, |value, digit| digit.is_ascii_digit().then(|| value * 10 + u32::from(digit - b'0')))
    };
    let year = i32::try_from(digits(&[y1, y2, y3, y4])?).ok()?;
    NaiveDate::from_ymd_opt(year, digits(&[m1, m2])?, digits(&[d1, d2])?)
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

/// Formats a date as `YYYY-MM-DD` (as `{:04}-{:02}-{:02}` would: a year before 0 has its
/// sign and at least 3 digits). Without `format!`, which would bring the formatting machinery
/// into the wasm module.
pub fn format(date: NaiveDate) -> String {
    let mut out = String::with_capacity(10);
    let year = date.year();
    if year < 0 {
        out.push('-');
    }
    padded(&mut out, year.unsigned_abs(), if year < 0 { 3 } else { 4 });
    out.push('-');
    padded(&mut out, date.month(), 2);
    out.push('-');
    padded(&mut out, date.day(), 2);
    out
}

/// `value` with leading zeros up to `width` digits.
fn padded(out: &mut String, value: u32, width: usize) {
    let mut digits = itoa::Buffer::new();
    let digits = digits.format(value);
    for _ in digits.len()..width {
        out.push('0');
    }
    out.push_str(digits);
}

/// Serializes a date as `YYYY-MM-DD` (for `#[serde(serialize_with)]`).
pub fn serialize<S: serde::Serializer>(date: &NaiveDate, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(&format(*date))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn format_writes_what_the_formatting_machinery_writes() {
        for year in [-262_143, -10_000, -1, 0, 7, 99, 999, 1000, 2026, 9999, 10_000, 262_142] {
            for (month, day) in [(1, 1), (2, 28), (9, 9), (10, 10), (12, 31)] {
                let day_of = NaiveDate::from_ymd_opt(year, month, day).unwrap_or(NaiveDate::MIN);
                let machinery = std::format!("{:04}-{:02}-{:02}", day_of.year(), day_of.month(), day_of.day());
                assert_eq!(format(day_of), machinery);
            }
        }
    }

    #[test]
    fn strict_shape() {
        assert_eq!(parse("2024-02-29"), NaiveDate::from_ymd_opt(2024, 2, 29));
        assert_eq!(parse(" 2024-02-29 "), NaiveDate::from_ymd_opt(2024, 2, 29));
        assert_eq!(parse("2023-02-29"), None);
        assert_eq!(parse("2020-13-45"), None);
        assert_eq!(parse("2020-1-5"), None);
        assert_eq!(parse("05/01/2020"), None);
        assert_eq!(parse("+2020-01-05"), None);
        assert_eq!(parse("2020-01-0a"), None);
        assert_eq!(parse("2020_01-05"), None);
        assert_eq!(parse("٢٠٢٠-01-05"), None);
        assert_eq!(parse_trimmed("2026-07-11"), NaiveDate::from_ymd_opt(2026, 7, 11));
        assert_eq!(parse_trimmed(" 2026-07-11"), None);
    }

    /// The format `format!("{:04}-{:02}-{:02}")` gives, for every year chrono holds.
    #[test]
    fn format_pads_as_the_formatter_does() {
        for year in [-262_143, -12_345, -999, -5, 0, 5, 99, 999, 2026, 9999, 10_000, 262_142] {
            for (month, day) in [(1, 2), (12, 31)] {
                let Some(day) = NaiveDate::from_ymd_opt(year, month, day) else { continue };
                assert_eq!(format(day), format!("{:04}-{:02}-{:02}", day.year(), day.month(), day.day()));
            }
        }
    }
}
