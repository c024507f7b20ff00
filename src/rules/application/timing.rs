//! APP-008 (the application is filed during the employment) and APP-011 (no application before
//! the scheme started).
//!
//! APP-008 came with the 2024 amendment; the day it holds from is the parameter
//! `applicationDuringEmploymentFrom`, compared with the as-of date. APP-011's start day is its
//! catalogue date.

use super::facts::Facts;
use super::pending;
use crate::context::Context;
use crate::model::application::Application;
use crate::model::keys::key;
use crate::model::Path;
use crate::report::codes::application::{explain, ApplicationCode as Code};
use crate::report::{Finding, Status, Verdict};
use crate::rule_id::RuleId;
use crate::rules::fields::DateField;
use crate::rules::rule::Input;
use crate::rules::support::{at, report_missing, Judgement};
use crate::rules::Outcome;

/// Checks APP-008.
pub(super) fn check_during_employment(input: &Input<'_, Application>, _ctx: &Context, out: &mut Outcome) {
    const RULE: RuleId = RuleId::App008;
    let facts = &Facts::of(input.form);
    if facts.self_employed == Some(true) {
        return out.judge(Verdict::new(RULE, Status::NotApplicable, explain::NOT_FOR_SELF_EMPLOYED));
    }
    let waiting = facts.employer_pending();
    let start_path = at(&[key!("contract"), key!("start")]);
    let end_path = at(&[key!("contract"), key!("end")]);
    let application_path = at(&[key!("applicationDate")]);
    let dates = &facts.dates;
    let mut judgement = Judgement::default();
    out.need(&start_path, dates.contract_start != DateField::Absent);
    match dates.contract_start {
        DateField::Absent => {
            report_missing(input.dropped, out, Finding::new(Code::ContractStartMissing, start_path));
            judgement.missing.push(start_path);
        }
        DateField::Invalid => judgement.missing.push(start_path),
        DateField::Valid(_) => {}
    }
    if dates.contract_end == DateField::Invalid {
        judgement.missing.push(end_path);
    }
    if dates.application.date().is_none() {
        // The missing application date is reported once, by APP-011.
        judgement.missing.push(application_path);
    }
    let (start, end, filed) = (dates.contract_start.date(), dates.contract_end.date(), dates.application.date());
    if let (Some(start), Some(end)) = (start, end) {
        if end < start {
            out.push(Finding::new(Code::ContractReversed, end_path).also(start_path));
            judgement.broken = true;
            let verdict = judgement.verdict(
                RULE,
                explain::DURING_EMPLOYMENT,
                explain::NOT_DURING_EMPLOYMENT,
                explain::FACTS_MISSING,
            );
            return out.judge(pending(verdict, waiting));
        }
    }
    if let (Some(filed), Some(start)) = (filed, start) {
        if filed < start {
            out.push(Finding::new(Code::ApplicationBeforeContractStart, application_path).also(start_path));
            judgement.broken = true;
        }
    }
    if let (Some(filed), Some(end)) = (filed, end) {
        if filed > end {
            out.push(Finding::new(Code::ApplicationAfterContractEnd, application_path).also(end_path));
            judgement.broken = true;
        }
    }
    out.judge(pending(
        judgement.verdict(RULE, explain::DURING_EMPLOYMENT, explain::NOT_DURING_EMPLOYMENT, explain::FACTS_MISSING),
        waiting,
    ));
}

/// Checks APP-011; it holds on every as-of date, since it is the rule that says when the
/// scheme starts.
pub(super) fn check_scheme_start(input: &Input<'_, Application>, ctx: &Context, out: &mut Outcome) {
    const RULE: RuleId = RuleId::App011;
    let facts = &Facts::of(input.form);
    let Some(from) = crate::rules::registry::find(RULE).map(|def| def.effective_from) else {
        return;
    };
    if ctx.as_of < from {
        out.push(Finding::new(Code::SchemeNotStarted, Path::root()).with("asOf", ctx.as_of).with("from", from));
        return out.judge(Verdict::new(RULE, Status::NotMet, explain::BEFORE_SCHEME).with("from", from));
    }
    let path = at(&[key!("applicationDate")]);
    out.need(&path, facts.dates.application != DateField::Absent);
    let verdict = match facts.dates.application {
        DateField::Absent => {
            report_missing(input.dropped, out, Finding::new(Code::ApplicationDateMissing, path));
            Verdict::new(RULE, Status::Unknown, explain::FACTS_MISSING).missing(vec![path])
        }
        DateField::Invalid => Verdict::new(RULE, Status::Unknown, explain::FACTS_MISSING).missing(vec![path]),
        DateField::Valid(filed) if filed < from => {
            out.push(Finding::new(Code::BeforeSchemeStart, path).with("from", from));
            Verdict::new(RULE, Status::NotMet, explain::BEFORE_SCHEME)
        }
        DateField::Valid(filed) => {
            if filed > ctx.as_of {
                out.push(Finding::new(Code::ApplicationDateInFuture, path).with("asOf", ctx.as_of));
            }
            Verdict::new(RULE, Status::Met, explain::SCHEME_OPEN)
        }
    };
    out.judge(verdict.with("from", from));
}
