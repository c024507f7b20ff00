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

use super::guidance;
use super::outcome::{Outcome, Tally};
use super::rule::{Applies, Check, FormCheck, Input, Rule};
use crate::context::Context;
use crate::model::keys::key;
use crate::model::plan::SupportPlan;
use crate::model::Path;
use crate::report::codes::plan::{explain, PlanCode as Code};
use crate::report::{Finding, Status, Verdict};
use crate::rule_id::RuleId;
use chrono::NaiveDate;

/// The day the scheme came into force (decree and BVR): the first day any of these rules holds.
pub const SCHEME_START: NaiveDate = crate::calendar::iso::date(2023, 7, 1);

/// The support plan's rules, in the order the report lists their requirements.
pub const RULES: &[Rule<SupportPlan>] = &[
    rule(RuleId::Plan001, &["guidanceIndicated"], guidance_indicated),
    rule(RuleId::Plan002, &["planDate", "employmentStart", "indication.date"], timing::check),
    rule(RuleId::Plan003, &["planDate", "revisions", "premiumChanges"], versions::revisions),
    rule(RuleId::Plan004, &["planDate", "signatures"], versions::signatures),
    rule(
        RuleId::Plan005,
        &["employee", "employer", "supervisor", "responsiblePerson", "team", "collegaCoach.name"],
        parties::check,
    ),
    rule(RuleId::Gui001, &["arrangements.reachableEveryWorkingDay"], guidance::reachability),
    rule(
        RuleId::Gui002,
        &["arrangements.onSiteWithinWorkingDays", "arrangements.lastOnSiteRequest", "arrangements.onSiteVisit"],
        guidance::on_site,
    ),
    rule(RuleId::Gui003, &["arrangements.followUpIntervalDays"], guidance::follow_up),
    rule(RuleId::Gui004, &["collegaCoach", "employee.name", "supervisor.name"], guidance::coach),
    rule(RuleId::Gui005, &["backups", "supervisor.name", "collegaCoach.name"], guidance::backups),
    rule(RuleId::Plan006, guidance::STATED, arrangements_stated),
    rule(RuleId::Plan007, &["employeeInvolvement"], content::involvement),
    rule(RuleId::Plan008, &["actionPoints"], content::action_points),
    rule(RuleId::Plan009, &["indication"], content::indication),
    Rule { id: RuleId::Plan010, reads: &[], applies: Applies::FromCatalogue, check: Check::Tally(completeness) },
];

const fn rule(id: RuleId, reads: &'static [&'static str], check: FormCheck<SupportPlan>) -> Rule<SupportPlan> {
    Rule { id, reads, applies: Applies::FromCatalogue, check: Check::Form(check) }
}

/// PLAN-006: the arrangements GUI-001..004 ask for are all stated.
fn arrangements_stated(input: &Input<'_, SupportPlan>, _ctx: &Context, out: &mut Outcome) {
    let unstated = guidance::unstated(input.form);
    out.judge(if unstated.is_empty() {
        Verdict::new(RuleId::Plan006, Status::Met, explain::ARRANGEMENTS_STATED)
    } else {
        Verdict::new(RuleId::Plan006, Status::Unknown, explain::FACTS_MISSING).missing(unstated)
    });
}

/// PLAN-001. The plan form itself is the plan, so the question is only whether it is required.
fn guidance_indicated(input: &Input<'_, SupportPlan>, _ctx: &Context, out: &mut Outcome) {
    let form = input.form;
    let path = Path::root().key(key!("guidanceIndicated"));
    out.need(&path, form.guidance_indicated.is_some());
    let verdict = match form.guidance_indicated {
        Some(true) => Verdict::new(RuleId::Plan001, Status::Met, explain::GUIDANCE_INDICATED),
        Some(false) => {
            out.push(Finding::new(Code::GuidanceNotIndicated, path));
            Verdict::new(RuleId::Plan001, Status::NotApplicable, explain::GUIDANCE_NOT_INDICATED)
        }
        None => {
            out.push(Finding::new(Code::GuidanceIndicationMissing, path));
            Verdict::new(RuleId::Plan001, Status::Unknown, explain::FACTS_MISSING).missing(vec![path])
        }
    };
    out.judge(verdict);
}

/// PLAN-010: the facts the plan's other rules counted.
fn completeness(tally: &Tally, out: &mut Outcome) {
    let (required, filled, missing) = (tally.required, tally.filled, tally.missing.clone());
    let verdict = if missing.is_empty() {
        Verdict::new(RuleId::Plan010, Status::Met, explain::COMPLETE)
    } else {
        Verdict::new(RuleId::Plan010, Status::Unknown, explain::INCOMPLETE).missing(missing)
    };
    out.judge(verdict.with("filled", filled).with("required", required));
}
