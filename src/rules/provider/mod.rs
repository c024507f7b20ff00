//! Family `provider` (EXT-001..009): the registration of an external service provider
//! (externe dienstverlener).
//!
//! A first application holds the organisation, the procedure, the working area, the qualified
//! supervisors and the conditions; a status or renewal check adds the registration already
//! granted (`registration`), from which the lapse date (EXT-006) and the end date (EXT-009)
//! follow. Each supervisor is checked as any qualified supervisor (SUP-001..003, SUP-005);
//! SUP-004 (one responsible person) is about one employee's guidance, not a provider's staff,
//! so its verdict is left out here.
//!
//! A rule applies only from the `effectiveFrom` its catalogue entry gives, as of the context's
//! date.

mod area;
mod conditions;
mod employer;
mod organisation;
mod staff;
mod status;

use super::catalogue;
use super::outcome::Outcome;
use super::rule::{Applies, Check, Rule};
use crate::context::Context;
use crate::model::provider::ProviderRegistration;
use crate::rule_id::RuleId;

/// The family's rules; one unit until each rule stands on its own.
pub const RULES: &[Rule<ProviderRegistration>] = &[Rule {
    id: RuleId::Ext001,
    reads: &[""],
    applies: Applies::Always,
    check: Check::Form(|input, ctx, out| check(input.form, ctx, out)),
}];

/// Checks an external service provider's registration.
fn check(form: &ProviderRegistration, ctx: &Context, out: &mut Outcome) {
    let staff = staff::check(form, ctx, out);
    organisation::identity(form, ctx, out);
    employer::judge(form, &staff, ctx, out);
    area::segment(form, ctx, out);
    organisation::procedure(form, ctx, out);
    organisation::ocmw(form, ctx, out);
    area::extent(form, ctx, out);
    conditions::judge(form, &staff, ctx, out);
    status::check(form, ctx, out);
    // The supervisors' own verdicts after the registration's, which read in rule order.
    out.verdicts.extend(staff.verdicts);
}

/// Whether rule `id` holds on the as-of date, going by its catalogue entry; the date lives in
/// the catalogue only, so the rule and what `rules()` shows cannot disagree. A rule missing
/// from the catalogue is applied: checking too much is safer than silently checking nothing.
fn in_force(id: RuleId, ctx: &Context) -> bool {
    catalogue::find(id).map(|rule| rule.effective_from).is_none_or(|from| from <= ctx.as_of)
}
