//! Requirements: each rule the form is judged on, met or not met on the facts the form gives,
//! not yet decidable while a deciding fact is missing, or not applicable by a given fact.

use super::finding::Params;
use crate::json::{Object, ToJson};
use crate::model::Path;
use crate::rule_id::RuleId;
use crate::texts::Texts;
use serde::Serialize;

/// Whether a requirement holds.
///
/// `Met` and `NotMet` are said only on facts the form gives: a missing answer is never read as
/// "no". `NotApplicable` too rests on a given fact (a self-employed person, an establishment
/// outside Flanders, no begeleidingspremie asked, an as-of date before the rule holds), which
/// the explanation names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
pub enum Status {
    /// The requirement holds, on the facts the form gives.
    Met,
    /// The requirement does not hold, on the facts the form gives.
    NotMet,
    /// Not decidable yet: a deciding fact is missing (listed in `missing`).
    Unknown,
    /// A fact the form gives makes the requirement irrelevant (the explanation says which).
    NotApplicable,
}

/// A requirement as a rule decides it, before its explanation is rendered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verdict {
    /// Catalogue rule id.
    pub rule: RuleId,
    /// Whether it holds.
    pub status: Status,
    /// The facts still needed, when unknown.
    pub missing: Vec<Path>,
    /// Why: which branch holds or what is lacking.
    pub explain: Texts,
    /// Values for the explanation.
    pub params: Params,
}

// Kept out of line (`#[inline(never)]`), like the other builders rules call from a hundred
// places or more: inlined, each place carried its own copy (docs/decisions.md: out of line,
// the builders together made the module 8 KB smaller gzipped, at the same speed).
impl Verdict {
    /// A verdict with no missing facts and no params.
    #[inline(never)]
    pub fn new(rule: RuleId, status: Status, explain: Texts) -> Self {
        Self { rule, status, missing: Vec::new(), explain, params: Params::new() }
    }

    /// Adds a param.
    #[inline(never)]
    pub fn with(mut self, name: &'static str, value: impl Into<super::finding::Param>) -> Self {
        self.params.insert(name, value.into());
        self
    }

    /// Sets the missing facts.
    #[inline(never)]
    pub fn missing(mut self, missing: Vec<Path>) -> Self {
        self.missing = missing;
        self
    }
}

/// A requirement as the contract shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
pub struct Requirement {
    /// Catalogue rule id, e.g. `SUP-001`.
    #[cfg_attr(feature = "typescript", tsify(type = "string"))]
    pub rule: RuleId,
    /// Met, not met, unknown or not applicable.
    pub status: Status,
    /// Paths of the facts still needed (text form).
    pub missing: Vec<String>,
    /// Which branch holds, or what is still lacking, in the report's locale.
    pub explanation: String,
}

impl ToJson for Status {
    fn write_json(&self, out: &mut String) {
        out.push_str(match self {
            Status::Met => "\"met\"",
            Status::NotMet => "\"notMet\"",
            Status::Unknown => "\"unknown\"",
            Status::NotApplicable => "\"notApplicable\"",
        });
    }
}

impl ToJson for Requirement {
    fn write_json(&self, out: &mut String) {
        let mut object = Object::new(out);
        object
            .field("rule", self.rule.as_str())
            .field("status", &self.status)
            .field("missing", &self.missing)
            .field("explanation", &self.explanation);
        object.end();
    }
}
