//! What a form type knows to be decoded: how to read its value, how to reach a field below it,
//! and which paths exist in its shape.

use super::decoder::Decoder;
use super::limit::{ItemLimit, Lists};
use super::problem::{Expected, InputError, SetError, ShapeKind};
use crate::model::path::Segment;

/// A type a form is decoded into, straight from JSON text. Implemented for the form types
/// (by `decode_struct!` and `decode_enum!`, next to each type) and for the values in them.
pub trait Decode: Sized {
    /// What a value of the wrong type at a field of this type should have been.
    const EXPECTED: Expected;

    /// Reads the next value. `None` when it is null, or when it does not fit: then the
    /// problem is recorded at its path and the value skipped.
    fn decode(de: &mut Decoder<'_>) -> Result<Option<Self>, InputError>;

    /// Reads the next value as a list item, which keeps its index even when it does not fit:
    /// a misfit is a problem and the item becomes the type's default. Null is an empty item,
    /// as null is an empty field: a row cleared in a session and a row sent as null agree.
    fn decode_item(de: &mut Decoder<'_>) -> Result<Self, InputError>
    where
        Self: Default,
    {
        Ok(Self::decode(de)?.unwrap_or_default())
    }

    /// Decodes the next value into what `path` names inside `slot`: the slot itself when the
    /// path is empty.
    ///
    /// A group or a list overrides this (`create_and_decode`), noting what a set creates or
    /// replaces. A value without fields or items needs no note: it holds no list item, and the
    /// place it is set at is the set's own path, which is what a set touches when nothing
    /// above it was created.
    fn decode_into(slot: &mut Option<Self>, path: &[Segment], de: &mut Decoder<'_>) -> Result<(), SetError> {
        match slot {
            _ if path.is_empty() => *slot = Self::decode(de)?,
            Some(value) => value.decode_below(path, de)?,
            None => return Err(SetError::UnknownPath),
        }
        Ok(())
    }

    /// Decodes the next value into what the non-empty `path` names below this value. A value
    /// without fields or items has nothing below it.
    fn decode_below(&mut self, _path: &[Segment], _de: &mut Decoder<'_>) -> Result<(), SetError> {
        Err(SetError::UnknownPath)
    }

    /// Walks the list items this value holds, in the form's order, leaving out those past the
    /// limit (see [`super::limit`]). A value without lists holds none.
    fn limit_items(&mut self, _limit: &mut ItemLimit) {}

    /// What `path` names in this type's shape (the empty path: the value itself); `None` when
    /// it names nothing.
    fn expected_at(path: &[Segment]) -> Option<Expected> {
        path.is_empty().then_some(Self::EXPECTED)
    }
}

/// A fixed set of choices, each with its wire name.
pub(crate) trait Choice: Copy + 'static {
    /// Every choice, in declaration order.
    const ALL: &'static [Self];
    /// Their wire names, in the same order.
    const NAMES: &'static [&'static str];

    /// The name on the wire.
    fn wire_name(self) -> &'static str;
}

/// Reads one of a choice's wire names; another text is an unknown choice, listing the allowed.
pub(crate) fn choice<T: Choice>(de: &mut Decoder<'_>) -> Result<Option<T>, InputError> {
    Ok(choice_index(de, T::NAMES)?.and_then(|index| T::ALL.get(index).copied()))
}

/// The place in `names` of the wire name read: one copy for every choice type.
fn choice_index(de: &mut Decoder<'_>, names: &'static [&'static str]) -> Result<Option<usize>, InputError> {
    let Some(name) = de.bounded_string(Expected::Choice)? else { return Ok(None) };
    let found = names.iter().position(|known| *known == name);
    if found.is_none() {
        let allowed = names.iter().map(|known| (*known).to_owned()).collect();
        de.problem(ShapeKind::UnknownChoice { allowed });
    }
    Ok(found)
}

// Every form type's lists are walked through one trait object: the walk is written once.
impl<T: Decode> Lists for T {
    fn walk(&mut self, limit: &mut ItemLimit) {
        self.limit_items(limit);
    }
}
