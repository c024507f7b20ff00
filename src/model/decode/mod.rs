//! Lenient decoding of a form that is being typed, straight from JSON text in one pass.
//!
//! The wire types are strict Rust types (they generate the TypeScript types), but a form in
//! a browser can hold anything: a number where a list belongs, a made-up choice, a pasted
//! novel. Decoding never fails on such values: each misfit is reported as a [`ShapeProblem`]
//! at its path and left out, and the rest of the form is decoded and checked as usual. The
//! bounds of [`crate::model::bounds`] are checked while reading; keys the form does not have
//! are skipped.

mod decoder;
pub(crate) mod group;
mod lists;
mod macros;
mod number;
mod problem;
mod reader;
mod scalars;
mod set;
mod strict;
mod traits;

pub use decoder::Decoder;
pub use problem::{Decoded, Expected, InputError, SetError, ShapeKind, ShapeProblem};
pub use set::{decode_at, path_exists};
pub use traits::Decode;

pub(crate) use group::{Field, Fields, Group};
pub(crate) use macros::{decode_enum, decode_struct};
pub(crate) use set::create_and_decode;
pub(crate) use strict::from_json_strict;
pub(crate) use traits::{choice, Choice};

use reader::Token;

/// Decodes a form from JSON text. Only input that is not a form at all is an error: larger
/// than [`crate::model::bounds::MAX_INPUT_BYTES`], not JSON, or not an object.
pub fn from_json<T: Decode + Default>(text: &str) -> Result<Decoded<T>, InputError> {
    let mut de = Decoder::new(text)?;
    if de.reader.peek()? != Token::Object {
        // Broken text is NotJson whatever its first value is.
        de.reader.skip_value()?;
        de.reader.end()?;
        return Err(InputError::NotAnObject);
    }
    let form = T::decode(&mut de)?.unwrap_or_default();
    de.reader.end()?;
    Ok(Decoded { form, problems: de.into_problems() })
}

#[cfg(test)]
mod tests;
