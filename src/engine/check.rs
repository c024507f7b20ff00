//! The lean answer: what a schema library answers (the errors, and the warnings when asked,
//! each with its code, path and message), without requirements, explanations or completeness.
//! The rules run as for a report; only the answer is smaller, and so is its way out of the
//! module.

use super::evaluation::Evaluation;
use super::render::merged;
use crate::context::Context;
use crate::json::{Object, ToJson};
use crate::model::bounds::MAX_ISSUES;
use crate::model::Path;
use crate::report::messages::issue_message;
use crate::report::{Code, Severity};
use serde::Serialize;

/// One issue of a lean check.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
pub struct CheckIssue {
    /// Stable code, as in an [`Issue`](crate::Issue).
    #[cfg_attr(feature = "typescript", tsify(type = "string"))]
    pub code: Code,
    /// Error, or warning when asked.
    pub severity: Severity,
    /// Where on the wire, as typed segments.
    #[cfg_attr(feature = "typescript", tsify(type = "(string | number)[]"))]
    pub path: Path,
    /// What is wrong and what to do, in the context's locale.
    pub message: String,
    /// Where in the portal's form, when read through a [`Mapping`](crate::Mapping).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "typescript", tsify(optional))]
    pub portal_path: Option<String>,
}

impl ToJson for CheckIssue {
    fn write_json(&self, out: &mut String) {
        let mut object = Object::new(out);
        object
            .field("code", self.code.as_str())
            .field("severity", &self.severity)
            .field("path", &self.path)
            .field("message", &self.message)
            .optional("portalPath", &self.portal_path);
        object.end();
    }
}

/// The findings of a lean evaluation (which kept only those it answers, see
/// [`Evaluation::lean`]) in the report's order, at most [`MAX_ISSUES`].
pub(crate) fn issues(evaluation: &Evaluation, ctx: &Context) -> Vec<CheckIssue> {
    let findings = merged(&evaluation.outcomes, &[], &[]);
    let mut issues = Vec::with_capacity(findings.len().min(MAX_ISSUES));
    for finding in findings.into_iter().take(MAX_ISSUES) {
        issues.push(CheckIssue {
            code: finding.code,
            severity: finding.code.severity(),
            path: finding.path,
            portal_path: None,
            message: issue_message(finding.code, &finding.params, ctx.locale),
        });
    }
    issues
}
