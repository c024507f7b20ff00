//! The text of a locale's table, as the native build writes it and the wasm module reads it:
//! a header, `maatwerk-texts <version> <locale>`, then the wordings of every group of texts in
//! the order `crate::text_tables` gives, each group's in the order it declares them, every part
//! ended by the unit separator (which no wording holds).

/// What ends the header and each wording.
pub(crate) const END: char = '\u{1f}';

/// The first word of a table's header.
pub(crate) const MAGIC: &str = "maatwerk-texts";

/// The version of the crate that wrote a table: a module reads only its own build's tables.
pub(crate) const VERSION: &str = env!("CARGO_PKG_VERSION");
