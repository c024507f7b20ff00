//! The four languages of the messages: a leaf that the texts, the catalogue, the messages and
//! the context all read, and that reads none of them.

use serde::{Deserialize, Serialize};

/// Language of messages and explanations.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
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

    /// This locale's wording of a text worded in nl, fr, en, de (the order of every text).
    pub fn pick(self, wordings: &'static [&'static str; 4]) -> &'static str {
        let [nl, fr, en, de] = *wordings;
        match self {
            Locale::Nl => nl,
            Locale::Fr => fr,
            Locale::En => en,
            Locale::De => de,
        }
    }

    /// The locale's code, as the wire writes it: `nl`, `fr`, `en`, `de`.
    pub fn as_str(self) -> &'static str {
        match self {
            Locale::Nl => "nl",
            Locale::Fr => "fr",
            Locale::En => "en",
            Locale::De => "de",
        }
    }

    /// The locale whose code is `code`.
    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|locale| locale.as_str() == code)
    }
}
