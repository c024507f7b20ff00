//! Turns what the rules found into the contract's [`Report`].

use super::catalogue;
use super::outcome::Outcome;
use super::registry;
use crate::context::Context;
use crate::model::Path;
use crate::report::messages;
use crate::report::{Completeness, Finding, Issue, Report, Requirement, Severity, Source};

fn issue(finding: &Finding, ctx: &Context) -> Issue {
    let rule = finding.code.rule();
    Issue {
        code: finding.code,
        severity: finding.code.severity(),
        path: finding.path.clone(),
        field: finding.path.to_string(),
        params: finding.params.clone(),
        message: messages::issue_message(finding.code, &finding.params, ctx.locale),
        rule,
        source: catalogue::find(rule).map(registry::source).unwrap_or(Source { label: String::new(), url: None }),
    }
}

/// Findings sorted by (path, code), one per (path, code).
fn sorted(mut findings: Vec<Finding>) -> Vec<Finding> {
    findings.sort_by(|a, b| a.path.cmp(&b.path).then_with(|| a.code.as_str().cmp(b.code.as_str())));
    findings.dedup_by(|a, b| a.path == b.path && a.code == b.code);
    findings
}

/// The report of everything the rules found.
pub fn report(outcome: Outcome, ctx: &Context) -> Report {
    let issues: Vec<Issue> = sorted(outcome.findings).iter().map(|finding| issue(finding, ctx)).collect();
    let requirements = outcome
        .verdicts
        .iter()
        .map(|verdict| Requirement {
            rule: verdict.rule,
            status: verdict.status,
            missing: verdict.missing.iter().map(Path::to_string).collect(),
            explanation: messages::explanation(&verdict.explain, &verdict.params, ctx.locale),
        })
        .collect();
    Report {
        valid: !issues.iter().any(|issue| issue.severity == Severity::Error),
        issues,
        requirements,
        completeness: Completeness {
            required: outcome.tally.required,
            filled: outcome.tally.filled,
            missing: outcome.tally.missing.iter().map(Path::to_string).collect(),
        },
    }
}

/// The issues at or under `path`, and the cross-field issues that involve it.
pub fn issues_at(outcome: Outcome, path: &Path, ctx: &Context) -> Vec<Issue> {
    let involved = |finding: &Finding| {
        finding.path.starts_with(path) || finding.related.iter().any(|related| related.starts_with(path))
    };
    let findings: Vec<Finding> = outcome.findings.into_iter().filter(involved).collect();
    sorted(findings).iter().map(|finding| issue(finding, ctx)).collect()
}
