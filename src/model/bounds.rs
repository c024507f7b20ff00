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
/// Most list items in one form, all lists together: a provider's 100 supervisors with a few
/// diplomas and periods each fit; 100 supervisors with 100 periods each would make every call
/// cost a hundred times more.
pub const MAX_FORM_ITEMS: usize = 1_000;
/// Largest form (or one field's value) as JSON text, in bytes; a bigger one is not read: one
/// issue at its place.
pub const MAX_INPUT_BYTES: usize = 1_000_000;
/// Longest path of a field, as text or as the JSON of its segments: far more than the deepest
/// field's (`supervisors[99].experience[99].description`); a longer one names no field.
pub const MAX_PATH_CHARS: usize = 1_000;
/// Most issues in one report or one answer for a field; the last of them then says how many
/// more were left out.
pub const MAX_ISSUES: usize = 200;
