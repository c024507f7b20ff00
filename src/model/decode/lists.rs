//! Lists, and the optional items some lists hold.

use super::decoder::Decoder;
use super::problem::{Expected, InputError, SetError};
use super::set::create_and_decode;
use super::traits::Decode;
use crate::model::bounds::MAX_LIST_ITEMS;
use crate::model::path::Segment;

/// An item that does not fit becomes `T::default()`, so the items after it keep their index.
impl<T: Decode + Default> Decode for Vec<T> {
    const EXPECTED: Expected = Expected::List;

    fn decode(de: &mut Decoder<'_>) -> Result<Option<Self>, InputError> {
        let mut items = Vec::new();
        let read = de.list(&mut |de| {
            items.push(T::decode_item(de)?);
            Ok(())
        })?;
        Ok(read.then_some(items))
    }

    fn decode_into(slot: &mut Option<Self>, path: &[Segment], de: &mut Decoder<'_>) -> Result<(), SetError> {
        create_and_decode(slot, path, de)
    }

    /// Extends the list with default items up to the index, so an item can be set before the
    /// ones in front of it are typed.
    fn decode_below(&mut self, path: &[Segment], de: &mut Decoder<'_>) -> Result<(), SetError> {
        let Some((index, rest)) = path.split_first().and_then(|(first, rest)| Some((first.as_index()?, rest))) else {
            return Err(SetError::UnknownPath);
        };
        if self.len() <= index {
            // `decode_at` refuses an index past the bound before it gets here.
            self.resize_with((index + 1).min(MAX_LIST_ITEMS), T::default);
        }
        let Some(item) = self.get_mut(index) else { return Ok(()) };
        de.at(Segment::index(index), |de| {
            let mut slot = Some(std::mem::take(item));
            let result = T::decode_into(&mut slot, rest, de);
            *item = slot.unwrap_or_default();
            result
        })
    }

    fn path_exists(path: &[Segment]) -> bool {
        match path.split_first() {
            None => true,
            Some((first, rest)) => first.as_index().is_some() && T::path_exists(rest),
        }
    }
}

/// An item of a list of choices: a choice has no empty value, so an item that does not fit is
/// `None` and the items after it keep their index.
impl<T: Decode> Decode for Option<T> {
    const EXPECTED: Expected = T::EXPECTED;

    fn decode(de: &mut Decoder<'_>) -> Result<Option<Self>, InputError> {
        Ok(Some(T::decode(de)?))
    }

    /// Null is an empty item, not a misfit.
    fn decode_item(de: &mut Decoder<'_>) -> Result<Self, InputError> {
        T::decode(de)
    }

    fn decode_below(&mut self, path: &[Segment], de: &mut Decoder<'_>) -> Result<(), SetError> {
        T::decode_into(self, path, de)
    }

    fn path_exists(path: &[Segment]) -> bool {
        T::path_exists(path)
    }
}
