//! The library's entry points: a form in, a [`Report`] out.
//!
//! A form arrives as JSON (text from a back office, a value from the browser); decoding never
//! fails on what a user typed (see [`crate::model::decode`]). Only input that is not an object
//! at all is an [`InputError`].

use crate::context::Context;
use crate::model::decode::{self, Decoded, InputError};
use crate::model::{Path, Supervisor};
use crate::report::{Issue, Report};
use crate::rules::{engine, form, supervisor, Outcome};
use serde::Deserialize;

/// Which form a value is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub enum Kind {
    /// One qualified supervisor.
    Supervisor,
}

fn run_supervisor(decoded: Decoded<Supervisor>, ctx: &Context) -> Outcome {
    let mut out = Outcome::default();
    form::check(&decoded.problems, &mut out);
    supervisor::check(&decoded.form, &Path::root(), ctx, &mut out);
    out
}

fn run(kind: Kind, value: serde_json::Value, ctx: &Context) -> Result<Outcome, InputError> {
    Ok(match kind {
        Kind::Supervisor => run_supervisor(decode::from_value(value)?, ctx),
    })
}

/// Checks one supervisor's qualification (SUP-001..005).
pub fn check_supervisor(form: &Supervisor, ctx: &Context) -> Report {
    engine::report(run_supervisor(Decoded { form: form.clone(), problems: Vec::new() }, ctx), ctx)
}

/// Validates a form given as a JSON value.
pub fn validate_value(kind: Kind, value: serde_json::Value, ctx: &Context) -> Result<Report, InputError> {
    Ok(engine::report(run(kind, value, ctx)?, ctx))
}

/// Validates a form given as JSON text.
pub fn validate_json(kind: Kind, text: &str, ctx: &Context) -> Result<Report, InputError> {
    validate_value(kind, parse(text)?, ctx)
}

/// The issues at or under `path` (and the cross-field issues that involve it): what a portal
/// shows next to one field while the user types in it.
pub fn validate_field_json(kind: Kind, text: &str, path: &Path, ctx: &Context) -> Result<Vec<Issue>, InputError> {
    Ok(engine::issues_at(run(kind, parse(text)?, ctx)?, path, ctx))
}

fn parse(text: &str) -> Result<serde_json::Value, InputError> {
    if text.len() > crate::model::bounds::MAX_INPUT_BYTES {
        return Err(InputError::TooLarge);
    }
    serde_json::from_str(text).map_err(|_| InputError::NotJson)
}
