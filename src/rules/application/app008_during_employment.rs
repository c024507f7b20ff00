//! APP-008: the application is filed during the employment.
//!
//! It came with the 2024 amendment; the day it holds from is the parameter
//! `applicationDuringEmploymentFrom`, compared with the as-of date.

use super::facts::Facts;
use super::{pending, FACTS_MISSING, NOT_FOR_SELF_EMPLOYED};
use crate::model::application::Application;
use crate::rules::rule::Input;
use crate::rules::support::*;

rule_entry! {
    id: App008,
    family: "application",
    source: BVR_2024,
    // The seeds say nothing of when an application is filed: the 2024 amendment does, which
    // the seeds do not hold. It warns and never blocks.
    quote: "",
    confidence: Medium,
    from: date(2024, 1, 1),
    title: ["Aanvraag tijdens de tewerkstelling", "Demande pendant l'occupation", "Application during the employment", "Antrag während der Beschäftigung"],
    text: [
        "De aanvraag gebeurt tijdens de tewerkstelling: de aanvraagdatum valt op of na de begindatum van de tewerkstelling en niet na de einddatum. Deze regel kwam met de wijziging van 2024; de datum vanaf wanneer ze geldt is een parameter (standaard 2024-01-01). Niet van toepassing voor zelfstandigen. De FAQ en de HIVA-studie zeggen dit niet: enkel waarschuwingen.",
        "La demande est introduite pendant l'occupation : la date de demande tombe le jour du début de l'occupation ou après, et pas après sa fin. Cette règle provient de la modification de 2024 ; la date à partir de laquelle elle s'applique est un paramètre (par défaut 2024-01-01). Sans objet pour les indépendants. La FAQ et l'étude HIVA ne le disent pas : uniquement des avertissements.",
        "The application is filed during the employment: the application date is on or after the employment's start and not after its end. The rule came with the 2024 amendment; the day it holds from is a parameter (default 2024-01-01). Not applicable to self-employed persons. The FAQ and the HIVA study do not say this: warnings only.",
        "Der Antrag wird während der Beschäftigung gestellt: das Antragsdatum liegt am oder nach dem Beginn der Beschäftigung und nicht nach ihrem Ende. Die Regel kam mit der Änderung von 2024; der Tag, ab dem sie gilt, ist ein Parameter (standardmäßig 2024-01-01). Nicht anwendbar für Selbstständige. Die FAQ und die HIVA-Studie sagen das nicht: nur Warnungen.",
    ],
    parameters: ["applicationDuringEmploymentFrom"],
}

codes! {
    rule: App008;
    /// The contract's start date is missing.
    CONTRACT_START_MISSING = "application.contract_start_missing", Warning, [
        "Vul de begindatum van de tewerkstelling in.",
        "Indiquez la date de début de l'occupation.",
        "Enter the start date of the employment.",
        "Geben Sie das Anfangsdatum der Beschäftigung ein.",
    ];
    /// The contract ends before it starts.
    CONTRACT_REVERSED = "application.contract_reversed", Warning, [
        "De einddatum van de tewerkstelling ligt vóór de begindatum.",
        "La date de fin de l'occupation précède la date de début.",
        "The employment's end date is before its start date.",
        "Das Enddatum der Beschäftigung liegt vor dem Anfangsdatum.",
    ];
    /// The application is dated before the employment starts.
    APPLICATION_BEFORE_CONTRACT_START = "application.application_before_contract_start", Warning, [
        "De aanvraag gebeurt tijdens de tewerkstelling: de aanvraagdatum ligt vóór de begindatum van de tewerkstelling.",
        "La demande est introduite pendant l'occupation : la date de demande précède le début de l'occupation.",
        "The application is filed during the employment: the application date is before the employment's start.",
        "Der Antrag wird während der Beschäftigung gestellt: das Antragsdatum liegt vor dem Beginn der Beschäftigung.",
    ];
    /// The application is dated after the employment ended.
    APPLICATION_AFTER_CONTRACT_END = "application.application_after_contract_end", Warning, [
        "De aanvraag gebeurt tijdens de tewerkstelling: de aanvraagdatum ligt na het einde van de tewerkstelling.",
        "La demande est introduite pendant l'occupation : la date de demande est postérieure à la fin de l'occupation.",
        "The application is filed during the employment: the application date is after the employment ended.",
        "Der Antrag wird während der Beschäftigung gestellt: das Antragsdatum liegt nach dem Ende der Beschäftigung.",
    ];
}

texts! {
    /// APP-008 met.
    DURING_EMPLOYMENT = [
        "De aanvraag is ingediend tijdens de tewerkstelling.",
        "La demande est introduite pendant l'occupation.",
        "The application is filed during the employment.",
        "Der Antrag ist während der Beschäftigung gestellt.",
    ];

    /// APP-008 not met.
    NOT_DURING_EMPLOYMENT = [
        "De aanvraag valt niet binnen de tewerkstelling (van de begindatum tot en met de einddatum).",
        "La demande ne se situe pas pendant l'occupation (du début jusqu'à la fin incluse).",
        "The application does not fall within the employment (from its start up to and including its end).",
        "Der Antrag liegt nicht innerhalb der Beschäftigung (vom Beginn bis einschließlich Ende).",
    ];
}

/// The rule: one for employers, from the day the parameter gives.
pub const RULE: Rule<Application> = Rule {
    id: RuleId::App008,
    reads: reads!["selfEmployed", "contract", "applicationDate"],
    applies: Applies::FromParameter(|params| params.application_during_employment_from),
    check: Check::Form(check),
};

fn check(input: &Input<'_, Application>, _ctx: &Context, out: &mut Outcome) {
    const RULE: RuleId = RuleId::App008;
    let facts = &Facts::of(input);
    if facts.self_employed == Some(true) {
        return out.judge(Verdict::new(RULE, Status::NotApplicable, NOT_FOR_SELF_EMPLOYED));
    }
    let waiting = facts.employer_pending();
    let start_path = at(&[key!("contract"), key!("start")]);
    let end_path = at(&[key!("contract"), key!("end")]);
    let application_path = at(&[key!("applicationDate")]);
    let dates = &facts.dates;
    let mut judgement = Judgement::default();
    out.need(&start_path, dates.contract_start != DateField::Absent);
    match dates.contract_start {
        DateField::Absent => {
            judgement.lacks(input.dropped, out, &CONTRACT_START_MISSING, start_path);
        }
        DateField::Invalid => judgement.wait_for(start_path),
        DateField::Valid(_) => {}
    }
    if dates.contract_end == DateField::Invalid {
        judgement.wait_for(end_path);
    }
    if dates.application.date().is_none() {
        // The missing application date is reported once, by APP-011.
        judgement.wait_for(application_path);
    }
    let (start, end, filed) = (dates.contract_start.date(), dates.contract_end.date(), dates.application.date());
    if let (Some(start), Some(end)) = (start, end) {
        if end < start {
            out.report_also(&CONTRACT_REVERSED, end_path, start_path);
            judgement.broken = true;
            let verdict = judgement.verdict(RULE, DURING_EMPLOYMENT, NOT_DURING_EMPLOYMENT, FACTS_MISSING);
            return out.judge(pending(verdict, waiting));
        }
    }
    if let (Some(filed), Some(start)) = (filed, start) {
        if filed < start {
            out.report_also(&APPLICATION_BEFORE_CONTRACT_START, application_path, start_path);
            judgement.broken = true;
        }
    }
    if let (Some(filed), Some(end)) = (filed, end) {
        if filed > end {
            out.report_also(&APPLICATION_AFTER_CONTRACT_END, application_path, end_path);
            judgement.broken = true;
        }
    }
    out.judge(pending(judgement.verdict(RULE, DURING_EMPLOYMENT, NOT_DURING_EMPLOYMENT, FACTS_MISSING), waiting));
}

#[cfg(test)]
mod tests {
    use super::super::testing::*;
    use super::*;
    use serde_json::json;

    #[test]
    fn filed_during_the_employment() {
        assert_eq!(status(&run(&RULE, &complete()), RuleId::App008), Status::Met);
        let out = run(&RULE, &with(complete(), "applicationDate", json!("2025-09-30")));
        assert_eq!(found(&out), [("application.application_before_contract_start", "applicationDate".to_owned())]);
        assert_eq!(APPLICATION_BEFORE_CONTRACT_START.severity, crate::report::Severity::Warning);
        assert_eq!(status(&out, RuleId::App008), Status::NotMet);
    }

    #[test]
    fn a_contract_that_ends_before_it_starts() {
        let out = run(&RULE, &with(complete(), "contract.end", json!("2025-09-30")));
        assert_eq!(found(&out), [("application.contract_reversed", "contract.end".to_owned())]);
    }

    #[test]
    fn not_for_a_self_employed_person() {
        let out = run(&RULE, &with(complete(), "selfEmployed", json!(true)));
        assert_eq!(status(&out, RuleId::App008), Status::NotApplicable);
    }
}
