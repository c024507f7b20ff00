//! The values a field holds: text, yes or no, numbers.

use super::decoder::Decoder;
use super::problem::{Expected, InputError};
use super::traits::Decode;

impl Decode for String {
    const EXPECTED: Expected = Expected::Text;

    fn decode(de: &mut Decoder<'_>) -> Result<Option<Self>, InputError> {
        de.text()
    }
}

impl Decode for bool {
    const EXPECTED: Expected = Expected::YesNo;

    fn decode(de: &mut Decoder<'_>) -> Result<Option<Self>, InputError> {
        de.yes_no()
    }
}

impl Decode for u32 {
    const EXPECTED: Expected = Expected::Number;

    /// A whole number from 0 to `u32::MAX`, however it is written (`14`, `14.0`, `1.4e1`).
    fn decode(de: &mut Decoder<'_>) -> Result<Option<Self>, InputError> {
        de.number(|value| {
            let whole = value.fract() == 0.0 && (0.0..=f64::from(u32::MAX)).contains(&value);
            // Checked above: a whole number in range converts exactly.
            whole.then_some(value as u32)
        })
    }
}

impl Decode for f64 {
    const EXPECTED: Expected = Expected::Number;

    /// Any finite number.
    fn decode(de: &mut Decoder<'_>) -> Result<Option<Self>, InputError> {
        de.number(|value| value.is_finite().then_some(value))
    }
}
