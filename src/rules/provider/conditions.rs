//! EXT-008: the registration conditions (WSE registration page): quality registration,
//! experience with the target group, at least one qualified supervisor, a motivated estimate of
//! area and capacity, and commitment to the department's intervision.

use super::staff::{self, Member};
use crate::context::Context;
use crate::model::keys::key;
use crate::model::provider::{Conditions, ProviderRegistration};
use crate::model::Path;
use crate::report::codes::provider::{explain, ProviderCode as Code};
use crate::report::{Finding, Status, Verdict};
use crate::rule_id::RuleId;
use crate::rules::fields;
use crate::rules::outcome::Outcome;
use crate::rules::rule::Input;

/// The number of conditions.
const TOTAL: u32 = 5;

/// How the conditions stand so far.
#[derive(Debug, Default)]
struct Tally {
    met: u32,
    failed: bool,
    missing: Vec<Path>,
}

/// EXT-008.
pub(super) fn judge(input: &Input<'_, ProviderRegistration>, ctx: &Context, out: &mut Outcome) {
    let form = input.form;
    let default = Conditions::default();
    let conditions = form.conditions.as_ref().unwrap_or(&default);
    let at = Path::root().key(key!("conditions"));
    let mut tally = Tally::default();
    yes(
        conditions.quality_registration,
        at.key(key!("qualityRegistration")),
        Code::QualityRegistrationMissing,
        &mut tally,
        out,
    );
    text(
        conditions.target_group_experience.as_deref(),
        at.key(key!("targetGroupExperience")),
        Code::TargetGroupExperienceMissing,
        &mut tally,
        out,
    );
    supervisors(&staff::members(form, ctx), &mut tally, out);
    text(
        conditions.capacity_estimate.as_deref(),
        at.key(key!("capacityEstimate")),
        Code::CapacityEstimateMissing,
        &mut tally,
        out,
    );
    yes(
        conditions.intervision_commitment,
        at.key(key!("intervisionCommitment")),
        Code::IntervisionCommitmentMissing,
        &mut tally,
        out,
    );
    let verdict =
        |status, texts| Verdict::new(RuleId::Ext008, status, texts).with("met", tally.met).with("total", TOTAL);
    out.judge(if tally.failed {
        verdict(Status::NotMet, explain::CONDITIONS_NOT_MET).missing(tally.missing.clone())
    } else if !tally.missing.is_empty() {
        verdict(Status::Unknown, explain::CONDITIONS_OPEN).missing(tally.missing.clone())
    } else {
        verdict(Status::Met, explain::CONDITIONS_MET)
    });
}

/// A condition declared with yes or no: no is answered, but not met.
fn yes(answer: Option<bool>, path: Path, code: Code, tally: &mut Tally, out: &mut Outcome) {
    out.need(&path, answer.is_some());
    match answer {
        Some(true) => tally.met += 1,
        Some(false) => {
            tally.failed = true;
            out.push(Finding::new(code, path));
        }
        None => {
            out.push(Finding::new(code, path));
            tally.missing.push(path);
        }
    }
}

/// A condition shown by a description.
fn text(answer: Option<&str>, path: Path, code: Code, tally: &mut Tally, out: &mut Outcome) {
    if out.need(&path, fields::filled(answer)) {
        tally.met += 1;
    } else {
        out.push(Finding::new(code, path));
        tally.missing.push(path);
    }
}

/// At least one supervisor who is qualified (SUP-001) and not declared to work for someone
/// else: a person the applicant does not employ is not its supervisor (EXT-002).
fn supervisors(members: &[Member], tally: &mut Tally, out: &mut Outcome) {
    let at = Path::root().key(key!("supervisors"));
    if !out.need(&at, !members.is_empty()) {
        out.push(Finding::new(Code::SupervisorsMissing, at));
        tally.missing.push(at);
        return;
    }
    let own = || members.iter().filter(|member| member.employed != Some(false));
    if own().any(|member| member.qualified == Status::Met) {
        tally.met += 1;
        return;
    }
    let undecided: Vec<_> = own().filter(|member| member.qualified == Status::Unknown).collect();
    if undecided.is_empty() {
        tally.failed = true;
        out.push(Finding::new(Code::NoQualifiedSupervisor, at).with("count", members.len()));
        return;
    }
    for member in undecided {
        if member.missing.is_empty() {
            tally.missing.push(member.at);
        } else {
            tally.missing.extend(member.missing.iter().cloned());
        }
    }
}
