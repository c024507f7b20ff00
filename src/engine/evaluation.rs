//! Running a form's rules: each rule's outcome kept apart, so a session can replace the
//! outcomes of the rules that read a changed field and keep the others.

pub(crate) use super::due::Selected;
use super::form::Judged;
use crate::context::Context;
use crate::model::decode::ShapeProblem;
use crate::report::Severity;
use crate::rules::outcome::{Outcome, Tally};
use std::borrow::Cow;

/// What a form's rules found: each rule's outcome, and the required facts of them all when a
/// rule judged them (completeness), so that a report counts them no second time.
#[derive(Debug, Clone, Default)]
pub(crate) struct Evaluation {
    /// One outcome per rule, in the rules' order.
    pub outcomes: Vec<Outcome>,
    /// The required facts, when a rule that judges them counted them in the last run.
    counted: Option<Tally>,
    /// In a lean check, the least severe finding kept (see [`Outcome::lean`]).
    lean: Option<Severity>,
}

impl Evaluation {
    /// One empty outcome per rule of `form`'s kind.
    pub(crate) fn blank(form: &dyn Judged) -> Self {
        Self::of(form, None)
    }

    /// [`Evaluation::blank`] for a lean check: the findings as severe as `least` or more, alone.
    pub(crate) fn lean(form: &dyn Judged, least: Severity) -> Self {
        Self::of(form, Some(least))
    }

    fn of(form: &dyn Judged, lean: Option<Severity>) -> Self {
        // Built in place: cloning an empty outcome per rule cost a lean check 3% of its time. A
        // plain loop, not a collect of a mapped range: one generic copy less in the module.
        let mut outcomes = Vec::with_capacity(form.rule_count());
        for _ in 0..form.rule_count() {
            outcomes.push(Outcome { lean, ..Outcome::default() });
        }
        Self { outcomes, counted: None, lean }
    }

    /// The required facts of all outcomes together, in rule order: as the rules that judge them
    /// counted them, or counted now for a form that has no such rule.
    pub(crate) fn tally(&self) -> Cow<'_, Tally> {
        self.counted.as_ref().map_or_else(|| Cow::Owned(total(&self.outcomes)), Cow::Borrowed)
    }
}

/// Runs the rules `selected` picks on `form` (their outcomes replaced, the others kept), then
/// the rules that judge the tally, which depend on every other rule. `dropped`: what decoding
/// left out of the form.
pub(crate) fn run(
    form: &dyn Judged,
    dropped: &[ShapeProblem],
    ctx: &Context,
    evaluation: &mut Evaluation,
    selected: Selected<'_>,
) {
    let lean = evaluation.lean;
    let outcomes = &mut evaluation.outcomes;
    let tallied = form.check_rules(dropped, ctx, outcomes, selected);
    evaluation.counted = None;
    // The rules that judge the tally only judge: a lean check, which answers no verdicts, has
    // nothing to ask them.
    if lean.is_none() && tallied {
        let tally = total(outcomes);
        for (index, outcome) in outcomes.iter_mut().enumerate() {
            if let Some(judge) = form.head(index).and_then(|rule| rule.tally) {
                outcome.clear();
                judge(&tally, outcome);
            }
        }
        evaluation.counted = Some(tally);
    }
}

/// The required facts of all outcomes together, in rule order.
fn total(outcomes: &[Outcome]) -> Tally {
    let mut tally = Tally::default();
    for outcome in outcomes {
        tally.required = tally.required.saturating_add(outcome.tally.required);
        tally.filled = tally.filled.saturating_add(outcome.tally.filled);
        tally.missing.extend_from_slice(&outcome.tally.missing);
    }
    tally
}
