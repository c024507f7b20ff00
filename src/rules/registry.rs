//! The registry: every rule, in the order the catalogue lists them and, per form, in the order a
//! report lists its requirements. A list, no logic: a rule is everything in its own file.

use super::catalogue::{self, RuleDef};
use super::rule::Rule;
use super::supervisor::{sup001_qualified, sup002_experience, sup003_diploma, sup004_responsible, sup005_competences};
use crate::model::{Application, ProviderRegistration, Supervisor, SupportPlan};
use crate::report::codes::{Code, CodeDef};

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
const FORM_CATALOGUE: Section = Section::Family(catalogue::form::RULES);
const ID_CATALOGUE: Section = Section::Family(catalogue::id::RULES);
const CALENDAR_CATALOGUE: Section = Section::Family(catalogue::calendar::RULES);

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
const APPLICATION_CATALOGUE: Section = Section::Family(catalogue::application::RULES);

/// An application's rules, in report order.
pub static APPLICATION: &[Rule<Application>] = super::application::RULES;

// ---- provider
const PROVIDER_CATALOGUE: Section = Section::Family(catalogue::provider::RULES);

/// A provider registration's rules, in report order.
pub static PROVIDER_REGISTRATION: &[Rule<ProviderRegistration>] = super::provider::RULES;

// ---- guidance and plan
use super::guidance::{gui001_reachable, gui002_on_site, gui003_follow_up, gui004_coach, gui005_backups};
use super::plan::{
    plan001_indicated, plan002_timing, plan003_revisions, plan004_signatures, plan005_parties, plan006_arrangements,
    plan007_involvement, plan008_action_points, plan009_indication, plan010_completeness,
};

const GUIDANCE_CATALOGUE: Section = Section::Rules(&[
    &gui001_reachable::DEF,
    &gui002_on_site::DEF,
    &gui003_follow_up::DEF,
    &gui004_coach::DEF,
    &gui005_backups::DEF,
]);
const PLAN_CATALOGUE: Section = Section::Rules(&[
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
]);

/// A support plan's rules, in report order: who the plan concerns and when it was made
/// (PLAN-001..005, the supervisor rules run inside PLAN-005 where the plan names a supervisor),
/// the arrangements it states (GUI-001..005, then PLAN-006), its other content
/// (PLAN-007..009), and the completeness of all of it (PLAN-010).
pub static SUPPORT_PLAN: &[Rule<SupportPlan>] = &[
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

/// The codes of the families that are not yet one file per rule.
fn family_codes() -> Vec<Code> {
    use crate::report::codes::{application, form, id, provider};
    let mut codes = Vec::new();
    codes.extend(form::FormCode::ALL.iter().map(|code| Code::from(*code)));
    codes.extend(id::IdCode::ALL.iter().map(|code| Code::from(*code)));
    codes.extend(application::ApplicationCode::ALL.iter().map(|code| Code::from(*code)));
    codes.extend(provider::ProviderCode::ALL.iter().map(|code| Code::from(*code)));
    codes
}

/// Every rule's entry, in catalogue order.
pub fn rules() -> impl Iterator<Item = &'static RuleDef> {
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
    rules()
        .flat_map(move |rule| {
            let own = rule.codes.iter().map(|def: &&'static CodeDef| Code::of(def));
            own.chain(family.iter().copied().filter(|code| code.rule() == rule.id).collect::<Vec<_>>())
        })
        .collect::<Vec<_>>()
        .into_iter()
}
