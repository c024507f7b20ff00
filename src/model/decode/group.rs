//! Groups of optional fields (the form types), read through a table of wire names.
//!
//! A group gives its fields by position as `&mut dyn Field`; the reading itself (finding a
//! key in the names, the path, setting below a field, whether a path exists) is written once
//! here, not once per form type. Only [`Field`] is generic, once per field type.

use super::decoder::Decoder;
use super::limit::{ItemLimit, Lists};
use super::problem::{Expected, InputError, SetError};
use super::reader::Read;
use super::traits::Decode;
use crate::model::keys::Key;
use crate::model::path::Segment;

/// One field of a group, whatever its type.
pub(crate) trait Field: Lists {
    /// Reads the field's value from the decoder's current value.
    fn read(&mut self, de: &mut Decoder<'_>) -> Result<(), InputError>;

    /// Reads a value below the field (`path` is not empty), creating what is not there yet.
    fn read_below(&mut self, path: &[Segment], de: &mut Decoder<'_>) -> Result<(), SetError>;
}

impl<T: Decode> Field for Option<T> {
    fn read(&mut self, de: &mut Decoder<'_>) -> Result<(), InputError> {
        *self = T::decode(de)?;
        Ok(())
    }

    fn read_below(&mut self, path: &[Segment], de: &mut Decoder<'_>) -> Result<(), SetError> {
        T::decode_into(self, path, de)
    }
}

/// A form type's fields by position, in the order of [`Group::NAMES`].
pub(crate) trait Fields {
    /// The field at `index`, if there is one.
    fn field(&mut self, index: usize) -> Option<&mut dyn Field>;
}

/// A form type: optional fields, each with its wire name.
pub(crate) trait Group: Fields + Default {
    /// The fields' wire names, by position.
    const NAMES: &'static [&'static str];
    /// The same names as keys (see [`crate::model::keys`]).
    const KEYS: &'static [Key];
}

/// The names and keys of a group's fields, by position.
#[derive(Clone, Copy)]
pub(crate) struct Names {
    names: &'static [&'static str],
    keys: &'static [Key],
}

impl Names {
    /// The table of `G`.
    pub(crate) fn of<G: Group>() -> Self {
        Self { names: G::NAMES, keys: G::KEYS }
    }
}

/// Reads an object into `group`; keys that name no field are skipped. `false` for `null`.
fn read_fields(de: &mut Decoder<'_>, names: Names, group: &mut dyn Fields) -> Read<bool> {
    de.group(|de, name| {
        let Some(index) = names.names.iter().position(|known| *known == name) else { return Ok(false) };
        let (Some(key), Some(field)) = (names.keys.get(index), group.field(index)) else { return Ok(false) };
        de.at_key(*key, |de| field.read(de))?;
        Ok(true)
    })
}

/// Decodes a group: `None` for `null` or a value of another type (a problem, then).
pub(crate) fn decode<G: Group>(de: &mut Decoder<'_>) -> Result<Option<G>, InputError> {
    let mut group = G::default();
    let read = read_fields(de, Names::of::<G>(), &mut group)?;
    Ok(read.then_some(group))
}

/// The field of `group` at the key `path` starts with, and the rest of the path.
fn field_at<'g, 'p>(
    names: Names,
    group: &'g mut dyn Fields,
    path: &'p [Segment],
) -> Option<(Key, &'g mut dyn Field, &'p [Segment])> {
    let (first, rest) = path.split_first()?;
    let key = first.as_key()?;
    let index = names.keys.iter().position(|known| *known == key)?;
    Some((key, group.field(index)?, rest))
}

/// Decodes the value at `path` (not empty) below `group`.
pub(crate) fn decode_below(
    names: Names,
    group: &mut dyn Fields,
    path: &[Segment],
    de: &mut Decoder<'_>,
) -> Result<(), SetError> {
    let (key, field, rest) = field_at(names, group, path).ok_or(SetError::UnknownPath)?;
    de.at_key(key, |de| field.read_below(rest, de))
}

/// [`Decode::limit_items`] of a group: its fields in the order of its names.
pub(crate) fn limit_items(keys: &[Key], group: &mut dyn Fields, limit: &mut ItemLimit) {
    for (index, key) in keys.iter().enumerate() {
        if let Some(field) = group.field(index) {
            limit.at(Segment::key(*key), |limit| field.walk(limit));
        }
    }
}

/// What a path names below a field: [`Decode::expected_at`] of the field's type.
pub(crate) type ExpectedBelow = fn(&[Segment]) -> Option<Expected>;

/// What a path below a field of type `Option<T>` names, as a function of the path: `field`
/// only names the field's type (the group's `expected_at` gives one for each field, and needs
/// no value of the group for it).
pub(crate) fn expected_of<G, T: Decode>(_field: fn(&G) -> &Option<T>) -> ExpectedBelow {
    T::expected_at
}

/// What `path` names in a group with the fields `keys`, given for each field what a path below
/// it names (see [`expected_of`]). Out of line: inlined, each group carried a copy.
#[inline(never)]
pub(crate) fn expected_at(keys: &[Key], fields: &[ExpectedBelow], path: &[Segment]) -> Option<Expected> {
    let Some((first, rest)) = path.split_first() else { return Some(Expected::Group) };
    let key = first.as_key()?;
    let index = keys.iter().position(|known| *known == key)?;
    fields.get(index)?(rest)
}
