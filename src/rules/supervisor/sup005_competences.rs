//! SUP-005: the supervisor declares the core competences.

use crate::model::Supervisor;
use crate::rules::support::*;

rule_entry! {
    id: Sup005,
    family: "supervisor",
    source: WSE_PAGES,
    // The seeds do not name these competences: the department's pages do; information only.
    quote: "",
    confidence: Medium,
    from: date(2023, 7, 1),
    title: ["Kerncompetenties", "Compétences clés", "Core competences", "Kernkompetenzen"],
    text: [
        "De kerncompetenties (samenwerken, communiceren, persoonsgericht werken, advies op maat) worden verklaard.",
        "Les compétences clés (collaborer, communiquer, travailler de façon centrée sur la personne, conseiller sur mesure) sont déclarées.",
        "The core competences (working together, communicating, person-centred work, tailored advice) are declared.",
        "Die Kernkompetenzen (Zusammenarbeit, Kommunikation, personenzentriertes Arbeiten, maßgeschneiderte Beratung) werden erklärt.",
    ],
    parameters: [],
}

codes! {
    rule: Sup005;
    /// Core competences are not all declared.
    COMPETENCES_NOT_DECLARED = "supervisor.competences_not_declared", Info, [
        "Verklaar de kerncompetenties: samenwerken, communiceren, persoonsgericht werken en advies op maat.",
        "Déclarez les compétences clés : collaborer, communiquer, travailler de façon centrée sur la personne et conseiller sur mesure.",
        "Declare the core competences: working together, communicating, person-centred work and tailored advice.",
        "Erklären Sie die Kernkompetenzen: Zusammenarbeit, Kommunikation, personenzentriertes Arbeiten und maßgeschneiderte Beratung.",
    ];
}

/// The rule for a supervisor on their own.
pub const RULE: Rule<Supervisor> = Rule {
    id: RuleId::Sup005,
    reads: reads!["competences"],
    applies: Applies::FromCatalogue,
    check: Check::Form(|input, _, out| check_at(input.form, &Path::root(), input.dropped, out)),
};

/// Checks the competences of the supervisor at `at`.
pub(crate) fn check_at(supervisor: &Supervisor, at: &Path, dropped: &[ShapeProblem], out: &mut Outcome) {
    let declared = supervisor.competences.as_ref().is_some_and(|c| {
        [c.working_together, c.communicating, c.person_centred, c.tailored_advice].iter().all(|d| *d == Some(true))
    });
    if !declared {
        report_missing_at(dropped, out, &COMPETENCES_NOT_DECLARED, at.key(key!("competences")));
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::indexing_slicing)]
    use super::super::testing::run;
    use super::RULE;

    #[test]
    fn the_four_competences_are_declared_or_noted() {
        let all = r#"{"competences":{"workingTogether":true,"communicating":true,"personCentred":true,"tailoredAdvice":true}}"#;
        assert!(run(&RULE, all).0.is_empty());
        let three = r#"{"competences":{"workingTogether":true,"communicating":true,"personCentred":true}}"#;
        assert_eq!(run(&RULE, three).0, ["supervisor.competences_not_declared at competences"]);
        // A value of the wrong type is one problem, reported by FORM-001.
        assert!(run(&RULE, r#"{"competences":["all"]}"#).0.is_empty());
    }
}
