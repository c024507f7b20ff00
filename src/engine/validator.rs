//! The library's entry points: a form in, a [`Report`] out.
//!
//! A form arrives as JSON text (from a back office, or from the browser through
//! `JSON.stringify`); decoding never fails on what a user typed (see [`crate::model::decode`]).
//! Only input that is not an object at all is an [`InputError`].

use super::check::{self, CheckIssue};
use super::evaluation::{run, Evaluation, Selected};
use super::form::AnyForm;
use super::render;
use super::session::Session;
use crate::context::Context;
use crate::mapping::{Mapping, MappingError};
use crate::model::bounds::MAX_FORM_ITEMS;
use crate::model::decode::{InputError, ShapeProblem, Text};
use crate::model::Kind;
use crate::model::{Path, Supervisor};
use crate::report::{Issue, Report, Severity};
use std::sync::Arc;

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
    mapping: Option<Arc<Mapping>>,
}

impl Validator {
    /// A validator of `kind` forms in `ctx` (as-of date, locale, parameters).
    pub fn new(kind: Kind, ctx: Context) -> Self {
        Self { kind, ctx, mapping: None }
    }

    /// This validator reading forms in a portal's shape: each form is mapped to the wire by
    /// `mapping` first, and each issue gets the portal's path. Refused when an entry names no
    /// field of this kind's form.
    ///
    /// ```
    /// use maatwerk::{Context, Kind, Mapping, Validator};
    /// let mapping = Mapping::from_json(r#"{"fields": {"naam": "name", "ervaring[*].van": "experience[*].from",
    ///     "ervaring[*].relevant": {"path": "experience[*].relevant", "values": {"ja": true, "nee": false}}}}"#).unwrap();
    /// let ctx = Context::new(chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap());
    /// let validator = Validator::new(Kind::Supervisor, ctx).with_mapping(mapping).unwrap();
    /// let report = validator.validate(r#"{"naam": "A. Peeters", "ervaring": [{"van": "2025-04-01", "relevant": "ja"}]}"#).unwrap();
    /// let short = report.issues.iter().find(|issue| issue.code.as_str() == "supervisor.experience_too_short").unwrap();
    /// assert_eq!((short.field.as_str(), short.portal_path.as_deref()), ("experience", Some("ervaring")));
    /// ```
    pub fn with_mapping(mut self, mapping: Mapping) -> Result<Self, MappingError> {
        mapping.check(self.kind)?;
        self.mapping = (!mapping.is_empty()).then(|| Arc::new(mapping));
        Ok(self)
    }

    /// The mapping forms are read through, if any.
    pub fn mapping(&self) -> Option<&Mapping> {
        self.mapping.as_deref()
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
        let Some(mapping) = &self.mapping else { return validate_form(self.kind, text.into(), &self.ctx) };
        let wire = mapped(mapping, self.kind, text.into())?;
        let mut report = validate_form(self.kind, wire.text(), &self.ctx)?;
        mapping.annotate(&mut report.issues);
        Ok(report)
    }

    /// The errors in a form given as JSON text (and its warnings, with `warnings`), each with
    /// its code, path and message: what a schema library answers, without the report's
    /// requirements, explanations and completeness (see [`check`](super::check)). `valid` is
    /// whether it has no error.
    ///
    /// ```
    /// use maatwerk::{Context, Kind, Validator};
    /// let ctx = Context::new(chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap());
    /// let validator = Validator::new(Kind::Supervisor, ctx);
    /// let issues = validator.check(r#"{"name": "A. Peeters", "experience": [{"from": "2025-04-01", "relevant": true}]}"#, false).unwrap();
    /// assert_eq!(issues.iter().map(|issue| issue.code.as_str()).collect::<Vec<_>>(), ["supervisor.experience_too_short"]);
    /// ```
    pub fn check<'t>(&self, text: impl Into<Text<'t>>, warnings: bool) -> Result<Vec<CheckIssue>, InputError> {
        let Some(mapping) = &self.mapping else {
            return check_form(self.kind, text.into(), &self.ctx, warnings);
        };
        let wire = mapped(mapping, self.kind, text.into())?;
        let mut issues = check_form(self.kind, wire.text(), &self.ctx, warnings)?;
        for issue in &mut issues {
            issue.portal_path = Some(mapping.portal_path(&issue.path));
        }
        Ok(issues)
    }

    /// A session on a form given as JSON text: the form stays decoded, and each change of a
    /// field re-runs only the rules that read it.
    pub fn session<'t>(&self, text: impl Into<Text<'t>>) -> Result<Session, InputError> {
        let Some(mapping) = &self.mapping else { return Session::new(self.kind, text.into(), &self.ctx, None) };
        Session::new(self.kind, mapped(mapping, self.kind, text.into())?.text(), &self.ctx, Some(mapping.clone()))
    }

    /// The issues at or under `path` (and the cross-field issues that involve it): what a portal
    /// shows next to one field. Only the rules that read `path` run.
    /// With a mapping, the form is in the portal's shape and `path` is still the wire's (see
    /// [`Mapping::wire_path`]).
    pub fn issues_at<'t>(&self, text: impl Into<Text<'t>>, path: &Path) -> Result<Vec<Issue>, InputError> {
        let Some(mapping) = &self.mapping else {
            return issues_at_form(self.kind, text.into(), path, &self.ctx);
        };
        let wire = mapped(mapping, self.kind, text.into())?;
        let mut issues = issues_at_form(self.kind, wire.text(), path, &self.ctx)?;
        mapping.annotate(&mut issues);
        Ok(issues)
    }
}

/// A form in a portal's shape, mapped to the wire's.
enum Mapped<'t> {
    Wire(String),
    Unread(Text<'t>),
}

impl Mapped<'_> {
    fn text(&self) -> Text<'_> {
        match self {
            Self::Wire(json) => Text::Json(json),
            Self::Unread(text) => *text,
        }
    }
}

fn mapped<'t>(mapping: &Mapping, kind: Kind, text: Text<'t>) -> Result<Mapped<'t>, InputError> {
    match text {
        Text::Json(json) => mapping.to_wire(kind, json).map(Mapped::Wire),
        unread => Ok(Mapped::Unread(unread)),
    }
}

/// A form of `kind` read from `text` as a fresh validation reads it: past the form-wide bound,
/// its first [`MAX_FORM_ITEMS`] list items.
fn read(kind: Kind, text: Text<'_>) -> Result<(AnyForm, Vec<ShapeProblem>), InputError> {
    let (mut form, mut problems, items) = AnyForm::read(kind, text)?;
    if items > MAX_FORM_ITEMS {
        form.get_mut().limit_items(&mut problems);
    }
    Ok((form, problems))
}

fn validate_form(kind: Kind, text: Text<'_>, ctx: &Context) -> Result<Report, InputError> {
    let (form, problems) = read(kind, text)?;
    let mut evaluation = Evaluation::blank(form.get());
    run(form.get(), &problems, ctx, &mut evaluation, Selected::Every);
    Ok(render::report(&evaluation, ctx))
}

fn check_form(kind: Kind, text: Text<'_>, ctx: &Context, warnings: bool) -> Result<Vec<CheckIssue>, InputError> {
    let (form, problems) = read(kind, text)?;
    let least = if warnings { Severity::Warning } else { Severity::Error };
    let mut evaluation = Evaluation::lean(form.get(), least);
    run(form.get(), &problems, ctx, &mut evaluation, Selected::Every);
    Ok(check::issues(&evaluation, ctx))
}

fn issues_at_form(kind: Kind, text: Text<'_>, path: &Path, ctx: &Context) -> Result<Vec<Issue>, InputError> {
    let (form, problems) = read(kind, text)?;
    let mut evaluation = Evaluation::blank(form.get());
    run(form.get(), &problems, ctx, &mut evaluation, Selected::Reading(path));
    Ok(render::issues_at(&evaluation.outcomes, path, ctx))
}

/// Checks one supervisor's qualification (SUP-001..005), from typed data.
pub fn check_supervisor(form: &Supervisor, ctx: &Context) -> Report {
    let mut evaluation = Evaluation::blank(form);
    run(form, &[], ctx, &mut evaluation, Selected::Every);
    render::report(&evaluation, ctx)
}

/// Validates a form given as JSON text: [`Validator::validate`] for one call.
pub fn validate_json<'t>(kind: Kind, text: impl Into<Text<'t>>, ctx: &Context) -> Result<Report, InputError> {
    validate_form(kind, text.into(), ctx)
}

/// The issues at or under `path`: [`Validator::issues_at`] for one call.
pub fn validate_field_json<'t>(
    kind: Kind,
    text: impl Into<Text<'t>>,
    path: &Path,
    ctx: &Context,
) -> Result<Vec<Issue>, InputError> {
    issues_at_form(kind, text.into(), path, ctx)
}
