//! APP-002 (where the employee lives) and APP-003 (where the establishment is).
//!
//! FAQ: "de persoon met een arbeidsbeperking moet in Vlaanderen wonen"; "een werkgever uit het
//! Brussels Gewest kan enkel beroep doen op de loonpremie, niet op de begeleidingspremie". WSE
//! pages: living in another EU/EEA state counts when the person works in Flanders.

use super::facts::Facts;
use super::pending;
use super::place::{region_name, Located, Place};
use crate::context::Context;
use crate::ids::postcode::Region;
use crate::model::application::Application;
use crate::model::keys::key;
use crate::model::Path;
use crate::report::codes::application::{explain, ApplicationCode as Code};
use crate::report::{Finding, Status, Verdict};
use crate::rule_id::RuleId;
use crate::rules::rule::Input;
use crate::rules::support::{at, report_missing, Judgement};
use crate::rules::Outcome;

/// Checks APP-002.
pub(super) fn check_residence(input: &Input<'_, Application>, _ctx: &Context, out: &mut Outcome) {
    const RULE: RuleId = RuleId::App002;
    let facts = &Facts::of(input.form);
    let residence = &facts.residence;
    out.need(&residence.path, residence.place != Place::Missing);
    let mut judgement = Judgement::default();
    let mut met = explain::RESIDENT_IN_FLANDERS;
    match residence.place {
        Place::Missing => {
            report_missing(input.dropped, out, Finding::new(Code::ResidenceMissing, residence.path));
            judgement.missing.push(residence.path);
        }
        Place::Invalid => judgement.missing.push(residence.path),
        Place::Region(Region::Flanders) => {}
        Place::Region(region) => {
            out.push(Finding::new(Code::ResidenceOutsideFlanders, residence.path).with("region", region_name(region)));
            judgement.broken = true;
        }
        Place::OtherEuEea => {
            met = explain::EU_RESIDENT_WORKING_IN_FLANDERS;
            workplace_of_eu_resident(residence, &facts.establishment, &mut judgement, out);
        }
        Place::OutsideEuEea => {
            out.push(Finding::new(Code::ResidenceOutsideEuEea, residence.path));
            judgement.broken = true;
        }
    }
    out.judge(judgement.verdict(RULE, met, explain::RESIDENCE_NOT_ELIGIBLE, explain::FACTS_MISSING));
}

fn workplace_of_eu_resident(
    residence: &Located,
    establishment: &Located,
    judgement: &mut Judgement,
    out: &mut Outcome,
) {
    match establishment.in_flanders() {
        Some(true) => {}
        Some(false) => {
            out.push(Finding::new(Code::EuResidentWorkplaceOutsideFlanders, establishment.path).also(residence.path));
            judgement.broken = true;
        }
        None => judgement.missing.push(establishment.path),
    }
}

/// Checks APP-003: a rule for employers. Outside Flanders the begeleidingspremie does not
/// exist; not asking it satisfies the rule wherever the establishment is.
pub(super) fn check_establishment(input: &Input<'_, Application>, _ctx: &Context, out: &mut Outcome) {
    const RULE: RuleId = RuleId::App003;
    let facts = &Facts::of(input.form);
    if facts.self_employed == Some(true) {
        return out.judge(Verdict::new(RULE, Status::NotApplicable, explain::NOT_FOR_SELF_EMPLOYED));
    }
    let establishment = &facts.establishment;
    if !out.need(&establishment.path, establishment.place != Place::Missing) {
        report_missing(input.dropped, out, Finding::new(Code::EstablishmentMissing, establishment.path));
    }
    let begeleidingspremie = at(&[key!("requestedPremiums"), key!("begeleidingspremie")]);
    let unknown = |missing: Vec<Path>| Verdict::new(RULE, Status::Unknown, explain::FACTS_MISSING).missing(missing);
    let verdict = match (establishment.in_flanders(), facts.premiums.begeleidingspremie_asked()) {
        (Some(true), _) => Verdict::new(RULE, Status::Met, explain::ESTABLISHMENT_IN_FLANDERS),
        (_, Some(false)) => Verdict::new(RULE, Status::Met, explain::NO_BEGELEIDINGSPREMIE_ASKED),
        (Some(false), Some(true)) => {
            out.push(
                Finding::new(Code::BegeleidingspremieOutsideFlanders, begeleidingspremie).also(establishment.path),
            );
            Verdict::new(RULE, Status::NotMet, explain::ONLY_LOONPREMIE_OUTSIDE_FLANDERS)
        }
        (Some(false), None) => unknown(vec![begeleidingspremie]),
        (None, Some(true)) => unknown(vec![establishment.path]),
        (None, None) => unknown(vec![establishment.path, begeleidingspremie]),
    };
    out.judge(pending(verdict, facts.employer_pending()));
}
