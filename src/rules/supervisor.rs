//! Family `supervisor` (SUP-001..005): the qualification of a qualified supervisor.
//!
//! Qualified = a diploma on the relevant-diploma list OR at least 24 months of relevant
//! experience (FAQ: "beroepservaring (minimaal 2 jaar relevante ervaring) wordt als
//! gelijkwaardig beschouwd"). Months are counted as `calendar::months` documents: periods
//! merged so overlaps count once, ongoing periods run to the as-of date, and nothing after the
//! as-of date counts.

use super::fields::{self, DateField};
use super::outcome::Outcome;
use super::rule::{Applies, Check, FormCheck, Rule};
use crate::calendar::months::{self, Period};
use crate::context::Context;
use crate::model::keys::key;
use crate::model::{Diploma, ExperiencePeriod, Path, Supervisor};
use crate::report::codes::supervisor::{explain, SupervisorCode as Code};
use crate::report::{Finding, Status, Verdict};
use crate::rule_id::RuleId;

/// Months of relevant experience that qualify (FAQ: "minimaal 2 jaar").
pub const REQUIRED_MONTHS: u32 = 24;

/// What the diplomas prove.
#[derive(Debug, Default)]
struct DiplomaEvidence {
    listed: bool,
    unlisted: bool,
}

/// What the experience periods prove.
#[derive(Debug, Default)]
struct ExperienceEvidence {
    relevant: Vec<Period>,
    unanswered: Vec<Period>,
    unanswered_paths: Vec<Path>,
    undated_paths: Vec<Path>,
}

/// Who, besides the supervisor, a form can name as the one person responsible for the guidance
/// (SUP-004; FAQ: "We verwachten dat er 1 persoon verantwoordelijk is").
#[derive(Debug, Clone, Copy)]
pub enum Responsibility<'a> {
    /// The supervisor on their own (`checkSupervisor`): the support plan may name another
    /// person, so a supervisor who is not responsible is a warning here, not an error.
    Alone,
    /// The only person the form names (an application's internal supervisor): when they are
    /// not responsible, nobody is.
    OnlyPerson,
    /// The support plan: the supervisor, or the person it names at `path`.
    OrNamed {
        /// The other person's name as typed.
        name: Option<&'a str>,
        /// Where the form names them.
        path: &'a Path,
    },
    /// One of a provider's supervisors: SUP-004 is about one employee's guidance, not about a
    /// provider's staff, so it is not judged.
    NotJudged,
}

/// The rules of a supervisor on their own (`checkSupervisor`), one unit per rule: SUP-003 reads
/// the diplomas and SUP-002 the periods (each reports what is wrong in them), SUP-001 judges
/// the qualification from both.
pub const RULES: &[Rule<Supervisor>] = &[
    rule(RuleId::Sup004, &["name", "responsible"], |input, _, out| {
        check_name(input.form, &Path::root(), out);
        judge_responsibility(input.form, &Path::root(), Responsibility::Alone, out);
    }),
    rule(RuleId::Sup003, &["diplomas"], |input, ctx, out| {
        check_diplomas(list(&input.form.diplomas), &Path::root().key(key!("diplomas")), ctx, out);
    }),
    rule(RuleId::Sup002, &["experience"], |input, ctx, out| {
        check_experience(list(&input.form.experience), &Path::root().key(key!("experience")), ctx, out);
    }),
    rule(RuleId::Sup001, &["diplomas", "experience"], |input, ctx, out| {
        // The evidence again, into an outcome of its own: SUP-003 and SUP-002 report it.
        let (form, root, reported) = (input.form, Path::root(), &mut Outcome::default());
        let diplomas = check_diplomas(list(&form.diplomas), &root.key(key!("diplomas")), ctx, reported);
        let experience = check_experience(list(&form.experience), &root.key(key!("experience")), ctx, reported);
        judge_qualification(form, &root, &diplomas, &experience, out);
    }),
    rule(RuleId::Sup005, &["competences"], |input, _, out| check_competences(input.form, &Path::root(), out)),
];

const fn rule(id: RuleId, reads: &'static [&'static str], check: FormCheck<Supervisor>) -> Rule<Supervisor> {
    Rule { id, reads, applies: Applies::FromCatalogue, check: Check::Form(check) }
}

fn list<T>(items: &Option<Vec<T>>) -> &[T] {
    items.as_deref().unwrap_or_default()
}

/// Checks one supervisor found at `at` inside another form (a support plan, an application, a
/// registration): the same rules as [`RULES`], in the same order, SUP-004 as `responsibility`
/// says.
pub fn check(supervisor: &Supervisor, at: &Path, responsibility: Responsibility<'_>, ctx: &Context, out: &mut Outcome) {
    check_name(supervisor, at, out);
    judge_responsibility(supervisor, at, responsibility, out);
    check_qualification(supervisor, at, ctx, out);
    check_competences(supervisor, at, out);
}

/// SUP-003, SUP-002 and SUP-001 for a supervisor at `at`: what is wrong in the diplomas and
/// the periods, then the qualification.
fn check_qualification(supervisor: &Supervisor, at: &Path, ctx: &Context, out: &mut Outcome) {
    let diplomas = check_diplomas(list(&supervisor.diplomas), &at.key(key!("diplomas")), ctx, out);
    let experience = check_experience(list(&supervisor.experience), &at.key(key!("experience")), ctx, out);
    judge_qualification(supervisor, at, &diplomas, &experience, out);
}

/// The supervisor is a named person, whatever their part in the guidance.
fn check_name(supervisor: &Supervisor, at: &Path, out: &mut Outcome) {
    let path = at.key(key!("name"));
    if !out.need(&path, fields::filled(supervisor.name.as_deref())) {
        out.push(Finding::new(Code::NameMissing, path));
    }
}

/// SUP-004: one named person is responsible, the supervisor or the one other person the form
/// names. Not met when the form says nobody is; unknown while it does not say.
fn judge_responsibility(supervisor: &Supervisor, at: &Path, responsibility: Responsibility<'_>, out: &mut Outcome) {
    let flag = at.key(key!("responsible"));
    let verdict = |status, texts| Verdict::new(RuleId::Sup004, status, texts);
    let named = fields::filled(supervisor.name.as_deref());
    // Unsaid whether the supervisor is responsible: if they are, their name is needed too.
    let flag_unsaid = || {
        let missing = if named { vec![flag] } else { vec![flag, at.key(key!("name"))] };
        verdict(Status::Unknown, explain::FLAG_UNSAID).missing(missing)
    };
    // The supervisor is responsible: met once the name says who that is.
    let supervisor_responsible = || {
        if named {
            verdict(Status::Met, explain::SUPERVISOR_RESPONSIBLE)
        } else {
            verdict(Status::Unknown, explain::PERSON_UNNAMED).missing(vec![at.key(key!("name"))])
        }
    };
    let judged = match (responsibility, supervisor.responsible) {
        (Responsibility::NotJudged, _) => return,
        (Responsibility::OrNamed { name, path }, answer) => {
            let other_named = fields::filled(name);
            match answer {
                Some(true) if other_named && !fields::same_person(name, supervisor.name.as_deref()) => {
                    out.push(Finding::new(Code::SeveralResponsible, *path).also(flag));
                    verdict(Status::NotMet, explain::TWO_RESPONSIBLE)
                }
                Some(true) => supervisor_responsible(),
                _ if other_named => verdict(Status::Met, explain::OTHER_PERSON_RESPONSIBLE),
                // The plan's own rule (PLAN-005) asks for the missing name.
                Some(false) => verdict(Status::Unknown, explain::PERSON_UNNAMED).missing(vec![*path]),
                None => verdict(Status::Unknown, explain::RESPONSIBLE_UNSAID).missing(vec![flag, *path]),
            }
        }
        (Responsibility::OnlyPerson, answer) => {
            out.need(&flag, answer == Some(true));
            match answer {
                Some(true) => supervisor_responsible(),
                Some(false) => {
                    out.push(Finding::new(Code::NobodyResponsible, flag));
                    verdict(Status::NotMet, explain::NOBODY_RESPONSIBLE)
                }
                None => {
                    out.push(Finding::new(Code::NobodyResponsible, flag));
                    flag_unsaid()
                }
            }
        }
        (Responsibility::Alone, Some(true)) => supervisor_responsible(),
        (Responsibility::Alone, Some(false)) => {
            out.push(Finding::new(Code::NotResponsible, flag));
            verdict(Status::NotMet, explain::NOBODY_RESPONSIBLE)
        }
        (Responsibility::Alone, None) => flag_unsaid(),
    };
    out.judge(judged);
}

fn check_diplomas(list: &[Diploma], at: &Path, ctx: &Context, out: &mut Outcome) -> DiplomaEvidence {
    let mut evidence = DiplomaEvidence::default();
    for (index, diploma) in list.iter().enumerate() {
        let item = at.index(index);
        let obtained = fields::date(diploma.obtained.as_deref(), item.key(key!("obtained")), Code::InvalidDate, out);
        let in_future = obtained.date().is_some_and(|date| date > ctx.as_of);
        if in_future {
            out.push(Finding::new(Code::DiplomaInFuture, item.key(key!("obtained"))).with("asOf", ctx.as_of));
        }
        let code = diploma.code.as_deref().filter(|c| !c.trim().is_empty());
        let named = out.need(&item.key(key!("code")), code.is_some() || fields::filled(diploma.title.as_deref()));
        if !named {
            out.push(Finding::new(Code::DiplomaUnnamed, item.key(key!("code"))));
        } else if code.is_some_and(|c| crate::context::is_listed(&ctx.params.relevant_diplomas, c)) {
            evidence.listed |= !in_future && obtained != DateField::Invalid;
        } else {
            let field = if code.is_some() { key!("code") } else { key!("title") };
            out.push(Finding::new(Code::DiplomaUnlisted, item.key(field)));
            evidence.unlisted |= !in_future;
        }
    }
    evidence
}

fn check_experience(list: &[ExperiencePeriod], at: &Path, ctx: &Context, out: &mut Outcome) -> ExperienceEvidence {
    let mut evidence = ExperienceEvidence::default();
    for (index, period) in list.iter().enumerate() {
        let item = at.index(index);
        let from = fields::date(period.from.as_deref(), item.key(key!("from")), Code::InvalidDate, out);
        let to = fields::date(period.to.as_deref(), item.key(key!("to")), Code::InvalidDate, out);
        if !out.need(&item.key(key!("from")), from != DateField::Absent) {
            out.push(Finding::new(Code::PeriodFromMissing, item.key(key!("from"))));
        }
        if !out.need(&item.key(key!("relevant")), period.relevant.is_some()) {
            out.push(Finding::new(Code::PeriodRelevanceMissing, item.key(key!("relevant"))));
        }
        let Some(start) = from.date() else {
            evidence.undated_paths.push(item.key(key!("from")));
            continue;
        };
        if to.date().is_some_and(|end| end < start) {
            out.push(Finding::new(Code::PeriodReversed, item.key(key!("to"))).also(item.key(key!("from"))));
            continue;
        }
        if start > ctx.as_of {
            out.push(Finding::new(Code::PeriodInFuture, item.key(key!("from"))).with("asOf", ctx.as_of));
            continue;
        }
        if to == DateField::Invalid {
            evidence.undated_paths.push(item.key(key!("to")));
            continue;
        }
        let end = to.date().map_or(ctx.as_of, |end| end.min(ctx.as_of));
        let counted = Period { from: start, to: end };
        match period.relevant {
            Some(true) => evidence.relevant.push(counted),
            Some(false) => {}
            None => {
                evidence.unanswered.push(counted);
                evidence.unanswered_paths.push(item.key(key!("relevant")));
            }
        }
    }
    evidence
}

fn judge_qualification(
    supervisor: &Supervisor,
    at: &Path,
    diplomas: &DiplomaEvidence,
    experience: &ExperienceEvidence,
    out: &mut Outcome,
) {
    let months = months::total(&experience.relevant).months;
    let verdict = |status, explain| {
        Verdict::new(RuleId::Sup001, status, explain).with("months", months).with("required", REQUIRED_MONTHS)
    };
    let has_periods = supervisor.experience.as_ref().is_some_and(|list| !list.is_empty());
    let has_diplomas = supervisor.diplomas.as_ref().is_some_and(|list| !list.is_empty());
    out.need(&at.key(key!("diplomas")), has_diplomas || has_periods);

    if diplomas.listed {
        return out.judge(verdict(Status::Met, explain::QUALIFIED_BY_DIPLOMA));
    }
    if months >= REQUIRED_MONTHS {
        return out.judge(verdict(Status::Met, explain::QUALIFIED_BY_EXPERIENCE));
    }
    if diplomas.unlisted {
        return out.judge(verdict(Status::Unknown, explain::DIPLOMA_TO_JUDGE));
    }
    if !has_diplomas && !has_periods {
        out.push(
            Finding::new(Code::QualificationMissing, at.key(key!("diplomas")))
                .with("required", REQUIRED_MONTHS)
                .also(at.key(key!("experience"))),
        );
        return out.judge(
            verdict(Status::Unknown, explain::NO_EVIDENCE_YET)
                .missing(vec![at.key(key!("diplomas")), at.key(key!("experience"))]),
        );
    }
    let mut counted = experience.relevant.clone();
    counted.extend_from_slice(&experience.unanswered);
    let possible = months::total(&counted).months;
    let open: Vec<Path> = experience.unanswered_paths.iter().chain(&experience.undated_paths).cloned().collect();
    if possible >= REQUIRED_MONTHS || !experience.undated_paths.is_empty() {
        return out.judge(verdict(Status::Unknown, explain::EXPERIENCE_INCOMPLETE).missing(open));
    }
    let short = REQUIRED_MONTHS.saturating_sub(months);
    let code = if months > 0 { Code::ExperienceTooShort } else { Code::NotQualified };
    let path = if has_periods { at.key(key!("experience")) } else { at.key(key!("diplomas")) };
    out.push(
        Finding::new(code, path)
            .with("months", months)
            .with("required", REQUIRED_MONTHS)
            .with("short", short)
            .also(at.key(key!("diplomas")))
            .also(at.key(key!("experience"))),
    );
    out.judge(verdict(Status::NotMet, explain::NOT_QUALIFIED).with("short", short).missing(open));
}

fn check_competences(supervisor: &Supervisor, at: &Path, out: &mut Outcome) {
    let declared = supervisor.competences.as_ref().is_some_and(|c| {
        [c.working_together, c.communicating, c.person_centred, c.tailored_advice].iter().all(|d| *d == Some(true))
    });
    if !declared {
        out.push(Finding::new(Code::CompetencesNotDeclared, at.key(key!("competences"))));
    }
}
