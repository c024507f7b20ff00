//! How much an issue weighs.

use serde::Serialize;

/// How much an issue weighs: only errors block a submission.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
pub enum Severity {
    /// Blocks submission.
    Error,
    /// Shown, does not block.
    Warning,
    /// For information.
    Info,
}

impl crate::json::ToJson for Severity {
    fn write_json(&self, out: &mut String) {
        out.push_str(match self {
            Severity::Error => "\"error\"",
            Severity::Warning => "\"warning\"",
            Severity::Info => "\"info\"",
        });
    }
}
