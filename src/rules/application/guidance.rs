//! APP-006 (indicated guidance is organised: internally by a qualified own employee or
//! externally by a registered provider, plus a collega-coach) and APP-007 (internal guidance:
//! no registration, but proof of the supervisor's qualification).
//!
//! FAQ: "als VDAB een behoefte aan een loonpremie én begeleiding heeft vastgesteld, dan moet de
//! werkgever begeleiding bieden ... via interne begeleiding of het inkopen van externe
//! begeleiding"; "voor het intern organiseren ... moet je je niet te registreren ... enkel
//! bewijzen dat de werknemer die de rol van gekwalificeerd begeleider opneemt, voldoet".

use super::facts::{Facts, GuidanceNeed};
use super::pending;
use crate::context::Context;
use crate::locale::Texts;
use crate::model::application::{Application, CollegaCoach, ExternalProvider, Guidance, GuidanceOrganisation};
use crate::model::keys::key;
use crate::model::{Path, Supervisor};
use crate::report::codes::application::{explain, ApplicationCode as Code};
use crate::report::{Finding, Status, Verdict};
use crate::rule_id::RuleId;
use crate::rules::rule::Input;
use crate::rules::supervisor::{self, Responsibility};
use crate::rules::support::{at, report_missing, Judgement};
use crate::rules::{fields, ids, Outcome};

/// The guidance part of the form, or an empty one.
fn guidance_of(form: &Application) -> &Guidance {
    const NONE: &Guidance = &Guidance {
        organisation: None,
        internal_supervisor: None,
        qualification_proof_attached: None,
        external_provider: None,
        collega_coach: None,
    };
    form.guidance.as_ref().unwrap_or(NONE)
}

/// Whether a guidance rule applies: `Ok` with the facts still missing that could make it not
/// apply, or `Err` with its verdict when no guidance has to be organised under this scheme
/// (not applicable, naming the fact) or it is not known yet whether it has.
pub(super) fn applies(rule: RuleId, need: &GuidanceNeed) -> Result<Vec<Path>, Verdict> {
    let texts: Texts = match need {
        GuidanceNeed::Required { pending, .. } => return Ok(pending.clone()),
        GuidanceNeed::NotIndicated => explain::NO_GUIDANCE_INDICATED,
        GuidanceNeed::SelfEmployed => explain::NOT_FOR_SELF_EMPLOYED,
        GuidanceNeed::OutsideFlanders => explain::NO_GUIDANCE_OUTSIDE_FLANDERS,
        GuidanceNeed::NotAsked => explain::NO_BEGELEIDINGSPREMIE_NO_GUIDANCE,
        GuidanceNeed::Unknown(missing) => {
            return Err(Verdict::new(rule, Status::Unknown, explain::FACTS_MISSING).missing(missing.clone()))
        }
    };
    Err(Verdict::new(rule, Status::NotApplicable, texts))
}

/// Checks APP-006.
pub(super) fn organised(input: &Input<'_, Application>, ctx: &Context, out: &mut Outcome) {
    const RULE: RuleId = RuleId::App006;
    let form = input.form;
    let facts = &Facts::of(form);
    let guidance = guidance_of(form);
    let waiting = match applies(RULE, &facts.guidance) {
        Ok(waiting) => waiting,
        Err(verdict) => return out.judge(verdict),
    };
    let base = at(&[key!("guidance")]);
    let mut judgement = Judgement::default();
    let organisation_path = base.key(key!("organisation"));
    if !out.need(&organisation_path, guidance.organisation.is_some()) {
        report_missing(input.dropped, out, Finding::new(Code::GuidanceOrganisationMissing, organisation_path));
        judgement.missing.push(organisation_path);
    }
    let mut met = explain::GUIDANCE_INTERNAL;
    let mut supervisor_name = None;
    match guidance.organisation {
        Some(GuidanceOrganisation::Internal) => {
            supervisor_name = guidance.internal_supervisor.as_ref().and_then(|s| s.name.as_deref());
            internal(
                input,
                guidance.internal_supervisor.as_ref(),
                &base.key(key!("internalSupervisor")),
                ctx,
                &mut judgement,
                out,
            );
        }
        Some(GuidanceOrganisation::External) => {
            met = explain::GUIDANCE_EXTERNAL;
            let empty = ExternalProvider::default();
            let provider = guidance.external_provider.as_ref().unwrap_or(&empty);
            external(input, provider, &base.key(key!("externalProvider")), &mut judgement, out);
        }
        None => {}
    }
    let empty = CollegaCoach::default();
    let coach = guidance.collega_coach.as_ref().unwrap_or(&empty);
    let employee_name = form.employee.as_ref().and_then(|e| e.name.as_deref());
    collega_coach(input, coach, &base.key(key!("collegaCoach")), [employee_name, supervisor_name], &mut judgement, out);
    out.judge(pending(judgement.verdict(RULE, met, explain::GUIDANCE_NOT_ORGANISED, explain::FACTS_MISSING), waiting));
}

/// An own employee as qualified supervisor, checked as SUP-001..005 at `path`.
fn internal(
    input: &Input<'_, Application>,
    supervisor: Option<&Supervisor>,
    path: &Path,
    ctx: &Context,
    judgement: &mut Judgement,
    out: &mut Outcome,
) {
    let Some(supervisor) = supervisor else {
        out.need(path, false);
        report_missing(input.dropped, out, Finding::new(Code::InternalSupervisorMissing, *path));
        judgement.missing.push(*path);
        return;
    };
    out.need(path, true);
    let before = out.verdicts.len();
    supervisor::check(supervisor, path, Responsibility::Application, input.dropped, ctx, out);
    let qualification = out.verdicts.iter().skip(before).find(|verdict| verdict.rule == RuleId::Sup001);
    match qualification.map(|verdict| (verdict.status, verdict.missing.clone())) {
        Some((Status::NotMet, _)) => judgement.broken = true,
        Some((Status::Unknown, missing)) => judgement.missing.extend(missing),
        _ => {}
    }
}

/// A registered provider, identified by its registration number or a valid KBO.
fn external(
    input: &Input<'_, Application>,
    provider: &ExternalProvider,
    path: &Path,
    judgement: &mut Judgement,
    out: &mut Outcome,
) {
    let registration = path.key(key!("registrationNumber"));
    let kbo_path = path.key(key!("kbo"));
    let registered = fields::filled(provider.registration_number.as_deref());
    let kbo = ids::kbo_field(provider.kbo.as_deref(), kbo_path, out);
    let identified = registered || kbo.is_some();
    if out.need(&registration, identified) {
        return;
    }
    if fields::filled(provider.kbo.as_deref()) {
        // An invalid KBO is already reported as an `id` issue at its field.
        judgement.broken = true;
    } else {
        report_missing(
            input.dropped,
            out,
            Finding::new(Code::ExternalProviderUnidentified, registration).also(kbo_path),
        );
        judgement.missing.push(registration);
    }
}

/// The collega-coach: named, a colleague at the same employer, and neither the employee nor
/// the supervisor (GUI-004).
fn collega_coach(
    input: &Input<'_, Application>,
    coach: &CollegaCoach,
    path: &Path,
    others: [Option<&str>; 2],
    judgement: &mut Judgement,
    out: &mut Outcome,
) {
    let name = path.key(key!("name"));
    if !out.need(&name, fields::filled(coach.name.as_deref())) {
        report_missing(input.dropped, out, Finding::new(Code::CollegaCoachMissing, name));
        judgement.missing.push(name);
    }
    let same_employer = path.key(key!("sameEmployer"));
    out.need(&same_employer, coach.same_employer.is_some());
    match coach.same_employer {
        None => {
            report_missing(input.dropped, out, Finding::new(Code::CollegaCoachSameEmployerMissing, same_employer));
            judgement.missing.push(same_employer);
        }
        Some(false) => {
            out.push(Finding::new(Code::CollegaCoachOtherEmployer, same_employer));
            judgement.broken = true;
        }
        Some(true) => {}
    }
    let [employee, supervisor] = others;
    let checks = [
        (employee, Code::CollegaCoachIsEmployee, at(&[key!("employee"), key!("name")])),
        (supervisor, Code::CollegaCoachIsSupervisor, at(&[key!("guidance"), key!("internalSupervisor"), key!("name")])),
    ];
    for (other, code, other_path) in checks {
        if fields::same_person(coach.name.as_deref(), other) {
            out.push(Finding::new(code, name).also(other_path));
            judgement.broken = true;
        }
    }
}

/// Checks APP-007.
pub(super) fn proof(input: &Input<'_, Application>, _ctx: &Context, out: &mut Outcome) {
    const RULE: RuleId = RuleId::App007;
    let facts = &Facts::of(input.form);
    let guidance = guidance_of(input.form);
    let waiting = match applies(RULE, &facts.guidance) {
        Ok(waiting) => waiting,
        Err(verdict) => return out.judge(verdict),
    };
    let verdict = match guidance.organisation {
        None => Verdict::new(RULE, Status::Unknown, explain::FACTS_MISSING)
            .missing(vec![at(&[key!("guidance"), key!("organisation")])]),
        Some(GuidanceOrganisation::External) => Verdict::new(RULE, Status::NotApplicable, explain::EXTERNAL_GUIDANCE),
        Some(GuidanceOrganisation::Internal) => {
            let path = at(&[key!("guidance"), key!("qualificationProofAttached")]);
            out.need(&path, guidance.qualification_proof_attached.is_some());
            match guidance.qualification_proof_attached {
                Some(true) => Verdict::new(RULE, Status::Met, explain::PROOF_ATTACHED),
                None => {
                    report_missing(input.dropped, out, Finding::new(Code::QualificationProofMissing, path));
                    Verdict::new(RULE, Status::Unknown, explain::FACTS_MISSING).missing(vec![path])
                }
                Some(false) => {
                    out.push(Finding::new(Code::QualificationProofMissing, path));
                    Verdict::new(RULE, Status::NotMet, explain::PROOF_MISSING)
                }
            }
        }
    };
    out.judge(pending(verdict, waiting));
}
