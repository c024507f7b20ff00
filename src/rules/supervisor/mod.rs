//! Family `supervisor` (SUP-001..005): the qualification of a qualified supervisor, one file per
//! rule. A supervisor is judged on their own (`checkSupervisor`) and wherever a form names one
//! (an application's internal supervisor, the support plan's, a provider's staff), by the same
//! rules through [`check`].

mod evidence;
pub mod sup001_qualified;
pub mod sup002_experience;
pub mod sup003_diploma;
pub mod sup004_responsible;
pub mod sup005_competences;

use crate::context::Context;
use crate::model::decode::ShapeProblem;
use crate::model::{Path, Supervisor};
use crate::rules::outcome::Outcome;
pub use sup004_responsible::Responsibility;

/// Checks one supervisor found at `at` inside another form: the rules of a supervisor on their
/// own, in the same order, SUP-004 as `responsibility` says.
pub fn check(
    supervisor: &Supervisor,
    at: &Path,
    responsibility: Responsibility<'_>,
    dropped: &[ShapeProblem],
    ctx: &Context,
    out: &mut Outcome,
) {
    sup004_responsible::check_at(supervisor, at, responsibility, dropped, out);
    sup003_diploma::check_at(supervisor, at, dropped, ctx, out);
    sup002_experience::check_at(supervisor, at, dropped, ctx, out);
    sup001_qualified::check_at(supervisor, at, dropped, ctx, out);
    sup005_competences::check_at(supervisor, at, dropped, out);
}

/// Runs one of the supervisor's rules on a supervisor given as JSON, for the rules' own tests.
#[cfg(test)]
pub(crate) mod testing {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]
    use crate::context::Context;
    use crate::model::{decode, Supervisor};
    use crate::report::{Status, Verdict};
    use crate::rules::outcome::Outcome;
    use crate::rules::rule::{Check, Input, Rule};

    /// What `rule` found in the supervisor `json` as of 23 November 2026: each finding as
    /// `code at path`, and the outcome.
    pub(crate) fn run(rule: &Rule<Supervisor>, json: &str) -> (Vec<String>, Outcome) {
        let decoded = decode::from_json::<Supervisor>(json).unwrap();
        let ctx = Context::new(crate::calendar::iso::date(2026, 11, 23));
        let mut out = Outcome::default();
        let Check::Form(check) = rule.check else { panic!("a supervisor's rules judge the form") };
        check(&Input { form: &decoded.form, dropped: &decoded.problems }, &ctx, &mut out);
        let found = out.findings.iter().map(|f| format!("{} at {}", f.code.as_str(), f.path)).collect();
        (found, out)
    }

    /// The one verdict of an outcome.
    pub(crate) fn verdict(out: &Outcome) -> &Verdict {
        assert_eq!(out.verdicts.len(), 1, "{:?}", out.verdicts);
        &out.verdicts[0]
    }

    /// The status of the one verdict.
    pub(crate) fn status(out: &Outcome) -> Status {
        verdict(out).status
    }
}
