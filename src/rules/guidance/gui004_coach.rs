//! GUI-004: a collega-coach follows up daily: a colleague at the same employer, not the
//! employee. The FAQ names the coach and the qualified supervisor as two roles without
//! forbidding one person to hold both, so a coach who is the supervisor is only pointed out.

use crate::model::plan::PlanCollegaCoach;
use crate::model::SupportPlan;
use crate::rules::plan::plan006_arrangements::DAILY_FOLLOW_UP;
use crate::rules::plan::{from_root, judged, FACTS_MISSING};
use crate::rules::support::*;

rule_entry! {
    id: Gui004,
    family: "guidance",
    source: FAQ,
    quote: "De collega-coach staat in voor de dagelijkse opvolging van de werknemer met een arbeidsbeperking. Deze opvolging kan ook plaatsvinden aan het begin of einde van de werkdag. Het is dus geen permanente opvolging en digitale oplossingen zijn niet uitgesloten.",
    // The FAQ says what the coach does, not who may be one: a colleague at the same employer,
    // and someone other than the supervisor, is our reading of "collega-coach" and of the two
    // roles; so the rule warns and never blocks.
    confidence: Medium,
    from: date(2023, 7, 1),
    title: ["Collega-coach", "Collègue-coach", "Collega-coach", "Kollegen-Coach"],
    text: [
        "Een collega-coach volgt de werknemer dagelijks op (bij het begin of einde van de werkdag kan, digitaal kan; niet permanent). De coach is een collega bij dezelfde werkgever en niet de werknemer zelf (ook nagekeken op de naam). De FAQ beschrijft de begeleider en de collega-coach als twee rollen, maar verbiedt niet dat één persoon beide opneemt: is de coach ook de begeleider, dan is dat een waarschuwing. Wie coach kan zijn, is onze lezing van de FAQ: de regel geeft enkel waarschuwingen.",
        "Un collègue-coach assure le suivi quotidien du travailleur (au début ou à la fin de la journée, à distance, c'est possible ; pas en permanence). Le coach est un collègue chez le même employeur et n'est pas le travailleur lui-même (vérifié aussi sur le nom). La FAQ décrit l'accompagnateur et le collègue-coach comme deux rôles, sans interdire qu'une personne assume les deux : si le coach est aussi l'accompagnateur, c'est un avertissement. Qui peut être coach est notre lecture de la FAQ : la règle ne donne que des avertissements.",
        "A collega-coach follows up the employee daily (at the start or end of the day is fine, digital is fine; not permanent). The coach is a colleague at the same employer and not the employee (also checked on the name). The FAQ describes the supervisor and the collega-coach as two roles without forbidding one person to hold both: a coach who is also the supervisor is a warning. Who may be the coach is our reading of the FAQ: the rule only warns.",
        "Ein Kollegen-Coach verfolgt die Arbeitnehmerin oder den Arbeitnehmer täglich nach (zu Beginn oder am Ende des Tages, auch digital; nicht ständig). Der Coach ist eine Kollegin oder ein Kollege beim selben Arbeitgeber und nicht die Arbeitnehmerin oder der Arbeitnehmer selbst (auch am Namen geprüft). Die FAQ beschreibt die Begleitperson und den Kollegen-Coach als zwei Rollen, ohne zu verbieten, dass eine Person beide übernimmt: ist der Coach auch die Begleitperson, ist das eine Warnung. Wer Coach sein kann, ist unsere Lesart der FAQ: die Regel gibt nur Warnungen.",
    ],
    parameters: [],
}

codes! {
    rule: Gui004;
    /// Whether the coach works for the same employer is not answered.
    COACH_EMPLOYER_MISSING = "guidance.coach_employer_missing", Warning, [
        "Geef aan of de collega-coach bij dezelfde werkgever werkt.",
        "Indiquez si le collègue-coach travaille chez le même employeur.",
        "Say whether the collega-coach works for the same employer.",
        "Geben Sie an, ob der Kollegen-Coach beim selben Arbeitgeber arbeitet.",
    ];
    /// The coach works for another employer.
    COACH_OTHER_EMPLOYER = "guidance.coach_other_employer", Warning, [
        "De collega-coach werkt bij dezelfde werkgever als de werknemer.",
        "Le collègue-coach travaille chez le même employeur que le travailleur.",
        "The collega-coach works for the same employer as the employee.",
        "Der Kollegen-Coach arbeitet beim selben Arbeitgeber wie die Arbeitnehmerin oder der Arbeitnehmer.",
    ];
    /// The coach is the employee.
    COACH_IS_EMPLOYEE = "guidance.coach_is_employee", Warning, [
        "De collega-coach kan niet de werknemer zelf zijn.",
        "Le collègue-coach ne peut pas être le travailleur lui-même.",
        "The collega-coach cannot be the employee.",
        "Der Kollegen-Coach kann nicht die Arbeitnehmerin oder der Arbeitnehmer selbst sein.",
    ];
    /// The coach is also the qualified supervisor: two roles the FAQ names, one person.
    COACH_IS_SUPERVISOR = "guidance.coach_is_supervisor", Warning, [
        "De collega-coach is ook de gekwalificeerd begeleider: ga na of één persoon beide rollen kan opnemen.",
        "Le collègue-coach est aussi l'accompagnateur qualifié : vérifiez qu'une personne peut assumer les deux rôles.",
        "The collega-coach is also the qualified supervisor: check that one person can take on both roles.",
        "Der Kollegen-Coach ist auch die qualifizierte Begleitperson: prüfen Sie, ob eine Person beide Rollen übernehmen kann.",
    ];
}

texts! {
    /// GUI-004 met.
    COACH_FITS = [
        "Een collega bij dezelfde werkgever, niet de werknemer zelf, volgt dagelijks op.",
        "Un collègue du même employeur, autre que le travailleur, assure le suivi quotidien.",
        "A colleague at the same employer, other than the employee, follows up daily.",
        "Eine Kollegin oder ein Kollege beim selben Arbeitgeber, nicht der Arbeitnehmer selbst, verfolgt täglich nach.",
    ];

    /// GUI-004 not met.
    COACH_DOES_NOT_FIT = [
        "De collega-coach werkt niet bij dezelfde werkgever, of is de werknemer zelf.",
        "Le collègue-coach ne travaille pas chez le même employeur, ou est le travailleur lui-même.",
        "The collega-coach does not work for the same employer, or is the employee.",
        "Der Kollegen-Coach arbeitet nicht beim selben Arbeitgeber oder ist der Arbeitnehmer selbst.",
    ];
}

/// The rule for a support plan.
pub const RULE: Rule<SupportPlan> = Rule {
    id: RuleId::Gui004,
    reads: reads!["collegaCoach", "employee.name", "supervisor.name"],
    applies: Applies::FromCatalogue,
    check: Check::Form(|input, _, out| check(input.form, input.dropped, out)),
};

/// The names are compared as well as the declarations, because a form may leave the
/// declarations empty. The coach who is the employee does not fit ("de dagelijkse opvolging
/// van de werknemer": no one follows themselves up); the coach who is the supervisor does,
/// with a warning. The daily follow-up's moment is waited for (PLAN-006 asks for it), and so
/// is the coach's name (PLAN-005 asks for it).
fn check(form: &SupportPlan, dropped: &[ShapeProblem], out: &mut Outcome) {
    let none = PlanCollegaCoach::default();
    let coach = form.collega_coach.as_ref().unwrap_or(&none);
    let coach_path = from_root(key!("collegaCoach"));
    let mut judgement = Judgement::default();

    let employer_path = coach_path.key(key!("sameEmployer"));
    match coach.same_employer {
        Some(true) => {}
        Some(false) => {
            judgement.breaks(out, &COACH_OTHER_EMPLOYER, employer_path);
        }
        None => {
            judgement.lacks(dropped, out, &COACH_EMPLOYER_MISSING, employer_path);
        }
    }
    out.need(&employer_path, coach.same_employer.is_some());

    let employee_name = form.employee.as_ref().and_then(|e| e.name.as_deref());
    let supervisor_name = form.supervisor.as_ref().and_then(|s| s.name.as_deref());
    let roles = [
        (coach.is_employee, key!("isEmployee"), employee_name, key!("employee"), &COACH_IS_EMPLOYEE, true),
        (coach.is_supervisor, key!("isSupervisor"), supervisor_name, key!("supervisor"), &COACH_IS_SUPERVISOR, false),
    ];
    for (declared, field, other_name, other, code, breaks) in roles {
        let path = if declared == Some(true) {
            coach_path.key(field)
        } else if fields::same_person(coach.name.as_deref(), other_name) {
            coach_path.key(key!("name"))
        } else {
            continue;
        };
        out.report_also(code, path, from_root(other).key(key!("name")));
        judgement.broken |= breaks;
    }

    let moment_path = DAILY_FOLLOW_UP.path();
    let moment = coach.daily_follow_up.as_ref().and_then(|daily| daily.moment);
    if !out.need(&moment_path, moment.is_some()) {
        judgement.wait_for(moment_path);
    }
    if !fields::filled(coach.name.as_deref()) {
        judgement.wait_for(coach_path.key(key!("name")));
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
    fn the_supervisor_as_coach_is_pointed_out() {
        // "De collega-coach staat in voor de dagelijkse opvolging": the FAQ names the role, and
        // does not forbid the supervisor (An Peeters in the fixture) to take it on too.
        let out = run(&RULE, &coach(|c| c.name = Some("An Peeters".to_owned())));
        assert_eq!(codes(&out), ["guidance.coach_is_supervisor"]);
        assert_eq!(status(&out), Status::Met);
        assert_eq!(COACH_IS_SUPERVISOR.severity, crate::report::Severity::Warning);
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
