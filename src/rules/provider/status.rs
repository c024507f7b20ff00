//! EXT-006 (a registration lapses after two consecutive years without guidance) and EXT-009
//! (a registration is valid 5 years), for a status or renewal check.
//!
//! Date arithmetic is calendar months, as `chrono` adds them (29 February plus a year is
//! 28 February). The registration holds from `registeredOn` up to and including the day before
//! its fifth anniversary. The two years without guidance run from the last guidance, or from
//! the registration when there was none since; the registration lapses on their second
//! anniversary.
//!
//! EXT-006, whose codes they are, reports a registration date that cannot be used; EXT-009
//! reads the same dates without reporting them again.

use crate::context::Context;
use crate::model::keys::key;
use crate::model::provider::ProviderRegistration;
use crate::model::Path;
use crate::report::codes::provider::ProviderCode as Code;
use crate::report::Finding;
use crate::rules::fields::{self, DateField};
use crate::rules::outcome::Outcome;
use crate::rules::rule::Input;
use chrono::{Months, NaiveDate};

/// FAQ: "gedurende twee opeenvolgende jaren geen werknemer met een arbeidsbeperking begeleidt".
const LAPSE_MONTHS: u32 = 24;
/// WSE registration page: a registration is valid 5 years.
const VALID_MONTHS: u32 = 60;

/// The registration's dates, which both rules read.
pub(super) const DATES: &[&str] = &["registration.registeredOn", "registration.lastGuidanceOn"];

fn registered_path() -> Path {
    Path::root().key(key!("registration")).key(key!("registeredOn"))
}

fn guided_path() -> Path {
    Path::root().key(key!("registration")).key(key!("lastGuidanceOn"))
}

/// EXT-006.
pub(super) fn lapse(input: &Input<'_, ProviderRegistration>, ctx: &Context, out: &mut Outcome) {
    let Some(registration) = input.form.registration.as_ref() else {
        return;
    };
    let (registered_path, guided_path) = (registered_path(), guided_path());
    let registered = past_date(registration.registered_on.as_deref(), &registered_path, ctx, out);
    let guided = past_date(registration.last_guidance_on.as_deref(), &guided_path, ctx, out);
    let Some(start) = registered.date() else {
        return;
    };
    if let Some(lapse) = lapse_date(start, guided, valid_until(start)) {
        let code = if lapse <= ctx.as_of { Code::RegistrationLapsed } else { Code::LapsesWithoutGuidance };
        out.push(Finding::new(code, guided_path).with("lapseDate", lapse).also(registered_path));
    }
}

/// EXT-009. A registration date is asked for once either date is typed: a first application
/// leaves both empty.
pub(super) fn validity(input: &Input<'_, ProviderRegistration>, ctx: &Context, out: &mut Outcome) {
    let Some(registration) = input.form.registration.as_ref() else {
        return;
    };
    let registered_on = registration.registered_on.as_deref();
    let registered = fields::filled(registered_on);
    if !registered && !fields::filled(registration.last_guidance_on.as_deref()) {
        return;
    }
    let path = registered_path();
    if !out.need(&path, registered) {
        out.push(Finding::new(Code::RegisteredOnMissing, path));
    }
    let start = fields::parse_date(registered_on).date().filter(|date| *date <= ctx.as_of);
    if let Some(until) = start.and_then(valid_until) {
        let code = if ctx.as_of > until { Code::RegistrationExpired } else { Code::ValidUntil };
        out.push(Finding::new(code, path).with("validUntil", until));
    }
}

/// The last day the registration holds.
fn valid_until(start: NaiveDate) -> Option<NaiveDate> {
    start.checked_add_months(Months::new(VALID_MONTHS)).and_then(|end| end.pred_opt())
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
    match fields::date(text, *path, Code::InvalidDate, out) {
        DateField::Valid(date) if date > ctx.as_of => {
            out.push(Finding::new(Code::DateInFuture, *path).with("asOf", ctx.as_of));
            DateField::Invalid
        }
        field => field,
    }
}
