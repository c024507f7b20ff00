//! The library's entry points: a form in, a [`Report`] out.
//!
//! A form arrives as JSON text (from a back office, or stringified by the browser); decoding
//! never fails on what a user typed (see [`crate::model::decode`]). Only input that is not an
//! object at all is an [`InputError`].

use crate::context::Context;
use crate::model::decode::{self, Decode, Decoded, InputError};
use crate::model::{Application, Path, ProviderRegistration, Supervisor, SupportPlan};
use crate::report::{Issue, Report};
use crate::rules::{application, engine, form, plan, provider, supervisor, Outcome};
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

fn checked<T: Decode + Default>(text: &str, rules: impl FnOnce(&T, &mut Outcome)) -> Result<Outcome, InputError> {
    let Decoded { form, problems } = decode::from_json::<T>(text)?;
    let mut out = Outcome::default();
    form::check(&problems, &mut out);
    rules(&form, &mut out);
    Ok(out)
}

fn run(kind: Kind, text: &str, ctx: &Context) -> Result<Outcome, InputError> {
    match kind {
        Kind::Application => checked(text, |f: &Application, out| application::check(f, ctx, out)),
        Kind::ProviderRegistration => checked(text, |f: &ProviderRegistration, out| provider::check(f, ctx, out)),
        Kind::SupportPlan => checked(text, |f: &SupportPlan, out| plan::check(f, ctx, out)),
        Kind::Supervisor => checked(text, |f: &Supervisor, out| supervisor::check(f, &Path::root(), ctx, out)),
    }
}

/// Checks one supervisor's qualification (SUP-001..005), from typed data.
pub fn check_supervisor(form: &Supervisor, ctx: &Context) -> Report {
    let mut out = Outcome::default();
    supervisor::check(form, &Path::root(), ctx, &mut out);
    engine::report(out, ctx)
}

/// Validates a form given as JSON text.
pub fn validate_json(kind: Kind, text: &str, ctx: &Context) -> Result<Report, InputError> {
    Ok(engine::report(run(kind, text, ctx)?, ctx))
}

/// The issues at or under `path` (and the cross-field issues that involve it): what a portal
/// shows next to one field while the user types in it.
pub fn validate_field_json(kind: Kind, text: &str, path: &Path, ctx: &Context) -> Result<Vec<Issue>, InputError> {
    Ok(engine::issues_at(run(kind, text, ctx)?, path, ctx))
}
