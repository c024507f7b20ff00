//! The registry: every rule, in the order the catalogue lists them and, per form, in the order a
//! report lists its requirements. A list, no logic: a rule is everything in its own file.

use super::catalogue::RuleDef;
use super::rule::Rule;
use super::supervisor::{sup001_qualified, sup002_experience, sup003_diploma, sup004_responsible, sup005_competences};
use crate::model::Supervisor;
use crate::report::codes::{Code, CodeDef};

/// The supervisor's rules in catalogue order.
pub static SUPERVISOR_CATALOGUE: &[&RuleDef] = &[
    &sup001_qualified::DEF,
    &sup002_experience::DEF,
    &sup003_diploma::DEF,
    &sup004_responsible::DEF,
    &sup005_competences::DEF,
];

/// A supervisor's rules, in report order: SUP-004 first (who the person is), the diplomas
/// (SUP-003) and the periods (SUP-002), then the qualification they prove (SUP-001).
pub static SUPERVISOR: &[Rule<Supervisor>] = &[
    sup004_responsible::RULE,
    sup003_diploma::RULE,
    sup002_experience::RULE,
    sup001_qualified::RULE,
    sup005_competences::RULE,
];

/// Every code, rule by rule in catalogue order.
pub fn codes() -> impl Iterator<Item = Code> {
    let families = [
        defs(crate::report::codes::form::FormCode::ALL),
        defs(crate::report::codes::id::IdCode::ALL),
        Vec::new(),
        defs(crate::report::codes::application::ApplicationCode::ALL),
        defs(crate::report::codes::provider::ProviderCode::ALL),
        defs(crate::report::codes::guidance::GuidanceCode::ALL),
        defs(crate::report::codes::plan::PlanCode::ALL),
    ];
    let old: Vec<Code> = families.into_iter().flatten().collect();
    super::catalogue::all()
        .flat_map(move |rule| {
            let own = rule.codes.iter().map(|def: &&'static CodeDef| Code::of(def));
            let family: Vec<Code> = old.iter().copied().filter(|code| code.rule() == rule.id).collect();
            own.chain(family)
        })
        .collect::<Vec<_>>()
        .into_iter()
}

fn defs<C: Copy + Into<Code>>(all: &[C]) -> Vec<Code> {
    all.iter().map(|code| (*code).into()).collect()
}
