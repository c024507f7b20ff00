//! APP-001: a work limitation recognised by VDAB, and VDAB's indication present and valid on
//! the as-of date.
//!
//! An indication lasts at most 5 years (WSE pages: "deze vaststelling geldt voor maximum 5
//! jaar"): it is valid up to and including the day before the fifth anniversary of its date,
//! or up to its `validUntil` when that comes first.

use super::facts::Facts;
use crate::context::Context;
use crate::model::application::Application;
use crate::model::keys::key;
use crate::report::codes::application::{explain, ApplicationCode as Code};
use crate::report::Finding;
use crate::rule_id::RuleId;
use crate::rules::fields::DateField;
use crate::rules::rule::Input;
use crate::rules::support::{at, report_missing, Judgement};
use crate::rules::Outcome;
use chrono::{Months, NaiveDate};

const RULE: RuleId = RuleId::App001;

/// The longest an indication lasts, in years.
const MAX_YEARS: u32 = 5;

/// Checks APP-001.
pub(super) fn check(input: &Input<'_, Application>, ctx: &Context, out: &mut Outcome) {
    let facts = &Facts::of(input.form);
    let mut judgement = Judgement::default();
    recognition(input, &mut judgement, out);
    validity(input, facts, ctx, &mut judgement, out);
    if facts.self_employed != Some(true) {
        // A self-employed person's indication is a need for the ondersteuningspremie; the two
        // employer measures do not apply to it.
        measures(input, facts, &mut judgement, out);
    }
    out.judge(
        judgement
            .verdict(RULE, explain::INDICATION_VALID, explain::INDICATION_NOT_VALID, explain::FACTS_MISSING)
            .with("asOf", ctx.as_of),
    );
}

fn recognition(input: &Input<'_, Application>, judgement: &mut Judgement, out: &mut Outcome) {
    let form = input.form;
    let path = at(&[key!("employee"), key!("workLimitationRecognised")]);
    let recognised = form.employee.as_ref().and_then(|e| e.work_limitation_recognised);
    out.need(&path, recognised.is_some());
    match recognised {
        None => {
            report_missing(input.dropped, out, Finding::new(Code::WorkLimitationUnanswered, path));
            judgement.missing.push(path);
        }
        Some(false) => {
            out.push(Finding::new(Code::WorkLimitationNotRecognised, path));
            judgement.broken = true;
        }
        Some(true) => {}
    }
}

fn validity(
    input: &Input<'_, Application>,
    facts: &Facts,
    ctx: &Context,
    judgement: &mut Judgement,
    out: &mut Outcome,
) {
    let date_path = at(&[key!("vdabIndication"), key!("date")]);
    let until_path = at(&[key!("vdabIndication"), key!("validUntil")]);
    out.need(&date_path, facts.dates.indication != DateField::Absent);
    let date = match facts.dates.indication {
        DateField::Absent => {
            report_missing(input.dropped, out, Finding::new(Code::IndicationDateMissing, date_path));
            judgement.missing.push(date_path);
            return;
        }
        DateField::Invalid => {
            judgement.missing.push(date_path);
            return;
        }
        DateField::Valid(date) => date,
    };
    if date > ctx.as_of {
        out.push(Finding::new(Code::IndicationInFuture, date_path).with("asOf", ctx.as_of));
        judgement.broken = true;
        return;
    }
    let limit = last_valid_day(date);
    let (end, end_path) = match facts.dates.valid_until {
        DateField::Valid(until) if until < date => {
            out.push(Finding::new(Code::IndicationValidUntilBeforeDate, until_path).also(date_path));
            judgement.broken = true;
            return;
        }
        DateField::Valid(until) if until <= limit => (until, until_path),
        DateField::Valid(_) => {
            out.push(
                Finding::new(Code::IndicationValidUntilBeyondLimit, until_path)
                    .with("years", MAX_YEARS)
                    .also(date_path),
            );
            (limit, date_path)
        }
        DateField::Invalid => {
            judgement.missing.push(until_path);
            (limit, date_path)
        }
        DateField::Absent => (limit, date_path),
    };
    if ctx.as_of > end {
        out.push(Finding::new(Code::IndicationExpired, end_path).with("asOf", ctx.as_of).with("years", MAX_YEARS));
        judgement.broken = true;
    }
}

/// The day before the fifth anniversary of the indication.
fn last_valid_day(date: NaiveDate) -> NaiveDate {
    date.checked_add_months(Months::new(MAX_YEARS * 12)).and_then(|d| d.pred_opt()).unwrap_or(NaiveDate::MAX)
}

fn measures(input: &Input<'_, Application>, facts: &Facts, judgement: &mut Judgement, out: &mut Outcome) {
    let measures = at(&[key!("vdabIndication"), key!("measures")]);
    for (key, answer) in [(key!("loonpremie"), facts.measures.loonpremie), (key!("guidance"), facts.measures.guidance)]
    {
        let path = measures.key(key);
        if !out.need(&path, answer.is_some()) {
            report_missing(input.dropped, out, Finding::new(Code::IndicationMeasureUnanswered, path));
            judgement.missing.push(path);
        }
    }
    if facts.measures.loonpremie == Some(false) && facts.measures.guidance == Some(false) {
        out.push(Finding::new(Code::IndicationWithoutMeasures, measures));
        judgement.broken = true;
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn five_years_end_the_day_before_the_anniversary() {
        let d = |s| crate::calendar::iso::parse(s).unwrap();
        assert_eq!(last_valid_day(d("2021-03-01")), d("2026-02-28"));
        assert_eq!(last_valid_day(d("2020-02-29")), d("2025-02-27"));
    }
}
