//! Every text a message, an explanation or a holiday name is made of, in nl, fr, en and de.
//!
//! A text is declared in the file that uses it ([`texts!`], and the codes' messages in
//! `codes!`); each declaration is a group of texts (`group`). Natively the four wordings are
//! compiled in. The wasm module holds only each text's group and place in it: a page downloads
//! the wordings of the locales it shows as per-locale tables, generated natively
//! (`crate::text_tables`) when the package is built, and hands them to the module (`loaded`). A
//! table lists the groups' wordings one group after the other, so it carries no key per text. A
//! page in Dutch so never downloads the French, English and German texts, and the renderer is
//! the same in both builds: a message reads the same natively, in Node and in the browser. The
//! feature `embedded-texts` compiles the wordings into the wasm module too: its own tests in
//! Node and Chromium (`tests/wasm_*.rs`) run so, without the package's tables.

mod group;
#[cfg(any(all(target_arch = "wasm32", not(feature = "embedded-texts")), all(test, not(target_arch = "wasm32"))))]
pub(crate) mod layout;
#[cfg(target_arch = "wasm32")]
pub(crate) mod loaded;
pub(crate) mod table;

pub(crate) use group::TextGroup;

use crate::locale::Locale;

/// One text in the four locales. Natively it holds the four wordings; in the wasm module, only
/// its group and its place in the group, which find it in the loaded tables.
#[derive(Clone, Copy)]
pub struct Texts {
    group: &'static TextGroup,
    index: u16,
    #[cfg(any(not(target_arch = "wasm32"), feature = "embedded-texts"))]
    wordings: &'static [&'static str; 4],
}

impl Texts {
    /// The text at `index` in `group`, worded `wordings` (nl, fr, en, de). Only [`texts!`] and
    /// `codes!` make texts, so that every text is in a group of the tables.
    #[cfg(any(not(target_arch = "wasm32"), feature = "embedded-texts"))]
    pub(crate) const fn new(group: &'static TextGroup, index: u16, wordings: &'static [&'static str; 4]) -> Self {
        Self { group, index, wordings }
    }

    /// The text at `index` in `group`: the wordings are not kept in the module.
    #[cfg(all(target_arch = "wasm32", not(feature = "embedded-texts")))]
    pub(crate) const fn new(group: &'static TextGroup, index: u16, _wordings: &'static [&'static str; 4]) -> Self {
        Self { group, index }
    }

    /// The group the text was declared in.
    #[cfg(any(target_arch = "wasm32", test))]
    pub(crate) fn group(self) -> &'static TextGroup {
        self.group
    }

    /// The text's place in its group.
    #[cfg(any(all(target_arch = "wasm32", not(feature = "embedded-texts")), all(test, not(target_arch = "wasm32"))))]
    pub(crate) fn index(self) -> usize {
        usize::from(self.index)
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
    /// whose table is not loaded, and `loaded` a table of another build, so an empty text is
    /// never shown.
    #[cfg(all(target_arch = "wasm32", not(feature = "embedded-texts")))]
    pub fn get(self, locale: Locale) -> &'static str {
        loaded::wording(locale, self.group, self.index()).unwrap_or_default()
    }
}

// A text is the one declaration it comes from: its group and its place there.
impl PartialEq for Texts {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.group, other.group) && self.index == other.index
    }
}

impl Eq for Texts {}

impl std::fmt::Debug for Texts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        #[cfg(any(not(target_arch = "wasm32"), feature = "embedded-texts"))]
        {
            let [nl, ..] = self.wordings;
            f.debug_tuple("Texts").field(nl).finish()
        }
        #[cfg(all(target_arch = "wasm32", not(feature = "embedded-texts")))]
        f.debug_tuple("Texts").field(&self.index).finish()
    }
}

/// Declares a module's texts, each a `const` [`Texts`] worded in nl, fr, en and de; their
/// group, `TEXT_GROUP`, which `text_tables` lists; and, in the native build, `TEXTS`, the list
/// of them that `text_tables` writes into the tables (a module whose group `text_tables`
/// forgets fails to build: the group would be dead code):
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
        /// The places of this module's texts in its group, in the order they are declared.
        #[allow(non_camel_case_types, clippy::upper_case_acronyms)]
        enum TextIndex {
            $($name),*
        }
        /// This module's texts as a group of the tables.
        pub(crate) static TEXT_GROUP: $crate::texts::TextGroup =
            $crate::texts::TextGroup::new([$(TextIndex::$name),*].len());
        $(
            $(#[doc = $doc])*
            $vis const $name: $crate::texts::Texts =
                $crate::texts::Texts::new(&TEXT_GROUP, TextIndex::$name as u16, &[$nl, $fr, $en, $de]);
        )*
        /// This module's texts, for the per-locale tables.
        #[cfg(not(target_arch = "wasm32"))]
        pub(crate) const TEXTS: &[$crate::texts::Texts] = &[$($name),*];
    };
}
pub(crate) use texts;
