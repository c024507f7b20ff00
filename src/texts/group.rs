//! A group of texts: those one `texts!` or one `codes!` declares. A locale's table lists the
//! groups' wordings one group after the other, in the order `crate::text_tables` gives, so a text
//! is found by where its group starts in the table and its own place in the group: the table
//! needs no key per text, and neither does the module.

/// One module's texts (`texts!`) or one rule's messages (`codes!`), as a place in the tables.
/// A `static`, so that each group has an address of its own, which is what the tables' layout
/// (`super::layout`) finds it by.
pub(crate) struct TextGroup {
    // Natively only the tests read it: the native tables are written from the texts themselves.
    #[cfg(any(target_arch = "wasm32", test))]
    len: u16,
}

impl TextGroup {
    /// A group of `len` texts; `texts!` and `codes!` count them.
    pub(crate) const fn new(len: usize) -> Self {
        assert!(len <= u16::MAX as usize, "a group holds at most 65,535 texts");
        Self {
            #[cfg(any(target_arch = "wasm32", test))]
            len: len as u16,
        }
    }

    /// How many texts the group holds.
    #[cfg(any(target_arch = "wasm32", test))]
    pub(crate) fn len(&self) -> usize {
        usize::from(self.len)
    }
}
