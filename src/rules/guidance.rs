//! Family `guidance` (GUI-001..005): the guidance arrangements a support plan states, and the
//! statements PLAN-006 asks for.
//!
//! The FAQ fixes the arrangements: the qualified supervisor is reachable every working day
//! ("dagelijks bereikbaar", telephone is fine), physically on the work floor within 5 working
//! days, and follows up every two weeks (on site or digitally); a collega-coach follows up
//! daily; a backup for both is recommended.

use super::fields::{self, DateField};
use super::outcome::Outcome;
use super::rule::Input;
use crate::calendar::working_days;
use crate::context::Context;
use crate::model::keys::key;
use crate::model::plan::{Arrangements, Backups, PlanCollegaCoach, SupportPlan};
use crate::model::Path;
use crate::report::codes::guidance::{explain, GuidanceCode as Code};
use crate::report::codes::plan::explain::FACTS_MISSING;
use crate::report::{Finding, Status, Verdict};
use crate::rule_id::RuleId;

/// Working days within which the supervisor is on the work floor after a request (FAQ).
pub const MAX_ON_SITE_WORKING_DAYS: u32 = 5;

/// Most days between two follow-ups by the supervisor ("twee wekelijkse opvolging").
pub const MAX_FOLLOW_UP_DAYS: u32 = 14;

/// The arrangements PLAN-006 asks the plan to state.
pub const STATED: &[&str] = &[
    "arrangements.reachableEveryWorkingDay",
    "arrangements.onSiteWithinWorkingDays",
    "arrangements.followUpIntervalDays",
    "collegaCoach.dailyFollowUp.moment",
];

/// The paths of the arrangements the plan does not state yet (PLAN-006).
pub fn unstated(form: &SupportPlan) -> Vec<Path> {
    let arrangements = form.arrangements.as_ref();
    let at = Path::root().key(key!("arrangements"));
    let moment = form.collega_coach.as_ref().and_then(|c| c.daily_follow_up.as_ref()).and_then(|d| d.moment);
    [
        (arrangements.and_then(|a| a.reachable_every_working_day).is_some(), at.key(key!("reachableEveryWorkingDay"))),
        (arrangements.and_then(|a| a.on_site_within_working_days).is_some(), at.key(key!("onSiteWithinWorkingDays"))),
        (arrangements.and_then(|a| a.follow_up_interval_days).is_some(), at.key(key!("followUpIntervalDays"))),
        (moment.is_some(), Path::root().key(key!("collegaCoach")).key(key!("dailyFollowUp")).key(key!("moment"))),
    ]
    .into_iter()
    .filter(|(stated, _)| !stated)
    .map(|(_, path)| path)
    .collect()
}

/// The arrangements as stated, or none stated.
fn arrangements_of(form: &SupportPlan) -> &Arrangements {
    const NONE: &Arrangements = &Arrangements {
        reachable_every_working_day: None,
        reachable_by: None,
        on_site_within_working_days: None,
        follow_up_interval_days: None,
        follow_up_mode: None,
        last_on_site_request: None,
        on_site_visit: None,
    };
    form.arrangements.as_ref().unwrap_or(NONE)
}

/// GUI-001.
pub fn reachability(input: &Input<'_, SupportPlan>, _ctx: &Context, out: &mut Outcome) {
    let arrangements = arrangements_of(input.form);
    let at = Path::root().key(key!("arrangements"));
    let path = at.key(key!("reachableEveryWorkingDay"));
    out.need(&path, arrangements.reachable_every_working_day.is_some());
    let verdict = match arrangements.reachable_every_working_day {
        Some(true) => Verdict::new(RuleId::Gui001, Status::Met, explain::REACHABLE),
        Some(false) => {
            out.push(Finding::new(Code::NotReachableDaily, path));
            Verdict::new(RuleId::Gui001, Status::NotMet, explain::NOT_REACHABLE)
        }
        None => {
            out.push(Finding::new(Code::ReachabilityMissing, path));
            Verdict::new(RuleId::Gui001, Status::Unknown, FACTS_MISSING).missing(vec![path])
        }
    };
    out.judge(verdict);
}

/// GUI-002: the stated number of working days, and, when the plan records a request and a
/// visit, whether the visit came in time (working days as the calendar counts them).
pub fn on_site(input: &Input<'_, SupportPlan>, ctx: &Context, out: &mut Outcome) {
    let arrangements = arrangements_of(input.form);
    let at = Path::root().key(key!("arrangements"));
    let days_path = at.key(key!("onSiteWithinWorkingDays"));
    let mut late = false;
    out.need(&days_path, arrangements.on_site_within_working_days.is_some());
    match arrangements.on_site_within_working_days {
        None => {
            out.push(Finding::new(Code::OnSiteDaysMissing, days_path));
        }
        Some(days) if days > MAX_ON_SITE_WORKING_DAYS => {
            out.push(Finding::new(Code::OnSiteTooLate, days_path).with("max", MAX_ON_SITE_WORKING_DAYS));
            late = true;
        }
        Some(_) => {}
    }
    let request_path = at.key(key!("lastOnSiteRequest"));
    let visit_path = at.key(key!("onSiteVisit"));
    let request = fields::date(arrangements.last_on_site_request.as_deref(), request_path, Code::InvalidDate, out);
    let visit = fields::date(arrangements.on_site_visit.as_deref(), visit_path, Code::InvalidDate, out);
    let deadline = request
        .date()
        .and_then(|date| working_days::add_working_days(date, MAX_ON_SITE_WORKING_DAYS, &ctx.holiday_options()));
    if let (Some(request), Some(deadline)) = (request.date(), deadline) {
        // A visit before the last request answered an earlier one: this request is still open.
        let answered = visit.date().filter(|date| *date >= request);
        let code = match answered {
            Some(date) if date > deadline => Some(Code::VisitTooLate),
            Some(_) => None,
            // A visit typed wrongly may be the answer: nothing to say until it is a date.
            None if visit == DateField::Invalid => None,
            None if ctx.as_of > deadline => Some(Code::VisitOverdue),
            None => Some(Code::VisitDue),
        };
        if let Some(code) = code {
            late |= code != Code::VisitDue;
            out.push(
                Finding::new(code, visit_path)
                    .with("deadline", deadline)
                    .with("max", MAX_ON_SITE_WORKING_DAYS)
                    .also(request_path),
            );
        }
    }
    let verdict = if late {
        Verdict::new(RuleId::Gui002, Status::NotMet, explain::ON_SITE_LATE)
    } else if arrangements.on_site_within_working_days.is_none() {
        Verdict::new(RuleId::Gui002, Status::Unknown, FACTS_MISSING).missing(vec![days_path])
    } else {
        Verdict::new(RuleId::Gui002, Status::Met, explain::ON_SITE_IN_TIME)
    };
    out.judge(verdict.with("max", MAX_ON_SITE_WORKING_DAYS));
}

/// GUI-003.
pub fn follow_up(input: &Input<'_, SupportPlan>, _ctx: &Context, out: &mut Outcome) {
    let arrangements = arrangements_of(input.form);
    let at = Path::root().key(key!("arrangements"));
    let path = at.key(key!("followUpIntervalDays"));
    out.need(&path, arrangements.follow_up_interval_days.is_some());
    let verdict = match arrangements.follow_up_interval_days {
        None => {
            out.push(Finding::new(Code::FollowUpIntervalMissing, path));
            Verdict::new(RuleId::Gui003, Status::Unknown, FACTS_MISSING).missing(vec![path])
        }
        Some(days) if days > MAX_FOLLOW_UP_DAYS => {
            out.push(Finding::new(Code::FollowUpTooRare, path).with("max", MAX_FOLLOW_UP_DAYS));
            Verdict::new(RuleId::Gui003, Status::NotMet, explain::FOLLOW_UP_TOO_RARE)
        }
        Some(_) => Verdict::new(RuleId::Gui003, Status::Met, explain::FOLLOW_UP_OFTEN_ENOUGH),
    };
    out.judge(verdict.with("max", MAX_FOLLOW_UP_DAYS));
}

/// GUI-004: the coach is a colleague (same employer), neither the employee nor the
/// supervisor, and follows up daily. The names are compared as well as the declarations,
/// because a form may leave the declarations empty.
pub fn coach(input: &Input<'_, SupportPlan>, _ctx: &Context, out: &mut Outcome) {
    let form = input.form;
    let none = PlanCollegaCoach::default();
    let coach = form.collega_coach.as_ref().unwrap_or(&none);
    let at = Path::root().key(key!("collegaCoach"));
    let mut fits = true;
    let mut missing = Vec::new();

    let employer_path = at.key(key!("sameEmployer"));
    match coach.same_employer {
        Some(true) => {}
        Some(false) => {
            out.push(Finding::new(Code::CoachOtherEmployer, employer_path));
            fits = false;
        }
        None => {
            out.push(Finding::new(Code::CoachEmployerMissing, employer_path));
            missing.push(employer_path);
        }
    }
    out.need(&employer_path, coach.same_employer.is_some());

    let employee_name = form.employee.as_ref().and_then(|e| e.name.as_deref());
    let supervisor_name = form.supervisor.as_ref().and_then(|s| s.name.as_deref());
    let roles = [
        (
            coach.is_employee,
            key!("isEmployee"),
            employee_name,
            Path::root().key(key!("employee")).key(key!("name")),
            Code::CoachIsEmployee,
        ),
        (
            coach.is_supervisor,
            key!("isSupervisor"),
            supervisor_name,
            Path::root().key(key!("supervisor")).key(key!("name")),
            Code::CoachIsSupervisor,
        ),
    ];
    for (declared, field, other_name, other_path, code) in roles {
        let path = if declared == Some(true) {
            at.key(field)
        } else if fields::same_person(coach.name.as_deref(), other_name) {
            at.key(key!("name"))
        } else {
            continue;
        };
        out.push(Finding::new(code, path).also(other_path));
        fits = false;
    }

    let moment_path = at.key(key!("dailyFollowUp")).key(key!("moment"));
    let moment = coach.daily_follow_up.as_ref().and_then(|daily| daily.moment);
    if !out.need(&moment_path, moment.is_some()) {
        out.push(Finding::new(Code::DailyFollowUpMissing, moment_path));
        missing.push(moment_path);
    }
    // The name is counted and reported under PLAN-005; the verdict still waits for it.
    if !fields::filled(coach.name.as_deref()) {
        missing.push(at.key(key!("name")));
    }

    let verdict = if !fits {
        Verdict::new(RuleId::Gui004, Status::NotMet, explain::COACH_DOES_NOT_FIT)
    } else if !missing.is_empty() {
        Verdict::new(RuleId::Gui004, Status::Unknown, FACTS_MISSING).missing(missing)
    } else {
        Verdict::new(RuleId::Gui004, Status::Met, explain::COACH_FITS)
    };
    out.judge(verdict);
}

/// GUI-005: a recommendation, so nothing here counts towards completeness.
pub fn backups(input: &Input<'_, SupportPlan>, _ctx: &Context, out: &mut Outcome) {
    let form = input.form;
    let none = Backups::default();
    let backups = form.backups.as_ref().unwrap_or(&none);
    let at = Path::root().key(key!("backups"));
    let supervisor_name = form.supervisor.as_ref().and_then(|s| s.name.as_deref());
    let coach_name = form.collega_coach.as_ref().and_then(|c| c.name.as_deref());
    let roles = [
        (
            backups.supervisor.as_deref(),
            key!("supervisor"),
            supervisor_name,
            Path::root().key(key!("supervisor")).key(key!("name")),
            Code::SupervisorBackupMissing,
        ),
        (
            backups.coach.as_deref(),
            key!("coach"),
            coach_name,
            Path::root().key(key!("collegaCoach")).key(key!("name")),
            Code::CoachBackupMissing,
        ),
    ];
    let mut missing = Vec::new();
    let mut same = false;
    for (backup, field, stood_in_for, other_path, missing_code) in roles {
        let path = at.key(field);
        if !fields::filled(backup) {
            out.push(Finding::new(missing_code, path));
            missing.push(path);
        } else if fields::same_person(backup, stood_in_for) {
            out.push(Finding::new(Code::BackupIsSamePerson, path).also(other_path));
            same = true;
        }
    }
    let verdict = if same {
        Verdict::new(RuleId::Gui005, Status::NotMet, explain::BACKUP_SAME_PERSON)
    } else if !missing.is_empty() {
        Verdict::new(RuleId::Gui005, Status::Unknown, explain::BACKUPS_RECOMMENDED).missing(missing)
    } else {
        Verdict::new(RuleId::Gui005, Status::Met, explain::BACKUPS_NAMED)
    };
    out.judge(verdict);
}
