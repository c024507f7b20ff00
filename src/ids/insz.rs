//! The INSZ (identificatienummer van de sociale zekerheid): a national register number or a BIS
//! number, `YYMMDD SSS CC`.
//!
//! The check digits are 97 minus the first nine digits mod 97; for people born from 2000 a "2"
//! is put in front of those nine digits first. Only one of the two can match, so the check
//! digits also tell the century. A BIS number adds 20 (sex unknown) or 40 (sex known) to the
//! month. Month or day `00` means that part of the birth date is unknown.

use chrono::NaiveDate;
use serde::Serialize;

use super::digits::{self, DigitsError};

/// A valid INSZ and what it says about its holder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Insz {
    /// The 11 digits, without separators.
    pub normalized: String,
    /// National register number or one of the two kinds of BIS number.
    pub kind: InszKind,
    /// The birth date; `None` when the number leaves the month or the day unknown (`00`).
    pub birth_date: Option<NaiveDate>,
    /// The birth year, century included (known even when the date is not).
    pub birth_year: i32,
    /// The sex encoded in the serial; `None` for a BIS number with month + 20.
    pub sex: Option<Sex>,
}

impl Insz {
    /// The usual written form, `YY.MM.DD-SSS.CC`.
    pub fn formatted(&self) -> String {
        digits::grouped(&self.normalized, &[("", 0, 2), (".", 2, 4), (".", 4, 6), ("-", 6, 9), (".", 9, 11)])
    }
}

/// Which register issued the number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum InszKind {
    /// A national register number (rijksregisternummer).
    National,
    /// A BIS number with month + 20: the sex was not known when it was issued.
    BisSexUnknown,
    /// A BIS number with month + 40: the sex was known when it was issued.
    BisSexKnown,
}

impl InszKind {
    /// The wire name (`national`, `bisSexUnknown`, `bisSexKnown`), as serde writes it.
    pub fn wire_name(self) -> &'static str {
        match self {
            InszKind::National => "national",
            InszKind::BisSexUnknown => "bisSexUnknown",
            InszKind::BisSexKnown => "bisSexKnown",
        }
    }
}

/// The sex encoded in the serial: odd for men, even for women.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Sex {
    /// An odd serial.
    Male,
    /// An even serial.
    Female,
}

/// Why a value is not a valid INSZ.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum InszError {
    /// Nothing but blanks and separators.
    Empty,
    /// Not 11 digits.
    WrongLength,
    /// Something other than digits and separators.
    NotDigits,
    /// The check digits fit neither a birth before 2000 nor one from 2000.
    CheckDigits,
    /// The month (after removing a BIS offset) is not 0 to 12, or the day cannot exist in that
    /// month and year.
    InvalidBirthDate,
    /// The serial is 000, 998 or 999, which are never issued.
    InvalidSerial,
}

impl From<DigitsError> for InszError {
    fn from(e: DigitsError) -> Self {
        match e {
            DigitsError::NotDigits => Self::NotDigits,
            DigitsError::WrongLength => Self::WrongLength,
        }
    }
}

/// Checks an INSZ as typed, e.g. `85.07.30-033.28`.
pub fn check(s: &str) -> Result<Insz, InszError> {
    let compact = digits::compact(s).ok_or(InszError::WrongLength)?;
    if compact.is_empty() {
        return Err(InszError::Empty);
    }
    let d: [u8; 11] = digits::to_digits(&compact)?;
    let [y0, y1, m0, m1, d0, d1, s0, s1, s2, c0, c1] = d;
    let first_nine = [y0, y1, m0, m1, d0, d1, s0, s1, s2];
    let check = digits::value(&[c0, c1]);

    let century = if 97 - digits::mod97(2, &first_nine) == check {
        2000
    } else if 97 - digits::mod97(0, &first_nine) == check {
        1900
    } else {
        return Err(InszError::CheckDigits);
    };
    let birth_year = century + i32::from(y0 * 10 + y1);

    let (kind, month) = match digits::value(&[m0, m1]) {
        m @ 0..=12 => (InszKind::National, m),
        m @ 20..=32 => (InszKind::BisSexUnknown, m - 20),
        m @ 40..=52 => (InszKind::BisSexKnown, m - 40),
        _ => return Err(InszError::InvalidBirthDate),
    };
    let day = digits::value(&[d0, d1]);
    let birth_date = if month == 0 || day == 0 {
        if day > 31 {
            return Err(InszError::InvalidBirthDate);
        }
        None
    } else {
        Some(NaiveDate::from_ymd_opt(birth_year, month, day).ok_or(InszError::InvalidBirthDate)?)
    };

    let serial = digits::value(&[s0, s1, s2]);
    if matches!(serial, 0 | 998 | 999) {
        return Err(InszError::InvalidSerial);
    }
    let sex = match kind {
        InszKind::BisSexUnknown => None,
        InszKind::National | InszKind::BisSexKnown if serial % 2 == 1 => Some(Sex::Male),
        InszKind::National | InszKind::BisSexKnown => Some(Sex::Female),
    };

    Ok(Insz { normalized: compact, kind, birth_date, birth_year, sex })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_centuries_cannot_match() {
        // The two branches differ by 2_000_000_000 mod 97, which must not be 0.
        assert_ne!(2_000_000_000u64 % 97, 0);
    }

    #[test]
    fn formatted_puts_separators_back() {
        let formatted = check("85073003328").map(|insz| insz.formatted());
        assert_eq!(formatted.as_deref(), Ok("85.07.30-033.28"));
    }
}

#[cfg(test)]
mod wire_tests {
    use super::InszKind;

    #[test]
    fn kind_wire_names_are_serdes() {
        for kind in [InszKind::National, InszKind::BisSexUnknown, InszKind::BisSexKnown] {
            assert_eq!(serde_json::to_value(kind).ok(), Some(serde_json::Value::from(kind.wire_name())));
        }
    }
}
