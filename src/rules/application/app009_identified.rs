//! APP-009: employer and employee identified, by a valid KBO and a valid INSZ. A malformed
//! number is an `id` issue at its field (ID-KBO, ID-INSZ); this rule asks for a missing one.

use super::FACTS_MISSING;
use crate::model::application::Application;
use crate::report::codes::CodeDef;
use crate::rules::ids;
use crate::rules::rule::Input;
use crate::rules::support::*;

rule_entry! {
    id: App009,
    family: "application",
    source: WSE_PAGES,
    // The seeds name neither the enterprise number nor the INSZ: the department's pages ask
    // them, which the seeds do not hold. A missing number warns; a malformed one stays an
    // `id` issue (ID-KBO, ID-INSZ).
    quote: "",
    confidence: Medium,
    from: date(2023, 7, 1),
    title: ["Identificatie", "Identification", "Identification", "Identifikation"],
    text: [
        "De werkgever is geïdentificeerd met een geldig ondernemingsnummer (ID-KBO), de werknemer met een geldig rijksregister- of BIS-nummer (ID-INSZ). De FAQ en de HIVA-studie zeggen dit niet: enkel waarschuwingen.",
        "L'employeur est identifié par un numéro d'entreprise valable (ID-KBO), le travailleur par un numéro de registre national ou BIS valable (ID-INSZ). La FAQ et l'étude HIVA ne le disent pas : uniquement des avertissements.",
        "The employer is identified by a valid enterprise number (ID-KBO), the employee by a valid national register or BIS number (ID-INSZ). The FAQ and the HIVA study do not say this: warnings only.",
        "Der Arbeitgeber ist durch eine gültige Unternehmensnummer (ID-KBO), die Person durch eine gültige Nationalregister- oder BIS-Nummer (ID-INSZ) identifiziert. Die FAQ und die HIVA-Studie sagen das nicht: nur Warnungen.",
    ],
    parameters: [],
}

codes! {
    rule: App009;
    /// The employer's enterprise number is missing.
    KBO_MISSING = "application.kbo_missing", Warning, [
        "Vul het ondernemingsnummer (KBO) in; voor een school dat van de scholengroep.",
        "Indiquez le numéro d'entreprise (BCE) ; pour une école, celui du groupe scolaire.",
        "Enter the enterprise number (KBO); for a school, that of its school group.",
        "Geben Sie die Unternehmensnummer (ZDU) ein; für eine Schule die der Schulgruppe.",
    ];
    /// The employee's INSZ is missing.
    INSZ_MISSING = "application.insz_missing", Warning, [
        "Vul het rijksregister- of BIS-nummer van de werknemer in.",
        "Indiquez le numéro de registre national ou BIS du travailleur.",
        "Enter the employee's national register or BIS number.",
        "Geben Sie die Nationalregister- oder BIS-Nummer der Person ein.",
    ];
}

texts! {
    /// APP-009 met.
    IDS_VALID = [
        "Werkgever geïdentificeerd met een geldig ondernemingsnummer, werknemer met een geldig INSZ.",
        "Employeur identifié par un numéro d'entreprise valable, travailleur par un NISS valable.",
        "Employer identified by a valid enterprise number, employee by a valid INSZ.",
        "Arbeitgeber mit gültiger Unternehmensnummer, Person mit gültiger INSZ identifiziert.",
    ];

    /// APP-009 not met.
    IDS_INVALID = [
        "Het ondernemingsnummer of het INSZ is niet geldig.",
        "Le numéro d'entreprise ou le NISS n'est pas valable.",
        "The enterprise number or the INSZ is not valid.",
        "Die Unternehmensnummer oder die INSZ ist nicht gültig.",
    ];
}

/// The rule.
pub const RULE: Rule<Application> = Rule {
    id: RuleId::App009,
    reads: reads!["employer.kbo", "employee.insz"],
    applies: Applies::FromCatalogue,
    check: Check::Form(check),
};

fn check(input: &Input<'_, Application>, _ctx: &Context, out: &mut Outcome) {
    let form = input.form;
    let kbo = form.employer.as_ref().and_then(|e| e.kbo.as_deref());
    let insz = form.employee.as_ref().and_then(|e| e.insz.as_deref());
    let mut judgement = Judgement::default();
    let kbo_path = at(&[key!("employer"), key!("kbo")]);
    let valid_kbo = ids::kbo_field(kbo, kbo_path, out).is_some();
    identifier(input.dropped, fields::filled(kbo), valid_kbo, kbo_path, &KBO_MISSING, &mut judgement, out);
    let insz_path = at(&[key!("employee"), key!("insz")]);
    let valid_insz = ids::insz_field(insz, insz_path, out).is_some();
    identifier(input.dropped, fields::filled(insz), valid_insz, insz_path, &INSZ_MISSING, &mut judgement, out);
    out.judge(judgement.verdict(RuleId::App009, IDS_VALID, IDS_INVALID, FACTS_MISSING));
}

fn identifier(
    dropped: &[ShapeProblem],
    typed: bool,
    valid: bool,
    path: Path,
    missing: &'static CodeDef,
    judgement: &mut Judgement,
    out: &mut Outcome,
) {
    if judgement.require(dropped, out, missing, path, typed) && !valid {
        judgement.broken = true;
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::*;
    use super::*;
    use serde_json::{json, Value};

    #[test]
    fn valid_numbers_identify() {
        assert_eq!(status(&run(&RULE, &complete()), RuleId::App009), Status::Met);
    }

    #[test]
    fn a_missing_number_warns_and_a_malformed_one_is_an_id_issue() {
        let out = run(&RULE, &with(complete(), "employer.kbo", Value::Null));
        assert_eq!(found(&out), [("application.kbo_missing", "employer.kbo".to_owned())]);
        assert_eq!(KBO_MISSING.severity, crate::report::Severity::Warning);
        assert_eq!(status(&out, RuleId::App009), Status::Unknown);
        let out = run(&RULE, &with(complete(), "employee.insz", json!("85.07.30-033.29")));
        assert_eq!(found(&out), [("id.insz_check_digits", "employee.insz".to_owned())]);
        assert_eq!(status(&out, RuleId::App009), Status::NotMet);
    }
}
