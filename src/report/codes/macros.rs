//! The macro that declares one family's codes.

/// Declares a family's code enum: per variant its snake_case name, rule id, severity and
/// message (nl, fr, en, de). The messages are stored in `Code`'s one table per locale (see
/// `table`), which reads them from the family's `NL`, `FR`, `EN` and `DE`.
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

            /// How many codes the family has.
            pub(crate) const COUNT: usize = [$($name),*].len();
            /// The Dutch messages, as written next to each code, in the order of the codes.
            pub(crate) const NL: [&'static str; Self::COUNT] = [$($nl),*];
            /// The French messages, as written next to each code, in the order of the codes.
            pub(crate) const FR: [&'static str; Self::COUNT] = [$($fr),*];
            /// The English messages, as written next to each code, in the order of the codes.
            pub(crate) const EN: [&'static str; Self::COUNT] = [$($en),*];
            /// The German messages, as written next to each code, in the order of the codes.
            pub(crate) const DE: [&'static str; Self::COUNT] = [$($de),*];

            /// The message in `locale`, from the one table of every code's messages.
            pub fn message(self, locale: $crate::locale::Locale) -> &'static str {
                $crate::report::codes::Code::from(self).message(locale)
            }

            /// The message in the four locales, nl, fr, en, de.
            pub fn texts(self) -> [&'static str; 4] {
                $crate::locale::Locale::ALL.map(|locale| self.message(locale))
            }
        }
    };
}

/// One locale's [`Table`](crate::report::codes::table::Table) of `$texts`, every code's message
/// in that locale in the order of the codes: each step a constant, so that the next one can size
/// its array by it.
macro_rules! message_table {
    ($texts:expr) => {{
        const TEXTS: &[&str] = &$texts;
        const LENGTHS: usize = $crate::report::codes::table::longest(TEXTS) + 1;
        const FIRSTS: [usize; TEXTS.len()] = $crate::report::codes::table::firsts::<{ TEXTS.len() }, LENGTHS>(TEXTS);
        const DISTINCT: usize = $crate::report::codes::table::distinct_count(&FIRSTS);
        const LEN: usize = $crate::report::codes::table::distinct_len(TEXTS, &FIRSTS);
        const TEXT: [u8; LEN] = $crate::report::codes::table::text(TEXTS, &FIRSTS);
        const ENDS: [u16; DISTINCT] = $crate::report::codes::table::ends(TEXTS, &FIRSTS);
        const REPEATS: [[u16; 2]; TEXTS.len() - DISTINCT] = $crate::report::codes::table::repeats(&FIRSTS);
        $crate::report::codes::table::Table::new($crate::report::codes::table::utf8(&TEXT), &ENDS, &REPEATS)
    }};
}
