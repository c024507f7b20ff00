//! What a form type knows to be decoded: how a field of it is reached, and what it holds.

use super::decoder::Decoder;
use super::problem::{Expected, InputError, ShapeKind};
use super::shape::Kind;
use super::slot::{OtherSlot, Slot};

/// A type a form is decoded into, straight from JSON text. Implemented for the form types
/// (by `decode_struct!` and `decode_enum!`, next to each type) and for the values in them.
/// Everything else (reading, setting below a field, what a path names, the lists' bound) is
/// written once over what this gives.
pub trait Decode: Sized {
    /// What a field of this type holds.
    const KIND: Kind;

    /// A field of this type, as the shared traversals reach it.
    fn slot(field: &mut Option<Self>) -> Slot<'_>;

    /// This value as a whole form, which is there whatever it holds: a group. `None` for a
    /// value that only a field holds.
    fn form(&mut self) -> Option<Slot<'_>> {
        None
    }
}

/// The kind of a field, named by a function that reaches it (`decode_struct!` names each field
/// so, and needs no type for it).
pub(crate) const fn kind_of<G, T: Decode>(_field: fn(&G) -> &Option<T>) -> Kind {
    T::KIND
}

/// Runs `run` on `form` as the shared traversals reach it: a group as itself; another value
/// (a form is a group, but the functions take any type) as a field holding it, for the time
/// of `run`.
pub(super) fn as_root<T: Decode + Default, R>(form: &mut T, run: impl FnOnce(Slot<'_>) -> R) -> R {
    if let Some(slot) = form.form() {
        return run(slot);
    }
    let mut root = Some(std::mem::take(form));
    let result = run(T::slot(&mut root));
    *form = root.unwrap_or_default();
    result
}

/// A fixed set of choices, each with its wire name.
pub(crate) trait Choice: Copy + 'static {
    /// Every choice, in declaration order.
    const ALL: &'static [Self];
    /// Their wire names, in the same order.
    const NAMES: &'static [&'static str];

    /// The name on the wire.
    fn wire_name(self) -> &'static str;
}

/// A choice is read by its wire name.
impl<C: Choice> OtherSlot for Option<C> {
    fn read(&mut self, de: &mut Decoder<'_>) -> Result<(), InputError> {
        *self = choice_index(de, C::NAMES)?.and_then(|index| C::ALL.get(index).copied());
        Ok(())
    }
}

/// The place in `names` of the wire name read; another text is an unknown choice, listing the
/// allowed. One copy for every choice type.
fn choice_index(de: &mut Decoder<'_>, names: &'static [&'static str]) -> Result<Option<usize>, InputError> {
    let Some(name) = de.bounded_string(Expected::Choice)? else { return Ok(None) };
    let found = names.iter().position(|known| *known == name);
    if found.is_none() {
        de.problem(ShapeKind::UnknownChoice { allowed: owned_names(names) });
    }
    Ok(found)
}

/// `names` as owned texts. One plain loop for the lists of wire names, not a collect of its own
/// at each caller.
pub(crate) fn owned_names(names: &[&str]) -> Vec<String> {
    let mut owned = Vec::with_capacity(names.len());
    for name in names {
        owned.push((*name).to_owned());
    }
    owned
}
