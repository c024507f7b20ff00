//! EXT-006 (a registration lapses after two consecutive years without guidance) and EXT-009
//! (a registration is valid 5 years), for a status or renewal check.
//!
//! Date arithmetic is calendar months, as `chrono` adds them (29 February plus a year is
//! 28 February). The registration holds from `registeredOn` up to and including the day before
//! its fifth anniversary. The two years without guidance run from the last guidance, or from
//! the registration when there was none since; the registration lapses on their second
//! anniversary.

use super::in_force;
use crate::context::Context;
use crate::model::provider::ProviderRegistration;
use crate::model::Path;
use crate::report::codes::provider::ProviderCode as Code;
use crate::report::Finding;
use crate::rule_id::RuleId;
use crate::rules::fields::{self, DateField};
use crate::rules::outcome::Outcome;
use chrono::{Months, NaiveDate};

/// FAQ: "gedurende twee opeenvolgende jaren geen werknemer met een arbeidsbeperking begeleidt".
const LAPSE_MONTHS: u32 = 24;
/// WSE registration page: a registration is valid 5 years.
const VALID_MONTHS: u32 = 60;

pub(super) fn check(form: &ProviderRegistration, ctx: &Context, out: &mut Outcome) {
    let Some(registration) = form.registration.as_ref() else {
        return;
    };
    let (lapse_rule, validity_rule) = (in_force(RuleId::Ext006, ctx), in_force(RuleId::Ext009, ctx));
    if !lapse_rule && !validity_rule {
        return;
    }
    let at = Path::root().key("registration");
    let (registered_path, guided_path) = (at.key("registeredOn"), at.key("lastGuidanceOn"));
    let registered = past_date(registration.registered_on.as_deref(), &registered_path, ctx, out);
    let guided = past_date(registration.last_guidance_on.as_deref(), &guided_path, ctx, out);
    if registered == DateField::Absent && guided == DateField::Absent {
        return;
    }
    if !out.need(registered_path.clone(), registered != DateField::Absent) {
        out.push(Finding::new(Code::RegisteredOnMissing, registered_path.clone()));
    }
    let Some(start) = registered.date() else {
        return;
    };
    let until = start.checked_add_months(Months::new(VALID_MONTHS)).and_then(|end| end.pred_opt());
    if validity_rule {
        if let Some(until) = until {
            let code = if ctx.as_of > until { Code::RegistrationExpired } else { Code::ValidUntil };
            out.push(Finding::new(code, registered_path.clone()).with("validUntil", until));
        }
    }
    if lapse_rule {
        if let Some(lapse) = lapse_date(start, guided, until) {
            let code = if lapse <= ctx.as_of { Code::RegistrationLapsed } else { Code::LapsesWithoutGuidance };
            out.push(Finding::new(code, guided_path).with("lapseDate", lapse).also(registered_path));
        }
    }
}

/// The day the registration lapses without guidance; `None` when the last guidance cannot be
/// read (a wrong date would give a wrong lapse date), or when the five years end first.
fn lapse_date(start: NaiveDate, guided: DateField, until: Option<NaiveDate>) -> Option<NaiveDate> {
    let reference = match guided {
        DateField::Absent => start,
        DateField::Valid(last) => last.max(start),
        DateField::Invalid => return None,
    };
    let lapse = reference.checked_add_months(Months::new(LAPSE_MONTHS))?;
    until.is_none_or(|until| lapse <= until).then_some(lapse)
}

/// A date that must not lie after the as-of date; a later one is reported and reads as
/// unusable, like a malformed one.
fn past_date(text: Option<&str>, path: &Path, ctx: &Context, out: &mut Outcome) -> DateField {
    match fields::date(text, path.clone(), Code::InvalidDate, out) {
        DateField::Valid(date) if date > ctx.as_of => {
            out.push(Finding::new(Code::DateInFuture, path.clone()).with("asOf", ctx.as_of));
            DateField::Invalid
        }
        field => field,
    }
}
