//! Family `application` (APP-001..014): the employer's application (loonpremie,
//! begeleidingspremie) and the self-employed person's (ondersteuningspremie).
//!
//! The facts several rules share (dates, places, the indicated measures, the premiums asked)
//! are read once, so a malformed date or postcode is reported once. Then each rule judges them
//! in catalogue order, but only from the date it holds: a rule not in force on the as-of date is
//! not applicable, with the day it starts, and checks nothing (the engine decides that).
//!
//! A verdict rests on the facts the form gives: an unanswered question is never read as "no".
//! A rule for employers is not applicable once the form says a self-employed person applies;
//! while it does not say, the rule judges as for an employer, but a met verdict waits for the
//! answer (see [`pending`]).

mod employer;
mod facts;
mod guidance;
mod indication;
mod notices;
mod place;
mod premiums;
mod residence;
mod timing;

use super::outcome::Outcome;
use super::rule::{Applies, Check, FormCheck, Input, Rule};
use crate::context::Context;
use crate::model::application::Application;
use crate::model::keys::key;
use crate::model::Path;
use crate::report::codes::application::{explain, ApplicationCode as Code};
use crate::report::{Finding, Status, Verdict};
use crate::rule_id::RuleId;
use crate::rules::support::{at, report_missing};
use facts::Facts;

/// The fields that decide whether guidance must be organised under this scheme (the facts'
/// guidance need), then a rule's own: the reads of every rule that judges guidance.
macro_rules! guidance_need_and {
    ($($own:expr),* $(,)?) => {
        &[
            "selfEmployed",
            "vdabIndication.measures.guidance",
            ESTABLISHMENT_COUNTRY,
            ESTABLISHMENT_POSTCODE,
            "requestedPremiums",
            $($own),*
        ]
    };
}

/// The application's rules, in the order the report lists their requirements.
pub const RULES: &[Rule<Application>] = &[
    Rule { id: RuleId::App001, reads: facts::VALUES, applies: Applies::Always, check: Check::Form(values) },
    rule(RuleId::App001, &["employee.workLimitationRecognised", "vdabIndication", "selfEmployed"], indication::check),
    rule(
        RuleId::App002,
        &["employee.residence", ESTABLISHMENT_COUNTRY, ESTABLISHMENT_POSTCODE],
        residence::check_residence,
    ),
    rule(
        RuleId::App003,
        &["selfEmployed", ESTABLISHMENT_COUNTRY, ESTABLISHMENT_POSTCODE, "requestedPremiums"],
        residence::check_establishment,
    ),
    rule(
        RuleId::App004,
        &[
            "selfEmployed",
            "vdabIndication.measures",
            "requestedPremiums",
            ESTABLISHMENT_COUNTRY,
            ESTABLISHMENT_POSTCODE,
        ],
        premiums::check_indivisible,
    ),
    rule(RuleId::App005, &["selfEmployed", "requestedPremiums"], premiums::check_self_employed),
    rule(RuleId::App006, guidance_need_and!["guidance", "employee.name"], guidance::organised),
    rule(
        RuleId::App007,
        guidance_need_and!["guidance.organisation", "guidance.qualificationProofAttached"],
        guidance::proof,
    ),
    Rule {
        id: RuleId::App008,
        reads: &["selfEmployed", "contract", "applicationDate"],
        applies: Applies::FromParameter(|params| params.application_during_employment_from),
        check: Check::Form(timing::check_during_employment),
    },
    rule(RuleId::App009, &["employer.kbo", "employee.insz"], employer::check_ids),
    rule(RuleId::App010, &["selfEmployed", "employer.type", "employer.inDifficulty"], employer::check_eligibility),
    Rule {
        id: RuleId::App011,
        reads: &["applicationDate"],
        applies: Applies::Always,
        check: Check::Form(timing::check_scheme_start),
    },
    rule(RuleId::App012, &["vopRunning"], notices::vop),
    rule(RuleId::App013, guidance_need_and!["guidance.organisation", "employeeInvolvedInChoice"], notices::involvement),
    rule(RuleId::App014, &["partTimeWithOtherEmployers"], notices::other_employers),
];

const ESTABLISHMENT_COUNTRY: &str = "employer.establishmentCountry";
const ESTABLISHMENT_POSTCODE: &str = "employer.establishmentPostcode";

const fn rule(id: RuleId, reads: &'static [&'static str], check: FormCheck<Application>) -> Rule<Application> {
    Rule { id, reads, applies: Applies::FromCatalogue, check: Check::Form(check) }
}

/// The malformed dates, countries and postcodes the rules share, reported once and whatever the
/// as-of date, so each rule can read them without reporting them again; and whether a
/// self-employed person applies, which decides which rules apply at all, asked for once (as
/// APP-005's question, while APP-005 is in force).
fn values(input: &Input<'_, Application>, ctx: &Context, out: &mut Outcome) {
    Facts::read(input.form, out);
    let in_force = crate::rules::registry::find(RuleId::App005).is_some_and(|def| def.effective_from <= ctx.as_of);
    let path = at(&[key!("selfEmployed")]);
    if in_force && !out.need(&path, input.form.self_employed.is_some()) {
        report_missing(input.dropped, out, Finding::new(Code::SelfEmployedUnanswered, path));
    }
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
        Status::Met => Verdict::new(verdict.rule, Status::Unknown, explain::FACTS_MISSING).missing(pending),
        Status::Unknown => {
            let mut missing = verdict.missing.clone();
            missing.extend(pending.into_iter().filter(|path| !verdict.missing.contains(path)));
            verdict.missing(missing)
        }
        Status::NotMet | Status::NotApplicable => verdict,
    }
}
