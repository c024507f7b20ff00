//! PLAN-002: the plan is drawn up at the start, preferably within the first months.

use super::SCHEME_START;
use crate::context::Context;
use crate::model::keys::key;
use crate::model::plan::SupportPlan;
use crate::model::Path;
use crate::report::codes::plan::{explain, PlanCode as Code};
use crate::report::{Finding, Status, Verdict};
use crate::rule_id::RuleId;
use crate::rules::fields;
use crate::rules::fields::DateField;
use crate::rules::outcome::Outcome;
use crate::rules::rule::Input;
use chrono::{Months, NaiveDate};

/// The months run from the start of the employment, unless guidance became due later: an
/// employment that began before the scheme, or before VDAB indicated guidance (the FAQ's
/// worker "who has functioned for years"), cannot have had its plan in its first months.
pub(super) fn check(input: &Input<'_, SupportPlan>, ctx: &Context, out: &mut Outcome) {
    let form = input.form;
    let plan_path = Path::root().key(key!("planDate"));
    let start_path = Path::root().key(key!("employmentStart"));
    let indication_path = Path::root().key(key!("indication")).key(key!("date"));
    let plan_date = fields::date(form.plan_date.as_deref(), plan_path, Code::InvalidDate, out);
    let start = fields::date(form.employment_start.as_deref(), start_path, Code::InvalidDate, out);
    let indication =
        fields::date(form.indication.as_ref().and_then(|i| i.date.as_deref()), indication_path, Code::InvalidDate, out);
    if !out.need(&plan_path, plan_date != DateField::Absent) {
        out.push(Finding::new(Code::PlanDateMissing, plan_path));
    }
    if !out.need(&start_path, start != DateField::Absent) {
        out.push(Finding::new(Code::EmploymentStartMissing, start_path));
    }
    if plan_date.date().is_some_and(|plan| plan > ctx.as_of) {
        out.push(Finding::new(Code::PlanDateInFuture, plan_path).with("asOf", ctx.as_of));
    }
    let months = ctx.params.plan_first_months;
    let (Some(plan), Some(start)) = (plan_date.date(), start.date()) else {
        let missing = [(plan_date, plan_path), (start, start_path)]
            .into_iter()
            .filter(|(date, _)| date.date().is_none())
            .map(|(_, path)| path)
            .collect();
        out.judge(Verdict::new(RuleId::Plan002, Status::Unknown, explain::FACTS_MISSING).missing(missing));
        return;
    };
    let from = [start, SCHEME_START].into_iter().chain(indication.date()).max().unwrap_or(start);
    // Only a date near the end of the calendar overflows; no deadline can then be missed.
    let deadline = from.checked_add_months(Months::new(months)).unwrap_or(NaiveDate::MAX);
    let verdict = if plan > deadline {
        out.push(
            Finding::new(Code::Late, plan_path)
                .with("deadline", deadline)
                .with("months", months)
                .also(start_path)
                .also(indication_path),
        );
        Verdict::new(RuleId::Plan002, Status::NotMet, explain::LATE)
    } else {
        Verdict::new(RuleId::Plan002, Status::Met, explain::ON_TIME)
    };
    out.judge(verdict.with("deadline", deadline).with("months", months));
}
