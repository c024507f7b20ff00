//! The kinds of form the library checks.

use serde::Deserialize;

/// Which form a value is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
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
