//! Bounds on what a form may hold, the same in every build.
//!
//! A portal form is small; these bounds only stop input that no person typed (a script, a
//! paste of a file) from costing time or memory. What exceeds them is reported at its path
//! and left out, the rest of the form is still checked.

/// Deepest nesting of objects and lists below the form's root.
pub const MAX_DEPTH: usize = 8;
/// Longest text value, in characters.
pub const MAX_TEXT_CHARS: usize = 2_000;
/// Most items in one list.
pub const MAX_LIST_ITEMS: usize = 100;
/// Largest form as JSON text, in bytes; a bigger one is refused as a whole.
pub const MAX_INPUT_BYTES: usize = 1_000_000;
