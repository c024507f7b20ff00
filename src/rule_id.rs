//! The ids of the catalogue's rules, as a type: rule code, codes, verdicts and the catalogue
//! name a rule by this enum, so a misspelt id does not compile.

use serde::{Serialize, Serializer};

macro_rules! rule_ids {
    ($($(#[doc = $doc:literal])* $variant:ident = $text:literal,)*) => {
        /// A rule of the catalogue.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum RuleId {
            $($(#[doc = $doc])* $variant,)*
        }

        impl RuleId {
            /// Every rule id, in catalogue order.
            pub const ALL: &'static [RuleId] = &[$(RuleId::$variant),*];

            /// The id as the catalogue and the wire spell it, e.g. `SUP-002`.
            pub fn as_str(self) -> &'static str {
                match self { $(RuleId::$variant => $text,)* }
            }
        }
    };
}

rule_ids! {
    /// Values that do not fit the form's shape.
    Form001 = "FORM-001",
    /// INSZ (national register or BIS number).
    IdInsz = "ID-INSZ",
    /// KBO enterprise number.
    IdKbo = "ID-KBO",
    /// Belgian IBAN.
    IdIban = "ID-IBAN",
    /// Belgian postcode and region.
    IdPost = "ID-POST",
    /// Working days and holidays.
    Cal001 = "CAL-001",
    /// Qualified supervisor: diploma OR experience.
    Sup001 = "SUP-001",
    /// Experience in months.
    Sup002 = "SUP-002",
    /// Relevant diploma.
    Sup003 = "SUP-003",
    /// One responsible person.
    Sup004 = "SUP-004",
    /// Core competences.
    Sup005 = "SUP-005",
    /// Application: VDAB indication.
    App001 = "APP-001",
    /// Application: residence.
    App002 = "APP-002",
    /// Application: establishment.
    App003 = "APP-003",
    /// Application: "een en ondeelbaar".
    App004 = "APP-004",
    /// Application: the self-employed person's ondersteuningspremie.
    App005 = "APP-005",
    /// Application: guidance organised.
    App006 = "APP-006",
    /// Application: a qualified supervisor.
    App007 = "APP-007",
    /// Application: filed during the employment.
    App008 = "APP-008",
    /// Application: identifiers.
    App009 = "APP-009",
    /// Application: eligible employer.
    App010 = "APP-010",
    /// Application: not before the scheme's start.
    App011 = "APP-011",
    /// Application: notice.
    App012 = "APP-012",
    /// Application: notice.
    App013 = "APP-013",
    /// Application: notice.
    App014 = "APP-014",
    /// Provider registration.
    Ext001 = "EXT-001",
    /// Provider registration.
    Ext002 = "EXT-002",
    /// Provider registration.
    Ext003 = "EXT-003",
    /// Provider registration.
    Ext004 = "EXT-004",
    /// Provider registration.
    Ext005 = "EXT-005",
    /// Provider registration.
    Ext006 = "EXT-006",
    /// Provider registration.
    Ext007 = "EXT-007",
    /// Provider registration.
    Ext008 = "EXT-008",
    /// Provider registration.
    Ext009 = "EXT-009",
    /// Guidance: reachable every working day.
    Gui001 = "GUI-001",
    /// Guidance: on the work floor within 5 working days.
    Gui002 = "GUI-002",
    /// Guidance: follow-up every two weeks.
    Gui003 = "GUI-003",
    /// Guidance: a collega-coach.
    Gui004 = "GUI-004",
    /// Guidance: backups.
    Gui005 = "GUI-005",
    /// Support plan: required when guidance is indicated.
    Plan001 = "PLAN-001",
    /// Support plan: drawn up in the first months.
    Plan002 = "PLAN-002",
    /// Support plan: revised at every premium change.
    Plan003 = "PLAN-003",
    /// Support plan: signed.
    Plan004 = "PLAN-004",
    /// Support plan: the parties named.
    Plan005 = "PLAN-005",
    /// Support plan: the arrangements stated.
    Plan006 = "PLAN-006",
    /// Support plan: the employee involved.
    Plan007 = "PLAN-007",
    /// Support plan: action points.
    Plan008 = "PLAN-008",
    /// Support plan: the indication referred to.
    Plan009 = "PLAN-009",
    /// Support plan: complete.
    Plan010 = "PLAN-010",
}

impl Serialize for RuleId {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl std::fmt::Display for RuleId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// So a caller can compare with the id as text: `requirement.rule == "SUP-001"`.
impl PartialEq<&str> for RuleId {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}
