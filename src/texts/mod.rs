//! Every text a message, an explanation or a holiday name is made of, in nl, fr, en and de.
//!
//! A text is declared in the file that uses it ([`texts!`], and the codes' messages in
//! `codes!`). Natively the four wordings are compiled in. The wasm module holds only each
//! text's key (a hash of its four wordings, computed at compile time): a page downloads the
//! wordings of the locales it shows as per-locale tables, generated natively
//! (`crate::text_tables`) when the package is built, and hands them to the module (`loaded`). A
//! page in Dutch so never downloads the French, English and German texts, and the renderer is
//! the same in both builds: a message reads the same natively, in Node and in the browser. The
//! feature `embedded-texts` compiles the wordings into the wasm module too: its own tests in
//! Node and Chromium (`tests/wasm_*.rs`) run so, without the package's tables.

mod key;
#[cfg(target_arch = "wasm32")]
pub(crate) mod loaded;
pub(crate) mod table;

use crate::locale::Locale;

/// One text in the four locales. Natively it holds the four wordings; in the wasm module, only
/// its key into the loaded tables.
#[derive(Clone, Copy)]
pub struct Texts {
    key: u32,
    #[cfg(any(not(target_arch = "wasm32"), feature = "embedded-texts"))]
    wordings: &'static [&'static str; 4],
}

impl Texts {
    /// The text worded `wordings` (nl, fr, en, de). Only [`texts!`] and `codes!` make texts, so
    /// that every text is in a module's `TEXTS` and so in the tables.
    #[cfg(any(not(target_arch = "wasm32"), feature = "embedded-texts"))]
    pub(crate) const fn new(wordings: &'static [&'static str; 4]) -> Self {
        Self { key: key::of(wordings), wordings }
    }

    /// The text worded `wordings` (nl, fr, en, de): only its key, the wordings are read at
    /// compile time and not kept in the module.
    #[cfg(all(target_arch = "wasm32", not(feature = "embedded-texts")))]
    pub(crate) const fn new(wordings: &'static [&'static str; 4]) -> Self {
        Self { key: key::of(wordings) }
    }

    /// The key that names this text in a locale's table.
    pub fn key(self) -> u32 {
        self.key
    }

    /// The four wordings, nl, fr, en, de.
    #[cfg(any(not(target_arch = "wasm32"), feature = "embedded-texts"))]
    pub fn wordings(self) -> &'static [&'static str; 4] {
        self.wordings
    }

    /// The wording in `locale`.
    #[cfg(any(not(target_arch = "wasm32"), feature = "embedded-texts"))]
    pub fn get(self, locale: Locale) -> &'static str {
        locale.pick(self.wordings)
    }

    /// The wording in `locale`, from the table the page loaded. The exports refuse a locale
    /// whose table is not loaded, so an empty text means a table of another build.
    #[cfg(all(target_arch = "wasm32", not(feature = "embedded-texts")))]
    pub fn get(self, locale: Locale) -> &'static str {
        loaded::wording(locale, self.key).unwrap_or_default()
    }
}

// Two texts are the same text when their wordings are: the key stands for them (`text_tables`'
// test holds that no two texts share a key).
impl PartialEq for Texts {
    fn eq(&self, other: &Self) -> bool {
        self.key == other.key
    }
}

impl Eq for Texts {}

impl std::fmt::Debug for Texts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Texts({:06x})", self.key)
    }
}

/// Declares a module's texts, each a `const` [`Texts`] worded in nl, fr, en and de, and, in the
/// native build, `TEXTS`, the list of them that `text_tables` reads (a module whose `TEXTS`
/// `text_tables` forgets fails to build: the list would be dead code):
///
/// ```ignore
/// texts! {
///     /// SUP-004 met: the supervisor is the one responsible person.
///     SUPERVISOR_RESPONSIBLE = ["…", "…", "…", "…"];
///     pub(crate) FACTS_MISSING = ["…", "…", "…", "…"];
/// }
/// ```
macro_rules! texts {
    ($($(#[doc = $doc:literal])* $vis:vis $name:ident = [$nl:literal, $fr:literal, $en:literal, $de:literal $(,)?];)*) => {
        $(
            $(#[doc = $doc])*
            $vis const $name: $crate::texts::Texts = $crate::texts::Texts::new(&[$nl, $fr, $en, $de]);
        )*
        /// This module's texts, for the per-locale tables.
        #[cfg(not(target_arch = "wasm32"))]
        pub(crate) const TEXTS: &[$crate::texts::Texts] = &[$($name),*];
    };
}
pub(crate) use texts;
