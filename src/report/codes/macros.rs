//! The macro that declares one family's codes.

/// Declares a family's code enum: per variant its snake_case name, rule id, severity and
/// message (nl, fr, en, de).
macro_rules! family_codes {
    (
        $(#[doc = $edoc:literal])* $enum:ident, $family:literal;
        $($(#[doc = $doc:literal])* $variant:ident = $name:literal, $rule:ident, $severity:ident,
            [$nl:literal, $fr:literal, $en:literal, $de:literal $(,)?];)*
    ) => {
        $(#[doc = $edoc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum $enum {
            $($(#[doc = $doc])* $variant,)*
        }

        impl $enum {
            /// Every code of the family.
            pub const ALL: &'static [$enum] = &[$($enum::$variant),*];

            /// The wire name, `<family>.<name>`.
            pub fn name(self) -> &'static str {
                match self { $($enum::$variant => concat!($family, ".", $name),)* }
            }

            /// The catalogue rule id.
            pub fn rule(self) -> $crate::rule_id::RuleId {
                match self { $($enum::$variant => $crate::rule_id::RuleId::$rule,)* }
            }

            /// The severity.
            pub fn severity(self) -> $crate::report::Severity {
                match self { $($enum::$variant => $crate::report::Severity::$severity,)* }
            }

            /// The message, nl, fr, en, de.
            pub fn texts(self) -> $crate::locale::Texts {
                match self { $($enum::$variant => &[$nl, $fr, $en, $de],)* }
            }
        }
    };
}
