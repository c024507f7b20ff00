//! The library's entry points: a form in, a [`Report`] out.
//!
//! A form arrives as JSON text (from a back office, or from the browser through
//! `JSON.stringify`); decoding never fails on what a user typed (see [`crate::model::decode`]).
//! Only input that is not an object at all is an [`InputError`].

use super::evaluation::{run, Evaluation, Selected};
use super::kind::Kind;
use super::render;
use super::session::Session;
use super::Form;
use crate::context::Context;
use crate::model::decode::{self, Decoded, InputError, Text};
use crate::model::{Application, Path, ProviderRegistration, Supervisor, SupportPlan};
use crate::report::{Issue, Report};
use crate::rules::rule::Input;

/// Calls `$call::<F>($args)` with `F` the form type of `$kind`.
macro_rules! for_kind {
    ($kind:expr, $call:ident ( $($arg:expr),* )) => {
        match $kind {
            Kind::Application => $call::<Application>($($arg),*),
            Kind::ProviderRegistration => $call::<ProviderRegistration>($($arg),*),
            Kind::SupportPlan => $call::<SupportPlan>($($arg),*),
            Kind::Supervisor => $call::<Supervisor>($($arg),*),
        }
    };
}

/// A validator for one form kind, its options read once: what a portal keeps for the life of a
/// page, and a back office for a batch.
///
/// ```
/// use maatwerk::{Context, Kind, Validator};
/// let ctx = Context::new(chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap());
/// let validator = Validator::new(Kind::Supervisor, ctx);
/// let report = validator.validate(r#"{"name": "A. Peeters"}"#).unwrap();
/// assert!(!report.valid);
/// ```
#[derive(Debug, Clone)]
pub struct Validator {
    kind: Kind,
    ctx: Context,
}

impl Validator {
    /// A validator of `kind` forms in `ctx` (as-of date, locale, parameters).
    pub fn new(kind: Kind, ctx: Context) -> Self {
        Self { kind, ctx }
    }

    /// The form kind.
    pub fn kind(&self) -> Kind {
        self.kind
    }

    /// The context every verdict is given in.
    pub fn context(&self) -> &Context {
        &self.ctx
    }

    /// The report on a form given as JSON text (or found unreadable by the caller, see
    /// [`Text`]).
    pub fn validate<'t>(&self, text: impl Into<Text<'t>>) -> Result<Report, InputError> {
        for_kind!(self.kind, validate_form(text.into(), &self.ctx))
    }

    /// A session on a form given as JSON text: the form stays decoded, and each change of a
    /// field re-runs only the rules that read it.
    pub fn session<'t>(&self, text: impl Into<Text<'t>>) -> Result<Session, InputError> {
        Session::new(self.kind, text.into(), &self.ctx)
    }

    /// The issues at or under `path` (and the cross-field issues that involve it): what a portal
    /// shows next to one field. Only the rules that read `path` run.
    pub fn issues_at<'t>(&self, text: impl Into<Text<'t>>, path: &Path) -> Result<Vec<Issue>, InputError> {
        for_kind!(self.kind, issues_at_form(text.into(), path, &self.ctx))
    }
}

impl Kind {
    /// Whether `path` names a field (or a list item) of this kind's form, filled or not: it
    /// tells a misspelt path, for which a field's issues would always be none, from an empty
    /// field (the boundary refuses a misspelt path to `validateField` and `issuesAt`).
    pub fn names_field(self, path: &Path) -> bool {
        for_kind!(self, path_in_form(path))
    }
}

fn path_in_form<F: Form>(path: &Path) -> bool {
    decode::path_exists::<F>(path)
}

fn validate_form<F: Form>(text: Text<'_>, ctx: &Context) -> Result<Report, InputError> {
    let Decoded { form, problems } = decode::from_text::<F>(text)?;
    let mut evaluation = Evaluation::blank::<F>();
    run(&Input { form: &form, dropped: &problems }, ctx, &mut evaluation, Selected::Every);
    Ok(render::report(&evaluation, ctx))
}

fn issues_at_form<F: Form>(text: Text<'_>, path: &Path, ctx: &Context) -> Result<Vec<Issue>, InputError> {
    let Decoded { form, problems } = decode::from_text::<F>(text)?;
    let mut evaluation = Evaluation::blank::<F>();
    run(&Input { form: &form, dropped: &problems }, ctx, &mut evaluation, Selected::Reading(path));
    Ok(render::issues_at(&evaluation.outcomes, path, ctx))
}

/// Checks one supervisor's qualification (SUP-001..005), from typed data.
pub fn check_supervisor(form: &Supervisor, ctx: &Context) -> Report {
    let mut evaluation = Evaluation::blank::<Supervisor>();
    run(&Input { form, dropped: &[] }, ctx, &mut evaluation, Selected::Every);
    render::report(&evaluation, ctx)
}

/// Validates a form given as JSON text: [`Validator::validate`] for one call.
pub fn validate_json<'t>(kind: Kind, text: impl Into<Text<'t>>, ctx: &Context) -> Result<Report, InputError> {
    for_kind!(kind, validate_form(text.into(), ctx))
}

/// The issues at or under `path`: [`Validator::issues_at`] for one call.
pub fn validate_field_json<'t>(
    kind: Kind,
    text: impl Into<Text<'t>>,
    path: &Path,
    ctx: &Context,
) -> Result<Vec<Issue>, InputError> {
    for_kind!(kind, issues_at_form(text.into(), path, ctx))
}
