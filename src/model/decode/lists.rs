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
        let Some((index, rest)) = path.split_first().and_then(|(first, rest)| Some((first.as_index()?, rest))) else {
            return Err(SetError::UnknownPath);
        };
        if self.len() <= index {
            // `decode_at` fills a list set past its bound up to the bound and no further.
            let len = (index + 1).min(MAX_LIST_ITEMS);
            de.touch();
            de.items += len.saturating_sub(self.len());
            self.resize_with(len, T::default);
        }
        if de.pad_only && rest.is_empty() {
            return Ok(());
        }
        let Some(item) = self.get_mut(index) else { return Ok(()) };
        de.at(Segment::index(index), |de| {
            let mut slot = Some(std::mem::take(item));
            let result = T::decode_into(&mut slot, rest, de);
            *item = slot.unwrap_or_default();
            result
        })
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
