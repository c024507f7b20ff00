//! SUP-003: a relevant diploma is on the list of relevant diplomas (a parameter). A diploma
//! outside the list is for the department to judge.

use super::evidence;
use crate::model::Supervisor;
use crate::rules::support::*;

rule_entry! {
    id: Sup003,
    family: "supervisor",
    source: DIPLOMA_LIST,
    // The seeds name no diploma list for individueel maatwerk: the list of collectief maatwerk
    // is our reading, so the rule warns and never blocks.
    quote: "",
    confidence: Medium,
    from: date(2023, 7, 1),
    title: ["Relevant diploma", "Diplôme pertinent", "Relevant diploma", "Einschlägiges Diplom"],
    text: [
        "Een relevant diploma staat op de lijst (parameter; standaard de erkende lijst van collectief maatwerk, MB 4 maart 2024). Een diploma buiten de lijst is een waarschuwing: iemand moet het beoordelen.",
        "Un diplôme pertinent figure sur la liste (paramètre ; par défaut la liste reconnue du travail adapté collectif, AM du 4 mars 2024). Un diplôme hors liste donne un avertissement : quelqu'un doit l'évaluer.",
        "A relevant diploma is on the list (a parameter; default the recognised list of collectief maatwerk, MB 4 March 2024). A diploma outside the list is a warning: someone must judge it.",
        "Ein einschlägiges Diplom steht auf der Liste (Parameter; standardmäßig die anerkannte Liste von collectief maatwerk, MB vom 4. März 2024). Ein Diplom außerhalb der Liste ist eine Warnung: jemand muss es beurteilen.",
    ],
    parameters: ["relevantDiplomas"],
}

codes! {
    rule: Sup003;
    /// A diploma that is not on the relevant-diploma list: someone must judge it.
    DIPLOMA_UNLISTED = "supervisor.diploma_unlisted", Warning, [
        "Dit diploma staat niet op de lijst van relevante diploma's: het departement beoordeelt het.",
        "Ce diplôme ne figure pas sur la liste des diplômes pertinents : le département l'évaluera.",
        "This diploma is not on the list of relevant diplomas: the department will judge it.",
        "Dieses Diplom steht nicht auf der Liste der einschlägigen Diplome: das Departement wird es beurteilen.",
    ];
    /// A diploma with neither a code nor a title.
    DIPLOMA_UNNAMED = "supervisor.diploma_unnamed", Warning, [
        "Kies het diploma uit de lijst of vul de titel in.",
        "Choisissez le diplôme dans la liste ou indiquez son intitulé.",
        "Choose the diploma from the list or enter its title.",
        "Wählen Sie das Diplom aus der Liste oder geben Sie seinen Titel ein.",
    ];
    /// A diploma obtained after the as-of date.
    DIPLOMA_IN_FUTURE = "supervisor.diploma_in_future", Warning, [
        "De datum van het diploma ligt na {asOf}.",
        "La date du diplôme est postérieure au {asOf}.",
        "The diploma's date is after {asOf}.",
        "Das Datum des Diploms liegt nach dem {asOf}.",
    ];
}

/// The rule for a supervisor on their own.
pub const RULE: Rule<Supervisor> = Rule {
    id: RuleId::Sup003,
    reads: reads!["diplomas"],
    applies: Applies::FromCatalogue,
    check: Check::Form(|input, ctx, out| check_at(input.form, &Path::root(), input.dropped, ctx, out)),
};

/// Checks the diplomas of the supervisor at `at`.
pub(crate) fn check_at(supervisor: &Supervisor, at: &Path, dropped: &[ShapeProblem], ctx: &Context, out: &mut Outcome) {
    let list = at.key(key!("diplomas"));
    for (index, diploma) in supervisor.diplomas.as_deref().unwrap_or_default().iter().enumerate() {
        let item = list.index(index);
        let reading = evidence::diploma(diploma, ctx);
        if reading.in_future {
            report_after(out, &DIPLOMA_IN_FUTURE, item.key(key!("obtained")), ctx.as_of);
        }
        if require(dropped, out, &DIPLOMA_UNNAMED, item.key(key!("code")), reading.named) && !reading.listed {
            let field = if reading.code.is_some() { key!("code") } else { key!("title") };
            out.report(&DIPLOMA_UNLISTED, item.key(field));
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::indexing_slicing)]
    use super::super::testing::run;
    use super::RULE;
    use crate::report::Severity;

    #[test]
    fn a_diploma_off_the_list_or_unnamed_warns() {
        let json = r#"{"diplomas":[{"code":"ba-sociaal-werk"},{"title":"Graduaat orthopedagogie"},{},
            {"code":"ba-sociaal-werk","obtained":"2027-06-30"}]}"#;
        let (found, out) = run(&RULE, json);
        assert_eq!(
            found,
            [
                "supervisor.diploma_unlisted at diplomas[1].title",
                "supervisor.diploma_unnamed at diplomas[2].code",
                "supervisor.diploma_in_future at diplomas[3].obtained",
            ]
        );
        // The seeds name no diploma list for individueel maatwerk: nothing here refuses a form.
        assert!(out.findings.iter().all(|f| f.code.severity() != Severity::Error));
        assert_eq!((out.tally.required, out.tally.filled), (4, 3));
    }
}
