//! The registry: every rule, in the order the catalogue lists them and, per form, in the order a
//! report lists its requirements. A list, no logic: a rule is everything in its own file.

use super::application::{
    app001_indication, app002_residence, app003_establishment, app004_indivisible, app005_self_employed,
    app006_guidance, app007_internal_proof, app008_during_employment, app009_identified, app010_employer,
    app011_scheme_start, app012_vop, app013_provider_choice, app014_other_employers,
};
use super::calendar::cal001_working_days;
use super::catalogue::RuleDef;
use super::form::form001_shape;
use super::guidance::{gui001_reachable, gui002_on_site, gui003_follow_up, gui004_coach, gui005_backups};
use super::ids::{id_iban, id_insz, id_kbo, id_post};
use super::plan::{
    plan001_indicated, plan002_timing, plan003_revisions, plan004_signatures, plan005_parties, plan006_arrangements,
    plan007_involvement, plan008_action_points, plan009_indication, plan010_completeness,
};
use super::provider::{
    ext001_identity, ext002_employer, ext003_segment, ext004_procedure, ext005_ocmw, ext006_lapse, ext007_area,
    ext008_conditions, ext009_validity, staff,
};
use super::rule::Rule;
use super::supervisor::{sup001_qualified, sup002_experience, sup003_diploma, sup004_responsible, sup005_competences};
use crate::model::{Application, ProviderRegistration, Supervisor, SupportPlan};
use crate::report::codes::Code;
use crate::rule_id::RuleId;

// Each form's list starts with FORM-001, which reports what decoding dropped and judges
// nothing: a rule like the others, so a session keeps its findings with the others'.

/// Every rule's catalogue entry, family by family: form, identifiers, calendar, supervisor,
/// application, provider, guidance, plan.
pub static CATALOGUE: &[&RuleDef] = &[
    &form001_shape::DEF,
    &id_insz::DEF,
    &id_kbo::DEF,
    &id_iban::DEF,
    &id_post::DEF,
    &cal001_working_days::DEF,
    &sup001_qualified::DEF,
    &sup002_experience::DEF,
    &sup003_diploma::DEF,
    &sup004_responsible::DEF,
    &sup005_competences::DEF,
    &app001_indication::DEF,
    &app002_residence::DEF,
    &app003_establishment::DEF,
    &app004_indivisible::DEF,
    &app005_self_employed::DEF,
    &app006_guidance::DEF,
    &app007_internal_proof::DEF,
    &app008_during_employment::DEF,
    &app009_identified::DEF,
    &app010_employer::DEF,
    &app011_scheme_start::DEF,
    &app012_vop::DEF,
    &app013_provider_choice::DEF,
    &app014_other_employers::DEF,
    &ext001_identity::DEF,
    &ext002_employer::DEF,
    &ext003_segment::DEF,
    &ext004_procedure::DEF,
    &ext005_ocmw::DEF,
    &ext006_lapse::DEF,
    &ext007_area::DEF,
    &ext008_conditions::DEF,
    &ext009_validity::DEF,
    &gui001_reachable::DEF,
    &gui002_on_site::DEF,
    &gui003_follow_up::DEF,
    &gui004_coach::DEF,
    &gui005_backups::DEF,
    &plan001_indicated::DEF,
    &plan002_timing::DEF,
    &plan003_revisions::DEF,
    &plan004_signatures::DEF,
    &plan005_parties::DEF,
    &plan006_arrangements::DEF,
    &plan007_involvement::DEF,
    &plan008_action_points::DEF,
    &plan009_indication::DEF,
    &plan010_completeness::DEF,
];

/// A supervisor's rules, in report order: SUP-004 first (who the person is), the diplomas
/// (SUP-003) and the periods (SUP-002), then the qualification they prove (SUP-001).
pub static SUPERVISOR: &[Rule<Supervisor>] = &[
    form001_shape::rule(),
    sup004_responsible::RULE,
    sup003_diploma::RULE,
    sup002_experience::RULE,
    sup001_qualified::RULE,
    sup005_competences::RULE,
];

/// An application's rules, in report order: first what is read on every as-of date (the
/// malformed dates and places, and whether a self-employed person applies, which every rule
/// for employers waits for), then the rules in catalogue order.
pub static APPLICATION: &[Rule<Application>] = &[
    form001_shape::rule(),
    app001_indication::DATES,
    app002_residence::PLACE,
    app003_establishment::PLACE,
    app005_self_employed::WHO_APPLIES,
    app001_indication::RULE,
    app002_residence::RULE,
    app003_establishment::RULE,
    app004_indivisible::RULE,
    app005_self_employed::RULE,
    app006_guidance::RULE,
    app007_internal_proof::RULE,
    app008_during_employment::RULE,
    app009_identified::RULE,
    app010_employer::RULE,
    app011_scheme_start::RULE,
    app012_vop::RULE,
    app013_provider_choice::RULE,
    app014_other_employers::RULE,
];

/// A provider registration's rules, in report order: the registration's own first, then each
/// supervisor's qualification (SUP-001), which a reader takes in after what the registration is
/// judged on. EXT-005, EXT-006 and EXT-009 report findings but judge no requirement.
pub static PROVIDER_REGISTRATION: &[Rule<ProviderRegistration>] = &[
    form001_shape::rule(),
    ext001_identity::RULE,
    ext002_employer::RULE,
    ext003_segment::RULE,
    ext004_procedure::RULE,
    ext005_ocmw::RULE,
    ext006_lapse::RULE,
    ext007_area::RULE,
    ext008_conditions::RULE,
    ext009_validity::RULE,
    staff::RULE,
];

/// A support plan's rules, in report order: who the plan concerns and when it was made
/// (PLAN-001..005, the supervisor rules run inside PLAN-005 where the plan names a supervisor),
/// the arrangements it states (GUI-001..005, then PLAN-006), its other content
/// (PLAN-007..009), and the completeness of all of it (PLAN-010).
pub static SUPPORT_PLAN: &[Rule<SupportPlan>] = &[
    form001_shape::rule(),
    plan001_indicated::RULE,
    plan002_timing::RULE,
    plan003_revisions::RULE,
    plan004_signatures::RULE,
    plan005_parties::RULE,
    gui001_reachable::RULE,
    gui002_on_site::RULE,
    gui003_follow_up::RULE,
    gui004_coach::RULE,
    gui005_backups::RULE,
    plan006_arrangements::RULE,
    plan007_involvement::RULE,
    plan008_action_points::RULE,
    plan009_indication::RULE,
    plan010_completeness::RULE,
];

/// Every rule's entry, in catalogue order.
pub fn entries() -> impl Iterator<Item = &'static RuleDef> {
    CATALOGUE.iter().copied()
}

/// Every code, rule by rule in catalogue order, each rule's in the order it declares them.
pub fn codes() -> impl Iterator<Item = Code> {
    entries().flat_map(|rule| rule.codes.iter().map(|def| Code::of(def)))
}

/// The entry of the rule with this id.
pub fn find(id: RuleId) -> Option<&'static RuleDef> {
    // The catalogue lists the rules in the order of their ids (a test holds it), so the entry is
    // at the id's place: every validation looks up each rule's entry, and a search through the
    // catalogue cost a lean check of a plan 2% of its time.
    CATALOGUE.get(id as usize).copied().filter(|rule| rule.id == id)
}

#[cfg(test)]
mod tests {
    use super::{codes, entries, find};
    use crate::rule_id::RuleId;
    use std::collections::BTreeSet;

    /// The catalogue is in the order of the ids, which `find` relies on.
    #[test]
    fn the_catalogue_is_in_id_order_and_finds_every_rule() {
        let ids: Vec<RuleId> = entries().map(|rule| rule.id).collect();
        assert_eq!(ids, RuleId::ALL);
        for id in RuleId::ALL {
            assert_eq!(find(*id).map(|rule| rule.id), Some(*id));
        }
    }

    /// A rule's codes report on that rule, and no wire name is declared twice.
    #[test]
    fn every_code_is_its_rules_and_named_once() {
        for rule in entries() {
            for code in rule.codes {
                assert_eq!(code.rule, rule.id, "{} is declared by {}", code.name, rule.id);
            }
        }
        let names: BTreeSet<&str> = codes().map(|code| code.as_str()).collect();
        assert_eq!(names.len(), codes().count());
        let ids: BTreeSet<_> = entries().map(|rule| rule.id).collect();
        assert_eq!(ids.len(), entries().count(), "a rule listed twice");
        assert_eq!(ids.len(), crate::rule_id::RuleId::ALL.len(), "a rule id without its entry");
    }
}
