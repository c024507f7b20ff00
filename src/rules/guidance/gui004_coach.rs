//! GUI-004: a collega-coach follows up daily: a colleague at the same employer, neither the
//! employee nor the qualified supervisor.

use crate::model::plan::PlanCollegaCoach;
use crate::model::SupportPlan;
use crate::rules::plan::plan006_arrangements::DAILY_FOLLOW_UP;
use crate::rules::plan::{judged, FACTS_MISSING};
use crate::rules::support::*;

rule_entry! {
    id: Gui004,
    family: "guidance",
    source: FAQ,
    quote: "",
    confidence: High,
    from: date(2023, 7, 1),
    title: ["Collega-coach", "Collègue-coach", "Collega-coach", "Kollegen-Coach"],
    text: [
        "Een collega-coach volgt dagelijks op (bij het begin of einde van de werkdag kan, digitaal kan; niet permanent). De coach werkt bij dezelfde werkgever en is niet de werknemer en niet de begeleider (ook nagekeken op de naam).",
        "Un collègue-coach assure le suivi quotidien (au début ou à la fin de la journée, à distance, c'est possible ; pas en permanence). Le coach travaille chez le même employeur et n'est ni le travailleur ni l'accompagnateur (vérifié aussi sur le nom).",
        "A collega-coach follows up daily (at the start or end of the day is fine, digital is fine; not permanent). The coach works for the same employer and is neither the employee nor the supervisor (also checked on the name).",
        "Ein Kollegen-Coach verfolgt täglich nach (zu Beginn oder am Ende des Tages, auch digital; nicht ständig). Der Coach arbeitet beim selben Arbeitgeber und ist weder der Arbeitnehmer noch die Begleitperson (auch am Namen geprüft).",
    ],
    parameters: [],
}

codes! {
    rule: Gui004;
    /// Whether the coach works for the same employer is not answered.
    COACH_EMPLOYER_MISSING = "guidance.coach_employer_missing", Error, [
        "Geef aan of de collega-coach bij dezelfde werkgever werkt.",
        "Indiquez si le collègue-coach travaille chez le même employeur.",
        "Say whether the collega-coach works for the same employer.",
        "Geben Sie an, ob der Kollegen-Coach beim selben Arbeitgeber arbeitet.",
    ];
    /// The coach works for another employer.
    COACH_OTHER_EMPLOYER = "guidance.coach_other_employer", Error, [
        "De collega-coach werkt bij dezelfde werkgever als de werknemer.",
        "Le collègue-coach travaille chez le même employeur que le travailleur.",
        "The collega-coach works for the same employer as the employee.",
        "Der Kollegen-Coach arbeitet beim selben Arbeitgeber wie die Arbeitnehmerin oder der Arbeitnehmer.",
    ];
    /// The coach is the employee.
    COACH_IS_EMPLOYEE = "guidance.coach_is_employee", Error, [
        "De collega-coach kan niet de werknemer zelf zijn.",
        "Le collègue-coach ne peut pas être le travailleur lui-même.",
        "The collega-coach cannot be the employee.",
        "Der Kollegen-Coach kann nicht die Arbeitnehmerin oder der Arbeitnehmer selbst sein.",
    ];
    /// The coach is the qualified supervisor.
    COACH_IS_SUPERVISOR = "guidance.coach_is_supervisor", Error, [
        "De collega-coach kan niet de gekwalificeerd begeleider zijn: duid een andere collega aan.",
        "Le collègue-coach ne peut pas être l'accompagnateur qualifié : désignez un autre collègue.",
        "The collega-coach cannot be the qualified supervisor: name another colleague.",
        "Der Kollegen-Coach kann nicht die qualifizierte Begleitperson sein: benennen Sie eine andere Kollegin oder einen anderen Kollegen.",
    ];
}

/// GUI-004 met.
const COACH_FITS: Texts = &[
    "Een collega bij dezelfde werkgever, niet de werknemer en niet de begeleider, volgt dagelijks op.",
    "Un collègue du même employeur, ni le travailleur ni l'accompagnateur, assure le suivi quotidien.",
    "A colleague at the same employer, neither the employee nor the supervisor, follows up daily.",
    "Eine Kollegin oder ein Kollege beim selben Arbeitgeber, weder der Arbeitnehmer noch die Begleitperson, verfolgt täglich nach.",
];

/// GUI-004 not met.
const COACH_DOES_NOT_FIT: Texts = &[
    "De collega-coach werkt niet bij dezelfde werkgever, of is de werknemer of de begeleider.",
    "Le collègue-coach ne travaille pas chez le même employeur, ou est le travailleur ou l'accompagnateur.",
    "The collega-coach does not work for the same employer, or is the employee or the supervisor.",
    "Der Kollegen-Coach arbeitet nicht beim selben Arbeitgeber oder ist der Arbeitnehmer oder die Begleitperson.",
];

/// The rule for a support plan.
pub const RULE: Rule<SupportPlan> = Rule {
    id: RuleId::Gui004,
    reads: reads!["collegaCoach", "employee.name", "supervisor.name"],
    applies: Applies::FromCatalogue,
    check: Check::Form(|input, _, out| check(input.form, input.dropped, out)),
};

/// The names are compared as well as the declarations, because a form may leave the
/// declarations empty. The daily follow-up's moment is waited for (PLAN-006 asks for it), and so
/// is the coach's name (PLAN-005 asks for it).
fn check(form: &SupportPlan, dropped: &[ShapeProblem], out: &mut Outcome) {
    let none = PlanCollegaCoach::default();
    let coach = form.collega_coach.as_ref().unwrap_or(&none);
    let coach_path = at(&[key!("collegaCoach")]);
    let mut judgement = Judgement::default();

    let employer_path = coach_path.key(key!("sameEmployer"));
    match coach.same_employer {
        Some(true) => {}
        Some(false) => {
            out.push(Finding::new(&COACH_OTHER_EMPLOYER, employer_path));
            judgement.broken = true;
        }
        None => {
            report_missing(dropped, out, Finding::new(&COACH_EMPLOYER_MISSING, employer_path));
            judgement.missing.push(employer_path);
        }
    }
    out.need(&employer_path, coach.same_employer.is_some());

    let employee_name = form.employee.as_ref().and_then(|e| e.name.as_deref());
    let supervisor_name = form.supervisor.as_ref().and_then(|s| s.name.as_deref());
    let roles = [
        (coach.is_employee, key!("isEmployee"), employee_name, key!("employee"), &COACH_IS_EMPLOYEE),
        (coach.is_supervisor, key!("isSupervisor"), supervisor_name, key!("supervisor"), &COACH_IS_SUPERVISOR),
    ];
    for (declared, field, other_name, other, code) in roles {
        let path = if declared == Some(true) {
            coach_path.key(field)
        } else if fields::same_person(coach.name.as_deref(), other_name) {
            coach_path.key(key!("name"))
        } else {
            continue;
        };
        out.push(Finding::new(code, path).also(at(&[other, key!("name")])));
        judgement.broken = true;
    }

    let moment_path = DAILY_FOLLOW_UP.path();
    let moment = coach.daily_follow_up.as_ref().and_then(|daily| daily.moment);
    if !out.need(&moment_path, moment.is_some()) {
        judgement.missing.push(moment_path);
    }
    if !fields::filled(coach.name.as_deref()) {
        judgement.missing.push(coach_path.key(key!("name")));
    }
    out.judge(judged(judgement, RuleId::Gui004, COACH_FITS, COACH_DOES_NOT_FIT, FACTS_MISSING));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::plan::testing::*;

    fn coach(change: impl FnOnce(&mut PlanCollegaCoach)) -> SupportPlan {
        let mut form = complete();
        change(form.collega_coach.get_or_insert_default());
        form
    }

    #[test]
    fn a_colleague_follows_up_at_the_start_of_the_day() {
        let out = run(&RULE, &complete());
        assert_eq!(status(&out), Status::Met);
        assert!(out.findings.is_empty());
    }

    #[test]
    fn a_coach_at_another_employer_does_not_fit() {
        let out = run(&RULE, &coach(|c| c.same_employer = Some(false)));
        assert_eq!(codes(&out), ["guidance.coach_other_employer"]);
        assert_eq!(status(&out), Status::NotMet);
    }

    #[test]
    fn the_names_tell_when_the_declarations_are_empty() {
        // The employee of the fixture is Thomas Janssens.
        let out = run(
            &RULE,
            &coach(|c| {
                c.is_employee = None;
                c.name = Some("THOMAS  janssens".to_owned());
            }),
        );
        assert_eq!(codes(&out), ["guidance.coach_is_employee"]);
        assert_eq!(paths(&out), ["collegaCoach.name"]);
        assert_eq!(related(&out), ["employee.name"]);
    }

    #[test]
    fn the_supervisor_as_coach_does_not_fit() {
        let out = run(&RULE, &coach(|c| c.name = Some("An Peeters".to_owned())));
        assert_eq!(codes(&out), ["guidance.coach_is_supervisor"]);
        assert_eq!(status(&out), Status::NotMet);
    }

    #[test]
    fn the_moment_and_the_employer_are_waited_for() {
        let out = run(
            &RULE,
            &coach(|c| {
                c.same_employer = None;
                c.daily_follow_up = None;
            }),
        );
        assert_eq!(status(&out), Status::Unknown);
        assert_eq!(missing(&out), ["collegaCoach.sameEmployer", "collegaCoach.dailyFollowUp.moment"]);
        assert_eq!(codes(&out), ["guidance.coach_employer_missing"]);
    }

    #[test]
    fn a_value_of_the_wrong_type_is_not_also_missing() {
        // `"sameEmployer": "ja"`: decoding drops it and reports form.wrong_type.
        let form = coach(|c| c.same_employer = None);
        let dropped = [wrong_type(at(&[key!("collegaCoach"), key!("sameEmployer")]), Expected::YesNo)];
        let out = run_dropped(&RULE, &form, &dropped);
        assert!(out.findings.is_empty());
        assert_eq!(missing(&out), ["collegaCoach.sameEmployer"]);
    }
}
