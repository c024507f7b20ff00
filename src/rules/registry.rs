//! The registry: every rule, in the order the catalogue lists them and, per form, in the order a
//! report lists its requirements. A list, no logic: a rule is everything in its own file.

use super::application::{
    app001_indication, app002_residence, app003_establishment, app004_indivisible, app005_self_employed,
    app006_guidance, app007_internal_proof, app008_during_employment, app009_identified, app010_employer,
    app011_scheme_start, app012_vop, app013_provider_choice, app014_other_employers,
};
use super::calendar::cal001_working_days;
use super::catalogue::{self, RuleDef};
use super::form::form001_shape;
use super::ids::{id_iban, id_insz, id_kbo, id_post};
use super::provider::{
    ext001_identity, ext002_employer, ext003_segment, ext004_procedure, ext005_ocmw, ext006_lapse, ext007_area,
    ext008_conditions, ext009_validity, staff,
};
use super::rule::Rule;
use super::supervisor::{sup001_qualified, sup002_experience, sup003_diploma, sup004_responsible, sup005_competences};
use crate::model::{Application, ProviderRegistration, Supervisor, SupportPlan};
use crate::report::codes::{Code, CodeDef};
use crate::rule_id::RuleId;

/// One family's part of the catalogue: its rules' entries, one file each, or (while the family
/// is not yet one file per rule) the family's list of entries.
#[derive(Debug, Clone, Copy)]
pub enum Section {
    /// The entries of the family's rule files.
    Rules(&'static [&'static RuleDef]),
    /// The family's list of entries.
    Family(&'static [RuleDef]),
}

/// The catalogue, family by family.
pub static CATALOGUE: &[Section] = &[
    FORM_CATALOGUE,
    ID_CATALOGUE,
    CALENDAR_CATALOGUE,
    SUPERVISOR_CATALOGUE,
    APPLICATION_CATALOGUE,
    PROVIDER_CATALOGUE,
    GUIDANCE_CATALOGUE,
    PLAN_CATALOGUE,
];

// ---- form, id, calendar
const FORM_CATALOGUE: Section = Section::Rules(&[&form001_shape::DEF]);
const ID_CATALOGUE: Section = Section::Rules(&[&id_insz::DEF, &id_kbo::DEF, &id_iban::DEF, &id_post::DEF]);
const CALENDAR_CATALOGUE: Section = Section::Rules(&[&cal001_working_days::DEF]);

// ---- supervisor
const SUPERVISOR_CATALOGUE: Section = Section::Rules(&[
    &sup001_qualified::DEF,
    &sup002_experience::DEF,
    &sup003_diploma::DEF,
    &sup004_responsible::DEF,
    &sup005_competences::DEF,
]);

/// A supervisor's rules, in report order: SUP-004 first (who the person is), the diplomas
/// (SUP-003) and the periods (SUP-002), then the qualification they prove (SUP-001).
pub static SUPERVISOR: &[Rule<Supervisor>] = &[
    sup004_responsible::RULE,
    sup003_diploma::RULE,
    sup002_experience::RULE,
    sup001_qualified::RULE,
    sup005_competences::RULE,
];

// ---- application
const APPLICATION_CATALOGUE: Section = Section::Rules(&[
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
]);

/// An application's rules, in report order: first what is read on every as-of date (the
/// malformed dates and places, and whether a self-employed person applies, which every rule
/// for employers waits for), then the rules in catalogue order.
pub static APPLICATION: &[Rule<Application>] = &[
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

// ---- provider
const PROVIDER_CATALOGUE: Section = Section::Rules(&[
    &ext001_identity::DEF,
    &ext002_employer::DEF,
    &ext003_segment::DEF,
    &ext004_procedure::DEF,
    &ext005_ocmw::DEF,
    &ext006_lapse::DEF,
    &ext007_area::DEF,
    &ext008_conditions::DEF,
    &ext009_validity::DEF,
]);

/// A provider registration's rules, in report order: the registration's own first, then each
/// supervisor's qualification (SUP-001), which a reader takes in after what the registration is
/// judged on. EXT-005, EXT-006 and EXT-009 report findings but judge no requirement.
pub static PROVIDER_REGISTRATION: &[Rule<ProviderRegistration>] = &[
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

// ---- guidance and plan
const GUIDANCE_CATALOGUE: Section = Section::Family(catalogue::guidance::RULES);
const PLAN_CATALOGUE: Section = Section::Family(catalogue::plan::RULES);

/// A support plan's rules, in report order.
pub static SUPPORT_PLAN: &[Rule<SupportPlan>] = super::plan::RULES;

/// The codes of the families that are not yet one file per rule.
fn family_codes() -> Vec<Code> {
    use crate::report::codes::{guidance, plan};
    let mut codes = Vec::new();
    codes.extend(guidance::GuidanceCode::ALL.iter().map(|code| Code::from(*code)));
    codes.extend(plan::PlanCode::ALL.iter().map(|code| Code::from(*code)));
    codes
}

/// Every rule's entry, in catalogue order.
pub fn entries() -> impl Iterator<Item = &'static RuleDef> {
    CATALOGUE.iter().flat_map(|section| {
        let (files, family): (&[&RuleDef], &[RuleDef]) = match section {
            Section::Rules(files) => (files, &[]),
            Section::Family(family) => (&[], family),
        };
        files.iter().copied().chain(family.iter())
    })
}

/// Every code, rule by rule in catalogue order, each rule's in the order it declares them.
pub fn codes() -> impl Iterator<Item = Code> {
    let family = family_codes();
    entries()
        .flat_map(move |rule| {
            let own = rule.codes.iter().map(|def: &&'static CodeDef| Code::of(def));
            own.chain(family.iter().copied().filter(|code| code.rule() == rule.id).collect::<Vec<_>>())
        })
        .collect::<Vec<_>>()
        .into_iter()
}

/// The entry of the rule with this id.
pub fn find(id: RuleId) -> Option<&'static RuleDef> {
    entries().find(|rule| rule.id == id)
}
