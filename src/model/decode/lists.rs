//! Lists, and the optional items some lists hold.

use super::decoder::{Decoder, ReadItems};
use super::limit::{ItemLimit, ListItems};
use super::problem::{Expected, InputError, SetError};
use super::set::create_and_decode;
use super::traits::Decode;
use crate::model::bounds::MAX_LIST_ITEMS;
use crate::model::path::Segment;
use std::any::Any;

/// An item that does not fit becomes `T::default()`, so the items after it keep their index.
impl<T: Decode + Default + 'static> Decode for Vec<T> {
    const EXPECTED: Expected = Expected::List;

    fn decode(de: &mut Decoder<'_>) -> Result<Option<Self>, InputError> {
        let mut items = Self::new();
        let read = de.list(&mut items)?;
        Ok(read.then_some(items))
    }

    fn decode_into(slot: &mut Option<Self>, path: &[Segment], de: &mut Decoder<'_>) -> Result<(), SetError> {
        create_and_decode(slot, path, de)
    }

    /// Extends the list with default items up to the index, so an item can be set before the
    /// ones in front of it are typed.
    fn decode_below(&mut self, path: &[Segment], de: &mut Decoder<'_>) -> Result<(), SetError> {
        list_below(self, path, de)
    }

    /// The walk is [`ItemLimit::list`]'s: a list gives its items and its tail, nothing more.
    fn limit_items(&mut self, limit: &mut ItemLimit) {
        limit.list(self);
    }

    fn expected_at(path: &[Segment]) -> Option<Expected> {
        match path.split_first() {
            None => Some(Expected::List),
            Some((first, rest)) => first.as_index().and_then(|_| T::expected_at(rest)),
        }
    }
}

/// A list being set below, whatever the type of its items: what [`list_below`] asks of it.
trait ItemsBelow {
    /// How many items the list holds.
    fn count(&self) -> usize;
    /// Extends the list with default items to `len` items.
    fn extend_to(&mut self, len: usize);
    /// Decodes the next value into what `path` names in the item at `index` (the item itself
    /// when `path` is empty).
    fn item_below(&mut self, index: usize, path: &[Segment], de: &mut Decoder<'_>) -> Result<(), SetError>;
}

impl<T: Decode + Default> ItemsBelow for Vec<T> {
    fn count(&self) -> usize {
        self.len()
    }

    fn extend_to(&mut self, len: usize) {
        self.resize_with(len, T::default);
    }

    fn item_below(&mut self, index: usize, path: &[Segment], de: &mut Decoder<'_>) -> Result<(), SetError> {
        let Some(item) = self.get_mut(index) else { return Ok(()) };
        let mut slot = Some(std::mem::take(item));
        let result = T::decode_into(&mut slot, path, de);
        *item = slot.unwrap_or_default();
        result
    }
}

/// [`Decode::decode_below`] of a list: one copy for every list type.
fn list_below(list: &mut dyn ItemsBelow, path: &[Segment], de: &mut Decoder<'_>) -> Result<(), SetError> {
    let Some((index, rest)) = path.split_first().and_then(|(first, rest)| Some((first.as_index()?, rest))) else {
        return Err(SetError::UnknownPath);
    };
    if list.count() <= index {
        // `decode_at` fills a list set past its bound up to the bound and no further.
        let len = (index + 1).min(MAX_LIST_ITEMS);
        de.touch();
        de.items += len.saturating_sub(list.count());
        list.extend_to(len);
    }
    if de.pad_only && rest.is_empty() {
        return Ok(());
    }
    de.at(Segment::index(index), |de| list.item_below(index, rest, de))
}

impl<T: Decode + Default> ReadItems for Vec<T> {
    fn read_item(&mut self, de: &mut Decoder<'_>) -> Result<(), InputError> {
        self.push(T::decode_item(de)?);
        Ok(())
    }
}

impl<T: Decode + 'static> ListItems for Vec<T> {
    fn count(&self) -> usize {
        self.len()
    }

    fn walk_item(&mut self, index: usize, limit: &mut ItemLimit) {
        if let Some(item) = self.get_mut(index) {
            item.limit_items(limit);
        }
    }

    fn cut(&mut self, index: usize) -> Box<dyn Any> {
        Box::new(self.split_off(index))
    }

    fn restore(&mut self, tail: &mut dyn Any) {
        if let Some(tail) = tail.downcast_mut::<Self>() {
            self.append(tail);
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

    fn limit_items(&mut self, limit: &mut ItemLimit) {
        if let Some(value) = self {
            value.limit_items(limit);
        }
    }

    fn expected_at(path: &[Segment]) -> Option<Expected> {
        T::expected_at(path)
    }
}
