//! Setting what a path names inside a decoded value.

use super::decoder::Decoder;
use super::problem::SetError;
use super::traits::Decode;
use crate::model::path::Segment;

/// [`Decode::decode_into`] for a group or a list: one that is absent is created empty when a
/// path below it is set.
pub(crate) fn create_and_decode<T: Decode + Default>(
    slot: &mut Option<T>,
    path: &[Segment],
    de: &mut Decoder<'_>,
) -> Result<(), SetError> {
    if path.is_empty() {
        *slot = T::decode(de)?;
        Ok(())
    } else {
        slot.get_or_insert_with(T::default).decode_below(path, de)
    }
}

/// [`Decode::path_exists`] for the field that `field` projects a group to.
pub(crate) fn field_exists<G, F: Decode>(_field: fn(&G) -> &Option<F>, path: &[Segment]) -> bool {
    F::path_exists(path)
}
