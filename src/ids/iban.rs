//! The Belgian IBAN: `BE`, two ISO check digits, and a 12-digit national account number
//! (BBAN) that carries its own check: its last two digits are its first ten mod 97, with 97
//! standing in for 0. Only Belgian accounts are accepted, because the scheme pays into them.

use super::digits::{self, DigitsError};

/// A valid Belgian IBAN.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Iban {
    /// `BE` and 14 digits, without spaces, e.g. `BE68539007547034`.
    pub normalized: String,
}

impl Iban {
    /// The printed form in groups of four, `BE68 5390 0754 7034`.
    pub fn formatted(&self) -> String {
        let mut out = String::with_capacity(self.normalized.len() + self.normalized.len() / 4);
        for (index, c) in self.normalized.chars().enumerate() {
            if index > 0 && index % 4 == 0 {
                out.push(' ');
            }
            out.push(c);
        }
        out
    }
}

/// Why a value is not a valid Belgian IBAN.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum IbanError {
    /// Nothing but blanks and separators.
    Empty,
    /// Starts with another country's code.
    NotBelgian,
    /// Not `BE` and 14 digits.
    WrongLength,
    /// Something other than digits after `BE`.
    NotDigits,
    /// The ISO 7064 mod 97 check over the whole IBAN fails (the two digits after `BE`).
    IsoChecksum,
    /// The Belgian account number's own check (its last two digits) fails.
    NationalChecksum,
}

impl From<DigitsError> for IbanError {
    fn from(e: DigitsError) -> Self {
        match e {
            DigitsError::NotDigits => Self::NotDigits,
            DigitsError::WrongLength => Self::WrongLength,
        }
    }
}

/// `B` and `E` as ISO 13616 turns letters into numbers (A = 10, ..., Z = 35): 11 and 14.
const BE_AS_DIGITS: [u8; 4] = [1, 1, 1, 4];

/// Checks a Belgian IBAN as typed, in any case, e.g. `be68 5390 0754 7034`.
pub fn check(s: &str) -> Result<Iban, IbanError> {
    let compact = digits::compact(s).ok_or(IbanError::WrongLength)?;
    if compact.is_empty() {
        return Err(IbanError::Empty);
    }
    let Some(rest) = compact.strip_prefix("BE") else {
        return Err(without_be_prefix(&compact));
    };
    let d: [u8; 14] = digits::to_digits(rest)?;
    let [k0, k1, b0, b1, b2, b3, b4, b5, b6, b7, b8, b9, n0, n1] = d;
    let bban = [b0, b1, b2, b3, b4, b5, b6, b7, b8, b9, n0, n1];

    // ISO 7064: the country code and check digits move behind the BBAN.
    let iso = digits::mod97(digits::mod97(digits::mod97(0, &bban), &BE_AS_DIGITS), &[k0, k1]);
    if iso != 1 {
        return Err(IbanError::IsoChecksum);
    }

    let national = match digits::mod97(0, &[b0, b1, b2, b3, b4, b5, b6, b7, b8, b9]) {
        0 => 97,
        r => r,
    };
    if national != digits::value(&[n0, n1]) {
        return Err(IbanError::NationalChecksum);
    }
    Ok(Iban { normalized: compact })
}

/// Explains a value that does not start with `BE`: another country's IBAN, or digits (or a
/// partly typed `B`) that lack the country code.
fn without_be_prefix(compact: &str) -> IbanError {
    let mut letters = compact.chars().take(2);
    match (letters.next(), letters.next()) {
        (Some(a), Some(b)) if a.is_ascii_alphabetic() && b.is_ascii_alphabetic() => IbanError::NotBelgian,
        (Some('B'), None) => IbanError::WrongLength,
        _ if compact.bytes().all(|c| c.is_ascii_digit()) => IbanError::WrongLength,
        _ => IbanError::NotDigits,
    }
}

#[cfg(test)]
mod tests {
    use super::Iban;

    /// Groups of four characters joined by spaces, for any text (the field is public).
    #[test]
    fn formatted_groups_by_four() {
        for text in ["BE68539007547034", "", "BE6", "BE68", "BE685", "ÉÉÉÉé", "BE68 5390"] {
            let chars: Vec<char> = text.chars().collect();
            let groups: Vec<String> = chars.chunks(4).map(|group| group.iter().collect()).collect();
            assert_eq!(Iban { normalized: text.to_owned() }.formatted(), groups.join(" "), "{text}");
        }
    }
}
