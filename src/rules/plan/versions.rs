//! PLAN-003 (revised at every change of the begeleidingspremie) and PLAN-004 (signed, not
//! before the plan's date).

use crate::context::Context;
use crate::model::keys::key;
use crate::model::plan::{Signature, SupportPlan};
use crate::model::Path;
use crate::report::codes::plan::{explain, PlanCode as Code};
use crate::report::{Finding, Status, Verdict};
use crate::rule_id::RuleId;
use crate::rules::fields::{self, DateField};
use crate::rules::outcome::Outcome;
use crate::rules::rule::Input;
use chrono::NaiveDate;

/// PLAN-003. The plan date is the first version; a change is covered when a version dated on
/// or after it exists. Only a list of premium changes, empty or not, says whether the premium
/// changed. A change after the as-of date is not in effect yet, so no revision is
/// due for it; a revision after the as-of date has not happened yet, so it covers nothing.
pub(super) fn revisions(input: &Input<'_, SupportPlan>, ctx: &Context, out: &mut Outcome) {
    let form = input.form;
    let plan = fields::parse_date(form.plan_date.as_deref());
    let plan_path = Path::root().key(key!("planDate"));
    let revisions_path = Path::root().key(key!("revisions"));
    let mut last_version = plan.date();
    // Versions whose date is not known yet: one of them may be the covering revision.
    let mut unknown_versions: Vec<Path> = Vec::new();
    if last_version.is_none() {
        unknown_versions.push(plan_path);
    }
    for (index, revision) in form.revisions.as_deref().unwrap_or_default().iter().enumerate() {
        let path = revisions_path.index(index).key(key!("date"));
        let date = fields::date(revision.date.as_deref(), path, Code::InvalidDate, out);
        if !out.need(&path, date != DateField::Absent) {
            out.push(Finding::new(Code::RevisionDateMissing, path));
        }
        let Some(date) = date.date() else {
            unknown_versions.push(path);
            continue;
        };
        if date > ctx.as_of {
            out.push(Finding::new(Code::RevisionInFuture, path).with("asOf", ctx.as_of));
        } else if plan.date().is_some_and(|plan| date < plan) {
            out.push(Finding::new(Code::RevisionBeforePlanDate, path).also(plan_path));
        } else {
            last_version = last_version.max(Some(date));
        }
    }

    let mut changes = 0usize;
    let mut unrevised = 0usize;
    let mut undecided: Vec<Path> = Vec::new();
    for (index, change) in form.premium_changes.as_deref().unwrap_or_default().iter().enumerate() {
        let path = Path::root().key(key!("premiumChanges")).index(index).key(key!("date"));
        let date = fields::date(change.date.as_deref(), path, Code::InvalidDate, out);
        if !out.need(&path, date != DateField::Absent) {
            out.push(Finding::new(Code::PremiumChangeDateMissing, path));
        }
        changes += 1;
        let Some(date) = date.date() else {
            undecided.push(path);
            continue;
        };
        if date > ctx.as_of || last_version.is_some_and(|version| version >= date) {
            continue;
        }
        if unknown_versions.is_empty() {
            unrevised += 1;
            out.push(Finding::new(Code::NotRevised, path).also(revisions_path).also(plan_path));
        } else {
            undecided.extend(unknown_versions.iter().cloned());
        }
    }
    undecided.sort();
    undecided.dedup();

    let verdict = if unrevised > 0 {
        Verdict::new(RuleId::Plan003, Status::NotMet, explain::NOT_REVISED).with("count", unrevised)
    } else if !undecided.is_empty() {
        Verdict::new(RuleId::Plan003, Status::Unknown, explain::FACTS_MISSING).missing(undecided)
    } else if form.premium_changes.is_none() {
        // No list is not an empty list: the plan has not said yet whether the premium changed.
        Verdict::new(RuleId::Plan003, Status::Unknown, explain::PREMIUM_CHANGES_UNSAID)
            .missing(vec![Path::root().key(key!("premiumChanges"))])
    } else if changes == 0 {
        Verdict::new(RuleId::Plan003, Status::Met, explain::NO_PREMIUM_CHANGE)
    } else {
        Verdict::new(RuleId::Plan003, Status::Met, explain::REVISED)
    };
    out.judge(verdict);
}

/// What the two signatures add up to.
#[derive(Debug, Default)]
struct SignatureState {
    refused: bool,
    missing: Vec<Path>,
}

/// PLAN-004. The FAQ requires the employee's signature; the employer signs its own plan too.
pub(super) fn signatures(input: &Input<'_, SupportPlan>, ctx: &Context, out: &mut Outcome) {
    let form = input.form;
    let plan = fields::parse_date(form.plan_date.as_deref());
    let signatures = form.signatures.as_ref();
    let mut state = SignatureState::default();
    let parties = [
        (signatures.and_then(|s| s.employee.as_ref()), key!("employee"), Code::EmployeeSignatureMissing),
        (signatures.and_then(|s| s.employer.as_ref()), key!("employer"), Code::EmployerSignatureMissing),
    ];
    for (signature, party, missing_code) in parties {
        let at = Path::root().key(key!("signatures")).key(party);
        signature_of(signature, &at, missing_code, plan.date(), ctx, out, &mut state);
    }
    state.missing.sort();
    state.missing.dedup();
    let verdict = if state.refused {
        Verdict::new(RuleId::Plan004, Status::NotMet, explain::NOT_SIGNED).with("asOf", ctx.as_of)
    } else if !state.missing.is_empty() {
        Verdict::new(RuleId::Plan004, Status::Unknown, explain::FACTS_MISSING).missing(state.missing)
    } else {
        Verdict::new(RuleId::Plan004, Status::Met, explain::SIGNED)
    };
    out.judge(verdict);
}

fn signature_of(
    signature: Option<&Signature>,
    at: &Path,
    missing_code: Code,
    plan: Option<NaiveDate>,
    ctx: &Context,
    out: &mut Outcome,
    state: &mut SignatureState,
) {
    let signed_path = at.key(key!("signed"));
    let date_path = at.key(key!("date"));
    let signed = signature.and_then(|s| s.signed);
    let date = fields::date(signature.and_then(|s| s.date.as_deref()), date_path, Code::InvalidDate, out);
    // Only a signature counts as filled: `false` is an answer, but not what the plan needs.
    out.need(&signed_path, signed == Some(true));
    match signed {
        Some(true) => {}
        Some(false) => {
            out.push(Finding::new(missing_code, signed_path));
            state.refused = true;
            return;
        }
        None => {
            out.push(Finding::new(missing_code, signed_path));
            state.missing.push(signed_path);
            return;
        }
    }
    if !out.need(&date_path, date != DateField::Absent) {
        out.push(Finding::new(Code::SignatureDateMissing, date_path));
    }
    let Some(date) = date.date() else {
        state.missing.push(date_path);
        return;
    };
    if date > ctx.as_of {
        out.push(Finding::new(Code::SignatureInFuture, date_path).with("asOf", ctx.as_of));
        state.refused = true;
    }
    match plan {
        Some(plan) if date < plan => {
            out.push(Finding::new(Code::SignatureBeforePlanDate, date_path).also(Path::root().key(key!("planDate"))));
            state.refused = true;
        }
        Some(_) => {}
        None => state.missing.push(Path::root().key(key!("planDate"))),
    }
}
