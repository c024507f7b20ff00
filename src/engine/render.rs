//! Dressing findings for a reader: the contract's [`Report`] and [`Issue`]s, messages in the
//! context's locale. Only what is returned is rendered.

use super::evaluation::Evaluation;
use crate::context::Context;
use crate::model::bounds::MAX_ISSUES;
use crate::model::Path;
use crate::report::messages;
use crate::report::{Completeness, Finding, Issue, Report, Requirement, Severity, Source};
use crate::rules::form::form001_shape;
use crate::rules::outcome::Outcome;
use crate::rules::registry;
use std::cmp::Ordering;

/// The contract's issue of a finding.
pub(crate) fn issue(finding: &Finding, ctx: &Context) -> Issue {
    let rule = finding.code.rule();
    Issue {
        code: finding.code,
        severity: finding.code.severity(),
        path: finding.path,
        field: finding.path.text(),
        params: finding.params.clone(),
        message: messages::issue_message(finding.code, &finding.params, ctx.locale),
        rule,
        source: registry::find(rule).map_or(Source { label: "", url: None }, |def| def.source),
        portal_path: None,
    }
}

/// At most [`MAX_ISSUES`] issues of `findings` (in the report's order): when there are more,
/// the most severe are kept (errors, then warnings, then infos, each in the report's order) and
/// the last place goes to one issue at the form that counts the rest. So an answer stays small
/// and fast to render, and a form that is not valid always shows an error.
pub(crate) fn capped(findings: Vec<&Finding>, ctx: &Context) -> Vec<Issue> {
    if findings.len() <= MAX_ISSUES {
        return findings.into_iter().map(|finding| issue(finding, ctx)).collect();
    }
    let kept = MAX_ISSUES - 1;
    let notice = form001_shape::issues_left_out(findings.len() - kept);
    // One pass per severity, not a sort by it (a sort's own code): within a severity the
    // report's order stays. The notice lives only in this call: the kept findings are
    // borrowed for as long.
    let mut shown: Vec<&Finding> = Vec::with_capacity(MAX_ISSUES);
    for severity in [Severity::Error, Severity::Warning, Severity::Info] {
        for finding in &findings {
            if shown.len() < kept && finding.code.severity() == severity {
                shown.push(finding);
            }
        }
    }
    shown.push(&notice);
    // Unique already (the notice's code is its own): the sort keeps every one.
    sort(shown).into_iter().map(|finding| issue(finding, ctx)).collect()
}

/// Whether any finding is an error: what `valid` says, over every finding, kept or not.
pub(crate) fn any_error<'a>(mut findings: impl Iterator<Item = &'a Finding>) -> bool {
    findings.any(|finding| finding.code.severity() == Severity::Error)
}

/// The order of a report's issues: by path, then by code.
pub(crate) fn order(a: &Finding, b: &Finding) -> Ordering {
    a.path.cmp(&b.path).then_with(|| a.code.as_str().cmp(b.code.as_str()))
}

/// The findings sorted by [`order`], each (path, code) once.
pub(crate) fn sorted<'a>(findings: impl Iterator<Item = &'a Finding>) -> Vec<&'a Finding> {
    sort(findings.collect())
}

/// [`sorted`] once for every iterator type: a sort inside the generic function was a copy of
/// the sort for each.
fn sort(mut findings: Vec<&Finding>) -> Vec<&Finding> {
    findings.sort_by(|a, b| order(a, b));
    findings.dedup_by(|a, b| order(a, b) == Ordering::Equal);
    findings
}

/// Every finding of the rules once, in the report's order.
pub(crate) fn merged<'a>(outcomes: impl Iterator<Item = &'a Outcome>) -> Vec<&'a Finding> {
    sorted(outcomes.flat_map(|outcome| outcome.findings.iter()))
}

/// Whether a finding lies at or under `path`, or involves it as a related field.
pub(crate) fn involves(finding: &Finding, path: &Path) -> bool {
    finding.path.starts_with(path) || finding.related.iter().any(|related| related.starts_with(path))
}

/// The report of everything the rules found.
pub(crate) fn report(evaluation: &Evaluation, ctx: &Context) -> Report {
    let outcomes = &evaluation.outcomes;
    let findings = merged(outcomes.iter());
    let valid = !any_error(findings.iter().copied());
    let issues = capped(findings, ctx);
    let requirements = outcomes
        .iter()
        .flat_map(|outcome| outcome.verdicts.iter())
        .map(|verdict| Requirement {
            rule: verdict.rule,
            status: verdict.status,
            missing: verdict.missing.iter().take(MAX_ISSUES).map(Path::text).collect(),
            explanation: messages::explanation(&verdict.explain, &verdict.params, ctx.locale),
        })
        .collect();
    let tally = evaluation.tally();
    Report {
        valid,
        issues,
        requirements,
        completeness: Completeness {
            required: tally.required,
            filled: tally.filled,
            missing: tally.missing.iter().take(MAX_ISSUES).map(Path::text).collect(),
        },
    }
}

/// The issues at or under `path`, and the cross-field issues that involve it.
pub(crate) fn issues_at(outcomes: &[Outcome], path: &Path, ctx: &Context) -> Vec<Issue> {
    capped(merged(outcomes.iter()).into_iter().filter(|finding| involves(finding, path)).collect(), ctx)
}
