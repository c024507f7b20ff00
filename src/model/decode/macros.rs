//! The `Decode` implementations of the form types, from their wire names.
//!
//! The wire names are serde's (the types keep their serde derives for the TypeScript types and
//! for Rust users); a test decodes serde's output of every form to prove they agree. Each
//! macro destructures or matches without a rest pattern, so a field or a variant left out of
//! the list does not compile.

/// `decode_struct!(Contract { start: "start", end: "end" })`: a group of optional fields.
macro_rules! decode_struct {
    ($form:ident { $($field:ident: $wire:literal),+ $(,)? }) => {
        impl $crate::model::decode::Decode for $form {
            const EXPECTED: $crate::model::decode::Expected = $crate::model::decode::Expected::Group;

            fn decode(
                de: &mut $crate::model::decode::Decoder<'_>,
            ) -> Result<Option<Self>, $crate::model::decode::InputError> {
                let mut form = Self::default();
                let Self { $($field),+ } = &mut form;
                let read = de.group(|de, key| {
                    match key {
                        $($wire => *$field = de.at_key($wire, $crate::model::decode::Decode::decode)?,)+
                        _ => return Ok(false),
                    }
                    Ok(true)
                })?;
                Ok(read.then_some(form))
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
                let Some(($crate::model::Segment::Key(key), rest)) = path.split_first() else {
                    return Err($crate::model::decode::SetError::UnknownPath);
                };
                let Self { $($field),+ } = self;
                match &**key {
                    $($wire => de.at_key($wire, |de| $crate::model::decode::Decode::decode_into($field, rest, de)),)+
                    _ => Err($crate::model::decode::SetError::UnknownPath),
                }
            }

            fn path_exists(path: &[$crate::model::Segment]) -> bool {
                let Some(($crate::model::Segment::Key(key), rest)) = path.split_first() else {
                    return path.is_empty();
                };
                match &**key {
                    $($wire => $crate::model::decode::field_exists(|form: &Self| &form.$field, rest),)+
                    _ => false,
                }
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
