//! The kinds of form the library checks, and what a path names in each kind's form.

use super::decode::{self, Expected};
use super::{Application, Path, ProviderRegistration, Supervisor, SupportPlan};
use serde::Deserialize;

/// Which form a value is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
pub enum Kind {
    /// The employer's (or self-employed person's) application.
    Application,
    /// An external service provider's registration.
    ProviderRegistration,
    /// The support plan (ondersteuningsplan).
    SupportPlan,
    /// One qualified supervisor.
    Supervisor,
}

impl Kind {
    /// Every kind, with its wire name, in the contract's order.
    const NAMED: [(Kind, &'static str); 4] = [
        (Kind::Application, "application"),
        (Kind::ProviderRegistration, "providerRegistration"),
        (Kind::SupportPlan, "supportPlan"),
        (Kind::Supervisor, "supervisor"),
    ];

    /// The wire name, as the JS contract spells it (`supportPlan`).
    pub fn wire_name(self) -> &'static str {
        Self::NAMED.iter().find(|(kind, _)| *kind == self).map_or("", |(_, name)| name)
    }

    /// Whether `path` names a field (or a list item) of this kind's form, filled or not: it
    /// tells a misspelt path, for which a field's issues would always be none, from an empty
    /// field (the boundary refuses a misspelt path to `validateField` and `issuesAt`).
    pub fn names_field(self, path: &Path) -> bool {
        self.expected_at(path).is_some()
    }

    /// What `path` names in this kind's form (text, a number, yes or no, a choice, a list or a
    /// group); `None` when it names nothing.
    pub fn expected_at(self, path: &Path) -> Option<Expected> {
        match self {
            Kind::Application => decode::expected_at::<Application>(path),
            Kind::ProviderRegistration => decode::expected_at::<ProviderRegistration>(path),
            Kind::SupportPlan => decode::expected_at::<SupportPlan>(path),
            Kind::Supervisor => decode::expected_at::<Supervisor>(path),
        }
    }
}

/// A name that is not one of the four kinds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UnknownKind;

impl UnknownKind {
    /// What is wrong, in words (the wasm module passes it on without a `Formatter`).
    pub(crate) const MESSAGE: &'static str =
        "kind must be application, providerRegistration, supportPlan or supervisor";
}

impl std::fmt::Display for UnknownKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(Self::MESSAGE)
    }
}

impl std::error::Error for UnknownKind {}

impl std::str::FromStr for Kind {
    type Err = UnknownKind;

    /// A kind by its wire name.
    fn from_str(name: &str) -> Result<Self, UnknownKind> {
        Self::NAMED.iter().find(|(_, wire)| *wire == name).map(|(kind, _)| *kind).ok_or(UnknownKind)
    }
}

#[cfg(test)]
mod tests {
    use super::Kind;

    #[test]
    fn wire_names_are_serdes_and_parse_back() {
        for (kind, name) in Kind::NAMED {
            assert_eq!(serde_json::from_value::<Kind>(serde_json::Value::from(name)).ok(), Some(kind));
            assert_eq!(kind.wire_name(), name);
            assert_eq!(name.parse::<Kind>(), Ok(kind));
        }
        assert_eq!("SupportPlan".parse::<Kind>(), Err(super::UnknownKind));
    }
}
