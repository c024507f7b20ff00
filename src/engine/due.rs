//! Whether a rule's check runs now: picked by the call (every rule, those reading a path, those
//! a session flagged) and in force on the as-of date.

use crate::context::Context;
use crate::model::Path;
use crate::report::{Status, Verdict};
use crate::rules::outcome::Outcome;
use crate::rules::registry;
use crate::rules::rule::{Applies, RuleHead};
use crate::texts::texts;
use chrono::NaiveDate;

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

/// Which rules a [`run`](super::evaluation::run) runs. A value, not a closure: each caller's closure would make a copy
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

/// Whether the check of `rule` (at `index` in its form's rules) on the form runs now: when
/// `selected` picks it, its outcome is cleared, and a rule not in force on the as-of date
/// checks nothing, is not applicable and says from when it holds. Written once for every
/// form kind, which gives only its loop over its rules
/// ([`Judged::check_rules`](super::form::Judged::check_rules)).
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
