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
        return issues_of(&findings, ctx);
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
    issues_of(&sort(shown), ctx)
}

/// The issues of `findings`, in their order. A plain loop: a `collect` of a mapped iterator is
/// a copy of its own for every iterator type.
fn issues_of(findings: &[&Finding], ctx: &Context) -> Vec<Issue> {
    let mut issues = Vec::with_capacity(findings.len());
    for finding in findings {
        issues.push(issue(finding, ctx));
    }
    issues
}

/// The findings that involve `path` ([`involves`]), or, when `involved` is false, those that
/// do not; in their order.
pub(crate) fn involving<'a>(findings: &[&'a Finding], path: &Path, involved: bool) -> Vec<&'a Finding> {
    let mut kept = Vec::new();
    for finding in findings {
        if involves(finding, path) == involved {
            kept.push(*finding);
        }
    }
    kept
}

/// At most [`MAX_ISSUES`] of `paths`, as text: a verdict's and the completeness's missing facts.
fn missing_texts(paths: &[Path]) -> Vec<String> {
    let mut texts = Vec::with_capacity(paths.len().min(MAX_ISSUES));
    for path in paths.iter().take(MAX_ISSUES) {
        texts.push(path.text());
    }
    texts
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
fn sort(mut findings: Vec<&Finding>) -> Vec<&Finding> {
    findings.sort_by(|a, b| order(a, b));
    findings.dedup_by(|a, b| order(a, b) == Ordering::Equal);
    findings
}

/// Every finding of the rules once, in the report's order: of `outcomes`, each in turn replaced
/// by the next of `replaced` where `rerun` flags it (a session's outcomes before a change). Over
/// slices, with a plain loop, not a flattened `collect` nor an iterator trait object (whose
/// vtable carried a copy of `nth` and `advance_by` for each type of iterator): one copy of this
/// code serves the report, the lean answer and the session's before and after.
pub(crate) fn merged<'a>(outcomes: &'a [Outcome], rerun: &[bool], replaced: &'a [Outcome]) -> Vec<&'a Finding> {
    let mut replaced = replaced.iter();
    let mut findings = Vec::new();
    for (index, current) in outcomes.iter().enumerate() {
        let outcome = if rerun.get(index) == Some(&true) { replaced.next().unwrap_or(current) } else { current };
        for finding in &outcome.findings {
            findings.push(finding);
        }
    }
    sort(findings)
}

/// Whether a finding lies at or under `path`, or involves it as a related field.
pub(crate) fn involves(finding: &Finding, path: &Path) -> bool {
    finding.path.starts_with(path) || finding.related.iter().any(|related| related.starts_with(path))
}

/// The report of everything the rules found.
pub(crate) fn report(evaluation: &Evaluation, ctx: &Context) -> Report {
    let outcomes = &evaluation.outcomes;
    let findings = merged(outcomes, &[], &[]);
    let valid = !any_error(findings.iter().copied());
    let issues = capped(findings, ctx);
    let mut requirements = Vec::new();
    for verdict in outcomes.iter().flat_map(|outcome| outcome.verdicts.iter()) {
        requirements.push(Requirement {
            rule: verdict.rule,
            status: verdict.status,
            missing: missing_texts(&verdict.missing),
            explanation: messages::explanation(&verdict.explain, &verdict.params, ctx.locale),
        });
    }
    let tally = evaluation.tally();
    Report {
        valid,
        issues,
        requirements,
        completeness: Completeness {
            required: tally.required,
            filled: tally.filled,
            missing: missing_texts(&tally.missing),
        },
    }
}

/// The issues at or under `path`, and the cross-field issues that involve it.
pub(crate) fn issues_at(outcomes: &[Outcome], path: &Path, ctx: &Context) -> Vec<Issue> {
    capped(involving(&merged(outcomes, &[], &[]), path, true), ctx)
}
