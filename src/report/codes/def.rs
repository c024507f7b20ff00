//! A code as a value: its wire name, the rule it reports on, its severity and its message in
//! nl, fr, en and de, declared by [`codes!`] in the file of the rule that emits it. A [`Code`]
//! points at one, so a finding carries everything about its code in one word.

use crate::locale::Locale;
use crate::report::Severity;
use crate::rule_id::RuleId;
use crate::texts::Texts;
use serde::{Serialize, Serializer};
use std::cmp::Ordering;
use std::hash::{Hash, Hasher};

/// Everything about one issue code.
#[derive(Debug)]
pub struct CodeDef {
    /// The wire name, `<family>.<snake_case>`; never renamed or reused.
    pub name: &'static str,
    /// The catalogue rule the code reports on.
    pub rule: RuleId,
    /// How much an issue with this code weighs.
    pub severity: Severity,
    /// The message in nl, fr, en and de.
    pub messages: Texts,
}

/// An issue code: one of the statics [`codes!`] declares.
#[derive(Clone, Copy)]
pub struct Code(&'static CodeDef);

impl Code {
    /// The code `def` declares.
    pub const fn of(def: &'static CodeDef) -> Self {
        Self(def)
    }

    /// The wire name, e.g. `supervisor.experience_too_short`.
    pub fn as_str(self) -> &'static str {
        self.0.name
    }

    /// The id of the catalogue rule this code reports on.
    pub fn rule(self) -> RuleId {
        self.0.rule
    }

    /// How much an issue with this code weighs.
    pub fn severity(self) -> Severity {
        self.0.severity
    }

    /// The message in `locale`.
    pub fn message(self, locale: Locale) -> &'static str {
        self.0.messages.get(locale)
    }

    /// The message as a text of the four locales.
    pub fn texts(self) -> Texts {
        self.0.messages
    }
}

impl From<&'static CodeDef> for Code {
    fn from(def: &'static CodeDef) -> Self {
        Self(def)
    }
}

// A code is its wire name: two codes are the same code when they name the same one, which the
// catalogue test keeps unique.
impl PartialEq for Code {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.0, other.0) || self.0.name == other.0.name
    }
}

impl Eq for Code {}

impl Hash for Code {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.0.name.hash(state);
    }
}

impl PartialOrd for Code {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Code {
    fn cmp(&self, other: &Self) -> Ordering {
        self.0.name.cmp(other.0.name)
    }
}

impl std::fmt::Debug for Code {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.0.name)
    }
}

impl Serialize for Code {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

/// Declares a rule's codes, each a `pub static` [`CodeDef`] with its wire name, severity and
/// message (nl, fr, en, de), and `CODES`, the list of them in the order written:
///
/// ```ignore
/// codes! {
///     rule: Sup002;
///     /// Fewer months of relevant experience than required.
///     EXPERIENCE_TOO_SHORT = "supervisor.experience_too_short", Error, ["…", "…", "…", "…"];
/// }
/// ```
macro_rules! codes {
    (rule: $rule:ident;) => {
        /// The rule's codes: it has none (it only states whether its facts are complete).
        pub const CODES: &[&$crate::report::codes::CodeDef] = &[];
    };
    (
        rule: $rule:ident;
        $($(#[doc = $doc:literal])* $code:ident = $name:literal, $severity:ident,
            [$nl:literal, $fr:literal, $en:literal, $de:literal $(,)?];)+
    ) => {
        /// The places of the rule's messages in its group of texts, in the order they are
        /// declared.
        #[allow(non_camel_case_types, clippy::upper_case_acronyms)]
        enum CodeIndex {
            $($code),*
        }
        /// The rule's messages as a group of the tables (`crate::text_tables`).
        static CODE_TEXTS: $crate::texts::TextGroup = $crate::texts::TextGroup::new([$(CodeIndex::$code),+].len());
        $(
            $(#[doc = $doc])*
            pub static $code: $crate::report::codes::CodeDef = $crate::report::codes::CodeDef {
                name: $name,
                rule: $crate::rule_id::RuleId::$rule,
                severity: $crate::report::Severity::$severity,
                messages: $crate::texts::Texts::new(&CODE_TEXTS, CodeIndex::$code as u16, &[$nl, $fr, $en, $de]),
            };
        )*
        /// The rule's codes, in the order they are declared.
        pub const CODES: &[&$crate::report::codes::CodeDef] = &[$(&$code),*];
    };
}
pub(crate) use codes;
