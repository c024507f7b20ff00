//! The macro that declares one family's codes.

/// Declares a family's code enum: per variant its snake_case name, rule id, severity and
/// message (nl, fr, en, de). The messages are kept as one table per locale (the family's texts
/// in one string, with where each ends), not as four pointers per code.
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

            /// The message in `locale`: a slice of the family's one text per locale.
            pub fn message(self, locale: $crate::locale::Locale) -> &'static str {
                const COUNT: usize = [$($name),*].len();
                const TABLES: [$crate::report::codes::table::Table<COUNT>; 4] = [
                    $crate::report::codes::table::Table::new(concat!($($nl),*), [$($nl.len()),*]),
                    $crate::report::codes::table::Table::new(concat!($($fr),*), [$($fr.len()),*]),
                    $crate::report::codes::table::Table::new(concat!($($en),*), [$($en.len()),*]),
                    $crate::report::codes::table::Table::new(concat!($($de),*), [$($de.len()),*]),
                ];
                TABLES.get(locale.index()).map_or("", |table| table.get(self as usize))
            }

            /// The message in the four locales, nl, fr, en, de.
            pub fn texts(self) -> [&'static str; 4] {
                $crate::locale::Locale::ALL.map(|locale| self.message(locale))
            }
        }
    };
}
