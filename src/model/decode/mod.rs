//! Lenient decoding of a form that is being typed, straight from JSON text in one pass.
//!
//! The wire types are strict Rust types (they generate the TypeScript types), but a form in
//! a browser can hold anything: a number where a list belongs, a made-up choice, a pasted
//! novel. Decoding never fails on such values: each misfit is reported as a [`ShapeProblem`]
//! at its path and left out, and the rest of the form is decoded and checked as usual. The
//! bounds of [`crate::model::bounds`] are checked while reading; keys the form does not have
//! are skipped.

mod decoder;
mod group;
mod limit;
mod lists;
mod macros;
mod number;
mod problem;
pub(crate) mod reader;
mod scalars;
mod set;
mod shape;
mod size;
mod slot;
mod strict;
mod traits;

pub use decoder::Decoder;
pub use limit::ItemLimit;
pub use problem::{Decoded, Expected, InputError, SetError, ShapeKind, ShapeProblem, Text};
pub use set::{decode_at, expected_at};
pub use traits::Decode;

pub(crate) use group::decode;
pub(crate) use limit::{limit_form_items, limit_root, restore_root};
pub(crate) use lists::ListItem;
pub(crate) use macros::{decode_enum, decode_struct};
pub(crate) use set::{set_in, Set};
pub(crate) use shape::{Kind, Shape};
pub(crate) use slot::{Fields, OtherSlot, Slot};
pub(crate) use strict::{from_json_strict, Unfit};
pub(crate) use traits::{kind_of, owned_names, Choice};

use crate::model::bounds::MAX_FORM_ITEMS;
use crate::model::Path;
use reader::Token;
use slot::Open;

/// Decodes a form from JSON text. Only input that is not a form at all is an error: not JSON,
/// or not an object. A form larger than [`MAX_INPUT_BYTES`](crate::model::bounds::MAX_INPUT_BYTES)
/// (measured as [`size`] says) is not read: it is empty, with one
/// problem at its root.
pub fn from_json<T: Decode + Default>(text: &str) -> Result<Decoded<T>, InputError> {
    from_text(Text::Json(text))
}

/// [`from_json`] for a form that may have reached the caller as something other than text: what
/// was not read is an empty form with one problem at its root.
pub fn from_text<T: Decode + Default>(text: Text<'_>) -> Result<Decoded<T>, InputError> {
    let (mut decoded, items) = read_text::<T>(text)?;
    if items > MAX_FORM_ITEMS {
        limit_form_items(&mut decoded.form, &mut decoded.problems);
    }
    Ok(decoded)
}

/// [`from_text`] without the form-wide bound on list items, and how many items the form holds:
/// a session keeps every item, to judge the bound again after each change.
pub(crate) fn read_text<T: Decode + Default>(text: Text<'_>) -> Result<(Decoded<T>, usize), InputError> {
    let mut form = T::default();
    let (problems, items) = read_into(&mut form, text)?;
    Ok((Decoded { form, problems }, items))
}

/// [`read_text`] into `form` (empty): the problems found and the list items read.
pub(crate) fn read_into<T: Decode + Default>(
    form: &mut T,
    text: Text<'_>,
) -> Result<(Vec<ShapeProblem>, usize), InputError> {
    traits::as_root(form, |root| read_with(text, root))
}

/// [`read_text`] for every form type, into `form` (empty). The problems found and the list
/// items read; text that was not read is one problem at the root.
pub(crate) fn read_with(text: Text<'_>, form: Slot<'_>) -> Result<(Vec<ShapeProblem>, usize), InputError> {
    let text = match text {
        Text::Json(text) if size::fits(text) => text,
        Text::Json(_) | Text::TooLarge => return Ok((unread(ShapeKind::TooLarge), 0)),
        Text::TooDeep => return Ok((unread(ShapeKind::TooDeep), 0)),
    };
    let mut de = Decoder::new(text);
    if de.reader.peek()? != Token::Object {
        // Broken text is NotJson whatever its first value is.
        de.reader.skip_value()?;
        de.reader.end()?;
        return Err(InputError::NotAnObject);
    }
    group::read(&mut de, form, Open::Fresh)?;
    de.reader.end()?;
    let items = de.items;
    Ok((de.into_problems(), items))
}

/// Why a form was not read: one problem at its root (the form is empty).
fn unread(kind: ShapeKind) -> Vec<ShapeProblem> {
    vec![ShapeProblem { path: Path::root(), kind }]
}

#[cfg(test)]
pub(crate) mod tests;
