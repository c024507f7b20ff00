//! Issue codes: stable names, each tied to one rule of the catalogue and one severity.
//!
//! A code is `<family>.<snake_case_rule>`; the family names the file in `rules/` that emits
//! it. Codes are never reused or renamed: a test snapshots the full list.

use super::severity::Severity;
use serde::Serialize;

macro_rules! codes {
    ($($(#[doc = $doc:literal])* $variant:ident = $wire:literal, $rule:literal, $severity:ident;)*) => {
        /// Every issue code the library can emit.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
        pub enum Code {
            $($(#[doc = $doc])* #[serde(rename = $wire)] $variant,)*
        }

        impl Code {
            /// Every code, in declaration order.
            pub const ALL: &'static [Code] = &[$(Code::$variant),*];

            /// The wire name, e.g. `supervisor.experience_too_short`.
            pub fn as_str(self) -> &'static str {
                match self { $(Code::$variant => $wire,)* }
            }

            /// The id of the catalogue rule this code reports on.
            pub fn rule(self) -> &'static str {
                match self { $(Code::$variant => $rule,)* }
            }

            /// How much an issue with this code weighs.
            pub fn severity(self) -> Severity {
                match self { $(Code::$variant => Severity::$severity,)* }
            }
        }
    };
}

codes! {
    /// A value has another type than its field (a number where a list belongs).
    FormWrongType = "form.wrong_type", "FORM-001", Error;
    /// A value is not one of the field's choices.
    FormUnknownChoice = "form.unknown_choice", "FORM-001", Error;
    /// A text is longer than the bound.
    FormTooLong = "form.too_long", "FORM-001", Error;
    /// A list has more items than the bound.
    FormTooManyItems = "form.too_many_items", "FORM-001", Error;
    /// Nesting deeper than the bound.
    FormTooDeep = "form.too_deep", "FORM-001", Error;

    /// Neither a relevant diploma nor enough relevant experience.
    SupervisorNotQualified = "supervisor.not_qualified", "SUP-001", Error;
    /// No diploma and no experience given yet.
    SupervisorQualificationMissing = "supervisor.qualification_missing", "SUP-001", Error;
    /// Relevant experience exists but is shorter than required, and no relevant diploma.
    SupervisorExperienceTooShort = "supervisor.experience_too_short", "SUP-002", Error;
    /// A date is not `YYYY-MM-DD` or does not exist.
    SupervisorInvalidDate = "supervisor.invalid_date", "SUP-002", Error;
    /// An experience period has no start date.
    SupervisorPeriodFromMissing = "supervisor.period_from_missing", "SUP-002", Error;
    /// An experience period ends before it starts.
    SupervisorPeriodReversed = "supervisor.period_reversed", "SUP-002", Error;
    /// An experience period starts after the as-of date.
    SupervisorPeriodInFuture = "supervisor.period_in_future", "SUP-002", Warning;
    /// Whether an experience period is relevant is not answered.
    SupervisorPeriodRelevanceMissing = "supervisor.period_relevance_missing", "SUP-002", Error;
    /// A diploma that is not on the relevant-diploma list: someone must judge it.
    SupervisorDiplomaUnlisted = "supervisor.diploma_unlisted", "SUP-003", Warning;
    /// A diploma with neither a code nor a title.
    SupervisorDiplomaUnnamed = "supervisor.diploma_unnamed", "SUP-003", Error;
    /// A diploma obtained after the as-of date.
    SupervisorDiplomaInFuture = "supervisor.diploma_in_future", "SUP-003", Error;
    /// The supervisor's name is missing: one named person is responsible.
    SupervisorNameMissing = "supervisor.name_missing", "SUP-004", Error;
    /// Core competences are not all declared.
    SupervisorCompetencesNotDeclared = "supervisor.competences_not_declared", "SUP-005", Info;
}
