//! APP-009 (employer and employee identified: a valid KBO, a valid INSZ) and APP-010 (an
//! eligible employer: private employers, schools, local authorities; not undertakings in
//! difficulty nor other public authorities).

use super::facts::Facts;
use super::pending;
use crate::context::Context;
use crate::model::application::{Application, Employer, EmployerType};
use crate::model::keys::key;
use crate::report::codes::application::{explain, ApplicationCode as Code};
use crate::report::Finding;
use crate::rule_id::RuleId;
use crate::rules::rule::Input;
use crate::rules::support::{at, report_missing, Judgement};
use crate::rules::{fields, ids, Outcome};

/// Checks APP-009; malformed numbers are `id` issues at their fields.
pub(super) fn check_ids(input: &Input<'_, Application>, _ctx: &Context, out: &mut Outcome) {
    const RULE: RuleId = RuleId::App009;
    let form = input.form;
    let kbo = form.employer.as_ref().and_then(|e| e.kbo.as_deref());
    let insz = form.employee.as_ref().and_then(|e| e.insz.as_deref());
    let mut judgement = Judgement::default();
    let kbo_path = at(&[key!("employer"), key!("kbo")]);
    let valid_kbo = ids::kbo_field(kbo, kbo_path, out).is_some();
    identifier(input, fields::filled(kbo), valid_kbo, kbo_path, Code::KboMissing, &mut judgement, out);
    let insz_path = at(&[key!("employee"), key!("insz")]);
    let valid_insz = ids::insz_field(insz, insz_path, out).is_some();
    identifier(input, fields::filled(insz), valid_insz, insz_path, Code::InszMissing, &mut judgement, out);
    out.judge(judgement.verdict(RULE, explain::IDS_VALID, explain::IDS_INVALID, explain::FACTS_MISSING));
}

fn identifier(
    input: &Input<'_, Application>,
    typed: bool,
    valid: bool,
    path: crate::model::Path,
    missing: Code,
    judgement: &mut Judgement,
    out: &mut Outcome,
) {
    if !out.need(&path, typed) {
        report_missing(input.dropped, out, Finding::new(missing, path));
        judgement.missing.push(path);
    } else if !valid {
        judgement.broken = true;
    }
}

/// Checks APP-010. A self-employed person applying for themselves is no employer, so the kind
/// of employer does not apply to them; the exclusion of undertakings in difficulty does, as the
/// rule says, and their answer is as required as an employer's.
pub(super) fn check_eligibility(input: &Input<'_, Application>, _ctx: &Context, out: &mut Outcome) {
    const RULE: RuleId = RuleId::App010;
    let form = input.form;
    let facts = &Facts::of(form);
    let empty = Employer::default();
    let employer = form.employer.as_ref().unwrap_or(&empty);
    let self_employed = facts.self_employed == Some(true);
    let mut judgement = Judgement::default();
    if !self_employed {
        employer_type(input, employer, &mut judgement, out);
    }
    let difficulty_path = at(&[key!("employer"), key!("inDifficulty")]);
    out.need(&difficulty_path, employer.in_difficulty.is_some());
    match employer.in_difficulty {
        None => {
            report_missing(input.dropped, out, Finding::new(Code::InDifficultyUnanswered, difficulty_path));
            judgement.missing.push(difficulty_path);
        }
        Some(true) => {
            out.push(Finding::new(Code::EmployerInDifficulty, difficulty_path));
            judgement.broken = true;
        }
        Some(false) => {}
    }
    let verdict = if self_employed {
        judgement.verdict(
            RULE,
            explain::SELF_EMPLOYED_NOT_IN_DIFFICULTY,
            explain::SELF_EMPLOYED_IN_DIFFICULTY,
            explain::FACTS_MISSING,
        )
    } else {
        // Whether the kind of employer applies waits for who applies.
        pending(
            judgement.verdict(RULE, explain::EMPLOYER_ELIGIBLE, explain::EMPLOYER_NOT_ELIGIBLE, explain::FACTS_MISSING),
            facts.employer_pending(),
        )
    };
    out.judge(verdict);
}

fn employer_type(input: &Input<'_, Application>, employer: &Employer, judgement: &mut Judgement, out: &mut Outcome) {
    let type_path = at(&[key!("employer"), key!("type")]);
    out.need(&type_path, employer.kind.is_some());
    match employer.kind {
        None => {
            report_missing(input.dropped, out, Finding::new(Code::EmployerTypeMissing, type_path));
            judgement.missing.push(type_path);
        }
        Some(EmployerType::OtherPublicAuthority) => {
            out.push(Finding::new(Code::EmployerTypeNotEligible, type_path));
            judgement.broken = true;
        }
        Some(
            EmployerType::PrivateEmployer
            | EmployerType::School
            | EmployerType::LocalAuthority
            | EmployerType::Maatwerkbedrijf,
        ) => {}
    }
}
