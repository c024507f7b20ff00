//! SUP-004: one named person is responsible for the guidance: the supervisor, or the one other
//! person a support plan names. A team may do the work; the plan then explains how.

use crate::model::plan::Team;
use crate::model::Supervisor;
use crate::rules::support::*;

rule_entry! {
    id: Sup004,
    family: "supervisor",
    source: FAQ,
    quote: "We verwachten dat er 1 persoon verantwoordelijk is voor de begeleiding van de werknemer met een arbeidsbeperking en zijn werkgever. We sluiten niet uit dat deze persoon in teamverband werkt voor de eigenlijke begeleiding. Indien dit het geval is, is het aangeraden om dit te verduidelijken in het ondersteuningsplan.",
    confidence: High,
    from: date(2023, 7, 1),
    title: ["Eén verantwoordelijke", "Un seul responsable", "One responsible person", "Eine verantwortliche Person"],
    text: [
        "Eén persoon is verantwoordelijk voor de begeleiding van de werknemer en de werkgever. Een team mag het werk doen, maar één benoemde persoon is verantwoordelijk. Het is aangeraden de teamwerking in het ondersteuningsplan toe te lichten (FAQ): zonder toelichting een waarschuwing. Het vereiste volgt wie verantwoordelijk is: de begeleider (aangeduid als verantwoordelijke) of één andere benoemde persoon (in het plan). Niet voldaan als het plan zegt dat niemand het is of twee personen noemt, nog niet te beoordelen zolang het dat niet zegt. Een aanvraag moet enkel de kwalificatie van de interne begeleider bewijzen (FAQ): zegt ze dat die niet verantwoordelijk is, dan is dat een waarschuwing. Bij een begeleider op zich die niet verantwoordelijk is, zegt het plan wie het wel is: niet van toepassing, met een waarschuwing.",
        "Une personne est responsable de l'accompagnement du travailleur et de l'employeur. Une équipe peut faire le travail, mais une personne nommée est responsable. Il est recommandé d'expliquer le fonctionnement de l'équipe dans le plan de soutien (FAQ) : sans explication, un avertissement. L'exigence suit qui est responsable : l'accompagnateur (désigné responsable) ou une autre personne nommée (dans le plan). Non satisfaite si le plan dit que personne ne l'est ou en nomme deux, pas encore évaluable tant qu'il ne le dit pas. Une demande doit seulement prouver la qualification de l'accompagnateur interne (FAQ) : si elle dit qu'il n'est pas responsable, c'est un avertissement. Pour un accompagnateur seul qui n'est pas responsable, le plan dit qui l'est : sans objet, avec un avertissement.",
        "One person is responsible for the guidance of the employee and the employer. A team may do the work, but one named person is responsible. Explaining the team set-up in the support plan is recommended (FAQ): without it, a warning. The requirement follows who is responsible: the supervisor (marked responsible) or one other named person (in the plan). Not met when the plan says nobody is or names two, not decidable yet while it does not say. An application only has to prove the internal supervisor's qualification (FAQ): when it says they are not responsible, that is a warning. For a supervisor on their own who is not responsible, the plan says who is: not applicable, with a warning.",
        "Eine Person ist für die Begleitung der Arbeitnehmerin oder des Arbeitnehmers und des Arbeitgebers verantwortlich. Ein Team darf die Arbeit tun, aber eine benannte Person ist verantwortlich. Es wird empfohlen, die Teamarbeit im Unterstützungsplan zu erläutern (FAQ): ohne Erläuterung eine Warnung. Die Anforderung folgt, wer verantwortlich ist: die Begleitperson (als verantwortlich angegeben) oder eine andere benannte Person (im Plan). Nicht erfüllt, wenn der Plan sagt, dass niemand es ist, oder zwei nennt; noch nicht beurteilbar, solange er das nicht sagt. Ein Antrag muss nur die Qualifikation der internen Begleitperson nachweisen (FAQ): sagt er, dass sie nicht verantwortlich ist, ist das eine Warnung. Bei einer Begleitperson für sich allein, die nicht verantwortlich ist, sagt der Plan, wer es ist: nicht anwendbar, mit einer Warnung.",
    ],
    parameters: [],
}

codes! {
    rule: Sup004;
    /// The supervisor's name is missing: one named person is responsible.
    NAME_MISSING = "supervisor.name_missing", Error, [
        "Vul de naam van de gekwalificeerd begeleider in: één persoon is verantwoordelijk.",
        "Indiquez le nom de l'accompagnateur qualifié : une seule personne est responsable.",
        "Enter the qualified supervisor's name: one person is responsible.",
        "Geben Sie den Namen der qualifizierten Begleitperson ein: eine Person ist verantwortlich.",
    ];
    /// A supervisor on their own is not the responsible person: someone else must be.
    NOT_RESPONSIBLE = "supervisor.not_responsible", Warning, [
        "Deze begeleider is niet verantwoordelijk voor de begeleiding: één persoon moet verantwoordelijk zijn; duid die aan in het ondersteuningsplan.",
        "Cet accompagnateur n'est pas responsable de l'accompagnement : une personne doit l'être ; désignez-la dans le plan de soutien.",
        "This supervisor is not responsible for the guidance: one person must be; name them in the support plan.",
        "Diese Begleitperson ist nicht für die Begleitung verantwortlich: eine Person muss es sein; benennen Sie sie im Unterstützungsplan.",
    ];
    /// The only supervisor a form names is not (or not yet) marked responsible.
    NOBODY_RESPONSIBLE = "supervisor.nobody_responsible", Warning, [
        "Duid aan dat deze begeleider verantwoordelijk is voor de begeleiding: de aanvraag noemt niemand anders, en één persoon is verantwoordelijk.",
        "Indiquez que cet accompagnateur est responsable de l'accompagnement : la demande ne nomme personne d'autre, et une personne est responsable.",
        "Mark this supervisor as responsible for the guidance: the application names nobody else, and one person is responsible.",
        "Geben Sie an, dass diese Begleitperson für die Begleitung verantwortlich ist: der Antrag nennt niemanden sonst, und eine Person ist verantwortlich.",
    ];
    /// The supervisor is marked responsible and another person is named responsible too.
    SEVERAL_RESPONSIBLE = "supervisor.several_responsible", Error, [
        "Eén persoon is verantwoordelijk: de begeleider is al als verantwoordelijke aangeduid; laat deze naam leeg of duid de begeleider niet aan.",
        "Une seule personne est responsable : l'accompagnateur est déjà désigné responsable ; laissez ce nom vide ou ne désignez pas l'accompagnateur.",
        "One person is responsible: the supervisor is already marked responsible; leave this name empty or unmark the supervisor.",
        "Eine Person ist verantwortlich: die Begleitperson ist bereits als verantwortlich angegeben; lassen Sie diesen Namen leer oder heben Sie die Angabe bei der Begleitperson auf.",
    ];
    /// A team does the guidance but its set-up is not explained.
    TEAM_UNEXPLAINED = "plan.team_unexplained", Warning, [
        "Een team begeleidt: licht in het plan toe hoe het team werkt en wie verantwoordelijk is.",
        "Une équipe accompagne : expliquez dans le plan comment l'équipe travaille et qui est responsable.",
        "A team does the guidance: explain in the plan how the team works and who is responsible.",
        "Ein Team begleitet: erläutern Sie im Plan, wie das Team arbeitet und wer verantwortlich ist.",
    ];
}

texts! {
    /// SUP-004 met: the supervisor, named, is the one responsible person.
    SUPERVISOR_RESPONSIBLE = [
        "De begeleider is de ene benoemde persoon die verantwoordelijk is voor de begeleiding.",
        "L'accompagnateur est la personne nommée qui est seule responsable de l'accompagnement.",
        "The supervisor is the one named person responsible for the guidance.",
        "Die Begleitperson ist die eine benannte Person, die für die Begleitung verantwortlich ist.",
    ];

    /// SUP-004 met: one other named person is responsible.
    OTHER_PERSON_RESPONSIBLE = [
        "Eén andere benoemde persoon is verantwoordelijk voor de begeleiding, niet de begeleider.",
        "Une autre personne nommée est responsable de l'accompagnement, pas l'accompagnateur.",
        "One other named person is responsible for the guidance, not the supervisor.",
        "Eine andere benannte Person ist für die Begleitung verantwortlich, nicht die Begleitperson.",
    ];

    /// SUP-004 not met: the form says the supervisor is not responsible and names nobody else.
    NOBODY_RESPONSIBLE_EXPLAINED = [
        "Volgens het formulier is de begeleider niet verantwoordelijk, en het noemt niemand anders: één persoon moet verantwoordelijk zijn.",
        "Selon le formulaire, l'accompagnateur n'est pas responsable, et il ne nomme personne d'autre : une personne doit être responsable.",
        "The form says the supervisor is not responsible and names nobody else: one person must be responsible.",
        "Laut Formular ist die Begleitperson nicht verantwortlich, und es nennt niemanden sonst: eine Person muss verantwortlich sein.",
    ];

    /// SUP-004 not met: the supervisor and another person are both named responsible.
    TWO_RESPONSIBLE = [
        "De begeleider is als verantwoordelijke aangeduid en het plan noemt nog een andere verantwoordelijke: één persoon is verantwoordelijk.",
        "L'accompagnateur est désigné responsable et le plan nomme encore un autre responsable : une seule personne est responsable.",
        "The supervisor is marked responsible and the plan names another responsible person too: one person is responsible.",
        "Die Begleitperson ist als verantwortlich angegeben, und der Plan nennt noch eine andere verantwortliche Person: eine Person ist verantwortlich.",
    ];

    /// SUP-004 unknown: whether the supervisor is responsible is not said yet.
    FLAG_UNSAID = [
        "Nog niet aangegeven of de begeleider de verantwoordelijke persoon is.",
        "Il n'est pas encore indiqué si l'accompagnateur est la personne responsable.",
        "Not said yet whether the supervisor is the responsible person.",
        "Noch nicht angegeben, ob die Begleitperson die verantwortliche Person ist.",
    ];

    /// SUP-004 unknown in a plan: neither the supervisor nor another person is named responsible yet.
    RESPONSIBLE_UNSAID = [
        "Nog niet aangegeven wie verantwoordelijk is: de begeleider of één andere benoemde persoon.",
        "Il n'est pas encore indiqué qui est responsable : l'accompagnateur ou une autre personne nommée.",
        "Not said yet who is responsible: the supervisor or one other named person.",
        "Noch nicht angegeben, wer verantwortlich ist: die Begleitperson oder eine andere benannte Person.",
    ];

    /// The name of the responsible person is still missing.
    PERSON_UNNAMED = [
        "De naam van de verantwoordelijke persoon ontbreekt nog.",
        "Le nom de la personne responsable manque encore.",
        "The responsible person's name is still missing.",
        "Der Name der verantwortlichen Person fehlt noch.",
    ];

    /// SUP-004 not applicable: a supervisor on their own who is not responsible; the plan names who is.
    PLAN_NAMES_RESPONSIBLE = [
        "Deze begeleider is niet de verantwoordelijke persoon; wie dat wel is, staat in het ondersteuningsplan.",
        "Cet accompagnateur n'est pas la personne responsable ; qui l'est, le plan de soutien le dit.",
        "This supervisor is not the responsible person; who is, the support plan says.",
        "Diese Begleitperson ist nicht die verantwortliche Person; wer es ist, sagt der Unterstützungsplan.",
    ];
}

/// Who, besides the supervisor, a form can name as the one person responsible for the guidance.
#[derive(Debug, Clone, Copy)]
pub enum Responsibility<'a> {
    /// The supervisor on their own (`checkSupervisor`): the support plan names the responsible
    /// person, so a supervisor who is not responsible leaves the requirement to the plan.
    Alone,
    /// An application's internal supervisor: the application proves the qualification (FAQ:
    /// "enkel bewijzen dat de werknemer die de rol van gekwalificeerd begeleider opneemt,
    /// voldoet"); who is responsible is the plan's to say, so a "no" is a warning.
    Application,
    /// The support plan: the supervisor, or the person it names at `path`.
    OrNamed {
        /// The other person's name as typed.
        name: Option<&'a str>,
        /// Where the form names them.
        path: &'a Path,
    },
    /// One of a provider's supervisors: SUP-004 is about one employee's guidance, not about a
    /// provider's staff, so only the name is asked.
    NotJudged,
}

/// The rule for a supervisor on their own.
pub const RULE: Rule<Supervisor> = Rule {
    id: RuleId::Sup004,
    reads: reads!["name", "responsible"],
    applies: Applies::FromCatalogue,
    check: Check::Form(|input, _, out| check_at(input.form, &Path::root(), Responsibility::Alone, input.dropped, out)),
};

/// Checks the supervisor at `at`: named, and responsible as `responsibility` says.
pub(crate) fn check_at(
    supervisor: &Supervisor,
    at: &Path,
    responsibility: Responsibility<'_>,
    dropped: &[ShapeProblem],
    out: &mut Outcome,
) {
    let path = at.key(key!("name"));
    require(dropped, out, &NAME_MISSING, path, fields::filled(supervisor.name.as_deref()));
    judge(supervisor, at, responsibility, out);
}

/// Not met when the form says nobody is responsible or two are; unknown while it does not say.
fn judge(supervisor: &Supervisor, at: &Path, responsibility: Responsibility<'_>, out: &mut Outcome) {
    let flag = at.key(key!("responsible"));
    let verdict = |status, texts| Verdict::new(RuleId::Sup004, status, texts);
    let named = fields::filled(supervisor.name.as_deref());
    // Unsaid whether the supervisor is responsible: if they are, their name is needed too.
    let flag_unsaid = || {
        let missing = if named { vec![flag] } else { both(flag, at.key(key!("name"))) };
        verdict(Status::Unknown, FLAG_UNSAID).missing(missing)
    };
    // The supervisor is responsible: met once the name says who that is.
    let supervisor_responsible = || {
        if named {
            verdict(Status::Met, SUPERVISOR_RESPONSIBLE)
        } else {
            unknown_for(RuleId::Sup004, PERSON_UNNAMED, at.key(key!("name")))
        }
    };
    let judged = match (responsibility, supervisor.responsible) {
        (Responsibility::NotJudged, _) => return,
        (Responsibility::OrNamed { name, path }, answer) => {
            let other_named = fields::filled(name);
            match answer {
                Some(true) if other_named && !fields::same_person(name, supervisor.name.as_deref()) => {
                    out.report_also(&SEVERAL_RESPONSIBLE, *path, flag);
                    verdict(Status::NotMet, TWO_RESPONSIBLE)
                }
                Some(true) => supervisor_responsible(),
                _ if other_named => verdict(Status::Met, OTHER_PERSON_RESPONSIBLE),
                // The plan's own rule (PLAN-005) asks for the missing name.
                Some(false) => unknown_for(RuleId::Sup004, PERSON_UNNAMED, *path),
                None => verdict(Status::Unknown, RESPONSIBLE_UNSAID).missing(both(flag, *path)),
            }
        }
        (Responsibility::Application, Some(false)) => {
            out.report(&NOBODY_RESPONSIBLE, flag);
            verdict(Status::NotMet, NOBODY_RESPONSIBLE_EXPLAINED)
        }
        (Responsibility::Alone, Some(false)) => {
            out.report(&NOT_RESPONSIBLE, flag);
            verdict(Status::NotApplicable, PLAN_NAMES_RESPONSIBLE)
        }
        (Responsibility::Alone | Responsibility::Application, Some(true)) => supervisor_responsible(),
        (Responsibility::Alone | Responsibility::Application, None) => flag_unsaid(),
    };
    out.judge(judged);
}

/// The FAQ only recommends ("aangeraden") explaining a team's set-up in the support plan, so a
/// team without an explanation is a warning and no required fact.
pub(crate) fn check_team(team: Option<&Team>, at: &Path, out: &mut Outcome) {
    let Some(team) = team else { return };
    let has_members = team.members.as_ref().is_some_and(|members| !members.is_empty());
    if has_members && !fields::filled(team.explanation.as_deref()) {
        out.report_also(&TEAM_UNEXPLAINED, at.key(key!("explanation")), at.key(key!("members")));
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::indexing_slicing)]
    use super::super::testing::{run, status};
    use super::{check_at, check_team, Responsibility, RULE};
    use crate::model::plan::{Team, TeamMember};
    use crate::model::{Path, Supervisor};
    use crate::report::{Severity, Status};
    use crate::rules::outcome::Outcome;

    fn supervisor(responsible: Option<bool>) -> Supervisor {
        Supervisor { name: Some("Els Maes".into()), responsible, ..Supervisor::default() }
    }

    #[test]
    fn on_their_own_a_supervisor_not_responsible_leaves_it_to_the_plan() {
        let (found, out) = run(&RULE, r#"{"name":"Els Maes","responsible":false}"#);
        assert_eq!(found, ["supervisor.not_responsible at responsible"]);
        assert_eq!(status(&out), Status::NotApplicable);
        let (found, out) = run(&RULE, r#"{"responsible":true}"#);
        assert_eq!(found, ["supervisor.name_missing at name"]);
        assert_eq!(status(&out), Status::Unknown);
    }

    #[test]
    fn in_an_application_a_no_warns_and_an_unsaid_is_no_required_fact() {
        let mut out = Outcome::default();
        check_at(&supervisor(Some(false)), &Path::root(), Responsibility::Application, &[], &mut out);
        assert_eq!(out.findings.len(), 1);
        assert_eq!(out.findings[0].code.severity(), Severity::Warning);
        assert_eq!(out.verdicts[0].status, Status::NotMet);
        let mut out = Outcome::default();
        check_at(&supervisor(None), &Path::root(), Responsibility::Application, &[], &mut out);
        assert!(out.findings.is_empty());
        assert_eq!(out.tally.required, 1, "only the name");
    }

    #[test]
    fn in_a_plan_two_different_responsible_persons_are_not_one() {
        let path = Path::root();
        let named = Responsibility::OrNamed { name: Some("Jan Peeters"), path: &path };
        let mut out = Outcome::default();
        check_at(&supervisor(Some(true)), &Path::root(), named, &[], &mut out);
        assert_eq!(out.findings[0].code.as_str(), "supervisor.several_responsible");
        assert_eq!(out.verdicts[0].status, Status::NotMet);
        let same = Responsibility::OrNamed { name: Some("els  maes"), path: &path };
        let mut out = Outcome::default();
        check_at(&supervisor(Some(true)), &Path::root(), same, &[], &mut out);
        assert_eq!(out.verdicts[0].status, Status::Met);
    }

    #[test]
    fn a_team_without_an_explanation_warns() {
        let team = Team { members: Some(vec![TeamMember::default()]), ..Team::default() };
        let mut out = Outcome::default();
        check_team(Some(&team), &Path::root(), &mut out);
        assert_eq!(out.findings[0].code.as_str(), "plan.team_unexplained");
        assert_eq!(out.findings[0].code.severity(), Severity::Warning);
        let explained = Team { explanation: Some("Els leidt, Jan springt bij.".into()), ..team };
        let mut out = Outcome::default();
        check_team(Some(&explained), &Path::root(), &mut out);
        assert!(out.findings.is_empty());
    }
}
