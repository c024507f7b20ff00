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
                match self { $(Code::$variant(c) => c.message(locale),)* }
            }

            /// The message in the four locales, nl, fr, en, de.
            pub fn texts(self) -> [&'static str; 4] {
                Locale::ALL.map(|locale| self.message(locale))
            }
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

impl Serialize for Code {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
