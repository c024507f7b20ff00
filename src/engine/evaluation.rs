//! Running a form's rules: each rule's outcome kept apart, so a session can replace the
//! outcomes of the rules that read a changed field and keep the others.

use super::form::Judged;
use crate::context::Context;
use crate::model::decode::ShapeProblem;
use crate::model::Path;
use crate::report::{Severity, Status, Verdict};
use crate::rules::outcome::{Outcome, Tally};
use crate::rules::registry;
use crate::rules::rule::{Applies, RuleHead};
use crate::texts::texts;
use chrono::NaiveDate;
use std::borrow::Cow;

texts! {
    /// The verdict on a rule that does not hold yet on the as-of date (`from`, `asOf`): not
    /// applicable, since the as-of date is a given fact that makes the rule irrelevant; it counts
    /// no required fact.
    NOT_IN_FORCE = [
        "Niet van toepassing: deze regel geldt vanaf {from}; op {asOf} is ze nog niet van kracht.",
        "Sans objet : cette règle s'applique à partir du {from} ; au {asOf}, elle n'est pas encore en vigueur.",
        "Not applicable: this rule holds from {from}; on {asOf} it is not in force yet.",
        "Nicht anwendbar: diese Regel gilt ab dem {from}; am {asOf} ist sie noch nicht in Kraft.",
    ];
}

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
        // Built in place: cloning an empty outcome per rule cost a lean check 3% of its time.
        let outcomes = (0..form.rule_count()).map(|_| Outcome { lean, ..Outcome::default() }).collect();
        Self { outcomes, counted: None, lean }
    }

    /// The required facts of all outcomes together, in rule order: as the rules that judge them
    /// counted them, or counted now for a form that has no such rule.
    pub(crate) fn tally(&self) -> Cow<'_, Tally> {
        self.counted.as_ref().map_or_else(|| Cow::Owned(total(&self.outcomes)), Cow::Borrowed)
    }
}

/// Which rules a [`run`] runs. A value, not a closure: each caller's closure would make a copy
/// of `run`.
#[derive(Clone, Copy)]
pub(crate) enum Selected<'a> {
    /// Every rule.
    Every,
    /// The rules that read at, under or above the path.
    Reading(&'a Path),
    /// The rules flagged true, by index (and those past the flags' end).
    Flagged(&'a [bool]),
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

/// Whether the check of `rule` (at `index` in its form's rules) on the form runs now: when
/// `selected` picks it, its outcome is cleared, and a rule not in force on the as-of date
/// checks nothing, is not applicable and says from when it holds. Written once for every
/// form kind, which gives only its loop over its rules ([`Judged::check_rules`]).
pub(crate) fn due(rule: &RuleHead, index: usize, selected: Selected<'_>, ctx: &Context, outcome: &mut Outcome) -> bool {
    let picked = match selected {
        Selected::Every => true,
        Selected::Reading(path) => rule.reads_path(path),
        Selected::Flagged(flags) => flags.get(index).copied().unwrap_or(true),
    };
    if !picked {
        return false;
    }
    outcome.clear();
    match in_force_from(rule, ctx).filter(|from| ctx.as_of < *from) {
        Some(from) => {
            outcome.judge(
                Verdict::new(rule.id, Status::NotApplicable, NOT_IN_FORCE).with("from", from).with("asOf", ctx.as_of),
            );
            false
        }
        None => true,
    }
}

/// The first day `rule` holds, or `None` when it holds on every date.
fn in_force_from(rule: &RuleHead, ctx: &Context) -> Option<NaiveDate> {
    match rule.applies {
        Applies::FromCatalogue => registry::find(rule.id).map(|def| def.effective_from),
        Applies::FromParameter(read) => Some(read(&ctx.params)),
        Applies::Always => None,
    }
}

/// The required facts of all outcomes together, in rule order.
fn total(outcomes: &[Outcome]) -> Tally {
    let mut tally = Tally::default();
    for outcome in outcomes {
        tally.required = tally.required.saturating_add(outcome.tally.required);
        tally.filled = tally.filled.saturating_add(outcome.tally.filled);
        tally.missing.extend(outcome.tally.missing.iter().cloned());
    }
    tally
}
