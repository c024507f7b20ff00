//! The engine: runs a form's rules and turns what they found into the contract's answers.
//!
//! Every form kind is a list of [`Rule`]s. The engine alone decides whether a rule is in force
//! on the as-of date, runs the rules (all of them for a report, only those that read a field
//! for that field's issues or a session's change), and dresses the findings for a reader:
//! messages are rendered only for the issues it returns. It reaches a form and its rules
//! through one trait object ([`form::Judged`]), so its code is compiled once for every kind.

mod check;
pub(crate) mod due;
pub(crate) mod evaluation;
pub(crate) mod form;
mod render;
mod session;
#[cfg(test)]
mod tests;
mod validator;

use crate::model::{Application, ProviderRegistration, Supervisor, SupportPlan};
use crate::rules::rule::Rule;

pub use crate::model::{Kind, UnknownKind};
pub use check::CheckIssue;
pub use session::{Delta, Session};
pub use validator::{check_supervisor, validate_field_json, validate_json, Validator};

/// A form kind: the type a form decodes into, and its rules in report order. The engine reaches
/// it as a [`form::Judged`].
pub(crate) trait Form:
    crate::model::decode::Decode + crate::model::decode::ListItem + Default + Clone + 'static
{
    /// The rules of this form, in the order the report lists their requirements.
    fn rules() -> &'static [Rule<Self>];
}

impl Form for SupportPlan {
    fn rules() -> &'static [Rule<Self>] {
        crate::rules::registry::SUPPORT_PLAN
    }
}

impl Form for Supervisor {
    fn rules() -> &'static [Rule<Self>] {
        crate::rules::registry::SUPERVISOR
    }
}

impl Form for ProviderRegistration {
    fn rules() -> &'static [Rule<Self>] {
        crate::rules::registry::PROVIDER_REGISTRATION
    }
}

impl Form for Application {
    fn rules() -> &'static [Rule<Self>] {
        crate::rules::registry::APPLICATION
    }
}
