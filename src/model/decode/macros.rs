//! The `Decode` implementations of the form types, from their wire names.
//!
//! The wire names are serde's (the types keep their serde derives for the TypeScript types and
//! for Rust users); a test decodes serde's output of every form to prove they agree. Each
//! macro destructures or matches without a rest pattern, so a field or a variant left out of
//! the list does not compile.

/// `decode_struct!(Contract { start: "start", end: "end" })`: a group of optional fields,
/// read through the shared code of [`group`](super::group) with this table of wire names.
macro_rules! decode_struct {
    ($form:ident { $($field:ident: $wire:literal),+ $(,)? }) => {
        impl $crate::model::decode::Fields for $form {
            // A chain of comparisons with constants, which becomes one jump: smaller than an
            // array of every field built to pick one.
            #[allow(unused_assignments)]
            fn field(&mut self, index: usize) -> Option<&mut dyn $crate::model::decode::Field> {
                let Self { $($field),+ } = self;
                let mut at = 0;
                $(
                    if index == at {
                        return Some($field);
                    }
                    at += 1;
                )+
                None
            }
        }

        impl $crate::model::decode::Group for $form {
            const NAMES: &'static [&'static str] = &[$($wire),+];
            const KEYS: &'static [$crate::model::Key] = &[$($crate::model::keys::key!($wire)),+];
        }

        impl $crate::model::decode::Decode for $form {
            const EXPECTED: $crate::model::decode::Expected = $crate::model::decode::Expected::Group;

            fn decode(
                de: &mut $crate::model::decode::Decoder<'_>,
            ) -> Result<Option<Self>, $crate::model::decode::InputError> {
                $crate::model::decode::group::decode(de)
            }

            fn decode_into(
                slot: &mut Option<Self>,
                path: &[$crate::model::Segment],
                de: &mut $crate::model::decode::Decoder<'_>,
            ) -> Result<(), $crate::model::decode::SetError> {
                $crate::model::decode::create_and_decode(slot, path, de)
            }

            fn decode_below(
                &mut self,
                path: &[$crate::model::Segment],
                de: &mut $crate::model::decode::Decoder<'_>,
            ) -> Result<(), $crate::model::decode::SetError> {
                $crate::model::decode::group::decode_below(
                    $crate::model::decode::group::Names::of::<Self>(),
                    self,
                    path,
                    de,
                )
            }

            fn limit_items(&mut self, limit: &mut $crate::model::decode::ItemLimit) {
                $crate::model::decode::group::limit_items(
                    <Self as $crate::model::decode::Group>::KEYS,
                    self,
                    limit,
                )
            }

            fn expected_at(path: &[$crate::model::Segment]) -> Option<$crate::model::decode::Expected> {
                let fields = [$($crate::model::decode::group::expected_of(|group: &Self| &group.$field)),+];
                $crate::model::decode::group::expected_at(<Self as $crate::model::decode::Group>::KEYS, &fields, path)
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
            const EXPECTED: $crate::model::decode::Expected = $crate::model::decode::Expected::Choice;

            fn decode(
                de: &mut $crate::model::decode::Decoder<'_>,
            ) -> Result<Option<Self>, $crate::model::decode::InputError> {
                $crate::model::decode::choice(de)
            }
        }
    };
}

pub(crate) use {decode_enum, decode_struct};
