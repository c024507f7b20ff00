//! The KBO enterprise number (ondernemingsnummer): 10 digits, first digit 0 or 1, the last two
//! digits being 97 minus the first eight mod 97. Older 9-digit numbers get a leading 0, and the
//! VAT form with a `BE` prefix is accepted.

use super::digits::{self, DigitsError};

/// A valid enterprise number.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Kbo {
    /// The 10 digits, without separators or `BE` prefix.
    pub normalized: String,
}

impl Kbo {
    /// The usual written form, `0403.019.261`.
    pub fn formatted(&self) -> String {
        digits::grouped(&self.normalized, &[("", 0, 4), (".", 4, 7), (".", 7, 10)])
    }
}

/// Why a value is not a valid enterprise number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum KboError {
    /// Nothing but blanks and separators.
    Empty,
    /// Not 10 digits (nor 9 legacy digits).
    WrongLength,
    /// Something other than digits, separators and a leading `BE`.
    NotDigits,
    /// The first digit is not 0 or 1; checked before the check digits, because such a number is
    /// not an enterprise number even when its check digits happen to fit.
    FirstDigit,
    /// The last two digits do not match the first eight.
    CheckDigits,
}

impl From<DigitsError> for KboError {
    fn from(e: DigitsError) -> Self {
        match e {
            DigitsError::NotDigits => Self::NotDigits,
            DigitsError::WrongLength => Self::WrongLength,
        }
    }
}

/// Checks an enterprise number as typed, e.g. `0403.019.261` or `BE 0403 019 261`.
pub fn check(s: &str) -> Result<Kbo, KboError> {
    let compact = digits::compact(s).ok_or(KboError::WrongLength)?;
    if compact.is_empty() {
        return Err(KboError::Empty);
    }
    let bare = compact.strip_prefix("BE").unwrap_or(&compact);
    let mut normalized = String::with_capacity(10);
    if bare.len() == 9 {
        normalized.push('0');
    }
    normalized.push_str(bare);
    let d: [u8; 10] = digits::to_digits(&normalized)?;
    let [d0, d1, d2, d3, d4, d5, d6, d7, c0, c1] = d;
    if d0 > 1 {
        return Err(KboError::FirstDigit);
    }
    if 97 - digits::mod97(0, &[d0, d1, d2, d3, d4, d5, d6, d7]) != digits::value(&[c0, c1]) {
        return Err(KboError::CheckDigits);
    }
    Ok(Kbo { normalized })
}
