//! APP-004 ("een en ondeelbaar": the premiums follow VDAB's indication) and APP-005 (the
//! self-employed person's ondersteuningspremie).

use super::facts::Facts;
use super::pending;
use crate::context::Context;
use crate::model::application::Application;
use crate::model::keys::key;
use crate::model::Key;
use crate::report::codes::application::{explain, ApplicationCode as Code};
use crate::report::{Finding, Status, Verdict};
use crate::rule_id::RuleId;
use crate::rules::rule::Input;
use crate::rules::support::{at, report_missing, Judgement};
use crate::rules::Outcome;

/// Lowest ondersteuningspremie, percent of the reference wage.
const MIN_PERCENTAGE: u32 = 20;
/// Highest ondersteuningspremie, percent of the reference wage.
const MAX_PERCENTAGE: u32 = 55;
/// Shortest ondersteuningspremie, in years.
const MIN_YEARS: u32 = 2;
/// Longest ondersteuningspremie, in years.
const MAX_YEARS: u32 = 5;

/// Checks APP-004.
pub(super) fn check_indivisible(input: &Input<'_, Application>, _ctx: &Context, out: &mut Outcome) {
    const RULE: RuleId = RuleId::App004;
    let facts = &Facts::of(input.form);
    if facts.self_employed == Some(true) {
        return out.judge(Verdict::new(RULE, Status::NotApplicable, explain::NOT_FOR_SELF_EMPLOYED));
    }
    let waiting = facts.employer_pending();
    let premiums = at(&[key!("requestedPremiums")]);
    let measures = at(&[key!("vdabIndication"), key!("measures")]);
    // Guidance indicated without a loonpremie: no premium choice can be right, so the
    // indication is reported and no premium is advised.
    if facts.measures.loonpremie == Some(false) && facts.measures.guidance == Some(true) {
        out.push(
            Finding::new(Code::IndicationGuidanceWithoutLoonpremie, measures.key(key!("loonpremie")))
                .also(measures.key(key!("guidance")))
                .also(premiums),
        );
        return out.judge(Verdict::new(RULE, Status::NotMet, explain::PREMIUMS_DO_NOT_MATCH));
    }
    let asked = facts.premiums;
    if !out.need(&premiums, asked.loonpremie || asked.begeleidingspremie) {
        report_missing(input.dropped, out, Finding::new(Code::PremiumsMissing, premiums));
        let verdict = Verdict::new(RULE, Status::Unknown, explain::FACTS_MISSING).missing(vec![premiums]);
        return out.judge(pending(verdict, waiting));
    }
    let loonpremie = premiums.key(key!("loonpremie"));
    let begeleidingspremie = premiums.key(key!("begeleidingspremie"));
    let mut judgement = Judgement::default();
    if asked.begeleidingspremie && !asked.loonpremie {
        out.push(Finding::new(Code::BegeleidingspremieWithoutLoonpremie, begeleidingspremie).also(loonpremie));
        judgement.broken = true;
    }
    if asked.loonpremie && facts.measures.loonpremie == Some(false) {
        out.push(Finding::new(Code::LoonpremieNotIndicated, loonpremie).also(measures.key(key!("loonpremie"))));
        judgement.broken = true;
    }
    if asked.begeleidingspremie && facts.measures.guidance == Some(false) {
        out.push(
            Finding::new(Code::BegeleidingspremieNotIndicated, begeleidingspremie).also(measures.key(key!("guidance"))),
        );
        judgement.broken = true;
    }
    let both_indicated = facts.measures.loonpremie == Some(true) && facts.measures.guidance == Some(true);
    if both_indicated && !asked.begeleidingspremie {
        // Outside Flanders the begeleidingspremie does not exist (APP-003), so there the
        // indication asks the loonpremie alone; until the establishment is known, it may be.
        match facts.establishment.in_flanders() {
            Some(true) => {
                out.push(Finding::new(Code::PremiumsIndivisible, begeleidingspremie).also(measures));
                judgement.broken = true;
            }
            Some(false) => {}
            None => judgement.missing.push(facts.establishment.path),
        }
    }
    for (key, answer) in [(key!("loonpremie"), facts.measures.loonpremie), (key!("guidance"), facts.measures.guidance)]
    {
        if answer.is_none() {
            judgement.missing.push(measures.key(key));
        }
    }
    out.judge(pending(
        judgement.verdict(
            RULE,
            explain::PREMIUMS_MATCH_INDICATION,
            explain::PREMIUMS_DO_NOT_MATCH,
            explain::FACTS_MISSING,
        ),
        waiting,
    ));
}

/// Checks APP-005.
pub(super) fn check_self_employed(input: &Input<'_, Application>, _ctx: &Context, out: &mut Outcome) {
    const RULE: RuleId = RuleId::App005;
    let facts = &Facts::of(input.form);
    let premiums = at(&[key!("requestedPremiums")]);
    let ondersteuningspremie = premiums.key(key!("ondersteuningspremie"));
    let asked = facts.premiums;
    let self_employed = at(&[key!("selfEmployed")]);
    match facts.self_employed {
        Some(true) => {}
        Some(false) if asked.ondersteuningspremie == Some(true) => {
            out.push(Finding::new(Code::OndersteuningspremieNotSelfEmployed, ondersteuningspremie).also(self_employed));
            return out.judge(Verdict::new(RULE, Status::NotMet, explain::EMPLOYER_ONDERSTEUNINGSPREMIE));
        }
        Some(false) => {
            return out.judge(Verdict::new(RULE, Status::NotApplicable, explain::EMPLOYER_NO_ONDERSTEUNINGSPREMIE));
        }
        // Who applies decides which premiums are possible at all; the question is counted and
        // asked for once, with the shared facts.
        None => {
            return out.judge(Verdict::new(RULE, Status::Unknown, explain::FACTS_MISSING).missing(vec![self_employed]));
        }
    }
    let mut judgement = Judgement::default();
    out.need(&ondersteuningspremie, asked.ondersteuningspremie.is_some());
    match asked.ondersteuningspremie {
        Some(true) => {}
        None => {
            report_missing(
                input.dropped,
                out,
                Finding::new(Code::OndersteuningspremieNotRequested, ondersteuningspremie),
            );
            judgement.missing.push(ondersteuningspremie);
        }
        Some(false) => {
            out.push(Finding::new(Code::OndersteuningspremieNotRequested, ondersteuningspremie));
            judgement.broken = true;
        }
    }
    if asked.begeleidingspremie {
        out.push(Finding::new(Code::BegeleidingspremieSelfEmployed, premiums.key(key!("begeleidingspremie"))));
        judgement.broken = true;
    }
    if asked.loonpremie {
        out.push(Finding::new(Code::LoonpremieSelfEmployed, premiums.key(key!("loonpremie"))));
        judgement.broken = true;
    }
    let percentage = Bounded {
        key: key!("ondersteuningspremiePercentage"),
        value: asked.percentage,
        min: MIN_PERCENTAGE,
        max: MAX_PERCENTAGE,
        whole: false,
        missing: Code::OndersteuningspremiePercentageMissing,
        out_of_range: Code::OndersteuningspremiePercentageOutOfRange,
    };
    let years = Bounded {
        key: key!("ondersteuningspremieYears"),
        value: asked.years,
        min: MIN_YEARS,
        max: MAX_YEARS,
        whole: true,
        missing: Code::OndersteuningspremieYearsMissing,
        out_of_range: Code::OndersteuningspremieYearsOutOfRange,
    };
    for bounded in [percentage, years] {
        bounded.check(input, &premiums, &mut judgement, out);
    }
    out.judge(judgement.verdict(
        RULE,
        explain::SELF_EMPLOYED_PREMIUM_OK,
        explain::SELF_EMPLOYED_PREMIUM_WRONG,
        explain::FACTS_MISSING,
    ));
}

/// A number the form must hold within bounds.
struct Bounded {
    key: Key,
    value: Option<f64>,
    min: u32,
    max: u32,
    whole: bool,
    missing: Code,
    out_of_range: Code,
}

impl Bounded {
    fn check(
        self,
        input: &Input<'_, Application>,
        at: &crate::model::Path,
        judgement: &mut Judgement,
        out: &mut Outcome,
    ) {
        let path = at.key(self.key);
        out.need(&path, self.value.is_some());
        let finding = |code| Finding::new(code, path).with("min", self.min).with("max", self.max);
        match self.value {
            None => {
                report_missing(input.dropped, out, finding(self.missing));
                judgement.missing.push(path);
            }
            Some(value) => {
                let inside = (f64::from(self.min)..=f64::from(self.max)).contains(&value);
                if !inside || (self.whole && value.fract() != 0.0) {
                    out.push(finding(self.out_of_range));
                    judgement.broken = true;
                }
            }
        }
    }
}
