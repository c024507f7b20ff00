//! GUI-005: a backup for the supervisor and for the collega-coach during absences is
//! recommended.

use crate::model::plan::Backups;
use crate::model::SupportPlan;
use crate::rules::plan::{from_root, judged};
use crate::rules::support::*;

rule_entry! {
    id: Gui005,
    family: "guidance",
    source: FAQ,
    quote: "In het geval van afwezigheid van de gekwalificeerd begeleider of de collega-coach is het aangeraden om een back-up te voorzien.",
    confidence: High,
    from: date(2023, 7, 1),
    title: ["Back-up", "Remplaçant", "Backup", "Vertretung"],
    text: [
        "Een back-up voor de begeleider en voor de collega-coach bij afwezigheid is aangeraden; een back-up die dezelfde persoon is, telt niet.",
        "Un remplaçant pour l'accompagnateur et pour le collègue-coach en cas d'absence est recommandé ; un remplaçant qui est la même personne ne compte pas.",
        "A backup for the supervisor and for the collega-coach during absences is recommended; a backup who is the same person does not count.",
        "Eine Vertretung für die Begleitperson und den Kollegen-Coach bei Abwesenheit wird empfohlen; eine Vertretung, die dieselbe Person ist, zählt nicht.",
    ],
    parameters: [],
}

codes! {
    rule: Gui005;
    /// No backup for the supervisor.
    SUPERVISOR_BACKUP_MISSING = "guidance.supervisor_backup_missing", Warning, [
        "Een back-up voor de gekwalificeerd begeleider bij afwezigheid is aangeraden.",
        "Un remplaçant de l'accompagnateur qualifié en cas d'absence est recommandé.",
        "A backup for the qualified supervisor during absences is recommended.",
        "Eine Vertretung der qualifizierten Begleitperson bei Abwesenheit wird empfohlen.",
    ];
    /// No backup for the coach.
    COACH_BACKUP_MISSING = "guidance.coach_backup_missing", Warning, [
        "Een back-up voor de collega-coach bij afwezigheid is aangeraden.",
        "Un remplaçant du collègue-coach en cas d'absence est recommandé.",
        "A backup for the collega-coach during absences is recommended.",
        "Eine Vertretung des Kollegen-Coachs bei Abwesenheit wird empfohlen.",
    ];
    /// The backup is the person they stand in for.
    BACKUP_IS_SAME_PERSON = "guidance.backup_is_same_person", Warning, [
        "De back-up is dezelfde persoon als wie vervangen wordt: duid iemand anders aan.",
        "Le remplaçant est la personne qu'il remplace : désignez quelqu'un d'autre.",
        "The backup is the same person they stand in for: name someone else.",
        "Die Vertretung ist dieselbe Person wie die vertretene: benennen Sie eine andere Person.",
    ];
}

texts! {
    /// GUI-005 met.
    BACKUPS_NAMED = [
        "Er is een back-up voor de begeleider en voor de collega-coach.",
        "Il y a un remplaçant pour l'accompagnateur et pour le collègue-coach.",
        "There is a backup for the supervisor and for the collega-coach.",
        "Es gibt eine Vertretung für die Begleitperson und für den Kollegen-Coach.",
    ];

    /// GUI-005 not (yet) followed.
    BACKUPS_RECOMMENDED = [
        "Een back-up voor de begeleider en voor de collega-coach is aangeraden, niet verplicht.",
        "Un remplaçant pour l'accompagnateur et pour le collègue-coach est recommandé, pas obligatoire.",
        "A backup for the supervisor and for the collega-coach is recommended, not required.",
        "Eine Vertretung für die Begleitperson und für den Kollegen-Coach wird empfohlen, ist aber nicht verpflichtend.",
    ];

    /// GUI-005 not met: a backup is the same person.
    BACKUP_SAME_PERSON = [
        "Een back-up is dezelfde persoon als wie vervangen wordt.",
        "Un remplaçant est la personne qu'il remplace.",
        "A backup is the same person they stand in for.",
        "Eine Vertretung ist dieselbe Person wie die vertretene.",
    ];
}

/// The rule for a support plan.
pub const RULE: Rule<SupportPlan> = Rule {
    id: RuleId::Gui005,
    reads: reads!["backups", "supervisor.name", "collegaCoach.name"],
    applies: Applies::FromCatalogue,
    check: Check::Form(|input, _, out| check(input.form, input.dropped, out)),
};

/// A recommendation, so nothing here counts towards completeness.
fn check(form: &SupportPlan, dropped: &[ShapeProblem], out: &mut Outcome) {
    let none = Backups::default();
    let backups = form.backups.as_ref().unwrap_or(&none);
    let backups_path = from_root(key!("backups"));
    let supervisor_name = form.supervisor.as_ref().and_then(|s| s.name.as_deref());
    let coach_name = form.collega_coach.as_ref().and_then(|c| c.name.as_deref());
    let roles = [
        (
            backups.supervisor.as_deref(),
            key!("supervisor"),
            supervisor_name,
            key!("supervisor"),
            &SUPERVISOR_BACKUP_MISSING,
        ),
        (backups.coach.as_deref(), key!("coach"), coach_name, key!("collegaCoach"), &COACH_BACKUP_MISSING),
    ];
    let mut judgement = Judgement::default();
    for (backup, field, stood_in_for, other, missing_code) in roles {
        let path = backups_path.key(field);
        if !fields::filled(backup) {
            judgement.lacks(dropped, out, missing_code, path);
        } else if fields::same_person(backup, stood_in_for) {
            out.report_also(&BACKUP_IS_SAME_PERSON, path, from_root(other).key(key!("name")));
            judgement.broken = true;
        }
    }
    out.judge(judged(judgement, RuleId::Gui005, BACKUPS_NAMED, BACKUP_SAME_PERSON, BACKUPS_RECOMMENDED));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::plan::testing::*;

    fn backups(supervisor: Option<&str>, coach: Option<&str>) -> SupportPlan {
        let backups = Backups { supervisor: supervisor.map(str::to_owned), coach: coach.map(str::to_owned) };
        SupportPlan { backups: Some(backups), ..complete() }
    }

    #[test]
    fn a_backup_for_each() {
        let out = run(&RULE, &complete());
        assert_eq!(status(&out), Status::Met);
        assert_eq!(out.tally.required, 0);
    }

    #[test]
    fn without_backups_is_a_recommendation() {
        let out = run(&RULE, &backups(None, None));
        assert_eq!(status(&out), Status::Unknown);
        assert_eq!(codes(&out), ["guidance.supervisor_backup_missing", "guidance.coach_backup_missing"]);
        assert_eq!(missing(&out), ["backups.supervisor", "backups.coach"]);
        assert_eq!(out.tally.required, 0);
    }

    #[test]
    fn a_group_of_the_wrong_type_is_not_also_missing() {
        // `"backups": ["Koen Wouters"]`: decoding drops the group and reports form.wrong_type.
        let form = SupportPlan { backups: None, ..complete() };
        let out = run_dropped(&RULE, &form, &[wrong_type(at(&[key!("backups")]), Expected::Group)]);
        assert!(out.findings.is_empty());
        assert_eq!(status(&out), Status::Unknown);
    }

    #[test]
    fn the_coach_as_their_own_backup_does_not_count() {
        // The coach of the fixture is Els De Smet.
        let out = run(&RULE, &backups(Some("Koen Wouters"), Some("els de smet")));
        assert_eq!(codes(&out), ["guidance.backup_is_same_person"]);
        assert_eq!(status(&out), Status::NotMet);
    }
}
