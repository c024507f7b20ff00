//! The values a field holds: text, yes or no, numbers.

use super::problem::Expected;
use super::shape::Kind;
use super::slot::Slot;
use super::traits::Decode;

impl Decode for String {
    const KIND: Kind = Kind::Value(Expected::Text);

    fn slot(field: &mut Option<Self>) -> Slot<'_> {
        Slot::Text(field)
    }
}

impl Decode for bool {
    const KIND: Kind = Kind::Value(Expected::YesNo);

    fn slot(field: &mut Option<Self>) -> Slot<'_> {
        Slot::YesNo(field)
    }
}

/// A whole number from 0 to `u32::MAX`, however it is written (`14`, `14.0`, `1.4e1`).
impl Decode for u32 {
    const KIND: Kind = Kind::Value(Expected::Number);

    fn slot(field: &mut Option<Self>) -> Slot<'_> {
        Slot::Whole(field)
    }
}

/// Any finite number.
impl Decode for f64 {
    const KIND: Kind = Kind::Value(Expected::Number);

    fn slot(field: &mut Option<Self>) -> Slot<'_> {
        Slot::Number(field)
    }
}
