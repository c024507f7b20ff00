//! A form being edited: the decoded form and each rule's outcome stay in the session, so a
//! change of one field decodes that field alone, re-runs only the rules that read it, and
//! answers with what changed.

use super::evaluation::{run, Evaluation, Selected};
use super::form::AnyForm;
use super::render::{self, involving};
use crate::context::Context;
use crate::mapping::{Mapping, MappingError};
use crate::model::bounds::MAX_FORM_ITEMS;
use crate::model::decode::{InputError, SetError, ShapeKind, ShapeProblem, Text};
use crate::model::Kind;
use crate::model::Path;
use crate::report::{Finding, Issue, Report};
use crate::rules::outcome::Outcome;
use serde::Serialize;
use std::cmp::Ordering;
use std::sync::Arc;

/// What one change did to the form's issues.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
pub struct Delta {
    /// Every issue now at or under the changed field, or involving it: what the field shows.
    pub at: Vec<Issue>,
    /// Issues elsewhere that the change made appear.
    pub added: Vec<Issue>,
    /// Issues elsewhere that the change made disappear.
    pub removed: Vec<Issue>,
    /// Whether the form now has no issue of severity error.
    pub valid: bool,
}

/// A session's state, whatever the form's kind.
///
/// The session keeps what a fresh read of the same form would keep, and judges it the same
/// way: the form as set (every list up to its own bound), what did not fit in it, and the
/// count of its list items, so the form-wide bound is judged on the whole form after every
/// change, as a fresh read judges it.
#[derive(Debug, Clone)]
struct State {
    form: AnyForm,
    problems: Vec<ShapeProblem>,
    /// The list items `form` holds.
    items: usize,
    evaluation: Evaluation,
}

impl State {
    fn new(kind: Kind, text: Text<'_>, ctx: &Context) -> Result<Self, InputError> {
        let (form, problems, items) = AnyForm::read(kind, text)?;
        let evaluation = Evaluation::blank(form.get());
        let mut state = Self { form, problems, items, evaluation };
        state.judge(ctx, &[]);
        Ok(state)
    }

    /// Runs the rules `rerun` selects (by index; those past its end too) on the form as it stands. Past the form-wide bound the
    /// rules judge its first [`MAX_FORM_ITEMS`] items, as a fresh read keeps them: the items
    /// past it are moved out of the form for the run and put back after it, not copied.
    fn judge(&mut self, ctx: &Context, rerun: &[bool]) {
        let limited = (self.items > MAX_FORM_ITEMS).then(|| {
            let mut problems = self.problems.clone();
            let cut = self.form.get_mut().limit_items(&mut problems);
            (cut, problems)
        });
        let dropped = limited.as_ref().map_or(self.problems.as_slice(), |(_, problems)| problems.as_slice());
        run(self.form.get(), dropped, ctx, &mut self.evaluation, Selected::Flagged(rerun));
        if let Some((cut, _)) = limited {
            self.form.get_mut().restore_items(cut);
        }
    }

    fn set(&mut self, path: &Path, text: Text<'_>, ctx: &Context) -> Result<Delta, SetError> {
        let was_limited = self.items > MAX_FORM_ITEMS;
        // A path that names no field, or text that is not JSON, is refused before the form changes.
        let set = self.form.get_mut().set(path, text)?;
        // What was dropped at the field or under it is gone with the old value, and so is a
        // misfit above it that the set replaced with a group or a list. A list past its bound
        // stays past it: setting one of its items leaves the items past the bound as they are.
        let mut touched = set.touched;
        // A loop rather than `retain`, whose closure would be one more generic copy of it.
        let kept = std::mem::take(&mut self.problems);
        self.problems.reserve(kept.len());
        for problem in kept {
            let below = problem.path.starts_with(path);
            let replaced_above = path.starts_with(&problem.path) && problem.kind != ShapeKind::TooManyItems;
            if replaced_above && problem.path.segments().len() < touched.segments().len() {
                touched = problem.path;
            }
            if !(below || replaced_above) {
                self.problems.push(problem);
            }
        }
        // A loop rather than `extend`, one generic copy less in the module.
        for problem in set.problems {
            self.problems.push(problem);
        }
        self.items = self.items.saturating_add_signed(set.items);

        // Which items the form-wide bound leaves out depends on every list: while it holds,
        // every rule runs again. Otherwise only the rules reading at, under or above what the
        // set created or replaced can judge otherwise.
        let every = was_limited || self.items > MAX_FORM_ITEMS;
        let form = self.form.get();
        // Pushed one by one, not `vec![every; n]`: that is a generic copy of its own for `bool`.
        let mut rerun = Vec::with_capacity(form.rule_count());
        for index in 0..form.rule_count() {
            rerun.push(every || form.head(index).is_some_and(|rule| rule.reads_path(&touched)));
        }
        let mut replaced: Vec<Outcome> = Vec::new();
        for (outcome, rerun) in self.evaluation.outcomes.iter_mut().zip(&rerun) {
            if *rerun {
                replaced.push(std::mem::take(outcome));
            }
        }
        self.judge(ctx, &rerun);

        let before = render::merged(&self.evaluation.outcomes, &rerun, &replaced);
        let after = render::merged(&self.evaluation.outcomes, &[], &[]);
        Ok(delta(&before, &after, path, ctx))
    }

    fn issues_at(&self, path: &Path, ctx: &Context) -> Vec<Issue> {
        render::issues_at(&self.evaluation.outcomes, path, ctx)
    }

    fn report(&self, ctx: &Context) -> Report {
        render::report(&self.evaluation, ctx)
    }
}

/// The change from `before` to `after`, both sorted by [`render::order`] and unique in it.
fn delta(before: &[&Finding], after: &[&Finding], path: &Path, ctx: &Context) -> Delta {
    let (mut gone, mut came): (Vec<&Finding>, Vec<&Finding>) = (Vec::new(), Vec::new());
    // Walked by index and pushed, not peeked and extended from an `Option`: no generic copy of
    // its own for either.
    let (mut old, mut new) = (0, 0);
    loop {
        match (before.get(old), after.get(new)) {
            (Some(&a), Some(&b)) => match render::order(a, b) {
                Ordering::Less => {
                    gone.push(a);
                    old += 1;
                }
                Ordering::Greater => {
                    came.push(b);
                    new += 1;
                }
                Ordering::Equal => {
                    if a != b {
                        gone.push(a);
                        came.push(b);
                    }
                    old += 1;
                    new += 1;
                }
            },
            (Some(&a), None) => {
                gone.push(a);
                old += 1;
            }
            (None, Some(&b)) => {
                came.push(b);
                new += 1;
            }
            (None, None) => break,
        }
    }
    Delta {
        at: render::capped(involving(after, path, true), ctx),
        added: render::capped(involving(&came, path, false), ctx),
        removed: render::capped(involving(&gone, path, false), ctx),
        valid: !render::any_error(after.iter().copied()),
    }
}

/// A form being edited (see the module docs). Made by [`Validator::session`](super::Validator::session).
///
/// ```
/// use maatwerk::{Context, Kind, Path, Validator};
/// let ctx = Context::new(chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap());
/// let mut session = Validator::new(Kind::Supervisor, ctx).session("{}").unwrap();
/// let delta = session.set(&Path::parse("name").unwrap(), r#""An Peeters""#).unwrap();
/// assert!(delta.at.is_empty());
/// ```
#[derive(Debug, Clone)]
pub struct Session {
    ctx: Context,
    state: State,
    /// The portal's form shape, when the form is read through one: every answer gets the
    /// portal's paths, and [`Session::set_mapped`] takes them.
    mapping: Option<Arc<Mapping>>,
}

impl Session {
    /// A session on a form of `kind` given as JSON text (already mapped to the wire).
    pub(crate) fn new(
        kind: Kind,
        text: Text<'_>,
        ctx: &Context,
        mapping: Option<Arc<Mapping>>,
    ) -> Result<Self, InputError> {
        Ok(Self { ctx: ctx.clone(), state: State::new(kind, text, ctx)?, mapping })
    }

    /// The form's kind.
    pub fn kind(&self) -> Kind {
        self.state.form.kind()
    }

    /// The mapping the form is read through, if any.
    pub fn mapping(&self) -> Option<&Mapping> {
        self.mapping.as_deref()
    }

    /// [`Session::set`] at a path of the portal's form (`ervaring[1].tot`), with a value in the
    /// portal's shape, both mapped to the wire's; without a mapping the path is the wire's.
    /// A path that names no field is [`SetError::UnknownPath`].
    ///
    /// ```
    /// use maatwerk::{Context, Kind, Mapping, Validator};
    /// let mapping = Mapping::from_json(r#"{"fields": {"ervaring[*].van": "experience[*].from",
    ///     "ervaring[*].relevant": {"path": "experience[*].relevant", "values": {"ja": true}}}}"#).unwrap();
    /// let ctx = Context::new(chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap());
    /// let validator = Validator::new(Kind::Supervisor, ctx).with_mapping(mapping).unwrap();
    /// let mut session = validator.session(r#"{"ervaring": [{"van": "2025-04-01", "relevant": "ja"}]}"#).unwrap();
    /// let delta = session.set_mapped("ervaring[0].van", r#""2020-04-01""#).unwrap();
    /// let gone = delta.removed.iter().find(|issue| issue.code.as_str() == "supervisor.experience_too_short").unwrap();
    /// assert_eq!(gone.portal_path.as_deref(), Some("ervaring"));
    /// ```
    pub fn set_mapped<'t>(&mut self, portal: &str, json: impl Into<Text<'t>>) -> Result<Delta, SetError> {
        let Some(mapping) = self.mapping.clone() else {
            return self.set_text(&Path::parse(portal).map_err(|_| SetError::UnknownPath)?, json.into());
        };
        let json = json.into();
        let Text::Json(value) = json else {
            let path = mapping.wire_path(self.kind(), portal).map_err(|_| SetError::UnknownPath)?;
            return self.set_text(&path, json);
        };
        let (path, wire) = mapping.value_to_wire(self.kind(), portal, value).map_err(|error| match error {
            MappingError::NoSuchField { .. } => SetError::UnknownPath,
            _ => SetError::Input(InputError::NotJson),
        })?;
        self.set_text(&path, wire.as_str().into())
    }

    /// Gives the field at `path` the value `json` (JSON text; `null` clears it; or found
    /// unreadable by the caller, see [`Text`]) and answers with what changed. Only the rules
    /// that read the field run again.
    pub fn set<'t>(&mut self, path: &Path, json: impl Into<Text<'t>>) -> Result<Delta, SetError> {
        self.set_text(path, json.into())
    }

    /// [`Session::set`] past the conversion, so that each type of `json` adds only that.
    fn set_text(&mut self, path: &Path, json: Text<'_>) -> Result<Delta, SetError> {
        let ctx = &self.ctx;
        let mut delta = self.state.set(path, json, ctx)?;
        if let Some(mapping) = &self.mapping {
            mapping.annotate(&mut delta.at);
            mapping.annotate(&mut delta.added);
            mapping.annotate(&mut delta.removed);
        }
        Ok(delta)
    }

    /// The issues at or under `path`, and the cross-field issues that involve it.
    pub fn issues_at(&self, path: &Path) -> Vec<Issue> {
        let mut issues = self.state.issues_at(path, &self.ctx);
        if let Some(mapping) = &self.mapping {
            mapping.annotate(&mut issues);
        }
        issues
    }

    /// The report on the form as it stands.
    pub fn report(&self) -> Report {
        let mut report = self.state.report(&self.ctx);
        if let Some(mapping) = &self.mapping {
            mapping.annotate(&mut report.issues);
        }
        report
    }
}

impl crate::json::ToJson for Delta {
    fn write_json(&self, out: &mut String) {
        let mut object = crate::json::Object::new(out);
        object
            .field("at", &self.at)
            .field("added", &self.added)
            .field("removed", &self.removed)
            .field("valid", &self.valid);
        object.end();
    }
}
