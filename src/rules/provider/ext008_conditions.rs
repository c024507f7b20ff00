//! EXT-008: the registration conditions: a quality registration, experience with the target
//! group, at least one qualified supervisor, a motivated estimate of area and capacity, and the
//! commitment to the department's intervision. The department's registration page names them,
//! the seeds do not, so a condition not met or not answered warns and never blocks. A listed
//! supervisor who is not qualified is still an error, of the supervisor's own rules.

use super::facts;
use super::staff::{self, Member};
use crate::model::provider::{Conditions, ProviderRegistration};
use crate::report::codes::CodeDef;
use crate::rules::support::*;

rule_entry! {
    id: Ext008,
    family: "provider",
    source: WSE_REGISTRATION,
    // The seeds do not name these conditions: the department's registration page does. The HIVA
    // study only recommends "uitsluitend aanbieders te erkennen die voldoen aan de voorwaarden
    // voor goede dienstverlening" and a label "zoals vooropgesteld door het Departement WSE".
    quote: "",
    confidence: Medium,
    from: date(2023, 7, 1),
    title: ["Registratievoorwaarden", "Conditions d'enregistrement", "Registration conditions", "Registrierungsvoraussetzungen"],
    text: [
        "Voorwaarden: een kwaliteitsregistratie in het kwaliteitsmodel van het departement, aantoonbare ervaring met de doelgroep, minstens één gekwalificeerd begeleider in dienst van de aanvrager (die SUP-001 vervult), een gemotiveerde inschatting van gebied en capaciteit, en het engagement om deel te nemen aan de intervisie van het departement. De registratiepagina van het departement noemt ze, de FAQ niet: een voorwaarde die niet vervuld of niet ingevuld is, is een waarschuwing.",
        "Conditions : un enregistrement dans le modèle de qualité du département, une expérience démontrable du groupe cible, au moins un accompagnateur qualifié employé par le demandeur (qui remplit SUP-001), une estimation motivée de la zone et de la capacité, et l'engagement de participer à l'intervision du département. La page d'enregistrement du département les cite, pas la FAQ : une condition non remplie ou sans réponse donne un avertissement.",
        "Conditions: a quality registration in the department's quality model, demonstrable experience with the target group, at least one qualified supervisor employed by the applicant (meeting SUP-001), a motivated estimate of area and capacity, and a commitment to the department's intervision. The department's registration page names them, the FAQ does not: a condition not met or not answered is a warning.",
        "Voraussetzungen: eine Qualitätsregistrierung im Qualitätsmodell des Departements, nachweisbare Erfahrung mit der Zielgruppe, mindestens eine qualifizierte Begleitperson im Dienst des Antragstellers (die SUP-001 erfüllt), eine begründete Einschätzung von Gebiet und Kapazität und die Verpflichtung zur Teilnahme an der Intervision des Departements. Die Registrierungsseite des Departements nennt sie, die FAQ nicht: eine nicht erfüllte oder nicht beantwortete Voraussetzung ist eine Warnung.",
    ],
    parameters: [],
}

codes! {
    rule: Ext008;
    /// Not registered in the quality model, or not answered.
    QUALITY_REGISTRATION_MISSING = "provider.quality_registration_missing", Warning, [
        "Een kwaliteitsregistratie in het kwaliteitsmodel van het departement is een voorwaarde voor de registratie.",
        "Un enregistrement dans le modèle de qualité du département est une condition de l'enregistrement.",
        "A quality registration in the department's quality model is a condition for the registration.",
        "Eine Qualitätsregistrierung im Qualitätsmodell des Departements ist eine Voraussetzung für die Registrierung.",
    ];
    /// No description of the experience with the target group.
    TARGET_GROUP_EXPERIENCE_MISSING = "provider.target_group_experience_missing", Warning, [
        "Beschrijf hoe u aantoonbare ervaring hebt met de doelgroep: personen met een arbeidsbeperking.",
        "Décrivez votre expérience démontrable avec le groupe cible : les personnes avec une limitation au travail.",
        "Describe your demonstrable experience with the target group: people with a work limitation.",
        "Beschreiben Sie Ihre nachweisbare Erfahrung mit der Zielgruppe: Menschen mit Arbeitsbeeinträchtigung.",
    ];
    /// No qualified supervisor listed.
    SUPERVISORS_MISSING = "provider.supervisors_missing", Warning, [
        "Voeg minstens één gekwalificeerd begeleider toe die bij de aanvrager in dienst is.",
        "Ajoutez au moins un accompagnateur qualifié employé par le demandeur.",
        "Add at least one qualified supervisor employed by the applicant.",
        "Fügen Sie mindestens eine qualifizierte Begleitperson hinzu, die beim Antragsteller beschäftigt ist.",
    ];
    /// Supervisors are listed, but none is qualified.
    NO_QUALIFIED_SUPERVISOR = "provider.no_qualified_supervisor", Warning, [
        "Nog geen enkele begeleider is gekwalificeerd (relevant diploma of minstens 2 jaar relevante ervaring) en bij de aanvrager in dienst; opgegeven begeleiders: {count}.",
        "Aucun accompagnateur n'est encore qualifié (diplôme pertinent ou au moins 2 ans d'expérience pertinente) et employé par le demandeur ; accompagnateurs indiqués : {count}.",
        "No supervisor is qualified yet (a relevant diploma or at least 2 years of relevant experience) and employed by the applicant; supervisors given: {count}.",
        "Noch keine Begleitperson ist qualifiziert (einschlägiges Diplom oder mindestens 2 Jahre einschlägige Erfahrung) und beim Antragsteller beschäftigt; angegebene Begleitpersonen: {count}.",
    ];
    /// No motivated estimate of area and capacity.
    CAPACITY_ESTIMATE_MISSING = "provider.capacity_estimate_missing", Warning, [
        "Geef een gemotiveerde inschatting van het werkingsgebied en de capaciteit (hoeveel werknemers u kunt begeleiden).",
        "Donnez une estimation motivée de la zone d'activité et de la capacité (combien de travailleurs vous pouvez accompagner).",
        "Give a motivated estimate of the working area and the capacity (how many employees you can guide).",
        "Geben Sie eine begründete Einschätzung des Tätigkeitsgebiets und der Kapazität (wie viele Arbeitnehmende Sie begleiten können).",
    ];
    /// No commitment to the department's intervision.
    INTERVISION_COMMITMENT_MISSING = "provider.intervision_commitment_missing", Warning, [
        "Engageer u om deel te nemen aan de intervisie van het departement: dat is een voorwaarde voor de registratie.",
        "Engagez-vous à participer à l'intervision du département : c'est une condition de l'enregistrement.",
        "Commit to taking part in the department's intervision: it is a condition for the registration.",
        "Verpflichten Sie sich zur Teilnahme an der Intervision des Departements: das ist eine Voraussetzung für die Registrierung.",
    ];
}

texts! {
    /// All conditions met (`total`).
    CONDITIONS_MET = [
        "Alle {total} voorwaarden zijn vervuld: kwaliteitsregistratie, ervaring met de doelgroep, een gekwalificeerd begeleider, inschatting van gebied en capaciteit, intervisie.",
        "Les {total} conditions sont remplies : enregistrement qualité, expérience du groupe cible, un accompagnateur qualifié, estimation de la zone et de la capacité, intervision.",
        "All {total} conditions are met: quality registration, target-group experience, a qualified supervisor, estimate of area and capacity, intervision.",
        "Alle {total} Voraussetzungen sind erfüllt: Qualitätsregistrierung, Erfahrung mit der Zielgruppe, eine qualifizierte Begleitperson, Einschätzung von Gebiet und Kapazität, Intervision.",
    ];

    /// A condition is not met (`met`, `total`).
    CONDITIONS_NOT_MET = [
        "{met} van de {total} voorwaarden vervuld; minstens één is niet vervuld.",
        "{met} des {total} conditions remplies ; au moins une ne l'est pas.",
        "{met} of {total} conditions met; at least one is not met.",
        "{met} von {total} Voraussetzungen erfüllt; mindestens eine ist nicht erfüllt.",
    ];

    /// Conditions still to be answered (`met`, `total`).
    CONDITIONS_OPEN = [
        "{met} van de {total} voorwaarden vervuld; de andere moeten nog ingevuld worden.",
        "{met} des {total} conditions remplies ; les autres restent à compléter.",
        "{met} of {total} conditions met; the others still need an answer.",
        "{met} von {total} Voraussetzungen erfüllt; die anderen sind noch auszufüllen.",
    ];
}

/// The number of conditions.
const TOTAL: u32 = 5;

/// The rule in a provider registration.
pub const RULE: Rule<ProviderRegistration> = Rule {
    id: RuleId::Ext008,
    reads: reads!["conditions", "supervisors"],
    applies: Applies::FromCatalogue,
    check: Check::Form(|input, ctx, out| judge(input.form, input.dropped, ctx, out)),
};

/// How the conditions stand so far: which are met, and the verdict's idiom for the others.
#[derive(Debug)]
struct Tally<'a> {
    met: u32,
    judgement: Judgement,
    /// The values decoding dropped: one problem each, not also a missing condition.
    dropped: &'a [ShapeProblem],
}

fn judge(form: &ProviderRegistration, dropped: &[ShapeProblem], ctx: &Context, out: &mut Outcome) {
    let default = Conditions::default();
    let conditions = form.conditions.as_ref().unwrap_or(&default);
    let at = at(&[key!("conditions")]);
    let mut tally = Tally { met: 0, judgement: Judgement::default(), dropped };
    yes(
        conditions.quality_registration,
        at.key(key!("qualityRegistration")),
        &QUALITY_REGISTRATION_MISSING,
        &mut tally,
        out,
    );
    text(
        conditions.target_group_experience.as_deref(),
        at.key(key!("targetGroupExperience")),
        &TARGET_GROUP_EXPERIENCE_MISSING,
        &mut tally,
        out,
    );
    supervisors(&staff::members(form, ctx), &mut tally, out);
    text(
        conditions.capacity_estimate.as_deref(),
        at.key(key!("capacityEstimate")),
        &CAPACITY_ESTIMATE_MISSING,
        &mut tally,
        out,
    );
    yes(
        conditions.intervision_commitment,
        at.key(key!("intervisionCommitment")),
        &INTERVISION_COMMITMENT_MISSING,
        &mut tally,
        out,
    );
    let verdict = tally.judgement.verdict(RuleId::Ext008, CONDITIONS_MET, CONDITIONS_NOT_MET, CONDITIONS_OPEN);
    out.judge(verdict.with("met", tally.met).with("total", TOTAL));
}

/// A condition declared with yes or no: no is answered, but not met.
fn yes(answer: Option<bool>, path: Path, code: &'static CodeDef, tally: &mut Tally, out: &mut Outcome) {
    out.need(&path, answer.is_some());
    match answer {
        Some(true) => tally.met += 1,
        Some(false) => {
            tally.judgement.breaks(out, code, path);
        }
        None => {
            tally.judgement.lacks(tally.dropped, out, code, path);
        }
    }
}

/// A condition shown by a description.
fn text(answer: Option<&str>, path: Path, code: &'static CodeDef, tally: &mut Tally, out: &mut Outcome) {
    if out.need(&path, fields::filled(answer)) {
        tally.met += 1;
    } else {
        tally.judgement.lacks(tally.dropped, out, code, path);
    }
}

/// At least one supervisor who is qualified (SUP-001) and not declared to work for someone
/// else: a person the applicant does not employ is not its supervisor (EXT-002).
fn supervisors(members: &[Member], tally: &mut Tally, out: &mut Outcome) {
    let at = at(&[key!("supervisors")]);
    if !out.need(&at, !members.is_empty()) {
        if !facts::dropped_within(tally.dropped, &at) {
            out.report(&SUPERVISORS_MISSING, at);
        }
        tally.judgement.wait_for(at);
        return;
    }
    let own = || members.iter().filter(|member| member.employed != Some(false));
    if own().any(|member| member.qualified == Status::Met) {
        tally.met += 1;
        return;
    }
    let undecided = || own().filter(|member| member.qualified == Status::Unknown);
    if undecided().next().is_none() {
        tally.judgement.broken = true;
        out.push(Finding::new(&NO_QUALIFIED_SUPERVISOR, at).with("count", members.len()));
        return;
    }
    for member in undecided() {
        if member.missing.is_empty() {
            tally.judgement.wait_for(member.at);
        } else {
            tally.judgement.missing.extend_from_slice(&member.missing);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::facts::testing::run;
    use super::*;

    const AS_OF: &str = "2026-11-23";

    const CONDITIONS: &str = r#""conditions": {
        "qualityRegistration": true,
        "targetGroupExperience": "Tien jaar trajectbegeleiding van personen met een arbeidsbeperking",
        "capacityEstimate": "30 werknemers per jaar in Oost-Vlaanderen",
        "intervisionCommitment": true
    }"#;

    /// A supervisor qualified by a listed diploma.
    const QUALIFIED: &str = r#"{ "name": "Sara Janssens", "employedByApplicant": true, "diplomas": [{ "code": "ba-sociaal-werk", "obtained": "2015-06-30" }] }"#;

    /// A supervisor with 19 months of relevant experience and no diploma.
    const SHORT: &str = r#"{ "name": "Lotte Maes", "employedByApplicant": true, "experience": [{ "from": "2025-04-01", "relevant": true }] }"#;

    #[test]
    fn all_five_conditions_met() {
        let run = run(&RULE, &format!(r#"{{ {CONDITIONS}, "supervisors": [{QUALIFIED}] }}"#), AS_OF);
        assert_eq!(run.found(), Vec::<String>::new());
        assert_eq!(run.status(), Some(Status::Met));
    }

    #[test]
    fn a_no_is_answered_but_not_met() {
        let form = format!(
            r#"{{ {}, "supervisors": [{QUALIFIED}] }}"#,
            CONDITIONS.replace("\"qualityRegistration\": true", "\"qualityRegistration\": false")
        );
        let run = run(&RULE, &form, AS_OF);
        assert_eq!(run.found(), ["provider.quality_registration_missing at conditions.qualityRegistration"]);
        assert_eq!(run.status(), Some(Status::NotMet));
    }

    #[test]
    fn unanswered_conditions_are_asked_for() {
        let run = run(&RULE, r#"{ "conditions": {} }"#, AS_OF);
        assert_eq!(
            run.found(),
            [
                "provider.quality_registration_missing at conditions.qualityRegistration",
                "provider.target_group_experience_missing at conditions.targetGroupExperience",
                "provider.supervisors_missing at supervisors",
                "provider.capacity_estimate_missing at conditions.capacityEstimate",
                "provider.intervision_commitment_missing at conditions.intervisionCommitment",
            ]
        );
        assert_eq!(run.status(), Some(Status::Unknown));
    }

    #[test]
    fn at_least_one_qualified_supervisor_of_the_applicants_own() {
        let short = run(&RULE, &format!(r#"{{ {CONDITIONS}, "supervisors": [{SHORT}] }}"#), AS_OF);
        assert_eq!(short.found(), ["provider.no_qualified_supervisor at supervisors {count=1}"]);
        assert_eq!(short.status(), Some(Status::NotMet));

        // Qualified, but employed elsewhere: not the applicant's supervisor (EXT-002).
        let elsewhere = QUALIFIED.replace("\"employedByApplicant\": true", "\"employedByApplicant\": false");
        let elsewhere = run(&RULE, &format!(r#"{{ {CONDITIONS}, "supervisors": [{elsewhere}] }}"#), AS_OF);
        assert_eq!(elsewhere.found(), ["provider.no_qualified_supervisor at supervisors {count=1}"]);
        assert_eq!(elsewhere.status(), Some(Status::NotMet));
    }

    #[test]
    fn a_diploma_off_the_list_waits_for_judgement() {
        let unlisted = r#"{ "name": "Sara Janssens", "employedByApplicant": true, "diplomas": [{ "title": "Bachelor toegepaste informatica" }] }"#;
        let run = run(&RULE, &format!(r#"{{ {CONDITIONS}, "supervisors": [{unlisted}] }}"#), AS_OF);
        assert_eq!(run.status(), Some(Status::Unknown));
        assert_eq!(run.missing(), ["supervisors[0]"]);
    }

    #[test]
    fn answers_of_the_wrong_type_are_not_also_missing() {
        let form = r#"{ "conditions": { "qualityRegistration": "yes", "targetGroupExperience": 10, "capacityEstimate": "30 werknemers per jaar", "intervisionCommitment": 1 }, "supervisors": {} }"#;
        let run = run(&RULE, form, AS_OF);
        assert_eq!(run.found(), Vec::<String>::new());
        assert_eq!(run.status(), Some(Status::Unknown));
        assert_eq!(
            run.missing(),
            [
                "conditions.qualityRegistration",
                "conditions.targetGroupExperience",
                "supervisors",
                "conditions.intervisionCommitment"
            ]
        );
    }
}
