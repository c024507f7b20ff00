//! Setting one field of an already decoded form from JSON text, for a session that decodes
//! the form once and then only what a user changes.

use super::decoder::Decoder;
use super::problem::{InputError, SetError, ShapeKind, ShapeProblem};
use super::reader::{Reader, Token};
use super::traits::Decode;
use crate::model::bounds::MAX_LIST_ITEMS;
use crate::model::path::{Path, Segment};

/// Decodes JSON `text` (one value; `null` clears the field) into the field of `form` at
/// `path`, creating absent groups on the way and extending a list with default items up to
/// the index. Returns what did not fit, at full paths from the form's root; bounds count from
/// the root too. An index at or past [`MAX_LIST_ITEMS`] is a `TooManyItems` problem at its
/// list and sets nothing.
///
/// The empty path sets the whole form: then `text` must be an object, as for [`super::from_json`].
pub fn decode_at<T: Decode>(form: &mut T, path: &Path, text: &str) -> Result<Vec<ShapeProblem>, SetError> {
    let segments = path.segments();
    if !T::path_exists(segments) {
        return Err(SetError::UnknownPath);
    }
    let mut de = Decoder::new(text)?;
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
    let at = path.iter().position(|segment| matches!(segment, Segment::Index(index) if *index >= MAX_LIST_ITEMS))?;
    Some(Path::from(path.get(..at)?.to_vec()))
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
