//! Groups of optional fields (the form types), read through a table of wire names.
//!
//! A group gives its fields by position as `&mut dyn Field`; the reading itself (finding a
//! key in the names, the path, setting below a field, whether a path exists) is written once
//! here, not once per form type. Only [`Field`] is generic, once per field type.

use super::decoder::Decoder;
use super::problem::{InputError, SetError};
use super::reader::Read;
use super::traits::Decode;
use crate::model::path::Segment;

/// One field of a group, whatever its type.
pub(crate) trait Field {
    /// Reads the field's value from the decoder's current value.
    fn read(&mut self, de: &mut Decoder<'_>) -> Result<(), InputError>;

    /// Reads a value below the field (`path` is not empty), creating what is not there yet.
    fn read_below(&mut self, path: &[Segment], de: &mut Decoder<'_>) -> Result<(), SetError>;

    /// Whether `path`, from this field, names a value of the form.
    fn exists(&self, path: &[Segment]) -> bool;
}

impl<T: Decode> Field for Option<T> {
    fn read(&mut self, de: &mut Decoder<'_>) -> Result<(), InputError> {
        *self = T::decode(de)?;
        Ok(())
    }

    fn read_below(&mut self, path: &[Segment], de: &mut Decoder<'_>) -> Result<(), SetError> {
        T::decode_into(self, path, de)
    }

    fn exists(&self, path: &[Segment]) -> bool {
        T::path_exists(path)
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
}

/// The field named `key` and its static name.
fn named<'g>(
    names: &'static [&'static str],
    group: &'g mut dyn Fields,
    key: &str,
) -> Option<(&'static str, &'g mut dyn Field)> {
    let index = names.iter().position(|name| *name == key)?;
    Some((names.get(index)?, group.field(index)?))
}

/// Reads an object into `group`; keys that name no field are skipped. `false` for `null`.
fn read_fields(de: &mut Decoder<'_>, names: &'static [&'static str], group: &mut dyn Fields) -> Read<bool> {
    de.group(|de, key| {
        let Some((name, field)) = named(names, group, key) else { return Ok(false) };
        de.at_key(name, |de| field.read(de))?;
        Ok(true)
    })
}

/// Decodes a group: `None` for `null` or a value of another type (a problem, then).
pub(crate) fn decode<G: Group>(de: &mut Decoder<'_>) -> Result<Option<G>, InputError> {
    let mut group = G::default();
    let read = read_fields(de, G::NAMES, &mut group)?;
    Ok(read.then_some(group))
}

/// Decodes the value at `path` (not empty) below `group`.
pub(crate) fn decode_below(
    names: &'static [&'static str],
    group: &mut dyn Fields,
    path: &[Segment],
    de: &mut Decoder<'_>,
) -> Result<(), SetError> {
    let Some((Segment::Key(key), rest)) = path.split_first() else { return Err(SetError::UnknownPath) };
    let (name, field) = named(names, group, key).ok_or(SetError::UnknownPath)?;
    de.at_key(name, |de| field.read_below(rest, de))
}

/// Whether `path` names a value of a `G`.
pub(crate) fn path_exists<G: Group>(path: &[Segment]) -> bool {
    let Some((Segment::Key(key), rest)) = path.split_first() else { return path.is_empty() };
    let mut group = G::default();
    named(G::NAMES, &mut group, key).is_some_and(|(_, field)| field.exists(rest))
}
