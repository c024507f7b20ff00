//! APP-013: the employer chooses the external provider, ideally with the employee. It
//! concerns the choice of an external provider, so only external guidance under this scheme;
//! it never blocks.

use super::facts::{guidance_applies, guidance_need_and, Facts, GuidanceNeed};
use super::{pending, FACTS_MISSING};
use crate::model::application::{Application, GuidanceOrganisation};
use crate::rules::rule::Input;
use crate::rules::support::*;

rule_entry! {
    id: App013,
    family: "application",
    source: FAQ,
    quote: "Finaal is het de werkgever die bepaalt wie de externe dienstverlener is. Idealiter wordt de werknemer betrokken bij de keuze van de begeleider. De afspraken hierrond worden vastgelegd via het ondersteuningsplan dat de werknemer ook moet ondertekenen.",
    confidence: High,
    from: date(2023, 7, 1),
    title: ["Keuze van de externe dienstverlener", "Choix du prestataire externe", "Choice of the external provider", "Wahl des externen Dienstleisters"],
    text: [
        "De werkgever kiest de externe dienstverlener; idealiter wordt de werknemer bij die keuze betrokken, en de afspraken worden vastgelegd in het ondersteuningsplan dat de werknemer ondertekent. Niet van toepassing bij interne begeleiding, en waar APP-006 niet van toepassing is; niet voldaan als de werknemer niet betrokken werd (informatie).",
        "L'employeur choisit le prestataire externe ; idéalement, le travailleur est associé à ce choix, et les accords sont consignés dans le plan de soutien que le travailleur signe. Sans objet en cas d'accompagnement interne, et là où APP-006 est sans objet ; non satisfait si le travailleur n'a pas été associé (information).",
        "The employer chooses the external provider; ideally the employee is involved in that choice, and the arrangements are recorded in the support plan the employee signs. Not applicable to internal guidance, nor where APP-006 is not applicable; not met when the employee was not involved (information).",
        "Der Arbeitgeber wählt den externen Dienstleister; idealerweise wird die Person in die Wahl einbezogen, und die Absprachen werden im Unterstützungsplan festgehalten, den die Person unterschreibt. Nicht anwendbar bei interner Begleitung und dort, wo APP-006 nicht anwendbar ist; nicht erfüllt, wenn die Person nicht einbezogen wurde (Information).",
    ],
    parameters: [],
}

codes! {
    rule: App013;
    /// The employer chooses the external provider; the employee should be involved.
    EMPLOYEE_INVOLVEMENT = "application.employee_involvement", Info, [
        "De werkgever kiest de externe dienstverlener; betrek idealiter de werknemer bij die keuze en leg de afspraken vast in het ondersteuningsplan.",
        "L'employeur choisit le prestataire externe ; idéalement, associez le travailleur à ce choix et consignez les accords dans le plan de soutien.",
        "The employer chooses the external provider; ideally involve the employee in that choice and record the arrangements in the support plan.",
        "Der Arbeitgeber wählt den externen Dienstleister; beziehen Sie idealerweise die Person in die Wahl ein und halten Sie die Absprachen im Unterstützungsplan fest.",
    ];
}

texts! {
    /// APP-013 with the employee involved.
    EMPLOYEE_INVOLVED = [
        "De werknemer is betrokken bij de keuze van de externe dienstverlener.",
        "Le travailleur a été associé au choix du prestataire externe.",
        "The employee was involved in choosing the external provider.",
        "Die Person wurde in die Wahl des externen Dienstleisters einbezogen.",
    ];

    /// APP-013 without the employee's involvement recorded.
    EMPLOYEE_INVOLVEMENT_ADVISED = [
        "De werkgever kiest de externe dienstverlener; betrek idealiter de werknemer bij die keuze (vastgelegd in het ondersteuningsplan).",
        "L'employeur choisit le prestataire externe ; idéalement, le travailleur est associé au choix (consigné dans le plan de soutien).",
        "The employer chooses the external provider; ideally the employee is involved in the choice (recorded in the support plan).",
        "Der Arbeitgeber wählt den externen Dienstleister; idealerweise wird die Person einbezogen (im Unterstützungsplan festgehalten).",
    ];

    /// APP-013 not applicable: internal guidance.
    NO_EXTERNAL_PROVIDER = [
        "Niet van toepassing: interne begeleiding, er is geen externe dienstverlener te kiezen.",
        "Sans objet : accompagnement interne, il n'y a pas de prestataire externe à choisir.",
        "Not applicable: internal guidance, there is no external provider to choose.",
        "Nicht anwendbar: interne Begleitung, es ist kein externer Dienstleister zu wählen.",
    ];
}

/// The rule.
pub const RULE: Rule<Application> = Rule {
    id: RuleId::App013,
    reads: guidance_need_and!["guidance.organisation", "employeeInvolvedInChoice"],
    applies: Applies::FromCatalogue,
    check: Check::Form(check),
};

fn check(input: &Input<'_, Application>, _ctx: &Context, out: &mut Outcome) {
    const RULE: RuleId = RuleId::App013;
    let facts = Facts::of(input);
    let waiting = match guidance_applies(RULE, &facts.guidance) {
        Ok(waiting) => waiting,
        Err(verdict) => return out.judge(verdict),
    };
    let organisation = match &facts.guidance {
        GuidanceNeed::Required { organisation, .. } => *organisation,
        _ => None,
    };
    let path = at(&[key!("employeeInvolvedInChoice")]);
    let verdict = match (organisation, input.form.employee_involved_in_choice) {
        (None, _) => unknown_for(RULE, FACTS_MISSING, at(&[key!("guidance"), key!("organisation")])),
        (Some(GuidanceOrganisation::Internal), _) => Verdict::new(RULE, Status::NotApplicable, NO_EXTERNAL_PROVIDER),
        (Some(GuidanceOrganisation::External), Some(true)) => Verdict::new(RULE, Status::Met, EMPLOYEE_INVOLVED),
        (Some(GuidanceOrganisation::External), Some(false)) => {
            out.report(&EMPLOYEE_INVOLVEMENT, path);
            Verdict::new(RULE, Status::NotMet, EMPLOYEE_INVOLVEMENT_ADVISED)
        }
        (Some(GuidanceOrganisation::External), None) => {
            report_missing_at(input.dropped, out, &EMPLOYEE_INVOLVEMENT, path);
            unknown_for(RULE, FACTS_MISSING, path)
        }
    };
    out.judge(pending(verdict, waiting));
}

#[cfg(test)]
mod tests {
    use super::super::testing::*;
    use super::*;
    use serde_json::{json, Value};

    fn external(involved: Value) -> Value {
        let guidance = json!({
            "organisation": "external",
            "externalProvider": { "registrationNumber": "EDV-2024-0173" },
            "collegaCoach": { "name": "Lotte Maes", "sameEmployer": true }
        });
        with(with(complete(), "guidance", guidance), "employeeInvolvedInChoice", involved)
    }

    #[test]
    fn ideally_the_employee_helps_choose() {
        assert_eq!(status(&run(&RULE, &external(json!(true))), RuleId::App013), Status::Met);
        let out = run(&RULE, &external(json!(false)));
        assert_eq!(found(&out), [("application.employee_involvement", "employeeInvolvedInChoice".to_owned())]);
        assert_eq!(status(&out, RuleId::App013), Status::NotMet);
        assert_eq!(status(&run(&RULE, &complete()), RuleId::App013), Status::NotApplicable);
    }

    #[test]
    fn an_answer_of_the_wrong_type_is_not_also_unanswered() {
        assert!(run(&RULE, &external(json!("yes"))).findings.is_empty());
    }
}
