//! The wasm module's texts: the per-locale tables the page hands over (`loadTexts`), each read
//! once and kept for the life of the module, so a wording is a `&'static str` as natively.

use super::table::{END, KEY_DIGITS, MAGIC, VERSION};
use crate::locale::Locale;
use std::sync::OnceLock;

/// A locale's wordings by key, in the order of the keys.
type Table = Box<[(u32, &'static str)]>;

static TABLES: [OnceLock<Table>; 4] = [const { OnceLock::new() }; 4];

/// Why a table was refused. No wording is quoted: a table is the package's, not the user's,
/// but an error names only what is wrong with it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum TableError {
    /// The text is no table of maatwerk's texts.
    NotATable,
    /// The table was written by another version of maatwerk than the module's.
    OtherVersion,
    /// An entry has no key of 6 hexadecimal digits, or the keys are out of order.
    BadEntry(usize),
}

impl TableError {
    /// What is wrong, in words, written with `push_str` alone: a `Formatter` would bring the
    /// formatting machinery into the module.
    pub(crate) fn message(&self) -> String {
        let mut out = String::from("maatwerk: ");
        match self {
            TableError::NotATable => out.push_str("not a table of maatwerk's texts"),
            TableError::OtherVersion => {
                out.push_str("the texts are of another version of maatwerk than the module (");
                out.push_str(VERSION);
                out.push(')');
            }
            TableError::BadEntry(index) => {
                out.push_str("entry ");
                out.push_str(itoa::Buffer::new().format(*index));
                out.push_str(" of the texts is damaged");
            }
        }
        out
    }
}

/// Reads `table` and keeps it as its locale's texts; a locale loaded before keeps its table.
pub(crate) fn load(table: String) -> Result<Locale, TableError> {
    let header_end = table.find(END).ok_or(TableError::NotATable)?;
    let mut words = table.get(..header_end).unwrap_or_default().split(' ');
    if words.next() != Some(MAGIC) {
        return Err(TableError::NotATable);
    }
    if words.next() != Some(VERSION) {
        return Err(TableError::OtherVersion);
    }
    let locale = words.next().and_then(Locale::from_code).ok_or(TableError::NotATable)?;
    let Some(slot) = TABLES.get(locale.index()) else {
        return Err(TableError::NotATable);
    };
    if slot.get().is_some() {
        return Ok(locale);
    }
    // Kept for the life of the module, as it is: the wordings are slices of it.
    let entries = table.leak().get(header_end + END.len_utf8()..).unwrap_or_default();
    let parsed = parse(entries)?;
    // A second load of the same locale can only come from a page's own code, in between: the
    // table it set is kept, as it would have been had it come first.
    let _ = slot.set(parsed);
    Ok(locale)
}

fn parse(entries: &'static str) -> Result<Table, TableError> {
    let mut table = Vec::with_capacity(entries.len() / 64);
    let mut previous = None;
    for (index, entry) in entries.split_terminator(END).enumerate() {
        let key = entry.get(..KEY_DIGITS).and_then(|key| u32::from_str_radix(key, 16).ok());
        let (Some(key), Some(wording)) = (key, entry.get(KEY_DIGITS..)) else {
            return Err(TableError::BadEntry(index));
        };
        if previous.is_some_and(|previous| previous >= key) {
            return Err(TableError::BadEntry(index));
        }
        previous = Some(key);
        table.push((key, wording));
    }
    Ok(table.into_boxed_slice())
}

/// Whether `locale`'s table is loaded.
pub(crate) fn is_loaded(locale: Locale) -> bool {
    TABLES.get(locale.index()).is_some_and(|slot| slot.get().is_some())
}

/// The wording of the text `key` in `locale`, when its table is loaded and has it.
#[cfg(not(feature = "embedded-texts"))]
pub(crate) fn wording(locale: Locale, key: u32) -> Option<&'static str> {
    let table = TABLES.get(locale.index())?.get()?;
    let index = table.binary_search_by_key(&key, |(key, _)| *key).ok()?;
    table.get(index).map(|(_, wording)| *wording)
}
