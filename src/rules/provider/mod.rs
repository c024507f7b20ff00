//! Family `provider` (EXT-001..009): the registration of an external service provider
//! (externe dienstverlener).
//!
//! A first application holds the organisation, the procedure, the working area, the qualified
//! supervisors and the conditions; a status or renewal check adds the registration already
//! granted (`registration`), from which the lapse date (EXT-006) and the end date (EXT-009)
//! follow. Each supervisor is checked as any qualified supervisor (SUP-001..003, SUP-005);
//! SUP-004 (one responsible person) is about one employee's guidance, not a provider's staff,
//! so its verdict is left out here.

mod area;
mod conditions;
mod employer;
mod organisation;
mod staff;
mod status;

use super::rule::{Applies, Check, FormCheck, Rule};
use crate::model::provider::ProviderRegistration;
use crate::rule_id::RuleId;

/// The family's rules, in the order the report lists their requirements: the registration's
/// own first, then each supervisor's qualification (SUP-001), which a reader takes in after
/// what the registration is judged on. EXT-005, EXT-006 and EXT-009 report findings but judge
/// no requirement.
///
/// A supervisor's own rules (SUP-001..005) run together, as [`super::supervisor::check`] runs
/// them, under SUP-001: the one requirement of theirs the registration shows.
pub const RULES: &[Rule<ProviderRegistration>] = &[
    rule(RuleId::Ext001, &["organisation.kbo", "organisation.type", "organisation.consortium"], organisation::identity),
    rule(
        RuleId::Ext002,
        &["organisation.appliesOnBehalfOfMunicipalities", "organisation.type", "supervisors[*].employedByApplicant"],
        employer::judge,
    ),
    rule(
        RuleId::Ext003,
        &["workingArea.segmentRestriction", "workingArea.provinces", "workingArea.municipalities"],
        area::segment,
    ),
    rule(RuleId::Ext004, &["procedure", "organisation.type"], organisation::procedure),
    rule(RuleId::Ext005, &["organisation.type"], organisation::ocmw),
    rule(RuleId::Ext006, status::DATES, status::lapse),
    rule(RuleId::Ext007, &["workingArea", "registration.registeredOn"], area::extent),
    rule(RuleId::Ext008, &["conditions", "supervisors"], conditions::judge),
    rule(RuleId::Ext009, status::DATES, status::validity),
    rule(RuleId::Sup001, staff::OWN_RULES_READ, staff::own_rules),
];

const fn rule(
    id: RuleId,
    reads: &'static [&'static str],
    check: FormCheck<ProviderRegistration>,
) -> Rule<ProviderRegistration> {
    Rule { id, reads, applies: Applies::FromCatalogue, check: Check::Form(check) }
}
