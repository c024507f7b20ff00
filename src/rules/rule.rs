//! A rule as one typed unit: its id (and through it the catalogue entry and the codes), the
//! fields it reads, when it applies, and its check. The engine runs rules through this and
//! nothing else, so it can skip a rule that is not in force and, in a session, re-run only the
//! rules that read a changed field.

use super::outcome::{Outcome, Tally};
use super::pattern;
use crate::context::{Context, Parameters};
use crate::model::decode::{ShapeKind, ShapeProblem};
use crate::model::Path;
use crate::rule_id::RuleId;
use chrono::NaiveDate;

/// What a rule sees: the decoded form and the values decoding dropped (a rule does not report
/// a dropped value as missing: it is one problem, already reported).
#[derive(Debug, Clone, Copy)]
pub struct Input<'a, F> {
    /// The form, without the values that did not fit.
    pub form: &'a F,
    /// The values that did not fit, each at its path.
    pub dropped: &'a [ShapeProblem],
}

/// Whether the value at `path`, or one above it, is among the `dropped` ones. A list cut at its
/// bound is kept, up to the bound: what it still holds is judged as any value.
pub fn was_dropped(dropped: &[ShapeProblem], path: &Path) -> bool {
    dropped.iter().any(|problem| {
        !matches!(problem.kind, ShapeKind::TooManyItems | ShapeKind::TooManyItemsInForm)
            && !problem.path.segments().is_empty()
            && path.starts_with(&problem.path)
    })
}

/// A check over the form.
pub type FormCheck<F> = fn(&Input<'_, F>, &Context, &mut Outcome);

/// How a rule judges.
#[derive(Debug)]
pub enum Check<F: 'static> {
    /// From the form.
    Form(FormCheck<F>),
    /// From what the form's other rules counted (completeness); runs after them. It only
    /// judges (a verdict, no finding), so a lean check does not run it.
    Tally(fn(&Tally, &mut Outcome)),
}

/// From when a rule applies.
#[derive(Debug, Clone, Copy)]
pub enum Applies {
    /// From its catalogue entry's date.
    FromCatalogue,
    /// From a date the parameters give (the catalogue shows the default).
    FromParameter(fn(&Parameters) -> NaiveDate),
    /// On every date: the rule itself judges the date (the scheme's start).
    Always,
}

/// One rule of a form.
#[derive(Debug)]
pub struct Rule<F: 'static> {
    /// The catalogue rule it judges; its codes name the same id.
    pub id: RuleId,
    /// The fields it reads and reports at, as path patterns (`experience[*].from`; a group's
    /// path stands for everything under it). A test checks that every finding's path and
    /// related paths lie within them.
    pub reads: &'static [&'static str],
    /// From when it applies.
    pub applies: Applies,
    /// The check.
    pub check: Check<F>,
}

impl<F> Rule<F> {
    /// What the engine needs of the rule besides its check on the form: the same type for
    /// every form kind, so the engine's code over it is written once.
    pub fn head(&self) -> RuleHead {
        RuleHead {
            id: self.id,
            reads: self.reads,
            applies: self.applies,
            tally: match self.check {
                Check::Tally(judge) => Some(judge),
                Check::Form(_) => None,
            },
        }
    }
}

/// A [`Rule`] without its check on the form (see [`Rule::head`]).
#[derive(Debug, Clone, Copy)]
pub struct RuleHead {
    /// [`Rule::id`].
    pub id: RuleId,
    /// [`Rule::reads`].
    pub reads: &'static [&'static str],
    /// [`Rule::applies`].
    pub applies: Applies,
    /// The check, when it judges the tally ([`Check::Tally`]).
    pub tally: Option<fn(&Tally, &mut Outcome)>,
}

impl RuleHead {
    /// Whether the rule reads `path`, something under it, or a group that holds it.
    pub fn reads_path(&self, path: &Path) -> bool {
        match self.tally {
            Some(_) => true,
            None => self.reads.iter().any(|reads| pattern::overlaps(reads, path)),
        }
    }
}
