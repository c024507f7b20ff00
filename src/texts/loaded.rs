//! The wasm module's texts: the per-locale tables the page hands over (`loadTexts`), each read
//! once and kept for the life of the module, so a wording is a `&'static str` as natively.

#[cfg(not(feature = "embedded-texts"))]
use super::layout::Layout;
use super::table::{END, MAGIC, VERSION};
use super::TextGroup;
use crate::locale::Locale;
use std::sync::OnceLock;

/// A locale's wordings, in the tables' order.
type Table = Box<[&'static str]>;

static TABLES: [OnceLock<Table>; 4] = [const { OnceLock::new() }; 4];

/// Where each group of texts starts in every table: the same for the four locales.
#[cfg(not(feature = "embedded-texts"))]
static LAYOUT: OnceLock<Layout> = OnceLock::new();

/// Why a table was refused. No wording is quoted: a table is the package's, not the user's,
/// but an error names only what is wrong with it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum TableError {
    /// The text is no table of maatwerk's texts.
    NotATable,
    /// The table was written by another version of maatwerk than the module's.
    OtherVersion,
    /// The table does not hold as many texts as the module reads: another build's.
    OtherBuild {
        /// The texts the table holds.
        found: usize,
        /// The texts the module reads.
        expected: usize,
    },
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
            TableError::OtherBuild { found, expected } => {
                out.push_str("the texts are of another build of maatwerk than the module: ");
                out.push_str(itoa::Buffer::new().format(*found));
                out.push_str(" texts, the module reads ");
                out.push_str(itoa::Buffer::new().format(*expected));
            }
        }
        out
    }
}

/// Reads `table` and keeps it as its locale's texts; a locale loaded before keeps its table.
/// `groups` are the groups of texts in the tables' order (`crate::text_tables::groups`).
pub(crate) fn load<G>(table: String, groups: impl FnOnce() -> G) -> Result<Locale, TableError>
where
    G: Iterator<Item = &'static TextGroup>,
{
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
    let expected = texts_read(groups);
    // Kept for the life of the module, as it is: the wordings are slices of it.
    let entries = table.leak().get(header_end + END.len_utf8()..).unwrap_or_default();
    // A plain loop rather than a `collect`, one less generic copy in the module.
    let mut wordings = Vec::with_capacity(expected);
    for wording in entries.split_terminator(END) {
        wordings.push(wording);
    }
    if wordings.len() != expected {
        return Err(TableError::OtherBuild { found: wordings.len(), expected });
    }
    // A second load of the same locale can only come from a page's own code, in between: the
    // table it set is kept, as it would have been had it come first.
    let _ = slot.set(Table::from(wordings));
    Ok(locale)
}

/// How many texts the module reads from a table.
#[cfg(not(feature = "embedded-texts"))]
fn texts_read<G: Iterator<Item = &'static TextGroup>>(groups: impl FnOnce() -> G) -> usize {
    LAYOUT.get_or_init(|| Layout::of(groups())).len()
}

/// How many texts the module would read from a table: with its wordings compiled in, it reads
/// none, but refuses a table as the package's module does.
#[cfg(feature = "embedded-texts")]
fn texts_read<G: Iterator<Item = &'static TextGroup>>(groups: impl FnOnce() -> G) -> usize {
    groups().map(TextGroup::len).sum()
}

/// Whether `locale`'s table is loaded.
pub(crate) fn is_loaded(locale: Locale) -> bool {
    TABLES.get(locale.index()).is_some_and(|slot| slot.get().is_some())
}

/// The wording of the text at `index` in `group` in `locale`, when its table is loaded.
#[cfg(not(feature = "embedded-texts"))]
pub(crate) fn wording(locale: Locale, group: &'static TextGroup, index: usize) -> Option<&'static str> {
    let table = TABLES.get(locale.index())?.get()?;
    let entry = LAYOUT.get()?.entry(group, index)?;
    table.get(entry).copied()
}
