//! Setting one field of an already decoded form from JSON text, for a session that decodes
//! the form once and then only what a user changes.

use super::decoder::Decoder;
use super::problem::{InputError, SetError, ShapeKind, ShapeProblem, Text};
use super::reader::{Reader, Token};
use super::traits::Decode;
use crate::model::bounds::{MAX_INPUT_BYTES, MAX_LIST_ITEMS};
use crate::model::path::{Path, Segment};

/// Decodes JSON `text` (one value; `null` clears the field) into the field of `form` at
/// `path`, creating absent groups on the way and extending a list with default items up to
/// the index. Returns what did not fit, at full paths from the form's root; bounds count from
/// the root too. An index at or past [`MAX_LIST_ITEMS`] is a `TooManyItems` problem at its
/// list and sets nothing.
///
/// The empty path sets the whole form: then `text` must be an object, as for [`super::from_json`].
/// A value that was not read (larger than [`MAX_INPUT_BYTES`], or [`Text::TooLarge`] or
/// [`Text::TooDeep`]) clears the field and is one problem at it.
pub fn decode_at<'t, T: Decode + Default>(
    form: &mut T,
    path: &Path,
    text: impl Into<Text<'t>>,
) -> Result<Vec<ShapeProblem>, SetError> {
    let segments = path.segments();
    if !T::path_exists(segments) {
        return Err(SetError::UnknownPath);
    }
    let unread = match text.into() {
        Text::Json(text) if text.len() <= MAX_INPUT_BYTES => return decode_text_at(form, segments, text),
        Text::Json(_) | Text::TooLarge => ShapeKind::TooLarge,
        Text::TooDeep => ShapeKind::TooDeep,
    };
    if let Some(list) = list_past_bound(segments) {
        return Ok(vec![ShapeProblem { path: list, kind: ShapeKind::TooManyItems }]);
    }
    if segments.is_empty() {
        *form = T::default();
    } else {
        form.decode_below(segments, &mut Decoder::new("null"))?;
    }
    Ok(vec![ShapeProblem { path: *path, kind: unread }])
}

/// [`decode_at`] of JSON text within the size bound, at a path that exists.
fn decode_text_at<T: Decode>(form: &mut T, segments: &[Segment], text: &str) -> Result<Vec<ShapeProblem>, SetError> {
    let mut de = Decoder::new(text);
    // A syntax error found halfway would leave the form half set: check the text first.
    let mut check = Reader::new(text);
    check.skip_value()?;
    check.end()?;
    if segments.is_empty() {
        if de.reader.peek()? != Token::Object {
            return Err(InputError::NotAnObject.into());
        }
        if let Some(whole) = T::decode(&mut de)? {
            *form = whole;
        }
    } else if let Some(list) = list_past_bound(segments) {
        return Ok(vec![ShapeProblem { path: list, kind: ShapeKind::TooManyItems }]);
    } else {
        form.decode_below(segments, &mut de)?;
    }
    Ok(de.into_problems())
}

/// Whether `path` names a field (or a list item) in the shape of `T`, filled or not: it tells
/// a misspelt path from an empty field.
pub fn path_exists<T: Decode>(path: &Path) -> bool {
    T::path_exists(path.segments())
}

/// The list of the first index at or past [`MAX_LIST_ITEMS`] in `path`.
fn list_past_bound(path: &[Segment]) -> Option<Path> {
    let at = path.iter().position(|segment| segment.as_index().is_some_and(|index| index >= MAX_LIST_ITEMS))?;
    Path::of(path.get(..at)?)
}

/// [`Decode::decode_into`] for a group or a list: one that is absent is created empty when a
/// path below it is set.
pub(crate) fn create_and_decode<T: Decode + Default>(
    slot: &mut Option<T>,
    path: &[Segment],
    de: &mut Decoder<'_>,
) -> Result<(), SetError> {
    if path.is_empty() {
        *slot = T::decode(de)?;
        Ok(())
    } else {
        slot.get_or_insert_with(T::default).decode_below(path, de)
    }
}
