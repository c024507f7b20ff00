//! Lists, and what their items are.

use super::shape::Kind;
use super::slot::{open_optional, Items, ListSlot, Open, Slot};
use super::traits::Decode;
use std::any::Any;

/// What a list holds: a group (always there; an item that does not fit is the empty group, so
/// the items after it keep their index) or an optional value (a choice has no empty value, so
/// an item that does not fit is `None`).
pub trait ListItem: Default + 'static {
    /// What an item holds.
    const ITEM: Kind;

    /// The item, as the shared traversals reach it.
    fn item(&mut self) -> Slot<'_>;
}

impl<T: ListItem> Decode for Vec<T> {
    const KIND: Kind = Kind::List(&T::ITEM);

    fn slot(field: &mut Option<Self>) -> Slot<'_> {
        Slot::List(field)
    }
}

impl<T: ListItem> ListSlot for Option<Vec<T>> {
    fn open(&mut self, how: Open) -> Option<&mut dyn Items> {
        open_optional(self, how).map(|list| list as &mut dyn Items)
    }
}

impl<T: ListItem> Items for Vec<T> {
    fn count(&self) -> usize {
        self.len()
    }

    fn item(&mut self, index: usize) -> Option<Slot<'_>> {
        self.get_mut(index).map(T::item)
    }

    fn push(&mut self) {
        self.push(T::default());
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

/// An optional item: null is an empty item, as null is an empty field.
impl<T: Decode + 'static> ListItem for Option<T> {
    const ITEM: Kind = T::KIND;

    fn item(&mut self) -> Slot<'_> {
        T::slot(self)
    }
}
