//! A field or a list item as the shared traversals reach it, whatever its type.
//!
//! Reading, setting below a field and walking the lists are written once
//! ([`super::group`]), over a [`Slot`]: text, yes or no and numbers are reached as themselves; a
//! choice, a group or a list through a trait object of one or a few small methods, the only code
//! each such type has.

use super::decoder::Decoder;
use super::problem::InputError;
use super::shape::Shape;
use std::any::Any;

/// A field (an `Option` of its type) or a list item.
pub enum Slot<'a> {
    /// Text.
    Text(&'a mut Option<String>),
    /// Yes or no.
    YesNo(&'a mut Option<bool>),
    /// A whole number.
    Whole(&'a mut Option<u32>),
    /// Any finite number.
    Number(&'a mut Option<f64>),
    /// A group with these fields.
    Group(&'static Shape, &'a mut dyn GroupSlot),
    /// A list.
    List(&'a mut dyn ListSlot),
    /// A value with a reader of its own: a choice, or the options' values by date.
    Other(&'a mut dyn OtherSlot),
}

impl Slot<'_> {
    /// The same slot, borrowed again: to count what a group or list holds before reading it.
    pub(crate) fn reborrow(&mut self) -> Slot<'_> {
        match self {
            Self::Text(value) => Slot::Text(value),
            Self::YesNo(value) => Slot::YesNo(value),
            Self::Whole(value) => Slot::Whole(value),
            Self::Number(value) => Slot::Number(value),
            Self::Group(shape, value) => Slot::Group(shape, *value),
            Self::List(value) => Slot::List(*value),
            Self::Other(value) => Slot::Other(*value),
        }
    }
}

/// What [`GroupSlot::open`] and [`ListSlot::open`] do first.
#[derive(Clone, Copy)]
pub enum Open {
    /// Nothing.
    Get,
    /// Creates the value empty when it is absent.
    Create,
    /// Replaces the value with an empty one.
    Fresh,
    /// Removes the value (a list item, which is always there, becomes empty).
    Clear,
}

/// A group's fields by position, in the order of its [`Shape`].
pub trait Fields {
    /// The field at `index`, if there is one.
    fn field(&mut self, index: usize) -> Option<Slot<'_>>;
}

/// A group in a field (absent or not) or as a list item (always there).
pub trait GroupSlot {
    /// The group's fields after `how`; `None` when it is absent.
    fn open(&mut self, how: Open) -> Option<&mut dyn Fields>;
}

impl<G: Fields + Default> GroupSlot for Option<G> {
    fn open(&mut self, how: Open) -> Option<&mut dyn Fields> {
        open_optional(self, how).map(|group| group as &mut dyn Fields)
    }
}

/// An absent-or-present group or list after `how`: one drop and one empty value, not one of
/// each for every way of opening.
pub(super) fn open_optional<V: Default>(value: &mut Option<V>, how: Open) -> Option<&mut V> {
    if matches!(how, Open::Fresh | Open::Clear) {
        *value = None;
    }
    if matches!(how, Open::Create | Open::Fresh) {
        value.get_or_insert_with(V::default);
    }
    value.as_mut()
}

impl<G: Fields + Default> GroupSlot for G {
    fn open(&mut self, how: Open) -> Option<&mut dyn Fields> {
        if matches!(how, Open::Fresh | Open::Clear) {
            *self = G::default();
        }
        Some(self)
    }
}

/// A list in a field, absent or not.
pub trait ListSlot {
    /// The list's items after `how`; `None` when it is absent.
    fn open(&mut self, how: Open) -> Option<&mut dyn Items>;
}

/// A list's items, whatever their type.
pub trait Items {
    /// How many items the list holds.
    fn count(&self) -> usize;
    /// The item at `index`, if there is one.
    fn item(&mut self, index: usize) -> Option<Slot<'_>>;
    /// Adds an empty item at the end.
    fn push(&mut self);
    /// Leaves out the items from `index` on, and gives them (a `Vec` of the list's own type).
    fn cut(&mut self, index: usize) -> Box<dyn Any>;
    /// Gets back the items [`Self::cut`] gave (the emptied `Vec` is dropped by the caller,
    /// through its vtable: no copy of the drop of every list type here).
    fn restore(&mut self, tail: &mut dyn Any);
}

/// A value with a reader of its own.
pub trait OtherSlot {
    /// Reads the next value into this one.
    fn read(&mut self, de: &mut Decoder<'_>) -> Result<(), InputError>;
}
