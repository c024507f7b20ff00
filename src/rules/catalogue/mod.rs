//! The rule catalogue as data: one entry per rule, per family file, with its texts in four
//! languages, its source, the date from which it holds and the parameters it reads. `rules()`
//! is built from this and nothing else; the npm package ships what it returns as data
//! (`examples/catalogue.rs`), so the wasm module compiles the entries without their prose.

mod application;
mod calendar;
mod form;
mod guidance;
mod id;
mod plan;
mod provider;
pub mod sources;
mod supervisor;

#[cfg(not(target_arch = "wasm32"))]
use crate::locale::Texts;
use crate::rule_id::RuleId;

/// How sure the sources are of a rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub enum Confidence {
    /// Stated by a source.
    High,
    /// Stated by a secondary source, or closely inferred.
    Medium,
    /// Our assumption: it is a parameter with a default.
    Low,
    /// Not a rule of the scheme (input shape, completeness).
    NotApplicable,
}

/// One rule of the catalogue.
#[derive(Debug, Clone, Copy)]
pub struct RuleDef {
    /// Stable id, e.g. `SUP-001`.
    pub id: RuleId,
    /// Where it comes from (every issue of the rule carries it).
    pub source: crate::report::Source,
    /// First day the rule holds (when the rule takes its start from the catalogue).
    pub effective_from: chrono::NaiveDate,
    /// What only `rules()` reads. The wasm module has no `rules()` (the package reads the
    /// catalogue from data generated from this), so it compiles the entries without it.
    #[cfg(not(target_arch = "wasm32"))]
    pub about: About,
}

/// The part of a rule's entry that only the catalogue shows.
#[cfg(not(target_arch = "wasm32"))]
#[derive(Debug, Clone, Copy)]
pub struct About {
    /// Severity as the catalogue states it: `E`, `W`, `I`, `W/E` or `-`.
    pub severity: &'static str,
    /// How sure the sources are.
    pub confidence: Confidence,
    /// A short title, nl/fr/en/de.
    pub title: Texts,
    /// The rule in full, nl/fr/en/de.
    pub text: Texts,
    /// Names of the parameters (see `Parameters`) the rule reads.
    pub parameters: &'static [&'static str],
}

/// Every rule, family by family, with its family's name (the first part of its codes).
pub fn all() -> impl Iterator<Item = (&'static str, &'static RuleDef)> {
    let families: [(&'static str, &'static [RuleDef]); 8] = [
        ("form", form::RULES),
        ("id", id::RULES),
        ("calendar", calendar::RULES),
        ("supervisor", supervisor::RULES),
        ("application", application::RULES),
        ("provider", provider::RULES),
        ("guidance", guidance::RULES),
        ("plan", plan::RULES),
    ];
    families.into_iter().flat_map(|(family, rules)| rules.iter().map(move |rule| (family, rule)))
}

/// The rule with this id.
pub fn find(id: RuleId) -> Option<&'static RuleDef> {
    all().map(|(_, rule)| rule).find(|rule| rule.id == id)
}
