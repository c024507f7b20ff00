//! An outcome as the chosen format writes it: for machines a JSON object per form whose
//! `report` is the library's Report byte for byte, for people a few lines per form.

use super::verdict::Outcome;
use crate::args::{kind_name, CheckFormat};
use maatwerk::{Code, Report, Severity, ToJson};
use std::fmt::Write;

/// The Report as JSON text: the library's own writer, which the wasm module uses too, so the
/// bytes are those of `JSON.stringify` of the wasm module's report.
pub fn report_json(report: &Report) -> String {
    report.to_json()
}

/// How a form came out, for the exit status and the summary.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// No error.
    Valid,
    /// At least one error, or not a form at all (not JSON, not an object).
    NotValid,
    /// The batch's fault: a file not read, no kind given.
    Unusable,
}

/// One form's output and what the summary counts of it.
pub struct Rendered {
    /// The text to write (without separators for JSON).
    pub text: String,
    /// Its verdict.
    pub verdict: Verdict,
    /// The codes of its issues, for the summary by code (people's format only).
    pub codes: Vec<Code>,
}

/// Renders an outcome in `format`.
pub fn render(outcome: &Outcome, format: CheckFormat) -> Rendered {
    let verdict = match &outcome.verdict {
        Ok(report) if report.valid => Verdict::Valid,
        Ok(_) => Verdict::NotValid,
        Err(problem) if problem.is_usage_or_read() => Verdict::Unusable,
        Err(_) => Verdict::NotValid,
    };
    match format {
        CheckFormat::Text => {
            let codes =
                outcome.verdict.as_ref().map_or_else(|_| Vec::new(), |r| r.issues.iter().map(|i| i.code).collect());
            Rendered { text: text(outcome), verdict, codes }
        }
        CheckFormat::Json | CheckFormat::Ndjson => Rendered { text: json(outcome), verdict, codes: Vec::new() },
    }
}

/// `{"source", "line"?, "kind"?, "report"}` or `{"source", "line"?, "kind"?, "error": {"code",
/// "message"}}`: the report last, so its bytes are the line's up to the final `}`.
fn json(outcome: &Outcome) -> String {
    let mut out = String::with_capacity(8 * 1024);
    out.push_str("{\"source\":");
    out.push_str(&json_string(&outcome.source));
    if let Some(line) = outcome.line {
        let _ = write!(out, ",\"line\":{line}");
    }
    if let Some(kind) = outcome.kind {
        let _ = write!(out, ",\"kind\":\"{}\"", kind_name(kind));
    }
    match &outcome.verdict {
        Ok(report) => {
            out.push_str(",\"report\":");
            out.push_str(&report_json(report));
        }
        Err(problem) => {
            let _ = write!(
                out,
                ",\"error\":{{\"code\":\"{}\",\"message\":{}}}",
                problem.code(),
                json_string(&problem.message())
            );
        }
    }
    out.push('}');
    out
}

fn json_string(text: &str) -> String {
    // A string always serializes.
    serde_json::to_string(text).unwrap_or_default()
}

/// `source:line: kind: valid` and, under it, one line per issue: severity, field, rule, code,
/// message.
fn text(outcome: &Outcome) -> String {
    let mut out = String::new();
    out.push_str(&outcome.source);
    if let Some(line) = outcome.line {
        let _ = write!(out, ":{line}");
    }
    out.push_str(": ");
    if let Some(kind) = outcome.kind {
        let _ = write!(out, "{}: ", kind_name(kind));
    }
    match &outcome.verdict {
        Err(problem) => {
            let _ = writeln!(out, "{}", problem.message());
        }
        Ok(report) => {
            let errors = report.count(Severity::Error);
            let warnings = report.count(Severity::Warning);
            let _ = writeln!(
                out,
                "{} ({} error{}, {} warning{}; {} of {} required facts filled)",
                if report.valid { "valid" } else { "NOT VALID" },
                errors,
                if errors == 1 { "" } else { "s" },
                warnings,
                if warnings == 1 { "" } else { "s" },
                report.completeness.filled,
                report.completeness.required,
            );
            for issue in &report.issues {
                let field = if issue.field.is_empty() { "(form)" } else { issue.field.as_str() };
                let _ = writeln!(
                    out,
                    "  {:<7} {field}  [{} {}] {}",
                    severity_name(issue.severity),
                    issue.rule,
                    issue.code.as_str(),
                    issue.message
                );
            }
        }
    }
    out
}

fn severity_name(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "info",
    }
}
