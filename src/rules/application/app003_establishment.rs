//! APP-003: a Brussels employer gets only the loonpremie.
//!
//! FAQ: "Een werkgever uit het Brussels Gewest kan enkel beroep doen op de loonpremie, niet op
//! de begeleidingspremie". Not asking the begeleidingspremie satisfies the rule wherever the
//! establishment is. A malformed country or postcode of the establishment is reported here,
//! once and whatever the as-of date ([`PLACE`]).
//!
//! The seeds say this of Brussels only. Of an establishment in the Walloon Region or abroad
//! they say nothing, so there the rule reports nothing: no warning either, since a finding of
//! this rule speaks with the confidence of the FAQ's Brussels answer, which does not cover it.

use super::facts::{self, Facts};
use super::place::{self, Place};
use super::{pending, FACTS_MISSING, NOT_FOR_SELF_EMPLOYED};
use crate::ids::postcode::Region;
use crate::model::application::Application;
use crate::rules::rule::Input;
use crate::rules::support::*;

rule_entry! {
    id: App003,
    family: "application",
    source: FAQ,
    quote: "Een werkgever uit het Brussels Gewest kan enkel beroep doen op de loonpremie, niet op de begeleidingspremie.",
    confidence: High,
    from: date(2023, 7, 1),
    title: ["Vestiging in het Brusselse Gewest", "Établissement en Région bruxelloise", "Establishment in the Brussels Region", "Niederlassung in der Region Brüssel"],
    text: [
        "Een werkgever met een vestiging in het Brusselse Gewest kan enkel de loonpremie krijgen: een begeleidingspremie aanvragen is daar een fout. Over een vestiging in het Waalse Gewest of in het buitenland zeggen de bronnen niets: daar geeft deze regel geen bevinding. Niet van toepassing voor zelfstandigen.",
        "Un employeur dont l'établissement est en Région de Bruxelles-Capitale ne peut obtenir que la prime salariale : y demander une prime d'accompagnement est une erreur. Les sources ne disent rien d'un établissement en Région wallonne ou à l'étranger : cette règle n'y signale rien. Sans objet pour les indépendants.",
        "An employer whose establishment is in the Brussels Region can only get the loonpremie: a begeleidingspremie requested there is an error. The sources say nothing of an establishment in the Walloon Region or abroad: there this rule reports nothing. Not applicable to self-employed persons.",
        "Ein Arbeitgeber mit Niederlassung in der Region Brüssel-Hauptstadt kann nur die Lohnprämie erhalten: dort eine Begleitungsprämie zu beantragen ist ein Fehler. Über eine Niederlassung in der Wallonischen Region oder im Ausland sagen die Quellen nichts: dort meldet diese Regel nichts. Nicht anwendbar für Selbstständige.",
    ],
    parameters: [],
}

codes! {
    rule: App003;
    /// The establishment's postcode is missing.
    ESTABLISHMENT_MISSING = "application.establishment_missing", Error, [
        "Vul de postcode van de vestiging in waar de werknemer werkt (of het land, als die niet in België ligt).",
        "Indiquez le code postal de l'établissement où travaille le travailleur (ou le pays, s'il n'est pas en Belgique).",
        "Enter the postcode of the establishment where the employee works (or the country, when not in Belgium).",
        "Geben Sie die Postleitzahl der Niederlassung ein, in der die Person arbeitet (oder das Land, wenn sie nicht in Belgien liegt).",
    ];
    /// The establishment's country is not a two-letter ISO code.
    ESTABLISHMENT_COUNTRY_INVALID = "application.establishment_country_invalid", Error, [
        "Kies het land van de vestiging (landcode van 2 letters, bv. BE, NL).",
        "Choisissez le pays de l'établissement (code pays de 2 lettres, p. ex. BE, NL).",
        "Choose the establishment's country (a 2-letter country code, e.g. BE, NL).",
        "Wählen Sie das Land der Niederlassung (Ländercode mit 2 Buchstaben, z. B. BE, NL).",
    ];
    /// A begeleidingspremie for an establishment in the Brussels Region (the name is older than
    /// the restriction to Brussels; codes are never renamed).
    BEGELEIDINGSPREMIE_OUTSIDE_FLANDERS = "application.begeleidingspremie_outside_flanders", Error, [
        "Een werkgever uit het Brusselse Gewest kan enkel de loonpremie krijgen, niet de begeleidingspremie.",
        "Un employeur de la Région de Bruxelles-Capitale ne peut obtenir que la prime salariale, pas la prime d'accompagnement.",
        "An employer in the Brussels Region can only get the loonpremie, not the begeleidingspremie.",
        "Ein Arbeitgeber aus der Region Brüssel-Hauptstadt kann nur die Lohnprämie erhalten, nicht die Begleitungsprämie.",
    ];
}

texts! {
    /// APP-003 met: establishment in Flanders.
    ESTABLISHMENT_IN_FLANDERS = [
        "De vestiging ligt in Vlaanderen: loonpremie en begeleidingspremie zijn mogelijk.",
        "L'établissement est en Flandre : prime salariale et prime d'accompagnement sont possibles.",
        "The establishment is in Flanders: loonpremie and begeleidingspremie are possible.",
        "Die Niederlassung liegt in Flandern: Lohnprämie und Begleitungsprämie sind möglich.",
    ];

    /// APP-003 met: an establishment in the Walloon Region or abroad, of which the sources say
    /// nothing.
    NOT_IN_BRUSSELS = [
        "De vestiging ligt niet in het Brusselse Gewest, waar enkel de loonpremie mogelijk is (FAQ); over een vestiging in het Waalse Gewest of in het buitenland zeggen de bronnen niets.",
        "L'établissement n'est pas en Région de Bruxelles-Capitale, où seule la prime salariale est possible (FAQ) ; les sources ne disent rien d'un établissement en Région wallonne ou à l'étranger.",
        "The establishment is not in the Brussels Region, where only the loonpremie is possible (FAQ); the sources say nothing of an establishment in the Walloon Region or abroad.",
        "Die Niederlassung liegt nicht in der Region Brüssel-Hauptstadt, wo nur die Lohnprämie möglich ist (FAQ); über eine Niederlassung in der Wallonischen Region oder im Ausland sagen die Quellen nichts.",
    ];

    /// APP-003 met: no begeleidingspremie asked, so the establishment does not matter.
    NO_BEGELEIDINGSPREMIE_ASKED = [
        "Geen begeleidingspremie aangevraagd: de loonpremie kan ook voor een vestiging in het Brusselse Gewest.",
        "Pas de prime d'accompagnement demandée : la prime salariale est possible aussi pour un établissement en Région bruxelloise.",
        "No begeleidingspremie asked: the loonpremie is possible for an establishment in the Brussels Region too.",
        "Keine Begleitungsprämie beantragt: die Lohnprämie ist auch für eine Niederlassung in der Region Brüssel möglich.",
    ];

    /// APP-003 not met.
    ONLY_LOONPREMIE_IN_BRUSSELS = [
        "De vestiging ligt in het Brusselse Gewest: enkel de loonpremie is mogelijk, niet de begeleidingspremie.",
        "L'établissement est en Région de Bruxelles-Capitale : seule la prime salariale est possible, pas la prime d'accompagnement.",
        "The establishment is in the Brussels Region: only the loonpremie is possible, not the begeleidingspremie.",
        "Die Niederlassung liegt in der Region Brüssel-Hauptstadt: nur die Lohnprämie ist möglich, nicht die Begleitungsprämie.",
    ];
}

/// The establishment's country and postcode, reported when malformed, on every as-of date.
pub const PLACE: Rule<Application> = Rule {
    id: RuleId::App003,
    reads: reads!["employer.establishmentCountry", "employer.establishmentPostcode"],
    applies: Applies::Always,
    check: Check::Form(|input, _, out| {
        place::report(&facts::establishment_fields(input), &ESTABLISHMENT_COUNTRY_INVALID, out)
    }),
};

/// The rule: one for employers.
pub const RULE: Rule<Application> = Rule {
    id: RuleId::App003,
    reads: reads![
        "selfEmployed",
        "employer.establishmentCountry",
        "employer.establishmentPostcode",
        "requestedPremiums"
    ],
    applies: Applies::FromCatalogue,
    check: Check::Form(check),
};

fn check(input: &Input<'_, Application>, _ctx: &Context, out: &mut Outcome) {
    const RULE: RuleId = RuleId::App003;
    let facts = &Facts::of(input);
    if facts.self_employed == Some(true) {
        return out.judge(Verdict::new(RULE, Status::NotApplicable, NOT_FOR_SELF_EMPLOYED));
    }
    let establishment = &facts.establishment;
    require(input.dropped, out, &ESTABLISHMENT_MISSING, establishment.path, establishment.place != Place::Missing);
    let begeleidingspremie = at(&[key!("requestedPremiums"), key!("begeleidingspremie")]);
    let unknown = |missing: Vec<Path>| Verdict::new(RULE, Status::Unknown, FACTS_MISSING).missing(missing);
    let verdict = match (establishment.in_brussels(), facts.premiums.begeleidingspremie_asked()) {
        (Some(false), _) if establishment.place == Place::Region(Region::Flanders) => {
            Verdict::new(RULE, Status::Met, ESTABLISHMENT_IN_FLANDERS)
        }
        (Some(false), _) => Verdict::new(RULE, Status::Met, NOT_IN_BRUSSELS),
        (_, Some(false)) => Verdict::new(RULE, Status::Met, NO_BEGELEIDINGSPREMIE_ASKED),
        (Some(true), Some(true)) => {
            out.report_also(&BEGELEIDINGSPREMIE_OUTSIDE_FLANDERS, begeleidingspremie, establishment.path);
            Verdict::new(RULE, Status::NotMet, ONLY_LOONPREMIE_IN_BRUSSELS)
        }
        (Some(true), None) => unknown(vec![begeleidingspremie]),
        (None, Some(true)) => unknown(vec![establishment.path]),
        (None, None) => unknown(both(establishment.path, begeleidingspremie)),
    };
    out.judge(pending(verdict, facts.employer_pending()));
}

#[cfg(test)]
mod tests {
    use super::super::testing::*;
    use super::*;
    use serde_json::{json, Value};

    #[test]
    fn a_brussels_employer_gets_only_the_loonpremie() {
        let brussels = with(complete(), "employer.establishmentPostcode", json!("1000"));
        let out = run(&RULE, &brussels);
        assert_eq!(
            found(&out),
            [("application.begeleidingspremie_outside_flanders", "requestedPremiums.begeleidingspremie".to_owned())]
        );
        assert_eq!(status(&out, RuleId::App003), Status::NotMet);
        let out = run(&RULE, &with(brussels, "requestedPremiums.begeleidingspremie", Value::Null));
        assert_eq!(status(&out, RuleId::App003), Status::Met);
    }

    #[test]
    fn of_wallonia_and_abroad_the_seeds_say_nothing() {
        let namur = with(complete(), "employer.establishmentPostcode", json!("5000"));
        let abroad = with(
            with(complete(), "employer.establishmentCountry", json!("DE")),
            "employer.establishmentPostcode",
            Value::Null,
        );
        for form in [namur, abroad] {
            let out = run(&RULE, &form);
            assert!(out.findings.is_empty());
            assert_eq!(status(&out, RuleId::App003), Status::Met);
        }
    }

    #[test]
    fn a_self_employed_person_is_no_employer() {
        let out = run(&RULE, &with(complete(), "selfEmployed", json!(true)));
        assert_eq!(status(&out, RuleId::App003), Status::NotApplicable);
    }
}
