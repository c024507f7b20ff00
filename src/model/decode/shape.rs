//! Each group's fields described once, as static data: their keys and what each holds. What a
//! path names is read from this description alone, without a value and without code of the
//! form types.

use super::problem::Expected;
use crate::model::keys::Key;
use crate::model::path::Segment;

/// A group's fields, by position: the order of its `decode_struct!` and of its
/// [`Fields::field`](super::slot::Fields::field).
pub struct Shape {
    /// The fields' wire names: a key read is looked up here, not through the table of every
    /// name, which is one more load for each name compared.
    pub(crate) names: &'static [&'static str],
    /// The same names as keys (see [`crate::model::keys`]).
    pub(crate) keys: &'static [Key],
    /// What each field holds.
    pub(crate) kinds: &'static [Kind],
}

impl Shape {
    /// The position of the field `key`.
    pub(crate) fn position(&self, key: Key) -> Option<usize> {
        self.keys.iter().position(|known| *known == key)
    }
}

/// What a field or a list item holds.
#[derive(Clone, Copy)]
pub enum Kind {
    /// A value with nothing below it: text, a number, yes or no, a choice.
    Value(Expected),
    /// A group: a function, so that a group may hold a list of itself.
    Group(fn() -> &'static Shape),
    /// A list of these items.
    List(&'static Kind),
}

impl Kind {
    /// What a value of the wrong type in its place should have been.
    pub(crate) const fn expected(self) -> Expected {
        match self {
            Self::Value(expected) => expected,
            Self::Group(_) => Expected::Group,
            Self::List(_) => Expected::List,
        }
    }

    /// What `path` names below a value of this kind (the empty path: the value itself); `None`
    /// when it names nothing.
    pub(crate) fn at(self, path: &[Segment]) -> Option<Expected> {
        let Some((first, rest)) = path.split_first() else { return Some(self.expected()) };
        match self {
            Self::Value(_) => None,
            Self::Group(shape) => {
                let shape = shape();
                let index = shape.position(first.as_key()?)?;
                shape.kinds.get(index)?.at(rest)
            }
            Self::List(item) => first.as_index().and_then(|_| item.at(rest)),
        }
    }
}
