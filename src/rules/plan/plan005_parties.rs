//! PLAN-005: the plan names everyone involved: the employee, the employer, the qualified
//! supervisor (whose qualification the supervisor rules judge where the plan names them), the
//! responsible person and the collega-coach. The seeds do not say what the plan holds, so a
//! missing name warns.

use super::{from_root, judged, FACTS_MISSING};
use crate::model::plan::GuidanceOrganisation;
use crate::model::{Supervisor, SupportPlan};
use crate::report::codes::CodeDef;
use crate::rules::ids::{insz_field, kbo_field};
use crate::rules::rule::Input;
use crate::rules::supervisor::{self, sup004_responsible, Responsibility};
use crate::rules::support::*;

rule_entry! {
    id: Plan005,
    family: "plan",
    source: FAQ,
    // The seeds name the people of the scheme (the employee who signs the plan, the qualified
    // supervisor, one responsible person, the collega-coach) but not what the plan must say of
    // them: the list is our reading, so the rule warns and never blocks.
    quote: "",
    confidence: Medium,
    from: date(2023, 7, 1),
    title: ["Betrokkenen benoemd", "Intervenants nommés", "Everyone named", "Beteiligte benannt"],
    text: [
        "Het plan noemt de werknemer (naam, INSZ), de werkgever (naam, KBO), de gekwalificeerd begeleider (intern of extern; bij extern het registratienummer van de dienstverlener), de verantwoordelijke persoon (SUP-004: de begeleider zelf of een andere benoemde persoon) en de collega-coach. De bronnen zeggen niet wat het plan vermeldt: een ontbrekend gegeven is een waarschuwing; een ongeldig INSZ of KBO-nummer is een fout (ID-INSZ, ID-KBO).",
        "Le plan nomme le travailleur (nom, NISS), l'employeur (nom, BCE), l'accompagnateur qualifié (interne ou externe ; si externe, le numéro d'enregistrement du prestataire), la personne responsable (SUP-004 : l'accompagnateur ou une autre personne nommée) et le collègue-coach. Les sources ne disent pas ce que le plan mentionne : une donnée manquante est un avertissement ; un NISS ou un numéro BCE invalide est une erreur (ID-INSZ, ID-KBO).",
        "The plan names the employee (name, INSZ), the employer (name, KBO), the qualified supervisor (internal or external; when external, the provider's registration number), the responsible person (SUP-004: the supervisor or another named person) and the collega-coach. The sources do not say what the plan states: a missing fact is a warning; an invalid INSZ or KBO number is an error (ID-INSZ, ID-KBO).",
        "Der Plan nennt die Arbeitnehmerin oder den Arbeitnehmer (Name, INSZ), den Arbeitgeber (Name, KBO), die qualifizierte Begleitperson (intern oder extern; bei extern die Registrierungsnummer des Dienstleisters), die verantwortliche Person (SUP-004: die Begleitperson oder eine andere benannte Person) und den Kollegen-Coach. Die Quellen sagen nicht, was der Plan angibt: eine fehlende Angabe ist eine Warnung; eine ungültige INSZ oder KBO-Nummer ist ein Fehler (ID-INSZ, ID-KBO).",
    ],
    parameters: [],
}

codes! {
    rule: Plan005;
    /// The employee's name is missing.
    EMPLOYEE_NAME_MISSING = "plan.employee_name_missing", Warning, [
        "Vul de naam van de werknemer in.",
        "Indiquez le nom du travailleur.",
        "Enter the employee's name.",
        "Geben Sie den Namen der Arbeitnehmerin oder des Arbeitnehmers ein.",
    ];
    /// The employee's INSZ is missing.
    EMPLOYEE_INSZ_MISSING = "plan.employee_insz_missing", Warning, [
        "Vul het rijksregisternummer (INSZ) van de werknemer in.",
        "Indiquez le numéro de registre national (NISS) du travailleur.",
        "Enter the employee's national register number (INSZ).",
        "Geben Sie die Nationalregisternummer (INSZ) der Arbeitnehmerin oder des Arbeitnehmers ein.",
    ];
    /// The employer's name is missing.
    EMPLOYER_NAME_MISSING = "plan.employer_name_missing", Warning, [
        "Vul de naam van de werkgever in.",
        "Indiquez le nom de l'employeur.",
        "Enter the employer's name.",
        "Geben Sie den Namen des Arbeitgebers ein.",
    ];
    /// The employer's KBO number is missing.
    EMPLOYER_KBO_MISSING = "plan.employer_kbo_missing", Warning, [
        "Vul het ondernemingsnummer (KBO) van de werkgever in.",
        "Indiquez le numéro d'entreprise (BCE) de l'employeur.",
        "Enter the employer's enterprise number (KBO).",
        "Geben Sie die Unternehmensnummer (ZDU/KBO) des Arbeitgebers ein.",
    ];
    /// Internal or external guidance is not chosen.
    ORGANISATION_MISSING = "plan.organisation_missing", Warning, [
        "Kies of de begeleiding intern of door een externe dienstverlener gebeurt.",
        "Choisissez si l'accompagnement est interne ou assuré par un prestataire externe.",
        "Choose whether the guidance is internal or by an external service provider.",
        "Wählen Sie, ob die Begleitung intern oder durch einen externen Dienstleister erfolgt.",
    ];
    /// External guidance without the provider's registration number.
    PROVIDER_REGISTRATION_MISSING = "plan.provider_registration_missing", Warning, [
        "Vul het registratienummer van de externe dienstverlener in.",
        "Indiquez le numéro d'enregistrement du prestataire externe.",
        "Enter the external service provider's registration number.",
        "Geben Sie die Registrierungsnummer des externen Dienstleisters ein.",
    ];
    /// Nobody is named as responsible for the guidance.
    RESPONSIBLE_PERSON_MISSING = "plan.responsible_person_missing", Warning, [
        "Duid één persoon aan die verantwoordelijk is voor de begeleiding: de begeleider zelf of een andere benoemde persoon.",
        "Désignez une personne responsable de l'accompagnement : l'accompagnateur lui-même ou une autre personne nommée.",
        "Name one person responsible for the guidance: the supervisor or another named person.",
        "Benennen Sie eine für die Begleitung verantwortliche Person: die Begleitperson selbst oder eine andere benannte Person.",
    ];
    /// The collega-coach's name is missing.
    COACH_NAME_MISSING = "plan.coach_name_missing", Warning, [
        "Vul de naam van de collega-coach in.",
        "Indiquez le nom du collègue-coach.",
        "Enter the collega-coach's name.",
        "Geben Sie den Namen des Kollegen-Coachs ein.",
    ];
}

texts! {
    /// PLAN-005 met: everyone is named.
    PARTIES_NAMED = [
        "De werknemer, de werkgever, de begeleiding (intern of extern), de verantwoordelijke en de collega-coach zijn benoemd.",
        "Le travailleur, l'employeur, l'accompagnement (interne ou externe), le responsable et le collègue-coach sont nommés.",
        "The employee, the employer, the guidance (internal or external), the responsible person and the collega-coach are named.",
        "Arbeitnehmer, Arbeitgeber, die Begleitung (intern oder extern), die verantwortliche Person und der Kollegen-Coach sind benannt.",
    ];

    /// PLAN-005 not met: an identifier is not valid.
    PARTY_ID_INVALID = [
        "Het rijksregisternummer of het ondernemingsnummer is niet geldig.",
        "Le numéro de registre national ou le numéro d'entreprise n'est pas valide.",
        "The national register number or the enterprise number is not valid.",
        "Die Nationalregisternummer oder die Unternehmensnummer ist ungültig.",
    ];
}

/// The rule for a support plan.
pub const RULE: Rule<SupportPlan> = Rule {
    id: RuleId::Plan005,
    reads: reads!["employee", "employer", "supervisor", "responsiblePerson", "team", "collegaCoach.name"],
    applies: Applies::FromCatalogue,
    check: Check::Form(check),
};

/// A required text: counted, reported with `code` when empty, and waited for.
fn text(
    text: Option<&str>,
    path: Path,
    code: &'static CodeDef,
    dropped: &[ShapeProblem],
    judgement: &mut Judgement,
    out: &mut Outcome,
) -> bool {
    judgement.require(dropped, out, code, path, fields::filled(text))
}

/// Checks who the plan names; the supervisor it names is judged by the supervisor rules
/// (SUP-001..005) at their path, SUP-004 with the responsible person the plan names.
fn check(input: &Input<'_, SupportPlan>, ctx: &Context, out: &mut Outcome) {
    let (form, dropped) = (input.form, input.dropped);
    let mut judgement = Judgement::default();

    let employee = form.employee.as_ref();
    let name = employee.and_then(|e| e.name.as_deref());
    text(name, from_root(key!("employee")).key(key!("name")), &EMPLOYEE_NAME_MISSING, dropped, &mut judgement, out);
    let insz = employee.and_then(|e| e.insz.as_deref());
    let insz_path = from_root(key!("employee")).key(key!("insz"));
    if text(insz, insz_path, &EMPLOYEE_INSZ_MISSING, dropped, &mut judgement, out) {
        judgement.broken |= insz_field(insz, insz_path, out).is_none();
    }

    let employer = form.employer.as_ref();
    let name = employer.and_then(|e| e.name.as_deref());
    text(name, from_root(key!("employer")).key(key!("name")), &EMPLOYER_NAME_MISSING, dropped, &mut judgement, out);
    let kbo = employer.and_then(|e| e.kbo.as_deref());
    let kbo_path = from_root(key!("employer")).key(key!("kbo"));
    if text(kbo, kbo_path, &EMPLOYER_KBO_MISSING, dropped, &mut judgement, out) {
        judgement.broken |= kbo_field(kbo, kbo_path, out).is_none();
    }

    let none = Supervisor::default();
    let plan_supervisor = form.supervisor.as_ref().unwrap_or(&none);
    supervisor_named(input, plan_supervisor, ctx, &mut judgement, out);
    responsible(form, plan_supervisor, dropped, &mut judgement, out);
    sup004_responsible::check_team(form.team.as_ref(), &from_root(key!("team")), out);

    let coach_name = form.collega_coach.as_ref().and_then(|c| c.name.as_deref());
    text(
        coach_name,
        from_root(key!("collegaCoach")).key(key!("name")),
        &COACH_NAME_MISSING,
        dropped,
        &mut judgement,
        out,
    );

    out.judge(judged(judgement, RuleId::Plan005, PARTIES_NAMED, PARTY_ID_INVALID, FACTS_MISSING));
}

/// The supervisor, judged by the supervisor rules, and how the guidance is organised.
fn supervisor_named(
    input: &Input<'_, SupportPlan>,
    plan_supervisor: &Supervisor,
    ctx: &Context,
    judgement: &mut Judgement,
    out: &mut Outcome,
) {
    let form = input.form;
    let supervisor_path = from_root(key!("supervisor"));
    let person = from_root(key!("responsiblePerson"));
    let responsibility = Responsibility::OrNamed { name: form.responsible_person.as_deref(), path: &person };
    supervisor::check(plan_supervisor, &supervisor_path, responsibility, input.dropped, ctx, out);
    // The name is counted and reported by the supervisor rules (SUP-004); PLAN-005 waits for it.
    if !fields::filled(plan_supervisor.name.as_deref()) {
        judgement.wait_for(supervisor_path.key(key!("name")));
    }
    let organisation = supervisor_path.key(key!("organisation"));
    judgement.require(input.dropped, out, &ORGANISATION_MISSING, organisation, plan_supervisor.organisation.is_some());
    if plan_supervisor.organisation == Some(GuidanceOrganisation::External) {
        let path = supervisor_path.key(key!("providerRegistrationNumber"));
        if !out.need(&path, fields::filled(plan_supervisor.provider_registration_number.as_deref())) {
            judgement.lacks_also(input.dropped, out, &PROVIDER_REGISTRATION_MISSING, path, organisation);
        }
    }
}

/// The responsible person is the supervisor when the supervisor says so, else the person named.
fn responsible(
    form: &SupportPlan,
    plan_supervisor: &Supervisor,
    dropped: &[ShapeProblem],
    judgement: &mut Judgement,
    out: &mut Outcome,
) {
    let path = from_root(key!("responsiblePerson"));
    let named = fields::filled(form.responsible_person.as_deref()) || plan_supervisor.responsible == Some(true);
    if !out.need(&path, named) {
        let responsible = from_root(key!("supervisor")).key(key!("responsible"));
        judgement.lacks_also(dropped, out, &RESPONSIBLE_PERSON_MISSING, path, responsible);
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::*;
    use super::*;

    /// The plan's own verdict, after those of the supervisor rules it runs.
    fn plan_005(out: &Outcome) -> &Verdict {
        verdict_on(out, RuleId::Plan005)
    }

    #[test]
    fn everyone_is_named() {
        let out = run(&RULE, &complete());
        assert_eq!(plan_005(&out).status, Status::Met);
        assert!(out.findings.is_empty(), "{:?}", out.findings);
        // The supervisor rules judge the supervisor the plan names, before PLAN-005.
        let rules: Vec<RuleId> = out.verdicts.iter().map(|v| v.rule).collect();
        assert_eq!(rules, [RuleId::Sup004, RuleId::Sup001, RuleId::Plan005]);
    }

    #[test]
    fn a_missing_name_waits() {
        let mut form = complete();
        form.collega_coach.get_or_insert_default().name = None;
        let out = run(&RULE, &form);
        assert_eq!(plan_005(&out).status, Status::Unknown);
        assert_eq!(codes(&out), ["plan.coach_name_missing"]);
    }

    #[test]
    fn an_invalid_insz_is_not_met() {
        // 85.07.30-033.28 is the fixture's; a check digit off by one is no INSZ.
        let mut form = complete();
        form.employee.get_or_insert_default().insz = Some("85.07.30-033.29".to_owned());
        let out = run(&RULE, &form);
        assert_eq!(plan_005(&out).status, Status::NotMet);
        assert!(paths(&out).contains(&"employee.insz".to_owned()));
    }

    #[test]
    fn external_guidance_names_its_provider() {
        let mut form = complete();
        form.supervisor.get_or_insert_default().provider_registration_number = None;
        let out = run(&RULE, &form);
        assert_eq!(codes(&out), ["plan.provider_registration_missing"]);
        form.supervisor.get_or_insert_default().organisation = Some(GuidanceOrganisation::Internal);
        assert_eq!(plan_005(&run(&RULE, &form)).status, Status::Met);
    }

    #[test]
    fn someone_is_responsible() {
        let mut form = complete();
        form.supervisor.get_or_insert_default().responsible = Some(false);
        let out = run(&RULE, &form);
        assert!(codes(&out).contains(&"plan.responsible_person_missing"));
        assert_eq!(plan_005(&out).status, Status::Unknown);
        form.responsible_person = Some("Koen Wouters".to_owned());
        assert_eq!(plan_005(&run(&RULE, &form)).status, Status::Met);
    }

    #[test]
    fn a_group_of_the_wrong_type_is_not_also_missing() {
        // `"employee": "Thomas Janssens"`: decoding drops the group and reports form.wrong_type.
        let form = SupportPlan { employee: None, ..complete() };
        let out = run_dropped(&RULE, &form, &[wrong_type(at(&[key!("employee")]), Expected::Group)]);
        assert!(out.findings.is_empty());
        assert_eq!(plan_005(&out).missing.len(), 2);
    }
}
