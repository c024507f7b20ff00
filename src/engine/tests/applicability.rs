//! A rule that does not apply asks for nothing: its outcome counts no fact as missing and
//! reports no error, so completeness counts only what applies.

use super::variants::forms;
use crate::context::Context;
use crate::engine::evaluation::{run, Evaluation, Selected};
use crate::engine::Form;
use crate::model::decode::{self, Decoded};
use crate::model::{Application, ProviderRegistration, Supervisor, SupportPlan};
use crate::report::{Severity, Status};

/// Each rule that judged itself not applicable, with what it still asked for: (rule, what).
fn asking<F: Form>(text: &str, ctx: &Context) -> (usize, Vec<String>) {
    let Ok(Decoded { form, problems }) = decode::from_json::<F>(text) else {
        return (0, Vec::new());
    };
    let mut evaluation = Evaluation::blank(&form);
    run(&form, &problems, ctx, &mut evaluation, Selected::Every);
    let mut seen = 0;
    let mut wrong = Vec::new();
    for (rule, outcome) in F::rules().iter().zip(&evaluation.outcomes) {
        let own = outcome.verdicts.iter().find(|verdict| verdict.rule == rule.id);
        if own.is_none_or(|verdict| verdict.status != Status::NotApplicable) {
            continue;
        }
        seen += 1;
        for path in &outcome.tally.missing {
            wrong.push(format!("{} counts {path} as missing", rule.id));
        }
        for finding in outcome.findings.iter().filter(|f| f.code.severity() == Severity::Error) {
            wrong.push(format!("{} reports {} at {}", rule.id, finding.code.as_str(), finding.path));
        }
    }
    (seen, wrong)
}

#[test]
fn a_rule_that_does_not_apply_asks_for_nothing() {
    let mut seen = 0;
    let mut wrong = std::collections::BTreeSet::new();
    for (kind, options, form) in forms() {
        // Every form on its own as-of date, and before the scheme, when no rule is in force.
        let before = serde_json::json!({ "asOf": "2023-06-30" });
        for options in [options, before] {
            let Ok(ctx) = Context::from_options_json(&options.to_string(), None) else { continue };
            let text = form.to_string();
            let (count, found) = match kind.as_str() {
                "application" => asking::<Application>(&text, &ctx),
                "providerRegistration" => asking::<ProviderRegistration>(&text, &ctx),
                "supportPlan" => asking::<SupportPlan>(&text, &ctx),
                _ => asking::<Supervisor>(&text, &ctx),
            };
            seen += count;
            wrong.extend(found);
        }
    }
    assert!(seen > 1000, "only {seen} rules were not applicable: the test would prove little");
    assert!(wrong.is_empty(), "{wrong:#?}");
}
