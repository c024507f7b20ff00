//! The `Decode` implementations of the form types, from their wire names.
//!
//! The wire names are serde's (the types keep their serde derives for the TypeScript types and
//! for Rust users); a test decodes serde's output of every form to prove they agree. Each
//! macro destructures or matches without a rest pattern, so a field or a variant left out of
//! the list does not compile.

/// `decode_struct!(Contract { start: "start", end: "end" })`: a group of optional fields. What
/// the type has of its own is its [`Shape`](crate::model::decode::Shape) (static data: each
/// field's key and kind) and its fields by position; the traversals are shared.
macro_rules! decode_struct {
    ($form:ident { $($field:ident: $wire:literal),+ $(,)? }) => {
        impl $crate::model::decode::Fields for $form {
            // A chain of comparisons with constants, which becomes one jump: smaller than an
            // array of every field built to pick one.
            #[allow(unused_assignments)]
            fn field(&mut self, index: usize) -> Option<$crate::model::decode::Slot<'_>> {
                let Self { $($field),+ } = self;
                let mut at = 0;
                $(
                    if index == at {
                        return Some($crate::model::decode::Decode::slot($field));
                    }
                    at += 1;
                )+
                None
            }
        }

        impl $form {
            /// The fields' keys and kinds.
            pub(crate) const SHAPE: $crate::model::decode::Shape = $crate::model::decode::Shape {
                names: &[$($wire),+],
                keys: &[$($crate::model::keys::key!($wire)),+],
                kinds: &[$($crate::model::decode::kind_of(|group: &$form| &group.$field)),+],
            };

            /// [`Self::SHAPE`], for a [`Kind`](crate::model::decode::Kind): a function, so that
            /// a group may hold a list of itself.
            fn shape() -> &'static $crate::model::decode::Shape {
                &Self::SHAPE
            }
        }

        impl $crate::model::decode::Decode for $form {
            const KIND: $crate::model::decode::Kind = $crate::model::decode::Kind::Group(Self::shape);

            fn slot(field: &mut Option<Self>) -> $crate::model::decode::Slot<'_> {
                $crate::model::decode::Slot::Group(Self::shape(), field)
            }

            fn form(&mut self) -> Option<$crate::model::decode::Slot<'_>> {
                Some($crate::model::decode::ListItem::item(self))
            }
        }

        impl $crate::model::decode::ListItem for $form {
            const ITEM: $crate::model::decode::Kind = $crate::model::decode::Kind::Group(Self::shape);

            fn item(&mut self) -> $crate::model::decode::Slot<'_> {
                $crate::model::decode::Slot::Group(Self::shape(), self)
            }
        }
    };
}

/// `decode_enum!(Regime { Laag: "laag", Midden: "midden", Hoog: "hoog" })`: one of a fixed
/// set of choices, each by its wire name.
macro_rules! decode_enum {
    ($choice:ident { $($variant:ident: $wire:literal),+ $(,)? }) => {
        impl $crate::model::decode::Choice for $choice {
            const ALL: &'static [Self] = &[$(Self::$variant),+];
            const NAMES: &'static [&'static str] = &[$($wire),+];

            fn wire_name(self) -> &'static str {
                match self {
                    $(Self::$variant => $wire,)+
                }
            }
        }

        impl $crate::model::decode::Decode for $choice {
            const KIND: $crate::model::decode::Kind =
                $crate::model::decode::Kind::Value($crate::model::decode::Expected::Choice);

            fn slot(field: &mut Option<Self>) -> $crate::model::decode::Slot<'_> {
                $crate::model::decode::Slot::Other(field)
            }
        }
    };
}

pub(crate) use {decode_enum, decode_struct};
