//! Family `plan` (PLAN-001..010): the support plan (ondersteuningsplan), one file per rule.
//!
//! The plan is required whenever VDAB indicated guidance, is drawn up at the start of the
//! employment, revised at every change of the begeleidingspremie, signed by the employee, and
//! names everyone involved. The guidance arrangements it states are judged by the `guidance`
//! family (GUI-001..005); PLAN-006 asks that they are stated. Every date is judged as of
//! `ctx.as_of`: what lies after it has not happened yet.

pub mod plan001_indicated;
pub mod plan002_timing;
pub mod plan003_revisions;
pub mod plan004_signatures;
pub mod plan005_parties;
pub mod plan006_arrangements;
pub mod plan007_involvement;
pub mod plan008_action_points;
pub mod plan009_indication;
pub mod plan010_completeness;

use crate::model::keys::Key;
use crate::model::Path;
use crate::report::{Status, Verdict};
use crate::rule_id::RuleId;
use crate::rules::support::Judgement;
use crate::texts::{texts, Texts};

texts! {
    /// The explanation of a plan or guidance rule that cannot decide yet: the facts it lacks are
    /// listed with the verdict.
    pub(crate) FACTS_MISSING = [
        "Nog niet te beoordelen: vul de ontbrekende gegevens in.",
        "Pas encore évaluable : complétez les données manquantes.",
        "Not decidable yet: fill in the missing facts.",
        "Noch nicht beurteilbar: ergänzen Sie die fehlenden Angaben.",
    ];
}

/// The verdict of `judgement`, as every plan and guidance rule gives it: not met when broken,
/// unknown while facts are missing, met otherwise. One that is not met lists no missing facts,
/// as a verdict lists them only while it is unknown (`Verdict::missing`); and a verdict with
/// none is built without them (the benchmark's complete plan has fifteen).
pub(crate) fn judged(judgement: Judgement, rule: RuleId, met: Texts, not_met: Texts, unknown: Texts) -> Verdict {
    if judgement.broken {
        Verdict::new(rule, Status::NotMet, not_met)
    } else if judgement.missing.is_empty() {
        Verdict::new(rule, Status::Met, met)
    } else {
        Verdict::new(rule, Status::Unknown, unknown).missing(judgement.missing)
    }
}

/// The path of the form's field `key`, to extend with `.key(..)`: out of line, like `at`, but
/// without its loop, which costs a validation of a complete plan some 3% of its time natively
/// (the plan and guidance rules build some thirty paths on every run).
#[inline(never)]
pub(crate) fn from_root(key: Key) -> Path {
    Path::root().key(key)
}

/// What the rules' own tests share: the complete plan of the benchmark fixture and a way to
/// run one rule on a plan.
#[cfg(test)]
pub(crate) mod testing {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

    use crate::context::Context;
    pub use crate::model::decode::Expected;
    use crate::model::decode::{ShapeKind, ShapeProblem};
    use crate::model::SupportPlan;
    use crate::report::{Status, Verdict};
    use crate::rules::outcome::Outcome;
    use crate::rules::rule::{Check, Input, Rule};

    /// The as-of date of the fixture: Monday 23 November 2026.
    pub fn ctx() -> Context {
        Context::new(crate::calendar::iso::date(2026, 11, 23))
    }

    /// The complete, valid plan of `tests/fixtures/plan-complete-valid.json`.
    pub fn complete() -> SupportPlan {
        let fixture: serde_json::Value =
            serde_json::from_str(include_str!("../../../tests/fixtures/plan-complete-valid.json")).unwrap();
        serde_json::from_value(fixture["form"].clone()).unwrap()
    }

    /// `rule` run on `form` as of [`ctx`], no value dropped.
    pub fn run(rule: &Rule<SupportPlan>, form: &SupportPlan) -> Outcome {
        run_dropped(rule, form, &[])
    }

    /// `rule` run on `form` as of [`ctx`], with the values decoding dropped.
    pub fn run_dropped(rule: &Rule<SupportPlan>, form: &SupportPlan, dropped: &[ShapeProblem]) -> Outcome {
        let mut out = Outcome::default();
        let Check::Form(check) = rule.check else { panic!("{} judges the tally", rule.id) };
        check(&Input { form, dropped }, &ctx(), &mut out);
        out
    }

    /// A value of the wrong type at `path`, which decoding dropped (`form.wrong_type`).
    pub fn wrong_type(path: crate::model::Path, expected: Expected) -> ShapeProblem {
        ShapeProblem { path, kind: ShapeKind::WrongType(expected) }
    }

    /// The codes found, in the order found.
    pub fn codes(out: &Outcome) -> Vec<&'static str> {
        out.findings.iter().map(|finding| finding.code.as_str()).collect()
    }

    /// The paths of the findings, in the order found.
    pub fn paths(out: &Outcome) -> Vec<String> {
        out.findings.iter().map(|finding| finding.path.text()).collect()
    }

    /// The fields the findings also involve, in the order found.
    pub fn related(out: &Outcome) -> Vec<String> {
        out.findings.iter().flat_map(|finding| finding.related.iter().map(crate::model::Path::text)).collect()
    }

    /// The verdict on `rule` among those of `out`.
    pub fn verdict_on(out: &Outcome, rule: crate::rule_id::RuleId) -> &Verdict {
        out.verdicts.iter().find(|verdict| verdict.rule == rule).unwrap_or_else(|| panic!("{:?}", out.verdicts))
    }

    /// The one verdict of `out`.
    pub fn verdict(out: &Outcome) -> &Verdict {
        assert_eq!(out.verdicts.len(), 1, "{:?}", out.verdicts);
        &out.verdicts[0]
    }

    /// The status of the one verdict of `out`.
    pub fn status(out: &Outcome) -> Status {
        verdict(out).status
    }

    /// The facts the one verdict of `out` still lacks, as text.
    pub fn missing(out: &Outcome) -> Vec<String> {
        verdict(out).missing.iter().map(crate::model::Path::text).collect()
    }
}
