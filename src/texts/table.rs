//! The text of a locale's table, as the native build writes it and the wasm module reads it:
//! a header, `maatwerk-texts <version> <locale>`, then one entry per text, each the text's key
//! in 6 hexadecimal digits followed by its wording, every part ended by the unit separator
//! (which no wording holds), the entries in the order of their keys.

/// What ends the header and each entry.
pub(crate) const END: char = '\u{1f}';

/// The first word of a table's header.
pub(crate) const MAGIC: &str = "maatwerk-texts";

/// The version of the crate that wrote a table: a module reads only its own build's tables.
pub(crate) const VERSION: &str = env!("CARGO_PKG_VERSION");

/// The hexadecimal digits of a key (24 bits, see `key`).
pub(crate) const KEY_DIGITS: usize = 6;
