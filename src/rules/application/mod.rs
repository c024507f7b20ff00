//! Family `application` (APP-001..014): the employer's application (loonpremie,
//! begeleidingspremie) and the self-employed person's (ondersteuningspremie), one file per rule.
//!
//! The facts several rules share (dates, places, the indicated measures, the premiums asked)
//! are read by [`facts`] without reporting anything; a malformed date or place is reported
//! once, by the rule whose code it is, whatever the as-of date. Each rule judges in catalogue
//! order, but only from the date it holds: a rule not in force on the as-of date is not
//! applicable, with the day it starts, and checks nothing (the engine decides that).
//!
//! A verdict rests on the facts the form gives: an unanswered question is never read as "no".
//! A rule for employers is not applicable once the form says a self-employed person applies;
//! while it does not say, the rule judges as for an employer, but a met verdict waits for the
//! answer (see [`pending`]).

pub(crate) mod facts;
mod notice;
mod place;

pub mod app001_indication;
pub mod app002_residence;
pub mod app003_establishment;
pub mod app004_indivisible;
pub mod app005_self_employed;
pub mod app006_guidance;
pub mod app007_internal_proof;
pub mod app008_during_employment;
pub mod app009_identified;
pub mod app010_employer;
pub mod app011_scheme_start;
pub mod app012_vop;
pub mod app013_provider_choice;
pub mod app014_other_employers;

use crate::model::Path;
use crate::report::{Status, Verdict};
use crate::texts::texts;

texts! {
    /// Facts are still missing (listed in `missing`).
    FACTS_MISSING = [
        "Nog niet te beoordelen: vul de ontbrekende gegevens in.",
        "Pas encore possible d'évaluer : complétez les données manquantes.",
        "Not decidable yet: fill in the missing facts.",
        "Noch nicht zu beurteilen: ergänzen Sie die fehlenden Angaben.",
    ];

    /// Not applicable: a rule for employers, and a self-employed person applies.
    NOT_FOR_SELF_EMPLOYED = [
        "Niet van toepassing: een zelfstandige vraagt voor zichzelf aan.",
        "Sans objet : un indépendant introduit la demande pour lui-même.",
        "Not applicable: a self-employed person applies for themselves.",
        "Nicht anwendbar: eine selbstständige Person beantragt für sich selbst.",
    ];
}

/// A verdict of a rule that may yet turn out not to apply: while the `pending` facts are
/// missing, a met verdict is not decided, and an unknown one lists them too. A broken
/// condition stays broken whoever applies.
#[inline(never)]
fn pending(verdict: Verdict, pending: Vec<Path>) -> Verdict {
    if pending.is_empty() {
        return verdict;
    }
    match verdict.status {
        Status::Met => Verdict::new(verdict.rule, Status::Unknown, FACTS_MISSING).missing(pending),
        Status::Unknown => {
            // A plain loop, not an `extend` of a filter: one less generic copy in the module.
            let mut verdict = verdict;
            let known = verdict.missing.len();
            for path in pending {
                if !verdict.missing.get(..known).unwrap_or_default().contains(&path) {
                    verdict.missing.push(path);
                }
            }
            verdict
        }
        Status::NotMet | Status::NotApplicable => verdict,
    }
}

/// What the rules' own tests share: a complete application and a runner for one rule.
#[cfg(test)]
mod testing {
    #![allow(clippy::unwrap_used, clippy::expect_used)]

    use crate::context::Context;
    use crate::model::decode;
    use crate::model::Application;
    use crate::report::Status;
    use crate::rule_id::RuleId;
    use crate::rules::rule::{Check, Input, Rule};
    use crate::rules::Outcome;
    use serde_json::{json, Value};

    /// The as-of date of the rules' own tests.
    pub const AS_OF: &str = "2025-11-24";

    /// An application that meets every rule: Bakkerij De Korenaar bv in Gent (KBO
    /// 0403.019.261) employs someone from Antwerpen (INSZ 85.07.30-033.28) since 2025-10-01;
    /// VDAB indicated a loonpremie and guidance on 2025-09-15; an own employee with a bachelor
    /// in orthopedagogy guides, a colleague is the collega-coach. The committed fixture, so the
    /// rules' own tests and the integration tests judge the same form.
    pub fn complete() -> Value {
        let fixture: Value =
            serde_json::from_str(include_str!("../../../tests/fixtures/application-complete-internal-guidance.json"))
                .unwrap();
        fixture.get("form").cloned().unwrap()
    }

    /// `form` with the value at `path` (`a.b.c`) replaced, groups made on the way; `null`
    /// removes it.
    pub fn with(mut form: Value, path: &str, value: Value) -> Value {
        let mut at = &mut form;
        let mut keys = path.split('.').peekable();
        while let Some(key) = keys.next() {
            let group = at.as_object_mut().expect("a group");
            if keys.peek().is_none() {
                if value.is_null() {
                    group.remove(key);
                } else {
                    group.insert(key.to_owned(), value);
                }
                break;
            }
            at = group.entry(key).or_insert_with(|| json!({}));
        }
        form
    }

    /// What `rule` finds in `form` on `as_of`, whether or not it is in force then.
    pub fn run_on(rule: &Rule<Application>, form: &Value, as_of: &str) -> Outcome {
        let decoded = decode::from_json::<Application>(&form.to_string()).unwrap();
        let ctx = Context::new(crate::calendar::iso::parse(as_of).unwrap());
        let mut out = Outcome::default();
        if let Check::Form(check) = rule.check {
            check(&Input { form: &decoded.form, dropped: &decoded.problems }, &ctx, &mut out);
        }
        out
    }

    /// What `rule` finds in `form` on [`AS_OF`].
    pub fn run(rule: &Rule<Application>, form: &Value) -> Outcome {
        run_on(rule, form, AS_OF)
    }

    /// The codes found, with the field each is at.
    pub fn found(out: &Outcome) -> Vec<(&'static str, String)> {
        out.findings.iter().map(|f| (f.code.as_str(), f.path.text())).collect()
    }

    /// The status of `rule`'s own verdict.
    pub fn status(out: &Outcome, rule: RuleId) -> Status {
        out.verdicts.iter().find(|v| v.rule == rule).expect("a verdict").status
    }
}
