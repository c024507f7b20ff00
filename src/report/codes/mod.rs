//! Issue codes: stable names, each tied to one rule of the catalogue, one severity and one
//! message in nl, fr, en and de. A code is declared, with its messages, in the file of the rule
//! that emits it ([`codes!`]); codes are never reused or renamed: a test snapshots the full list.

mod def;

pub(crate) use def::codes;
pub use def::{Code, CodeDef};
