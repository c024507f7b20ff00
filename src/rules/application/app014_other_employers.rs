//! APP-014: part-time with several employers; information the applicant should have, never
//! blocking.

use super::notice::Notice;
use crate::model::application::Application;
use crate::rules::support::*;

rule_entry! {
    id: App014,
    family: "application",
    source: WSE_PAGES,
    // The seeds say nothing of part-time work for several employers: the department's pages
    // do, which the seeds do not hold. Information only.
    quote: "",
    confidence: Medium,
    from: date(2023, 7, 1),
    title: ["Meerdere werkgevers", "Plusieurs employeurs", "Several employers", "Mehrere Arbeitgeber"],
    text: [
        "Werkt de werknemer deeltijds bij meerdere werkgevers, dan dient elke werkgever een eigen aanvraag in. Niet van toepassing als de werknemer niet deeltijds bij andere werkgevers werkt; nog niet te beoordelen zolang dat niet beantwoord is.",
        "Si le travailleur travaille à temps partiel chez plusieurs employeurs, chaque employeur introduit sa propre demande. Sans objet si le travailleur ne travaille pas à temps partiel chez d'autres employeurs ; pas encore évaluable tant que la question est sans réponse.",
        "When the employee works part-time for several employers, each employer files its own application. Not applicable when the employee does not work part-time for other employers; not decidable yet while that is unanswered.",
        "Arbeitet die Person in Teilzeit bei mehreren Arbeitgebern, stellt jeder Arbeitgeber einen eigenen Antrag. Nicht anwendbar, wenn die Person nicht in Teilzeit bei anderen Arbeitgebern arbeitet; noch nicht beurteilbar, solange das unbeantwortet ist.",
    ],
    parameters: [],
}

codes! {
    rule: App014;
    /// The employee works part-time for several employers.
    EACH_EMPLOYER_APPLIES = "application.each_employer_applies", Info, [
        "Werkt de werknemer deeltijds bij meerdere werkgevers, dan dient elke werkgever een eigen aanvraag in.",
        "Si le travailleur travaille à temps partiel chez plusieurs employeurs, chaque employeur introduit sa propre demande.",
        "When the employee works part-time for several employers, each employer files its own application.",
        "Arbeitet die Person in Teilzeit bei mehreren Arbeitgebern, stellt jeder Arbeitgeber einen eigenen Antrag.",
    ];
}

texts! {
    /// APP-014 with other employers.
    EACH_EMPLOYER_APPLIES_EXPLAINED = [
        "Deeltijds bij meerdere werkgevers: elke werkgever dient een eigen aanvraag in.",
        "Temps partiel chez plusieurs employeurs : chaque employeur introduit sa propre demande.",
        "Part-time with several employers: each employer files its own application.",
        "Teilzeit bei mehreren Arbeitgebern: jeder Arbeitgeber stellt einen eigenen Antrag.",
    ];

    /// APP-014 not applicable: no other employers.
    SINGLE_EMPLOYER = [
        "Niet van toepassing: de werknemer werkt niet deeltijds bij andere werkgevers.",
        "Sans objet : le travailleur ne travaille pas à temps partiel chez d'autres employeurs.",
        "Not applicable: the employee does not work part-time for other employers.",
        "Nicht anwendbar: die Person arbeitet nicht in Teilzeit bei anderen Arbeitgebern.",
    ];
}

/// The rule.
pub const RULE: Rule<Application> = Rule {
    id: RuleId::App014,
    reads: reads!["partTimeWithOtherEmployers"],
    applies: Applies::FromCatalogue,
    check: Check::Form(|input, _, out| {
        Notice {
            rule: RuleId::App014,
            answer: input.form.part_time_with_other_employers,
            key: key!("partTimeWithOtherEmployers"),
            code: &EACH_EMPLOYER_APPLIES,
            when: EACH_EMPLOYER_APPLIES_EXPLAINED,
            otherwise: SINGLE_EMPLOYER,
        }
        .give(out);
    }),
};

#[cfg(test)]
mod tests {
    use super::super::testing::*;
    use super::*;
    use serde_json::json;

    #[test]
    fn each_employer_applies() {
        let out = run(&RULE, &with(complete(), "partTimeWithOtherEmployers", json!(true)));
        assert_eq!(found(&out), [("application.each_employer_applies", "partTimeWithOtherEmployers".to_owned())]);
        assert_eq!(status(&out, RuleId::App014), Status::Met);
        assert_eq!(status(&run(&RULE, &complete()), RuleId::App014), Status::NotApplicable);
    }
}
