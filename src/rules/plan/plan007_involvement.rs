//! PLAN-007: the plan records how the employee was involved in choosing the supervisor.

use super::{from_root, judged, FACTS_MISSING};
use crate::model::SupportPlan;
use crate::rules::support::*;

rule_entry! {
    id: Plan007,
    family: "plan",
    source: FAQ,
    quote: "Idealiter wordt de werknemer betrokken bij de keuze van de begeleider. De afspraken hierrond worden vastgelegd via het ondersteuningsplan dat de werknemer ook moet ondertekenen.",
    confidence: High,
    from: date(2023, 7, 1),
    title: ["Betrokkenheid van de werknemer", "Implication du travailleur", "Employee's involvement", "Beteiligung der Arbeitnehmerin oder des Arbeitnehmers"],
    text: [
        "De werkgever kiest de begeleider; idealiter wordt de werknemer bij die keuze betrokken en de afspraken daarover staan in het plan. Ontbreekt die beschrijving, dan is dat informatie.",
        "L'employeur choisit l'accompagnateur ; idéalement, le travailleur est associé à ce choix et les accords à ce sujet figurent dans le plan. L'absence de cette description est une information.",
        "The employer chooses the supervisor; ideally the employee is involved in that choice and the arrangements on it are recorded in the plan. Its absence is information.",
        "Der Arbeitgeber wählt die Begleitperson; idealerweise wird die Arbeitnehmerin oder der Arbeitnehmer an der Wahl beteiligt und die Vereinbarungen dazu stehen im Plan. Fehlt diese Beschreibung, ist das eine Information.",
    ],
    parameters: [],
}

codes! {
    rule: Plan007;
    /// How the employee was involved in choosing the supervisor is not recorded.
    INVOLVEMENT_NOT_RECORDED = "plan.involvement_not_recorded", Info, [
        "Beschrijf hoe de werknemer betrokken werd bij de keuze van de begeleider.",
        "Décrivez comment le travailleur a été associé au choix de l'accompagnateur.",
        "Describe how the employee was involved in choosing the supervisor.",
        "Beschreiben Sie, wie die Arbeitnehmerin oder der Arbeitnehmer an der Wahl der Begleitperson beteiligt wurde.",
    ];
}

texts! {
    /// PLAN-007 met: involvement recorded.
    INVOLVEMENT_RECORDED = [
        "Het plan beschrijft hoe de werknemer betrokken werd bij de keuze van de begeleider.",
        "Le plan décrit comment le travailleur a été associé au choix de l'accompagnateur.",
        "The plan records how the employee was involved in choosing the supervisor.",
        "Der Plan beschreibt, wie die Arbeitnehmerin oder der Arbeitnehmer an der Wahl der Begleitperson beteiligt wurde.",
    ];
}

/// The rule for a support plan.
pub const RULE: Rule<SupportPlan> = Rule {
    id: RuleId::Plan007,
    reads: reads!["employeeInvolvement"],
    applies: Applies::FromCatalogue,
    check: Check::Form(|input, _, out| check(input.form, input.dropped, out)),
};

/// The FAQ says the employee is ideally involved: "ideally", so the absence of the record is
/// information and no required fact.
fn check(form: &SupportPlan, dropped: &[ShapeProblem], out: &mut Outcome) {
    let path = from_root(key!("employeeInvolvement"));
    let mut judgement = Judgement::default();
    if !fields::filled(form.employee_involvement.as_deref()) {
        judgement.lacks(dropped, out, &INVOLVEMENT_NOT_RECORDED, path);
    }
    out.judge(judged(judgement, RuleId::Plan007, INVOLVEMENT_RECORDED, FACTS_MISSING, FACTS_MISSING));
}

#[cfg(test)]
mod tests {
    use super::super::testing::*;
    use super::*;

    #[test]
    fn the_involvement_is_recorded() {
        let out = run(&RULE, &complete());
        assert_eq!(status(&out), Status::Met);
        assert!(out.findings.is_empty());
    }

    #[test]
    fn without_a_record_is_information_and_not_required() {
        let form = SupportPlan { employee_involvement: Some("  ".to_owned()), ..complete() };
        let out = run(&RULE, &form);
        assert_eq!(status(&out), Status::Unknown);
        assert_eq!(codes(&out), ["plan.involvement_not_recorded"]);
        assert_eq!(out.tally.required, 0);
    }
}
