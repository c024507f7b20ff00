//! APP-012: a running VOP; information the applicant should have, never blocking.

use super::notice::Notice;
use crate::model::application::Application;
use crate::rules::support::*;

rule_entry! {
    id: App012,
    family: "application",
    source: FAQ,
    quote: "Indien VDAB een begeleidingsnood vaststelt, zal deze begeleiding ook georganiseerd moeten worden zoals is vooropgesteld binnen individueel maatwerk. Voor het intern organiseren van de begeleiding (mits u voldoet aan de voorwaarden) is geen registratie nodig.",
    confidence: High,
    from: date(2023, 7, 1),
    title: ["Overgang vanuit de VOP", "Transition depuis la VOP", "Transition from the VOP", "Übergang aus der VOP"],
    text: [
        "Heeft de werknemer nog een lopende VOP (bv. in een maatwerkbedrijf) en stelt VDAB een begeleidingsnood vast, dan wordt de begeleiding georganiseerd zoals binnen individueel maatwerk; interne begeleiding vraagt geen registratie. Niet van toepassing als er geen VOP loopt; nog niet te beoordelen zolang dat niet beantwoord is.",
        "Si le travailleur a encore une VOP en cours (p. ex. dans une entreprise de travail adapté) et que le VDAB constate un besoin d'accompagnement, l'accompagnement est organisé comme dans le travail adapté individuel ; l'accompagnement interne ne requiert pas d'enregistrement. Sans objet si aucune VOP n'est en cours ; pas encore évaluable tant que la question est sans réponse.",
        "When the employee still has a running VOP (e.g. in a maatwerkbedrijf) and VDAB finds a need for guidance, the guidance is organised as in individueel maatwerk; internal guidance needs no registration. Not applicable when no VOP is running; not decidable yet while that is unanswered.",
        "Hat die Person noch eine laufende VOP (z. B. in einem Maatwerkbetrieb) und stellt der VDAB einen Begleitungsbedarf fest, wird die Begleitung wie im individueel maatwerk organisiert; interne Begleitung erfordert keine Registrierung. Nicht anwendbar, wenn keine VOP läuft; noch nicht beurteilbar, solange das unbeantwortet ist.",
    ],
    parameters: [],
}

codes! {
    rule: App012;
    /// The employee has a running VOP.
    VOP_TRANSITION = "application.vop_transition", Info, [
        "Lopende VOP: stelt VDAB een begeleidingsnood vast, dan wordt de begeleiding georganiseerd zoals binnen individueel maatwerk. Interne begeleiding vraagt geen registratie.",
        "VOP en cours : si le VDAB constate un besoin d'accompagnement, l'accompagnement est organisé comme dans le travail adapté individuel. L'accompagnement interne ne requiert pas d'enregistrement.",
        "Running VOP: when VDAB finds a need for guidance, the guidance is organised as in individueel maatwerk. Internal guidance needs no registration.",
        "Laufende VOP: stellt der VDAB einen Begleitungsbedarf fest, wird die Begleitung wie im individueel maatwerk organisiert. Interne Begleitung erfordert keine Registrierung.",
    ];
}

texts! {
    /// APP-012 with a running VOP.
    VOP_RUNNING = [
        "Lopende VOP: vastgestelde begeleiding wordt georganiseerd zoals binnen individueel maatwerk; interne begeleiding vraagt geen registratie.",
        "VOP en cours : l'accompagnement constaté est organisé comme dans le travail adapté individuel ; l'accompagnement interne ne requiert pas d'enregistrement.",
        "Running VOP: indicated guidance is organised as in individueel maatwerk; internal guidance needs no registration.",
        "Laufende VOP: festgestellte Begleitung wird wie im individueel maatwerk organisiert; interne Begleitung erfordert keine Registrierung.",
    ];

    /// APP-012 not applicable: no running VOP.
    NO_VOP = [
        "Niet van toepassing: er loopt geen VOP.",
        "Sans objet : aucune VOP n'est en cours.",
        "Not applicable: no VOP is running.",
        "Nicht anwendbar: es läuft keine VOP.",
    ];
}

/// The rule.
pub const RULE: Rule<Application> = Rule {
    id: RuleId::App012,
    reads: reads!["vopRunning"],
    applies: Applies::FromCatalogue,
    check: Check::Form(|input, _, out| {
        Notice {
            rule: RuleId::App012,
            answer: input.form.vop_running,
            key: key!("vopRunning"),
            code: &VOP_TRANSITION,
            when: VOP_RUNNING,
            otherwise: NO_VOP,
        }
        .give(out);
    }),
};

#[cfg(test)]
mod tests {
    use super::super::testing::*;
    use super::*;
    use serde_json::{json, Value};

    #[test]
    fn a_running_vop_is_information() {
        let out = run(&RULE, &with(complete(), "vopRunning", json!(true)));
        assert_eq!(found(&out), [("application.vop_transition", "vopRunning".to_owned())]);
        assert_eq!(status(&out, RuleId::App012), Status::Met);
        assert_eq!(status(&run(&RULE, &complete()), RuleId::App012), Status::NotApplicable);
        assert_eq!(status(&run(&RULE, &with(complete(), "vopRunning", Value::Null)), RuleId::App012), Status::Unknown);
    }
}
