//! APP-006: indicated guidance is organised: internally by a qualified own employee (judged by
//! SUP-001..005) or externally by a registered provider, plus a collega-coach.
//!
//! FAQ: "Begeleiding in het kader van individueel maatwerk is verplicht wanneer VDAB een
//! begeleidingsbehoefte vaststelt": indicated guidance is judged whether or not the
//! begeleidingspremie is asked (that the premiums follow the indication is APP-004's). Not for
//! a self-employed person, nor for a Brussels employer, who can call on the loonpremie only.

use super::facts::{guidance_applies, guidance_need_and, guidance_of, Facts};
use super::{pending, FACTS_MISSING};
use crate::model::application::{Application, CollegaCoach, ExternalProvider, GuidanceOrganisation};
use crate::model::Supervisor;
use crate::rules::ids;
use crate::rules::rule::Input;
use crate::rules::supervisor::{self, Responsibility};
use crate::rules::support::*;

rule_entry! {
    id: App006,
    family: "application",
    source: FAQ,
    quote: "Begeleiding in het kader van individueel maatwerk is verplicht wanneer VDAB een begeleidingsbehoefte vaststelt. (…) Als VDAB een behoefte aan een loonpremie én begeleiding heeft vastgesteld, dan moet de werkgever begeleiding bieden. Dit kan inderdaad via interne begeleiding of het inkopen van externe begeleiding. (…) Enkel als u werknemers wil begeleiden in andere organisaties is een registratie als externe dienstverlener noodzakelijk. (…) De collega-coach staat in voor de dagelijkse opvolging van de werknemer met een arbeidsbeperking.",
    confidence: High,
    from: date(2023, 7, 1),
    title: ["Begeleiding georganiseerd", "Accompagnement organisé", "Guidance organised", "Begleitung organisiert"],
    text: [
        "Stelde VDAB begeleiding vast, dan is ze georganiseerd: intern (een eigen werknemer is gekwalificeerd begeleider en voldoet aan SUP-001) of extern (een geregistreerde externe dienstverlener, geïdentificeerd met zijn registratienummer of ondernemingsnummer). Daarnaast is er een collega-coach bij dezelfde werkgever, niet de werknemer zelf; is de collega-coach ook de begeleider, dan is dat een waarschuwing (de FAQ noemt twee rollen, maar verbiedt niet dat één persoon ze beide opneemt). Begeleiding is verplicht zodra VDAB ze vaststelt, of de begeleidingspremie nu aangevraagd wordt of niet (of de premies de indicatie volgen, zegt APP-004). Niet van toepassing voor zelfstandigen, voor een vestiging in het Brusselse Gewest, waar enkel de loonpremie mogelijk is, en zonder vastgestelde begeleiding.",
        "Si le VDAB a constaté un besoin d'accompagnement, celui-ci est organisé : en interne (un membre du personnel est accompagnateur qualifié et satisfait à SUP-001) ou en externe (un prestataire externe enregistré, identifié par son numéro d'enregistrement ou son numéro d'entreprise). Il y a en outre un collègue-coach chez le même employeur, pas le travailleur lui-même ; si le collègue-coach est aussi l'accompagnateur, c'est un avertissement (la FAQ nomme deux rôles, sans interdire qu'une même personne les assume tous deux). L'accompagnement est obligatoire dès que le VDAB le constate, que la prime d'accompagnement soit demandée ou non (APP-004 dit si les primes suivent l'indication). Sans objet pour les indépendants, pour un établissement en Région de Bruxelles-Capitale, où seule la prime salariale est possible, et sans accompagnement constaté.",
        "When VDAB found a need for guidance, the guidance is organised: internally (an own employee is the qualified supervisor and meets SUP-001) or externally (a registered external service provider, identified by its registration number or enterprise number). Plus a collega-coach at the same employer, not the employee; a collega-coach who is also the supervisor is a warning (the FAQ names two roles, it does not forbid one person holding both). Guidance is required once VDAB finds it needed, whether or not the begeleidingspremie is asked (APP-004 says whether the premiums follow the indication). Not applicable to self-employed persons, to an establishment in the Brussels Region, where only the loonpremie is possible, and without indicated guidance.",
        "Hat der VDAB Begleitung festgestellt, ist sie organisiert: intern (eine eigene Arbeitskraft ist qualifizierte Begleitperson und erfüllt SUP-001) oder extern (ein registrierter externer Dienstleister, identifiziert durch Registrierungs- oder Unternehmensnummer). Dazu ein Coach beim selben Arbeitgeber, nicht die Person selbst; ist der Coach auch die Begleitperson, ist das eine Warnung (die FAQ nennt zwei Rollen, verbietet aber nicht, dass eine Person beide übernimmt). Begleitung ist verpflichtend, sobald der VDAB sie feststellt, ob die Begleitungsprämie beantragt wird oder nicht (ob die Prämien der Indikation folgen, sagt APP-004). Nicht anwendbar für Selbstständige, für eine Niederlassung in der Region Brüssel-Hauptstadt, wo nur die Lohnprämie möglich ist, und ohne festgestellte Begleitung.",
    ],
    parameters: [],
}

codes! {
    rule: App006;
    /// Guidance is indicated but not said how it is organised.
    GUIDANCE_ORGANISATION_MISSING = "application.guidance_organisation_missing", Error, [
        "VDAB stelde begeleiding vast: kies of u die intern (met een eigen werknemer) of extern (bij een geregistreerde dienstverlener) organiseert.",
        "Le VDAB a constaté un besoin d'accompagnement : choisissez de l'organiser en interne (avec un membre de votre personnel) ou en externe (chez un prestataire enregistré).",
        "VDAB found a need for guidance: choose whether you organise it internally (with an own employee) or externally (with a registered provider).",
        "Der VDAB hat Begleitung festgestellt: wählen Sie, ob Sie sie intern (mit eigenem Personal) oder extern (bei einem registrierten Dienstleister) organisieren.",
    ];
    /// Internal guidance without a named supervisor.
    INTERNAL_SUPERVISOR_MISSING = "application.internal_supervisor_missing", Error, [
        "Vul de eigen werknemer in die de rol van gekwalificeerd begeleider opneemt.",
        "Indiquez le membre du personnel qui assume le rôle d'accompagnateur qualifié.",
        "Enter the own employee who acts as qualified supervisor.",
        "Geben Sie die eigene Arbeitskraft an, die die Rolle der qualifizierten Begleitperson übernimmt.",
    ];
    /// External guidance without the provider's registration number or a valid KBO.
    EXTERNAL_PROVIDER_UNIDENTIFIED = "application.external_provider_unidentified", Error, [
        "Identificeer de externe dienstverlener met zijn registratienummer of zijn ondernemingsnummer: enkel geregistreerde dienstverleners komen in aanmerking.",
        "Identifiez le prestataire externe par son numéro d'enregistrement ou son numéro d'entreprise : seuls les prestataires enregistrés entrent en ligne de compte.",
        "Identify the external provider by its registration number or its enterprise number: only registered providers qualify.",
        "Identifizieren Sie den externen Dienstleister mit seiner Registrierungsnummer oder Unternehmensnummer: nur registrierte Dienstleister kommen in Frage.",
    ];
    /// No collega-coach named.
    COLLEGA_COACH_MISSING = "application.collega_coach_missing", Error, [
        "Vul de collega-coach in die de dagelijkse opvolging doet.",
        "Indiquez le collègue-coach qui assure le suivi quotidien.",
        "Enter the collega-coach who does the daily follow-up.",
        "Geben Sie die Kollegin oder den Kollegen an, die oder der als Coach die tägliche Begleitung übernimmt.",
    ];
    /// Whether the collega-coach works for the same employer is not answered.
    COLLEGA_COACH_SAME_EMPLOYER_MISSING = "application.collega_coach_same_employer_missing", Error, [
        "Geef aan of de collega-coach bij dezelfde werkgever werkt.",
        "Indiquez si le collègue-coach travaille chez le même employeur.",
        "Say whether the collega-coach works for the same employer.",
        "Geben Sie an, ob der Coach beim selben Arbeitgeber arbeitet.",
    ];
    /// The collega-coach works for another employer.
    COLLEGA_COACH_OTHER_EMPLOYER = "application.collega_coach_other_employer", Error, [
        "De collega-coach is een collega: die werkt bij dezelfde werkgever als de werknemer.",
        "Le collègue-coach est un collègue : il travaille chez le même employeur que le travailleur.",
        "The collega-coach is a colleague: they work for the same employer as the employee.",
        "Der Coach ist eine Kollegin oder ein Kollege: er arbeitet beim selben Arbeitgeber wie die Person.",
    ];
    /// The collega-coach is the employee.
    COLLEGA_COACH_IS_EMPLOYEE = "application.collega_coach_is_employee", Error, [
        "De werknemer kan niet zijn eigen collega-coach zijn.",
        "Le travailleur ne peut pas être son propre collègue-coach.",
        "The employee cannot be their own collega-coach.",
        "Die Person kann nicht ihr eigener Coach sein.",
    ];
    /// The collega-coach is the qualified supervisor. The FAQ names two roles ("De
    /// gekwalificeerd begeleider dient ..."; "De collega-coach staat in voor de dagelijkse
    /// opvolging"); it does not forbid one person holding both: a warning.
    COLLEGA_COACH_IS_SUPERVISOR = "application.collega_coach_is_supervisor", Warning, [
        "De collega-coach is ook de gekwalificeerd begeleider: ga na of één persoon beide rollen kan opnemen (de dagelijkse opvolging en de begeleiding).",
        "Le collègue-coach est aussi l'accompagnateur qualifié : vérifiez qu'une même personne peut assumer les deux rôles (le suivi quotidien et l'accompagnement).",
        "The collega-coach is also the qualified supervisor: check that one person can hold both roles (the daily follow-up and the guidance).",
        "Der Coach ist auch die qualifizierte Begleitperson: prüfen Sie, ob eine Person beide Rollen übernehmen kann (die tägliche Begleitung und die Begleitung am Arbeitsplatz).",
    ];
}

texts! {
    /// APP-006 met with internal guidance.
    GUIDANCE_INTERNAL = [
        "Interne begeleiding door een gekwalificeerde eigen werknemer, met een collega-coach.",
        "Accompagnement interne par un membre du personnel qualifié, avec un collègue-coach.",
        "Internal guidance by a qualified own employee, with a collega-coach.",
        "Interne Begleitung durch eine qualifizierte eigene Arbeitskraft, mit einem Coach.",
    ];

    /// APP-006 met with external guidance.
    GUIDANCE_EXTERNAL = [
        "Externe begeleiding door een geregistreerde dienstverlener, met een collega-coach.",
        "Accompagnement externe par un prestataire enregistré, avec un collègue-coach.",
        "External guidance by a registered provider, with a collega-coach.",
        "Externe Begleitung durch einen registrierten Dienstleister, mit einem Coach.",
    ];

    /// APP-006 not met.
    GUIDANCE_NOT_ORGANISED = [
        "De begeleiding is niet georganiseerd zoals vereist: een gekwalificeerd begeleider (intern) of een geregistreerde dienstverlener (extern), plus een collega-coach bij dezelfde werkgever.",
        "L'accompagnement n'est pas organisé comme requis : un accompagnateur qualifié (interne) ou un prestataire enregistré (externe), plus un collègue-coach chez le même employeur.",
        "The guidance is not organised as required: a qualified supervisor (internal) or a registered provider (external), plus a collega-coach at the same employer.",
        "Die Begleitung ist nicht wie verlangt organisiert: eine qualifizierte Begleitperson (intern) oder ein registrierter Dienstleister (extern), dazu ein Coach beim selben Arbeitgeber.",
    ];
}

/// The rule.
pub const RULE: Rule<Application> = Rule {
    id: RuleId::App006,
    reads: guidance_need_and!["guidance", "employee.name"],
    applies: Applies::FromCatalogue,
    check: Check::Form(check),
};

fn check(input: &Input<'_, Application>, ctx: &Context, out: &mut Outcome) {
    const RULE: RuleId = RuleId::App006;
    let form = input.form;
    let facts = &Facts::of(input);
    let guidance = guidance_of(form);
    let waiting = match guidance_applies(RULE, &facts.guidance) {
        Ok(waiting) => waiting,
        Err(verdict) => return out.judge(verdict),
    };
    let base = at(&[key!("guidance")]);
    let mut judgement = Judgement::default();
    let organisation_path = base.key(key!("organisation"));
    judgement.require(
        input.dropped,
        out,
        &GUIDANCE_ORGANISATION_MISSING,
        organisation_path,
        guidance.organisation.is_some(),
    );
    let mut met = GUIDANCE_INTERNAL;
    let mut supervisor_name = None;
    match guidance.organisation {
        Some(GuidanceOrganisation::Internal) => {
            supervisor_name = guidance.internal_supervisor.as_ref().and_then(|s| s.name.as_deref());
            internal(
                input.dropped,
                guidance.internal_supervisor.as_ref(),
                &base.key(key!("internalSupervisor")),
                ctx,
                &mut judgement,
                out,
            );
        }
        Some(GuidanceOrganisation::External) => {
            met = GUIDANCE_EXTERNAL;
            let empty = ExternalProvider::default();
            let provider = guidance.external_provider.as_ref().unwrap_or(&empty);
            external(input.dropped, provider, &base.key(key!("externalProvider")), &mut judgement, out);
        }
        None => {}
    }
    let empty = CollegaCoach::default();
    let coach = guidance.collega_coach.as_ref().unwrap_or(&empty);
    let employee_name = form.employee.as_ref().and_then(|e| e.name.as_deref());
    let coach_path = base.key(key!("collegaCoach"));
    collega_coach(input.dropped, coach, &coach_path, [employee_name, supervisor_name], &mut judgement, out);
    out.judge(pending(judgement.verdict(RULE, met, GUIDANCE_NOT_ORGANISED, FACTS_MISSING), waiting));
}

/// An own employee as qualified supervisor, checked as SUP-001..005 at `path`.
fn internal(
    dropped: &[ShapeProblem],
    supervisor: Option<&Supervisor>,
    path: &Path,
    ctx: &Context,
    judgement: &mut Judgement,
    out: &mut Outcome,
) {
    let Some(supervisor) = supervisor else {
        judgement.require(dropped, out, &INTERNAL_SUPERVISOR_MISSING, *path, false);
        return;
    };
    out.need(path, true);
    let before = out.verdicts.len();
    supervisor::check(supervisor, path, Responsibility::Application, dropped, ctx, out);
    let qualification = out.verdicts.iter().skip(before).find(|verdict| verdict.rule == RuleId::Sup001);
    match qualification {
        Some(verdict) if verdict.status == Status::NotMet => judgement.broken = true,
        Some(verdict) if verdict.status == Status::Unknown => judgement.missing.extend_from_slice(&verdict.missing),
        _ => {}
    }
}

/// A registered provider, identified by its registration number or a valid KBO.
fn external(
    dropped: &[ShapeProblem],
    provider: &ExternalProvider,
    path: &Path,
    judgement: &mut Judgement,
    out: &mut Outcome,
) {
    let registration = path.key(key!("registrationNumber"));
    let kbo_path = path.key(key!("kbo"));
    let registered = fields::filled(provider.registration_number.as_deref());
    let kbo = ids::kbo_field(provider.kbo.as_deref(), kbo_path, out);
    let identified = registered || kbo.is_some();
    if out.need(&registration, identified) {
        return;
    }
    if fields::filled(provider.kbo.as_deref()) {
        // An invalid KBO is already reported as an `id` issue at its field.
        judgement.broken = true;
    } else {
        judgement.lacks_also(dropped, out, &EXTERNAL_PROVIDER_UNIDENTIFIED, registration, kbo_path);
    }
}

/// The collega-coach: named, a colleague at the same employer, not the employee; when the
/// supervisor too, a warning.
fn collega_coach(
    dropped: &[ShapeProblem],
    coach: &CollegaCoach,
    path: &Path,
    others: [Option<&str>; 2],
    judgement: &mut Judgement,
    out: &mut Outcome,
) {
    let name = path.key(key!("name"));
    judgement.require(dropped, out, &COLLEGA_COACH_MISSING, name, fields::filled(coach.name.as_deref()));
    let same_employer = path.key(key!("sameEmployer"));
    out.need(&same_employer, coach.same_employer.is_some());
    match coach.same_employer {
        None => {
            judgement.lacks(dropped, out, &COLLEGA_COACH_SAME_EMPLOYER_MISSING, same_employer);
        }
        Some(false) => {
            judgement.breaks(out, &COLLEGA_COACH_OTHER_EMPLOYER, same_employer);
        }
        Some(true) => {}
    }
    let [employee, supervisor] = others;
    if fields::same_person(coach.name.as_deref(), employee) {
        out.report_also(&COLLEGA_COACH_IS_EMPLOYEE, name, at(&[key!("employee"), key!("name")]));
        judgement.broken = true;
    }
    // Two roles, not necessarily two people: a warning, and the guidance is still organised.
    if fields::same_person(coach.name.as_deref(), supervisor) {
        let supervisor_name = at(&[key!("guidance"), key!("internalSupervisor"), key!("name")]);
        out.report_also(&COLLEGA_COACH_IS_SUPERVISOR, name, supervisor_name);
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::*;
    use super::*;
    use serde_json::json;

    #[test]
    fn internal_guidance_by_a_qualified_own_employee() {
        let out = run(&RULE, &complete());
        assert_eq!(status(&out, RuleId::App006), Status::Met);
        assert_eq!(status(&out, RuleId::Sup001), Status::Met);
    }

    #[test]
    fn indicated_guidance_is_judged_without_the_begeleidingspremie() {
        let form = with(complete(), "requestedPremiums.begeleidingspremie", json!(false));
        let out = run(&RULE, &with(form, "guidance.internalSupervisor.diplomas", json!([])));
        assert!(found(&out)
            .contains(&("supervisor.qualification_missing", "guidance.internalSupervisor.diplomas".to_owned())));
        assert_eq!(status(&out, RuleId::App006), Status::Unknown);
    }

    #[test]
    fn not_for_a_brussels_employer() {
        let out = run(&RULE, &with(complete(), "employer.establishmentPostcode", json!("1000")));
        assert!(out.findings.is_empty());
        assert_eq!(status(&out, RuleId::App006), Status::NotApplicable);
    }

    #[test]
    fn the_collega_coach_may_be_the_supervisor_with_a_warning() {
        let out = run(&RULE, &with(complete(), "guidance.collegaCoach.name", json!("sara  janssens")));
        assert_eq!(found(&out), [("application.collega_coach_is_supervisor", "guidance.collegaCoach.name".to_owned())]);
        assert_eq!(COLLEGA_COACH_IS_SUPERVISOR.severity, crate::report::Severity::Warning);
        assert_eq!(status(&out, RuleId::App006), Status::Met);
        let out = run(&RULE, &with(complete(), "guidance.collegaCoach.name", json!("Tom Claes")));
        assert_eq!(found(&out), [("application.collega_coach_is_employee", "guidance.collegaCoach.name".to_owned())]);
        assert_eq!(status(&out, RuleId::App006), Status::NotMet);
    }
}
