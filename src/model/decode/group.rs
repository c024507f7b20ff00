//! The traversals of a form, written once over [`Slot`]s and [`Shape`]s: reading a value and
//! setting one below a field (the lists' walk is [`super::limit`]'s). No form type has a copy
//! of them; a type gives only its fields by position ([`Fields`]) and, for a group or a list,
//! how it is created, emptied or removed.

use super::decoder::Decoder;
use super::problem::{Expected, InputError, SetError, ShapeKind};
use super::reader::{Read, Token};
use super::shape::Shape;
use super::slot::{Fields, Items, Open, Slot};
use super::traits::Decode;
use crate::model::bounds::MAX_LIST_ITEMS;
use crate::model::path::Segment;

/// Reads the next value as a `T`: `None` when it is null, or when it does not fit (then the
/// problem is recorded at its path and the value skipped).
pub(crate) fn decode<T: Decode>(de: &mut Decoder<'_>) -> Result<Option<T>, InputError> {
    let mut value = None;
    read(de, T::slot(&mut value), Open::Fresh)?;
    Ok(value)
}

/// Reads the next value into `slot`. A value that does not fit leaves the slot empty (a
/// problem at its path, unless it is null). A group or a list is opened with `open`:
/// [`Open::Fresh`] replaces what the slot holds; [`Open::Get`] is for a slot that holds an
/// empty value already (a list item just added), which needs no emptying.
pub(crate) fn read(de: &mut Decoder<'_>, slot: Slot<'_>, open: Open) -> Result<(), InputError> {
    let replace = matches!(open, Open::Fresh);
    match slot {
        Slot::Text(value) => *value = de.text()?,
        Slot::YesNo(value) => *value = de.yes_no()?,
        Slot::Whole(value) => *value = de.number(whole)?,
        Slot::Number(value) => *value = de.number(|value| value.is_finite().then_some(value))?,
        Slot::Group(shape, group) => {
            if !de.container(Token::Object, Expected::Group)? {
                if replace {
                    group.open(Open::Clear);
                }
            } else if let Some(fields) = group.open(open) {
                read_fields(de, shape, fields)?;
            }
        }
        Slot::List(list) => {
            if !de.container(Token::Array, Expected::List)? {
                if replace {
                    list.open(Open::Clear);
                }
            } else if let Some(items) = list.open(open) {
                read_items(de, items)?;
            }
        }
        Slot::Other(other) => other.read(de)?,
    }
    Ok(())
}

/// A whole number from 0 to `u32::MAX`, however it is written (`14`, `14.0`, `1.4e1`).
fn whole(value: f64) -> Option<u32> {
    let whole = value.fract() == 0.0 && (0.0..=f64::from(u32::MAX)).contains(&value);
    // Checked above: a whole number in range converts exactly.
    whole.then_some(value as u32)
}

/// Reads an object into `fields`; keys that name no field are skipped.
fn read_fields(de: &mut Decoder<'_>, shape: &Shape, fields: &mut dyn Fields) -> Read<()> {
    de.reader.begin_object()?;
    let mut first = true;
    while let Some(name) = de.reader.next_key(first)? {
        first = false;
        let index = shape.names.iter().position(|known| *known == name);
        match index.and_then(|index| Some((*shape.keys.get(index)?, fields.field(index)?))) {
            Some((key, slot)) => de.at_key(key, |de| read(de, slot, Open::Fresh))?,
            None => de.skip_unknown()?,
        }
    }
    Ok(())
}

/// Reads an array into `items` (empty), each item at its index up to [`MAX_LIST_ITEMS`]; the
/// items after the bound are skipped.
fn read_items(de: &mut Decoder<'_>, items: &mut dyn Items) -> Read<()> {
    de.reader.begin_array()?;
    let mut index = 0;
    while de.reader.next_item(index == 0)? {
        if index < MAX_LIST_ITEMS {
            de.items += 1;
            items.push();
            if let Some(item) = items.item(index) {
                de.at(Segment::index(index), |de| read(de, item, Open::Get))?;
            }
        } else {
            if index == MAX_LIST_ITEMS {
                de.problem(ShapeKind::TooManyItems);
            }
            de.reader.skip_value()?;
        }
        index += 1;
    }
    Ok(())
}

/// Decodes the next value into what `path` names inside `slot` (the slot itself when the path
/// is empty), creating an absent group or list on the way and extending a list with empty
/// items up to the index. A set that creates or replaces a group or a list notes it; a value
/// without fields or items needs no note: it holds no list item, and the place it is set at
/// is the set's own path, which is what a set touches when nothing above it was created.
pub(crate) fn set(de: &mut Decoder<'_>, mut slot: Slot<'_>, path: &[Segment]) -> Result<(), SetError> {
    match slot {
        Slot::Group(..) | Slot::List(..) if path.is_empty() => {
            de.touch();
            de.replaced += super::limit::count_items(slot.reborrow());
            read(de, slot, Open::Fresh)?;
        }
        Slot::Group(shape, group) if !path.is_empty() => {
            if group.open(Open::Get).is_none() {
                de.touch();
            }
            let fields = group.open(Open::Create).ok_or(SetError::UnknownPath)?;
            let (first, rest) = path.split_first().ok_or(SetError::UnknownPath)?;
            let key = first.as_key().ok_or(SetError::UnknownPath)?;
            let index = shape.position(key).ok_or(SetError::UnknownPath)?;
            let field = fields.field(index).ok_or(SetError::UnknownPath)?;
            de.at_key(key, |de| set(de, field, rest))?;
        }
        Slot::List(list) if !path.is_empty() => {
            if list.open(Open::Get).is_none() {
                de.touch();
            }
            let items = list.open(Open::Create).ok_or(SetError::UnknownPath)?;
            set_item(de, items, path)?;
        }
        _ if path.is_empty() => read(de, slot, Open::Fresh)?,
        _ => return Err(SetError::UnknownPath),
    }
    Ok(())
}

/// [`set`] below a list: extends the list with empty items up to the index, so an item can be
/// set before the ones in front of it are typed.
fn set_item(de: &mut Decoder<'_>, items: &mut dyn Items, path: &[Segment]) -> Result<(), SetError> {
    let Some((index, rest)) = path.split_first().and_then(|(first, rest)| Some((first.as_index()?, rest))) else {
        return Err(SetError::UnknownPath);
    };
    if items.count() <= index {
        // `decode_at` fills a list set past its bound up to the bound and no further.
        let len = (index + 1).min(MAX_LIST_ITEMS);
        de.touch();
        de.items += len.saturating_sub(items.count());
        while items.count() < len {
            items.push();
        }
    }
    if de.pad_only && rest.is_empty() {
        return Ok(());
    }
    let Some(item) = items.item(index) else { return Ok(()) };
    de.at(Segment::index(index), |de| set(de, item, rest))
}
