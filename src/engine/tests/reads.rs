//! A rule's `reads` covers every field it reports at or names as related: what `validateField`
//! and a session rely on to run only the rules that read a field.

use super::variants::forms;
use crate::context::Context;
use crate::engine::Form;
use crate::model::decode::{self, Decoded};
use crate::model::{Application, ProviderRegistration, Supervisor, SupportPlan};
use crate::rules::outcome::Outcome;
use crate::rules::pattern::overlaps;
use crate::rules::rule::{Check, Input};

fn check_reads<F: Form>(text: &str, ctx: &Context) -> Vec<String> {
    let Ok(Decoded { form, problems }) = decode::from_json::<F>(text) else {
        return Vec::new();
    };
    let input = Input { form: &form, dropped: &problems };
    let mut uncovered = Vec::new();
    for rule in F::rules() {
        let Check::Form(check) = rule.check else { continue };
        let mut out = Outcome::default();
        check(&input, ctx, &mut out);
        for finding in &out.findings {
            for path in std::iter::once(&finding.path).chain(&finding.related) {
                if !rule.reads.iter().any(|reads| overlaps(reads, path) && reads_covers(reads, path)) {
                    uncovered.push(format!("{} reports {} at {path}", rule.id, finding.code.as_str()));
                }
            }
        }
    }
    uncovered
}

/// `reads` lies at or above `path` (a group's pattern covers what lies under it); a finding
/// about the whole form (the root) concerns every field.
fn reads_covers(reads: &str, path: &crate::model::Path) -> bool {
    if path.segments().is_empty() {
        return true;
    }
    let depth = reads.split('.').filter(|part| !part.is_empty()).map(|part| 1 + part.matches('[').count()).sum();
    path.segments().len() >= depth
}

#[test]
fn every_rule_reads_where_it_reports() {
    let mut uncovered = std::collections::BTreeSet::new();
    for (kind, options, form) in forms() {
        let Ok(ctx) = Context::from_options_json(&options.to_string(), None) else { continue };
        let text = form.to_string();
        let found = match kind.as_str() {
            "application" => check_reads::<Application>(&text, &ctx),
            "providerRegistration" => check_reads::<ProviderRegistration>(&text, &ctx),
            "supportPlan" => check_reads::<SupportPlan>(&text, &ctx),
            _ => check_reads::<Supervisor>(&text, &ctx),
        };
        uncovered.extend(found);
    }
    assert!(uncovered.is_empty(), "{uncovered:#?}");
}
