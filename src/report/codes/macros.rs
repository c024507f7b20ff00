//! The macro that declares one family's codes as an enum, for the families whose rules are not
//! yet one file each: each variant stands for a static [`CodeDef`](super::CodeDef).

/// Declares a family's code enum: per variant its snake_case name, rule id, severity and
/// message (nl, fr, en, de); `Code::from(variant)` points at the variant's `CodeDef`.
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

            /// The code's definition.
            pub fn def(self) -> &'static $crate::report::codes::CodeDef {
                match self {
                    $($enum::$variant => {
                        static DEF: $crate::report::codes::CodeDef = $crate::report::codes::CodeDef {
                            name: concat!($family, ".", $name),
                            rule: $crate::rule_id::RuleId::$rule,
                            severity: $crate::report::Severity::$severity,
                            messages: concat!($nl, "\u{1f}", $fr, "\u{1f}", $en, "\u{1f}", $de, "\u{1f}"),
                        };
                        &DEF
                    })*
                }
            }
        }

        impl From<$enum> for $crate::report::codes::Code {
            fn from(code: $enum) -> Self {
                $crate::report::codes::Code::of(code.def())
            }
        }
    };
}
