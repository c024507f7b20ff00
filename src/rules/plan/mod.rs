//! Family `plan` (PLAN-001..010): the support plan (ondersteuningsplan).
//!
//! The plan is required whenever VDAB indicated guidance, is drawn up at the start of the
//! employment, revised at every change of the begeleidingspremie, signed by the employee
//! (FAQ) and the employer, and names everyone involved. The guidance arrangements it states
//! are checked by [`super::guidance`]. Every date is judged as of `ctx.as_of`: what lies after
//! it has not happened yet.

mod content;
mod parties;
mod timing;
mod versions;

use super::fields::{self, DateField};
use super::guidance;
use super::outcome::Outcome;
use crate::context::Context;
use crate::model::plan::SupportPlan;
use crate::model::Path;
use crate::report::codes::plan::{explain, PlanCode as Code};
use crate::report::{Finding, Status, Verdict};
use crate::rule_id::RuleId;
use chrono::NaiveDate;

/// The day the scheme came into force (decree and BVR): the first day any of these rules holds.
pub const SCHEME_START: NaiveDate = match NaiveDate::from_ymd_opt(2023, 7, 1) {
    Some(date) => date,
    None => NaiveDate::MIN,
};

/// The dates several rules read, each parsed (and, when malformed, reported) once.
#[derive(Debug, Clone, Copy)]
struct Dates {
    plan: DateField,
    start: DateField,
    indication: DateField,
}

/// Checks a support plan.
pub fn check(form: &SupportPlan, ctx: &Context, out: &mut Outcome) {
    let tally_before = out.tally.clone();
    let root = Path::root();
    let dates = Dates {
        plan: fields::date(form.plan_date.as_deref(), root.key("planDate"), Code::InvalidDate, out),
        start: fields::date(form.employment_start.as_deref(), root.key("employmentStart"), Code::InvalidDate, out),
        indication: fields::date(
            form.indication.as_ref().and_then(|i| i.date.as_deref()),
            root.key("indication").key("date"),
            Code::InvalidDate,
            out,
        ),
    };
    guidance_indicated(form, out);
    timing::check(&dates, ctx, out);
    versions::revisions(form, dates.plan, ctx, out);
    versions::signatures(form, dates.plan, ctx, out);
    parties::check(form, ctx, out);
    let unstated = guidance::check(form, ctx, out);
    out.judge(if unstated.is_empty() {
        Verdict::new(RuleId::Plan006, Status::Met, explain::ARRANGEMENTS_STATED)
    } else {
        Verdict::new(RuleId::Plan006, Status::Unknown, explain::FACTS_MISSING).missing(unstated)
    });
    content::involvement(form, out);
    content::action_points(form, out);
    content::indication(form, dates.indication, out);
    completeness(&tally_before, out);
}

/// PLAN-001. The plan form itself is the plan, so the question is only whether it is required.
fn guidance_indicated(form: &SupportPlan, out: &mut Outcome) {
    let path = Path::root().key("guidanceIndicated");
    out.need(path.clone(), form.guidance_indicated.is_some());
    let verdict = match form.guidance_indicated {
        Some(true) => Verdict::new(RuleId::Plan001, Status::Met, explain::GUIDANCE_INDICATED),
        Some(false) => {
            out.push(Finding::new(Code::GuidanceNotIndicated, path));
            Verdict::new(RuleId::Plan001, Status::Met, explain::GUIDANCE_NOT_INDICATED)
        }
        None => {
            out.push(Finding::new(Code::GuidanceIndicationMissing, path.clone()));
            Verdict::new(RuleId::Plan001, Status::Unknown, explain::FACTS_MISSING).missing(vec![path])
        }
    };
    out.judge(verdict);
}

/// PLAN-010: the facts this plan counted, from the tally as it stood before the plan's rules.
fn completeness(before: &super::outcome::Tally, out: &mut Outcome) {
    let required = out.tally.required.saturating_sub(before.required);
    let filled = out.tally.filled.saturating_sub(before.filled);
    let missing: Vec<Path> = out.tally.missing.iter().skip(before.missing.len()).cloned().collect();
    let verdict = if missing.is_empty() {
        Verdict::new(RuleId::Plan010, Status::Met, explain::COMPLETE)
    } else {
        Verdict::new(RuleId::Plan010, Status::Unknown, explain::INCOMPLETE).missing(missing)
    };
    out.judge(verdict.with("filled", filled).with("required", required));
}
