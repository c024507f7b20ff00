//! Setting one field of an already decoded form from JSON text, for a session that decodes
//! the form once and then only what a user changes.

use super::decoder::Decoder;
use super::group::set;
use super::problem::{Expected, InputError, SetError, ShapeKind, ShapeProblem, Text};
use super::reader::{Reader, Token};
use super::shape::Kind;
use super::slot::Slot;
use super::traits::{as_root, Decode};
use crate::model::bounds::MAX_LIST_ITEMS;
use crate::model::path::{Path, Segment};

/// Decodes JSON `text` (one value; `null` clears the field) into the field of `form` at
/// `path`, creating absent groups on the way and extending a list with default items up to
/// the index. Returns what did not fit, at full paths from the form's root. An index at or
/// past [`MAX_LIST_ITEMS`] fills its list up to the bound with default items, as the items a
/// list holds past its bound are left out, and is a `TooManyItems` problem at the list; it
/// sets nothing. The form-wide bound on items is the caller's: it is judged on the whole form
/// (see [`Set`]).
///
/// The empty path sets the whole form: then `text` must be an object, as for [`super::from_json`].
/// A value that was not read (larger than [`MAX_INPUT_BYTES`](crate::model::bounds::MAX_INPUT_BYTES), or [`Text::TooLarge`] or
/// [`Text::TooDeep`]) clears the field and is one problem at it.
pub fn decode_at<'t, T: Decode + Default>(
    form: &mut T,
    path: &Path,
    text: impl Into<Text<'t>>,
) -> Result<Vec<ShapeProblem>, SetError> {
    set_at(form, path, text.into()).map(|set| set.problems)
}

/// What a [`decode_at`] did to the form: all a session needs to know which rules may judge
/// otherwise now and how many list items the form holds.
#[derive(Debug)]
pub(crate) struct Set {
    /// What did not fit in the value set.
    pub(crate) problems: Vec<ShapeProblem>,
    /// The outermost place the set created or replaced: the path, or a group or list above
    /// it that was absent, or a list it extended.
    pub(crate) touched: Path,
    /// The list items the form holds now, less those it held before: read, or added in front
    /// of the item set, less those in the value replaced.
    pub(crate) items: isize,
}

/// [`decode_at`], telling what the set touched.
pub(crate) fn set_at<T: Decode + Default>(form: &mut T, path: &Path, text: Text<'_>) -> Result<Set, SetError> {
    as_root(form, |root| set_in(root, T::KIND, path, text))
}

/// [`set_at`] on any form, of this kind.
pub(crate) fn set_in(form: Slot<'_>, kind: Kind, path: &Path, text: Text<'_>) -> Result<Set, SetError> {
    let segments = path.segments();
    if kind.at(segments).is_none() {
        return Err(SetError::UnknownPath);
    }
    let read = match text {
        Text::Json(text) if super::size::fits(text) => {
            // A syntax error found halfway would leave the form half set: check the text first.
            let mut check = Reader::new(text);
            check.skip_value()?;
            check.end()?;
            Ok(text)
        }
        Text::Json(_) | Text::TooLarge => Err(ShapeKind::TooLarge),
        Text::TooDeep => Err(ShapeKind::TooDeep),
    };
    if let Some((list, last)) = past_bound(segments) {
        // The list is longer than its bound: what it keeps is its first items, with a default
        // item where none was set, as a fresh read of the same form keeps them.
        let mut de = Decoder::new("null");
        de.pad_only = true;
        set(&mut de, form, &last)?;
        let problem = ShapeProblem { path: list, kind: ShapeKind::TooManyItems };
        return Ok(finish(de, vec![problem], path));
    }
    let (de, problems) = match read {
        Ok(text) => {
            let mut de = Decoder::new(text);
            if segments.is_empty() && de.reader.peek()? != Token::Object {
                return Err(InputError::NotAnObject.into());
            }
            set(&mut de, form, segments)?;
            let problems = std::mem::take(&mut de.problems);
            (de, problems)
        }
        Err(unread) => {
            // What was not read clears the field: the whole form is then an empty one, read
            // from an empty object.
            let mut de = Decoder::new(if segments.is_empty() { "{}" } else { "null" });
            set(&mut de, form, segments)?;
            (de, vec![ShapeProblem { path: *path, kind: unread }])
        }
    };
    Ok(finish(de, problems, path))
}

/// The [`Set`] of a decode at `path` that found `problems`.
fn finish(de: Decoder<'_>, problems: Vec<ShapeProblem>, path: &Path) -> Set {
    let items = isize::try_from(de.items).unwrap_or(isize::MAX) - isize::try_from(de.replaced).unwrap_or(isize::MAX);
    Set { problems, touched: de.touched.unwrap_or(*path), items }
}

/// What `path` names in the shape of `T` (a field or a list item, filled or not); `None` when it
/// names nothing: it tells a misspelt path from an empty field, and what a portal's value
/// becomes on the wire (see [`crate::mapping`]).
pub fn expected_at<T: Decode>(path: &Path) -> Option<Expected> {
    T::KIND.at(path.segments())
}

/// The list of the first index at or past [`MAX_LIST_ITEMS`] in `path`, and the path of its
/// last item within the bound.
fn past_bound(path: &[Segment]) -> Option<(Path, Vec<Segment>)> {
    let at = path.iter().position(|segment| segment.as_index().is_some_and(|index| index >= MAX_LIST_ITEMS))?;
    let list = path.get(..at)?;
    let mut last = list.to_vec();
    last.push(Segment::index(MAX_LIST_ITEMS - 1));
    Some((Path::of(list)?, last))
}
