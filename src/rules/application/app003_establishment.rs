//! APP-003: an employer whose establishment lies outside Flanders gets only the loonpremie.
//!
//! FAQ: "een werkgever uit het Brussels Gewest kan enkel beroep doen op de loonpremie, niet op
//! de begeleidingspremie". Not asking the begeleidingspremie satisfies the rule wherever the
//! establishment is. A malformed country or postcode of the establishment is reported here,
//! once and whatever the as-of date ([`PLACE`]).

use super::facts::{self, Facts};
use super::place::{self, Place};
use super::{pending, FACTS_MISSING, NOT_FOR_SELF_EMPLOYED};
use crate::model::application::Application;
use crate::rules::rule::Input;
use crate::rules::support::*;

rule_entry! {
    id: App003,
    family: "application",
    source: FAQ,
    quote: "",
    confidence: High,
    from: date(2023, 7, 1),
    title: ["Vestiging buiten Vlaanderen", "Établissement hors de Flandre", "Establishment outside Flanders", "Niederlassung außerhalb Flanderns"],
    text: [
        "Een werkgever met een vestiging in het Brusselse Gewest (of elders buiten Vlaanderen) kan enkel de loonpremie krijgen: een begeleidingspremie aanvragen is daar een fout. Niet van toepassing voor zelfstandigen.",
        "Un employeur dont l'établissement est en Région de Bruxelles-Capitale (ou ailleurs hors de Flandre) ne peut obtenir que la prime salariale : y demander une prime d'accompagnement est une erreur. Sans objet pour les indépendants.",
        "An employer whose establishment is in the Brussels Region (or otherwise outside Flanders) can only get the loonpremie: a begeleidingspremie requested there is an error. Not applicable to self-employed persons.",
        "Ein Arbeitgeber mit Niederlassung in der Region Brüssel-Hauptstadt (oder sonst außerhalb Flanderns) kann nur die Lohnprämie erhalten: dort eine Begleitungsprämie zu beantragen ist ein Fehler. Nicht anwendbar für Selbstständige.",
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
    /// A begeleidingspremie for an establishment outside Flanders.
    BEGELEIDINGSPREMIE_OUTSIDE_FLANDERS = "application.begeleidingspremie_outside_flanders", Error, [
        "Een werkgever met een vestiging buiten Vlaanderen (bv. in het Brusselse Gewest) kan enkel de loonpremie krijgen, niet de begeleidingspremie.",
        "Un employeur dont l'établissement est hors de Flandre (p. ex. en Région bruxelloise) ne peut obtenir que la prime salariale, pas la prime d'accompagnement.",
        "An employer whose establishment is outside Flanders (e.g. in the Brussels Region) can only get the loonpremie, not the begeleidingspremie.",
        "Ein Arbeitgeber mit einer Niederlassung außerhalb Flanderns (z. B. in der Region Brüssel) kann nur die Lohnprämie erhalten, nicht die Begleitungsprämie.",
    ];
}

/// APP-003 met: establishment in Flanders.
const ESTABLISHMENT_IN_FLANDERS: Texts = &[
    "De vestiging ligt in Vlaanderen: loonpremie en begeleidingspremie zijn mogelijk.",
    "L'établissement est en Flandre : prime salariale et prime d'accompagnement sont possibles.",
    "The establishment is in Flanders: loonpremie and begeleidingspremie are possible.",
    "Die Niederlassung liegt in Flandern: Lohnprämie und Begleitungsprämie sind möglich.",
];

/// APP-003 met: no begeleidingspremie asked, so the establishment does not matter.
const NO_BEGELEIDINGSPREMIE_ASKED: Texts = &[
    "Geen begeleidingspremie aangevraagd: de loonpremie kan ook voor een vestiging buiten Vlaanderen.",
    "Pas de prime d'accompagnement demandée : la prime salariale est possible aussi pour un établissement hors de Flandre.",
    "No begeleidingspremie asked: the loonpremie is possible for an establishment outside Flanders too.",
    "Keine Begleitungsprämie beantragt: die Lohnprämie ist auch für eine Niederlassung außerhalb Flanderns möglich.",
];

/// APP-003 not met.
const ONLY_LOONPREMIE_OUTSIDE_FLANDERS: Texts = &[
    "De vestiging ligt buiten Vlaanderen: enkel de loonpremie is mogelijk, niet de begeleidingspremie.",
    "L'établissement est hors de Flandre : seule la prime salariale est possible, pas la prime d'accompagnement.",
    "The establishment is outside Flanders: only the loonpremie is possible, not the begeleidingspremie.",
    "Die Niederlassung liegt außerhalb Flanderns: nur die Lohnprämie ist möglich, nicht die Begleitungsprämie.",
];

/// The establishment's country and postcode, reported when malformed, on every as-of date.
pub const PLACE: Rule<Application> = Rule {
    id: RuleId::App003,
    reads: reads!["employer.establishmentCountry", "employer.establishmentPostcode"],
    applies: Applies::Always,
    check: Check::Form(|input, _, out| {
        place::report(&facts::establishment_fields(input.form), &ESTABLISHMENT_COUNTRY_INVALID, out)
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
    let facts = &Facts::of(input.form);
    if facts.self_employed == Some(true) {
        return out.judge(Verdict::new(RULE, Status::NotApplicable, NOT_FOR_SELF_EMPLOYED));
    }
    let establishment = &facts.establishment;
    if !out.need(&establishment.path, establishment.place != Place::Missing) {
        report_missing(input.dropped, out, Finding::new(&ESTABLISHMENT_MISSING, establishment.path));
    }
    let begeleidingspremie = at(&[key!("requestedPremiums"), key!("begeleidingspremie")]);
    let unknown = |missing: Vec<Path>| Verdict::new(RULE, Status::Unknown, FACTS_MISSING).missing(missing);
    let verdict = match (establishment.in_flanders(), facts.premiums.begeleidingspremie_asked()) {
        (Some(true), _) => Verdict::new(RULE, Status::Met, ESTABLISHMENT_IN_FLANDERS),
        (_, Some(false)) => Verdict::new(RULE, Status::Met, NO_BEGELEIDINGSPREMIE_ASKED),
        (Some(false), Some(true)) => {
            out.push(Finding::new(&BEGELEIDINGSPREMIE_OUTSIDE_FLANDERS, begeleidingspremie).also(establishment.path));
            Verdict::new(RULE, Status::NotMet, ONLY_LOONPREMIE_OUTSIDE_FLANDERS)
        }
        (Some(false), None) => unknown(vec![begeleidingspremie]),
        (None, Some(true)) => unknown(vec![establishment.path]),
        (None, None) => unknown(vec![establishment.path, begeleidingspremie]),
    };
    out.judge(pending(verdict, facts.employer_pending()));
}
