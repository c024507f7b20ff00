//! The catalogue as the contract's `rules(locale)` returns it. The types are in every build
//! (the wasm build generates the package's TypeScript `RuleInfo` from them); `rules()` itself
//! is native only, since the wasm module carries no prose: the package's `rules()` reads the
//! data `examples/catalogue.rs` prints from this function.

use super::catalogue::Confidence;
use crate::report::Source;
use crate::rule_id::RuleId;
use serde::Serialize;

/// A parameter a rule reads, with its default and its dated values.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
pub struct ParameterInfo {
    /// Name as in `options.parameters`.
    pub name: String,
    /// The default value: the most recent of its dated values.
    #[cfg_attr(feature = "typescript", tsify(type = "unknown"))]
    pub default: serde_json::Value,
    /// Its built-in values by the date (`YYYY-MM-DD`) each is in force from, until the next
    /// one's: `{ "2023-07-01": 3 }`. A verdict takes the value in force on its as-of date.
    #[cfg_attr(feature = "typescript", tsify(type = "Record<string, unknown>"))]
    pub history: serde_json::Value,
}

/// One rule of the catalogue in one locale.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
pub struct RuleInfo {
    /// Stable id, e.g. `SUP-001`.
    #[cfg_attr(feature = "typescript", tsify(type = "string"))]
    pub id: RuleId,
    /// Family, the first part of its codes.
    pub family: String,
    /// The most a finding of the rule weighs: `E`, `W`, `I`, or `-` when it reports none.
    pub severity: String,
    /// How sure the sources are.
    pub confidence: Confidence,
    /// Short title.
    pub title: String,
    /// The rule in full.
    pub text: String,
    /// Where it comes from.
    pub source: Source,
    /// The passage of the source it implements, in Dutch; empty where the sources are silent.
    pub quote: String,
    /// First day it holds, `YYYY-MM-DD`.
    pub effective_from: String,
    /// The parameters it reads, with their defaults and dated values.
    pub parameters: Vec<ParameterInfo>,
    /// The issue codes it emits.
    pub codes: Vec<String>,
}

/// The catalogue in a locale, in catalogue order.
#[cfg(not(target_arch = "wasm32"))]
pub fn rules(locale: crate::context::Locale) -> Vec<RuleInfo> {
    use crate::context::{ParameterHistory, Parameters};
    use crate::report::{Code, Severity};

    let defaults = serde_json::to_value(Parameters::default()).unwrap_or_default();
    let histories = serde_json::to_value(ParameterHistory::default()).unwrap_or_default();
    super::registry::entries()
        .map(|rule| {
            let codes: Vec<Code> = crate::rules::registry::codes().filter(|code| code.rule() == rule.id).collect();
            let severity = codes.iter().map(|code| code.severity()).min().map_or("-", |severity| match severity {
                Severity::Error => "E",
                Severity::Warning => "W",
                Severity::Info => "I",
            });
            RuleInfo {
                id: rule.id,
                family: rule.about.family.to_owned(),
                severity: severity.to_owned(),
                confidence: rule.about.confidence,
                title: locale.pick(rule.about.title).to_owned(),
                text: locale.pick(rule.about.text).to_owned(),
                source: rule.source,
                quote: rule.about.quote.to_owned(),
                effective_from: crate::calendar::iso::format(rule.effective_from),
                parameters: rule
                    .about
                    .parameters
                    .iter()
                    .map(|name| ParameterInfo {
                        name: (*name).to_owned(),
                        default: defaults.get(*name).cloned().unwrap_or_default(),
                        history: histories.get(*name).cloned().unwrap_or_default(),
                    })
                    .collect(),
                codes: codes.iter().map(|code| code.as_str().to_owned()).collect(),
            }
        })
        .collect()
}
