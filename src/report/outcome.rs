//! The verdict on a form.

use super::issue::Issue;
use super::requirement::Requirement;
use super::severity::Severity;
use crate::json::{Object, ToJson};
use serde::Serialize;

/// How much of the form's required facts are filled in.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
pub struct Completeness {
    /// Number of required facts.
    pub required: u32,
    /// Number of those filled in.
    pub filled: u32,
    /// Paths of the required facts still empty.
    pub missing: Vec<String>,
}

/// The verdict on a (possibly partial) form.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
pub struct Report {
    /// No issue of severity error.
    pub valid: bool,
    /// Every issue, sorted by (path, code).
    pub issues: Vec<Issue>,
    /// Every requirement the form is judged on.
    pub requirements: Vec<Requirement>,
    /// Required facts filled versus required.
    pub completeness: Completeness,
}

impl Report {
    /// Whether any issue has this code (by wire name).
    pub fn has(&self, code: &str) -> bool {
        self.issues.iter().any(|issue| issue.code.as_str() == code)
    }

    /// Number of issues of a severity.
    pub fn count(&self, severity: Severity) -> usize {
        self.issues.iter().filter(|issue| issue.severity == severity).count()
    }
}

impl ToJson for Completeness {
    fn write_json(&self, out: &mut String) {
        let mut object = Object::new(out);
        object.field("required", &self.required).field("filled", &self.filled).field("missing", &self.missing);
        object.end();
    }
}

impl ToJson for Report {
    fn write_json(&self, out: &mut String) {
        let mut object = Object::new(out);
        object
            .field("valid", &self.valid)
            .field("issues", &self.issues)
            .field("requirements", &self.requirements)
            .field("completeness", &self.completeness);
        object.end();
    }
}
