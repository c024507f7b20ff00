//! Issue codes: stable names, each tied to one rule of the catalogue, one severity and one
//! message in nl, fr, en and de.
//!
//! A code is `<family>.<snake_case_rule>`; each family has one file here (codes, messages and
//! the explanations of its requirements) and one file in `rules/` that emits them. Codes are
//! never reused or renamed: a test snapshots the full list.

#[macro_use]
mod macros;

pub mod application;
pub mod form;
pub mod guidance;
pub mod id;
pub mod plan;
pub mod provider;
pub mod supervisor;
pub(crate) mod table;

use super::severity::Severity;
use crate::locale::Locale;
use crate::rule_id::RuleId;
use serde::{Serialize, Serializer};

macro_rules! families {
    ($($(#[doc = $doc:literal])* $variant:ident($inner:ty),)*) => {
        /// Every issue code the library can emit, by family.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Code {
            $($(#[doc = $doc])* $variant($inner),)*
        }

        impl Code {
            /// Every code, family by family.
            pub fn all() -> impl Iterator<Item = Code> {
                std::iter::empty()$(.chain(<$inner>::ALL.iter().map(|c| Code::$variant(*c))))*
            }

            /// The wire name, e.g. `supervisor.experience_too_short`.
            pub fn as_str(self) -> &'static str {
                match self { $(Code::$variant(c) => c.name(),)* }
            }

            /// The id of the catalogue rule this code reports on.
            pub fn rule(self) -> RuleId {
                match self { $(Code::$variant(c) => c.rule(),)* }
            }

            /// How much an issue with this code weighs.
            pub fn severity(self) -> Severity {
                match self { $(Code::$variant(c) => c.severity(),)* }
            }

            /// The message in `locale`.
            pub fn message(self, locale: Locale) -> &'static str {
                MESSAGES.get(locale.index()).map_or("", |table| table.get(self.index()))
            }

            /// This code's place in [`Code::all`], and so in every message table.
            fn index(self) -> usize {
                match self { $(Code::$variant(c) => c as usize + const { first_code(Family::$variant) },)* }
            }

            /// The message in the four locales, nl, fr, en, de.
            pub fn texts(self) -> [&'static str; 4] {
                Locale::ALL.map(|locale| self.message(locale))
            }
        }

        /// The families in the order of [`Code`], to number the codes one family after the other.
        #[derive(Clone, Copy)]
        enum Family {
            $($variant,)*
        }

        /// How many codes each family has, in the order of [`Family`].
        const COUNTS: &[usize] = &[$(<$inner>::COUNT),*];

        /// How many codes there are.
        const COUNT: usize = 0 $(+ <$inner>::COUNT)*;

        /// The messages of every code, one table per locale in the order of [`Locale::ALL`]; each
        /// distinct text of a locale once.
        const MESSAGES: [table::Table; 4] = [
            message_table!(table::join::<COUNT>(&[$(&<$inner>::NL),*])),
            message_table!(table::join::<COUNT>(&[$(&<$inner>::FR),*])),
            message_table!(table::join::<COUNT>(&[$(&<$inner>::EN),*])),
            message_table!(table::join::<COUNT>(&[$(&<$inner>::DE),*])),
        ];

        /// Every code with the literals written next to it (nl, fr, en, de), from the families'
        /// own lists, to hold the tables against.
        #[cfg(test)]
        fn literals() -> Vec<(Code, [&'static str; 4])> {
            let mut literals = Vec::new();
            $(
                assert_eq!(<$inner>::ALL.len(), <$inner>::COUNT);
                let family = <$inner>::ALL.iter().zip(<$inner>::NL).zip(<$inner>::FR).zip(<$inner>::EN).zip(<$inner>::DE);
                literals.extend(family.map(|((((code, nl), fr), en), de)| (Code::from(*code), [nl, fr, en, de])));
            )*
            literals
        }

        $(impl From<$inner> for Code {
            fn from(code: $inner) -> Self {
                Code::$variant(code)
            }
        })*
    };
}

families! {
    /// Values that do not fit the form's shape.
    Form(form::FormCode),
    /// Belgian identifiers: INSZ, KBO, IBAN, postcode.
    Id(id::IdCode),
    /// The qualified supervisor.
    Supervisor(supervisor::SupervisorCode),
    /// The employer's application.
    Application(application::ApplicationCode),
    /// The external provider's registration.
    Provider(provider::ProviderCode),
    /// The support plan.
    Plan(plan::PlanCode),
    /// The guidance arrangements in the support plan.
    Guidance(guidance::GuidanceCode),
}

/// The number of the first code of `family`: the families before it have the numbers before.
/// Only evaluated in `const` blocks, at build time.
const fn first_code(family: Family) -> usize {
    let (before, _) = COUNTS.split_at(family as usize);
    let mut first = 0;
    let mut counts = before;
    while let [count, more @ ..] = counts {
        first += *count;
        counts = more;
    }
    first
}

impl Serialize for Code {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::{literals, Code, MESSAGES};
    use crate::locale::Locale;
    use std::collections::BTreeSet;

    /// The tables give back, byte for byte, what is written next to each code, through `Code`
    /// and through the family's own code.
    #[test]
    fn every_message_is_the_literal_written_next_to_its_code() {
        let literals = literals();
        assert_eq!(literals.iter().map(|(code, _)| *code).collect::<Vec<_>>(), Code::all().collect::<Vec<_>>());
        for (code, texts) in literals {
            assert_eq!(code.texts(), texts, "{}", code.as_str());
            let family = match code {
                Code::Form(c) => c.texts(),
                Code::Id(c) => c.texts(),
                Code::Supervisor(c) => c.texts(),
                Code::Application(c) => c.texts(),
                Code::Provider(c) => c.texts(),
                Code::Plan(c) => c.texts(),
                Code::Guidance(c) => c.texts(),
            };
            assert_eq!(family, texts, "{}", code.as_str());
        }
    }

    /// A locale's table holds each distinct message once, and nothing that is no code's message.
    #[test]
    fn no_table_holds_a_text_twice() {
        for (table, locale) in MESSAGES.iter().zip(Locale::ALL) {
            let texts: Vec<&str> = table.distinct_texts().collect();
            let distinct: BTreeSet<&str> = texts.iter().copied().collect();
            assert_eq!(distinct.len(), texts.len(), "{locale:?} holds a text twice");
            let messages: BTreeSet<&str> = Code::all().map(|code| code.message(locale)).collect();
            assert_eq!(distinct, messages, "{locale:?}");
            // The families share texts: the table is smaller than one per code.
            assert!(texts.len() < Code::all().count(), "{locale:?}");
        }
    }
}
