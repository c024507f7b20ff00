//! Shared groundwork of the checkers: strip what people type between digits, turn the rest into
//! fixed-size digit arrays (so later steps destructure instead of index), and compute mod 97.

/// Inputs longer than this are rejected before any allocation; no identifier here comes close,
/// even with generous separators, and the bound keeps the work per call small and predictable.
const MAX_INPUT_BYTES: usize = 64;

/// Why a compacted string could not become a digit array.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum DigitsError {
    NotDigits,
    WrongLength,
}

fn is_separator(c: char) -> bool {
    c.is_whitespace() || matches!(c, '.' | '-' | '/')
}

/// Drops separators and upper-cases ASCII letters; `None` when the input is too long to be any
/// identifier.
pub(super) fn compact(s: &str) -> Option<String> {
    if s.len() > MAX_INPUT_BYTES {
        return None;
    }
    let mut compact = String::with_capacity(s.len());
    for c in s.chars() {
        if !is_separator(c) {
            compact.push(c.to_ascii_uppercase());
        }
    }
    Some(compact)
}

/// Non-digits are reported before a wrong length: "12A4" is better explained by the letter.
pub(super) fn to_digits<const N: usize>(s: &str) -> Result<[u8; N], DigitsError> {
    let mut digits = [0; N];
    fill_digits(s, &mut digits)?;
    Ok(digits)
}

/// The work of [`to_digits`], kept out of line and free of `N` so the three checkers share one
/// copy in the wasm module instead of each inlining its own.
#[inline(never)]
fn fill_digits(s: &str, out: &mut [u8]) -> Result<(), DigitsError> {
    if !s.bytes().all(|b| b.is_ascii_digit()) {
        return Err(DigitsError::NotDigits);
    }
    if s.len() != out.len() {
        return Err(DigitsError::WrongLength);
    }
    for (slot, b) in out.iter_mut().zip(s.bytes()) {
        *slot = b.saturating_sub(b'0');
    }
    Ok(())
}

/// The written form of a normalized number: each group's separator, then the bytes `start..end`
/// of `s` (nothing where `s` is too short). Shared by the checkers' `formatted`, one copy in the
/// wasm module instead of one each.
pub(super) fn grouped(s: &str, groups: &[(&str, usize, usize)]) -> String {
    let mut out = String::with_capacity(s.len() + groups.len());
    for &(separator, start, end) in groups {
        out.push_str(separator);
        out.push_str(s.get(start..end).unwrap_or(""));
    }
    out
}

/// The decimal value of a short digit run (callers pass at most 3 digits).
pub(super) fn value(digits: &[u8]) -> u32 {
    digits.iter().fold(0u32, |acc, &d| acc.saturating_mul(10).saturating_add(u32::from(d)))
}

/// The remainder mod 97 of the number whose decimal digits are `start` followed by `digits`,
/// computed digit by digit so that no number ever exceeds a few thousand.
pub(super) fn mod97(start: u32, digits: &[u8]) -> u32 {
    digits.iter().fold(start % 97, |r, &d| (r * 10 + u32::from(d)) % 97)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compact_drops_separators_and_uppercases() {
        assert_eq!(compact(" be 12.34-56/78\u{a0}9 ").as_deref(), Some("BE123456789"));
        assert_eq!(compact(&"1".repeat(65)), None);
    }

    #[test]
    fn to_digits_distinguishes_letters_from_length() {
        assert_eq!(to_digits::<3>("123"), Ok([1, 2, 3]));
        assert_eq!(to_digits::<3>("1234"), Err(DigitsError::WrongLength));
        assert_eq!(to_digits::<3>("1A3"), Err(DigitsError::NotDigits));
        assert_eq!(to_digits::<3>("١٢٣"), Err(DigitsError::NotDigits));
    }

    #[test]
    fn mod97_matches_plain_arithmetic() {
        let big = |digits: &[u8], start: u32| u64::from(mod97(start, digits));
        assert_eq!(big(&[5, 3, 9, 0, 0, 7, 5, 4, 7, 0], 0), 5_390_075_470 % 97);
        assert_eq!(big(&[8, 5, 0, 7, 3, 0, 0, 3, 3], 2), 2_850_730_033 % 97);
        assert_eq!(value(&[9, 9, 7]), 997);
    }
}
