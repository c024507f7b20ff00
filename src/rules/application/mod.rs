//! Family `application` (APP-001..014): the employer's application (loonpremie,
//! begeleidingspremie) and the self-employed person's (ondersteuningspremie).
//!
//! The facts several rules share (dates, places, the indicated measures, the premiums asked)
//! are read once, so a malformed date or postcode is reported once. Then each rule judges them
//! in catalogue order, but only from the date it holds: a rule not in force on the as-of date is
//! recorded as met, with the day it starts, and checks nothing.

mod employer;
mod facts;
mod guidance;
mod indication;
mod notices;
mod place;
mod premiums;
mod residence;
mod timing;

use super::catalogue;
use super::outcome::Outcome;
use super::rule::{Applies, Check, Rule};
use crate::context::Context;
use crate::locale::Texts;
use crate::model::application::Application;
use crate::model::Path;
use crate::report::codes::application::explain;
use crate::report::{Code, Finding, Status, Verdict};
use crate::rule_id::RuleId;
use chrono::NaiveDate;
use facts::Facts;

/// The family's rules; one unit until each rule stands on its own.
pub const RULES: &[Rule<Application>] = &[Rule {
    id: RuleId::App001,
    reads: &[""],
    applies: Applies::Always,
    check: Check::Form(|input, ctx, out| check(input.form, ctx, out)),
}];

/// Checks an application.
fn check(form: &Application, ctx: &Context, out: &mut Outcome) {
    let facts = Facts::read(form, out);
    indication::check(form, &facts, ctx, out);
    residence::check_residence(&facts, ctx, out);
    residence::check_establishment(&facts, ctx, out);
    premiums::check_indivisible(&facts, ctx, out);
    premiums::check_self_employed(&facts, ctx, out);
    guidance::check(form, &facts, ctx, out);
    timing::check_during_employment(&facts, ctx, out);
    employer::check_ids(form, ctx, out);
    employer::check_eligibility(form, &facts, ctx, out);
    timing::check_scheme_start(&facts, ctx, out);
    notices::check(form, &facts, ctx, out);
}

/// A path from the root of the form.
fn at(keys: &[&'static str]) -> Path {
    keys.iter().fold(Path::root(), |path, key| path.key(key))
}

/// The first day a rule holds, as the catalogue states it.
fn effective_from(rule: RuleId) -> Option<NaiveDate> {
    catalogue::find(rule).map(|def| def.effective_from)
}

/// Whether `rule` holds on the as-of date, given the day it starts; a rule that does not hold
/// yet is recorded as met with that day, so the report still lists it.
fn in_force(rule: RuleId, from: Option<NaiveDate>, ctx: &Context, out: &mut Outcome) -> bool {
    match from {
        Some(from) if ctx.as_of < from => {
            out.judge(
                Verdict::new(rule, Status::Met, explain::NOT_IN_FORCE).with("from", from).with("asOf", ctx.as_of),
            );
            false
        }
        _ => true,
    }
}

/// [`in_force`] with the day from the catalogue.
fn holds(rule: RuleId, ctx: &Context, out: &mut Outcome) -> bool {
    in_force(rule, effective_from(rule), ctx, out)
}

/// Reports a required fact as missing, unless the shape check already reported a value there
/// or above (a dropped value is one problem, not two).
fn report_missing(out: &mut Outcome, finding: Finding) {
    let dropped = out.findings.iter().any(|shape| {
        matches!(shape.code, Code::Form(_))
            && !shape.path.segments().is_empty()
            && finding.path.starts_with(&shape.path)
    });
    if !dropped {
        out.push(finding);
    }
}

/// What a rule found: whether a condition is broken, and which facts it still lacks.
#[derive(Debug, Default)]
struct Judgement {
    broken: bool,
    missing: Vec<Path>,
}

impl Judgement {
    /// Not met when broken, unknown while facts are missing, met otherwise.
    fn verdict(self, rule: RuleId, met: Texts, not_met: Texts) -> Verdict {
        let (status, texts) = if self.broken {
            (Status::NotMet, not_met)
        } else if !self.missing.is_empty() {
            (Status::Unknown, explain::FACTS_MISSING)
        } else {
            (Status::Met, met)
        };
        Verdict::new(rule, status, texts).missing(self.missing)
    }
}
