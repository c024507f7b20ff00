//! A form being edited: the decoded form and each rule's outcome stay in the session, so a
//! change of one field decodes that field alone, re-runs only the rules that read it, and
//! answers with what changed.

use super::evaluation::{blank, run};
use super::kind::Kind;
use super::render::{self, involves};
use super::Form;
use crate::context::Context;
use crate::model::decode::{self, Decoded, InputError, SetError, ShapeProblem};
use crate::model::{Application, Path, ProviderRegistration, Supervisor, SupportPlan};
use crate::report::{Finding, Issue, Report, Severity};
use crate::rules::outcome::Outcome;
use crate::rules::rule::Input;
use serde::Serialize;
use std::cmp::Ordering;

/// What one change did to the form's issues.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
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

/// One form kind's session state.
#[derive(Debug, Clone)]
struct State<F> {
    form: F,
    problems: Vec<ShapeProblem>,
    outcomes: Vec<Outcome>,
}

impl<F: Form> State<F> {
    fn new(text: &str, ctx: &Context) -> Result<Self, InputError> {
        let Decoded { form, problems } = decode::from_json::<F>(text)?;
        let mut outcomes = blank::<F>();
        run(&Input { form: &form, dropped: &problems }, ctx, &mut outcomes, |_, _| true);
        Ok(Self { form, problems, outcomes })
    }

    fn set(&mut self, path: &Path, text: &str, ctx: &Context) -> Result<Delta, SetError> {
        // A path that names no field, or text that is not JSON, is refused before the form changes.
        let added_problems = decode::decode_at(&mut self.form, path, text)?;
        // What was dropped at the field, under it, or at a group it now fills is gone with the
        // old value.
        let touched = |problem: &ShapeProblem| problem.path.starts_with(path) || path.starts_with(&problem.path);
        let old_problems = std::mem::take(&mut self.problems);
        self.problems = old_problems.iter().filter(|p| !touched(p)).cloned().chain(added_problems).collect();

        let rerun: Vec<bool> = F::rules().iter().map(|rule| rule.reads_path(path)).collect();
        let mut replaced: Vec<Outcome> = Vec::new();
        for (outcome, rerun) in self.outcomes.iter_mut().zip(&rerun) {
            if *rerun {
                replaced.push(std::mem::take(outcome));
            }
        }
        run(&Input { form: &self.form, dropped: &self.problems }, ctx, &mut self.outcomes, |index, _| {
            rerun.get(index).copied().unwrap_or(true)
        });

        let (old_shape, new_shape) = (render::shape_findings(&old_problems), render::shape_findings(&self.problems));
        let mut replaced_iter = replaced.iter();
        let old_outcomes: Vec<&Outcome> = self
            .outcomes
            .iter()
            .zip(&rerun)
            .map(|(current, rerun)| if *rerun { replaced_iter.next().unwrap_or(current) } else { current })
            .collect();
        let before = render::sorted(old_shape.iter().chain(old_outcomes.iter().flat_map(|o| o.findings.iter())));
        let after = render::sorted(new_shape.iter().chain(self.outcomes.iter().flat_map(|o| o.findings.iter())));
        Ok(delta(&before, &after, path, ctx))
    }

    fn issues_at(&self, path: &Path, ctx: &Context) -> Vec<Issue> {
        render::issues_at(&self.problems, &self.outcomes, path, ctx)
    }

    fn report(&self, ctx: &Context) -> Report {
        render::report(&self.problems, &self.outcomes, ctx)
    }
}

/// The change from `before` to `after`, both sorted by [`render::order`] and unique in it.
fn delta(before: &[&Finding], after: &[&Finding], path: &Path, ctx: &Context) -> Delta {
    let (mut gone, mut came): (Vec<&Finding>, Vec<&Finding>) = (Vec::new(), Vec::new());
    let (mut old, mut new) = (before.iter().copied().peekable(), after.iter().copied().peekable());
    loop {
        match (old.peek(), new.peek()) {
            (Some(a), Some(b)) => match render::order(a, b) {
                Ordering::Less => gone.extend(old.next()),
                Ordering::Greater => came.extend(new.next()),
                Ordering::Equal => {
                    if a != b {
                        gone.push(a);
                        came.push(b);
                    }
                    old.next();
                    new.next();
                }
            },
            (Some(_), None) => gone.extend(old.next()),
            (None, Some(_)) => came.extend(new.next()),
            (None, None) => break,
        }
    }
    let elsewhere = |finding: &&Finding| !involves(finding, path);
    Delta {
        at: after.iter().filter(|finding| involves(finding, path)).map(|f| render::issue(f, ctx)).collect(),
        added: came.into_iter().filter(elsewhere).map(|f| render::issue(f, ctx)).collect(),
        removed: gone.into_iter().filter(elsewhere).map(|f| render::issue(f, ctx)).collect(),
        valid: !after.iter().any(|finding| finding.code.severity() == Severity::Error),
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
    state: AnyState,
}

#[derive(Debug, Clone)]
enum AnyState {
    Application(State<Application>),
    ProviderRegistration(State<ProviderRegistration>),
    SupportPlan(State<SupportPlan>),
    Supervisor(State<Supervisor>),
}

/// Calls `$call` on the state of whatever kind the session holds.
macro_rules! on_state {
    ($state:expr, $s:ident => $call:expr) => {
        match $state {
            AnyState::Application($s) => $call,
            AnyState::ProviderRegistration($s) => $call,
            AnyState::SupportPlan($s) => $call,
            AnyState::Supervisor($s) => $call,
        }
    };
}

impl Session {
    /// A session on a form of `kind` given as JSON text.
    pub(crate) fn new(kind: Kind, text: &str, ctx: &Context) -> Result<Self, InputError> {
        let state = match kind {
            Kind::Application => AnyState::Application(State::new(text, ctx)?),
            Kind::ProviderRegistration => AnyState::ProviderRegistration(State::new(text, ctx)?),
            Kind::SupportPlan => AnyState::SupportPlan(State::new(text, ctx)?),
            Kind::Supervisor => AnyState::Supervisor(State::new(text, ctx)?),
        };
        Ok(Self { ctx: ctx.clone(), state })
    }

    /// Gives the field at `path` the value `json` (JSON text; `null` clears it) and answers with
    /// what changed. Only the rules that read the field run again.
    pub fn set(&mut self, path: &Path, json: &str) -> Result<Delta, SetError> {
        let ctx = &self.ctx;
        on_state!(&mut self.state, state => state.set(path, json, ctx))
    }

    /// The issues at or under `path`, and the cross-field issues that involve it.
    pub fn issues_at(&self, path: &Path) -> Vec<Issue> {
        on_state!(&self.state, state => state.issues_at(path, &self.ctx))
    }

    /// The report on the form as it stands.
    pub fn report(&self) -> Report {
        on_state!(&self.state, state => state.report(&self.ctx))
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
