//! The rule catalogue as data: one entry per rule, per family file, with its texts in four
//! languages, its source, the date from which it holds and the parameters it reads. `rules()`
//! is built from this and nothing else; the npm package ships what it returns as data
//! (`examples/catalogue.rs`), so the wasm module compiles the entries without their prose.

pub mod sources;

use crate::report::codes::CodeDef;
use crate::rule_id::RuleId;

/// How sure the sources are of a rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
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
    /// The codes the rule emits.
    pub codes: &'static [&'static CodeDef],
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
    /// The family, the first part of most of its codes.
    pub family: &'static str,
    /// How sure the sources are: high only where the quoted passage says the rule in so many
    /// words. A rule that is not high gives no error (a test over the catalogue holds to it).
    pub confidence: Confidence,
    /// A short title, nl/fr/en/de.
    pub title: &'static [&'static str; 4],
    /// The rule in full, nl/fr/en/de.
    pub text: &'static [&'static str; 4],
    /// The passage of the source the rule implements, quoted in Dutch as the source words it;
    /// empty where the sources are silent (the rule is then our reading, never high).
    pub quote: &'static str,
    /// Names of the parameters (see `Parameters`) the rule reads.
    pub parameters: &'static [&'static str],
}
