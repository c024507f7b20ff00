//! The four languages of the messages, and a text written in all four: a leaf that the codes,
//! the catalogue, the messages and the context all read, and that reads none of them.

use serde::{Deserialize, Serialize};

/// One text in the four locales, in the order nl, fr, en, de.
pub type Texts = &'static [&'static str; 4];

/// Language of messages and explanations.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub enum Locale {
    /// Dutch, the language of the Flemish administration.
    #[default]
    Nl,
    /// French.
    Fr,
    /// English.
    En,
    /// German.
    De,
}

impl Locale {
    /// Every supported locale.
    pub const ALL: [Locale; 4] = [Locale::Nl, Locale::Fr, Locale::En, Locale::De];

    /// The position of this locale in [`Locale::ALL`] and in every text table.
    pub fn index(self) -> usize {
        match self {
            Locale::Nl => 0,
            Locale::Fr => 1,
            Locale::En => 2,
            Locale::De => 3,
        }
    }

    /// This locale's text of a text given in nl, fr, en, de (the order of every text table).
    pub fn pick(self, texts: Texts) -> &'static str {
        let [nl, fr, en, de] = *texts;
        match self {
            Locale::Nl => nl,
            Locale::Fr => fr,
            Locale::En => en,
            Locale::De => de,
        }
    }
}
