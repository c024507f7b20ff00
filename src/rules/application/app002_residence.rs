//! APP-002: where the employee lives.
//!
//! FAQ: "de persoon met een arbeidsbeperking moet in Vlaanderen wonen". WSE pages: living in
//! another EU/EEA state counts when the person works in Flanders. A malformed country or
//! postcode of residence is reported here, once and whatever the as-of date ([`PLACE`]).

use super::facts::{self, Facts};
use super::place::{self, region_name, Located, Place};
use super::FACTS_MISSING;
use crate::ids::postcode::Region;
use crate::model::application::Application;
use crate::rules::rule::Input;
use crate::rules::support::*;

rule_entry! {
    id: App002,
    family: "application",
    source: FAQ,
    quote: "",
    confidence: High,
    from: date(2023, 7, 1),
    title: ["Woonplaats", "Domicile", "Residence", "Wohnsitz"],
    text: [
        "De werknemer woont in het Vlaamse Gewest (volgens de postcode). Wie in het Brusselse of Waalse Gewest woont, komt niet in aanmerking. Wonen in een andere lidstaat van de EU of de EER kan enkel als de werkplaats (de vestiging) in Vlaanderen ligt; daarbuiten komt niemand in aanmerking.",
        "Le travailleur habite en Région flamande (selon le code postal). Qui habite en Région de Bruxelles-Capitale ou en Région wallonne n'est pas éligible. Habiter dans un autre État de l'UE ou de l'EEE n'est admis que si le lieu de travail (l'établissement) est en Flandre ; hors UE/EEE, personne n'est éligible.",
        "The employee lives in the Flemish Region (by postcode). A resident of the Brussels or Walloon Region is not eligible. Living in another EU or EEA state is accepted only when the workplace (the establishment) is in Flanders; outside the EU/EEA nobody is eligible.",
        "Die Person wohnt in der Flämischen Region (nach Postleitzahl). Wer in der Region Brüssel-Hauptstadt oder der Wallonischen Region wohnt, ist nicht berechtigt. Ein Wohnsitz in einem anderen Staat der EU oder des EWR ist nur zulässig, wenn der Arbeitsort (die Niederlassung) in Flandern liegt; außerhalb der EU/des EWR ist niemand berechtigt.",
    ],
    parameters: [],
}

codes! {
    rule: App002;
    /// The employee's Belgian postcode of residence is missing.
    RESIDENCE_MISSING = "application.residence_missing", Error, [
        "Vul de postcode van de woonplaats van de werknemer in (of het land, als die niet in België woont).",
        "Indiquez le code postal du domicile du travailleur (ou le pays, s'il n'habite pas en Belgique).",
        "Enter the postcode where the employee lives (or the country, when not in Belgium).",
        "Geben Sie die Postleitzahl des Wohnorts ein (oder das Land, wenn die Person nicht in Belgien wohnt).",
    ];
    /// The country of residence is not a two-letter ISO code.
    RESIDENCE_COUNTRY_INVALID = "application.residence_country_invalid", Error, [
        "Kies het land van de woonplaats (landcode van 2 letters, bv. BE, NL).",
        "Choisissez le pays du domicile (code pays de 2 lettres, p. ex. BE, NL).",
        "Choose the country of residence (a 2-letter country code, e.g. BE, NL).",
        "Wählen Sie das Wohnsitzland (Ländercode mit 2 Buchstaben, z. B. BE, NL).",
    ];
    /// The employee lives in the Brussels or Walloon Region (`region`).
    RESIDENCE_OUTSIDE_FLANDERS = "application.residence_outside_flanders", Error, [
        "De werknemer moet in het Vlaamse Gewest wonen: wie in het Brusselse of Waalse Gewest woont, komt niet in aanmerking.",
        "Le travailleur doit habiter en Région flamande : qui habite en Région de Bruxelles-Capitale ou en Région wallonne n'est pas éligible.",
        "The employee must live in the Flemish Region: a resident of the Brussels or Walloon Region is not eligible.",
        "Die Person muss in der Flämischen Region wohnen: wer in der Region Brüssel-Hauptstadt oder der Wallonischen Region wohnt, ist nicht berechtigt.",
    ];
    /// The employee lives outside the EU and the EEA.
    RESIDENCE_OUTSIDE_EU_EEA = "application.residence_outside_eu_eea", Error, [
        "Wie buiten de Europese Unie en de Europese Economische Ruimte woont, komt niet in aanmerking.",
        "Qui habite hors de l'Union européenne et de l'Espace économique européen n'est pas éligible.",
        "A person living outside the European Union and the European Economic Area is not eligible.",
        "Wer außerhalb der Europäischen Union und des Europäischen Wirtschaftsraums wohnt, ist nicht berechtigt.",
    ];
    /// A resident of another EU/EEA state whose workplace is not in Flanders.
    EU_RESIDENT_WORKPLACE_OUTSIDE_FLANDERS = "application.eu_resident_workplace_outside_flanders", Error, [
        "Wie in een andere lidstaat van de EU of de EER woont, komt enkel in aanmerking als de werkplaats in Vlaanderen ligt.",
        "Qui habite dans un autre État de l'UE ou de l'EEE n'est éligible que si le lieu de travail est en Flandre.",
        "A person living in another EU or EEA state is eligible only when the workplace is in Flanders.",
        "Wer in einem anderen Staat der EU oder des EWR wohnt, ist nur berechtigt, wenn der Arbeitsort in Flandern liegt.",
    ];
}

/// APP-002 met: lives in Flanders.
const RESIDENT_IN_FLANDERS: Texts = &[
    "De werknemer woont in het Vlaamse Gewest.",
    "Le travailleur habite en Région flamande.",
    "The employee lives in the Flemish Region.",
    "Die Person wohnt in der Flämischen Region.",
];

/// APP-002 met: lives in another EU/EEA state and works in Flanders.
const EU_RESIDENT_WORKING_IN_FLANDERS: Texts = &[
    "De werknemer woont in een andere lidstaat van de EU of de EER en werkt in Vlaanderen.",
    "Le travailleur habite dans un autre État de l'UE ou de l'EEE et travaille en Flandre.",
    "The employee lives in another EU or EEA state and works in Flanders.",
    "Die Person wohnt in einem anderen Staat der EU oder des EWR und arbeitet in Flandern.",
];

/// APP-002 not met.
const RESIDENCE_NOT_ELIGIBLE: Texts = &[
    "De woonplaats komt niet in aanmerking: in Vlaanderen wonen, of in een andere lidstaat van de EU of de EER met een werkplaats in Vlaanderen.",
    "Le domicile n'est pas éligible : habiter en Flandre, ou dans un autre État de l'UE ou de l'EEE avec un lieu de travail en Flandre.",
    "The residence is not eligible: living in Flanders, or in another EU or EEA state with a workplace in Flanders.",
    "Der Wohnsitz ist nicht berechtigt: Wohnsitz in Flandern oder in einem anderen Staat der EU oder des EWR mit Arbeitsort in Flandern.",
];

/// The residence's country and postcode, reported when malformed, on every as-of date.
pub const PLACE: Rule<Application> = Rule {
    id: RuleId::App002,
    reads: reads!["employee.residence"],
    applies: Applies::Always,
    check: Check::Form(|input, _, out| {
        place::report(&facts::residence_fields(input.form), &RESIDENCE_COUNTRY_INVALID, out)
    }),
};

/// The rule.
pub const RULE: Rule<Application> = Rule {
    id: RuleId::App002,
    reads: reads!["employee.residence", "employer.establishmentCountry", "employer.establishmentPostcode"],
    applies: Applies::FromCatalogue,
    check: Check::Form(check),
};

fn check(input: &Input<'_, Application>, _ctx: &Context, out: &mut Outcome) {
    let facts = &Facts::of(input.form);
    let residence = &facts.residence;
    out.need(&residence.path, residence.place != Place::Missing);
    let mut judgement = Judgement::default();
    let mut met = RESIDENT_IN_FLANDERS;
    match residence.place {
        Place::Missing => {
            report_missing(input.dropped, out, Finding::new(&RESIDENCE_MISSING, residence.path));
            judgement.missing.push(residence.path);
        }
        Place::Invalid => judgement.missing.push(residence.path),
        Place::Region(Region::Flanders) => {}
        Place::Region(region) => {
            out.push(Finding::new(&RESIDENCE_OUTSIDE_FLANDERS, residence.path).with("region", region_name(region)));
            judgement.broken = true;
        }
        Place::OtherEuEea => {
            met = EU_RESIDENT_WORKING_IN_FLANDERS;
            workplace_of_eu_resident(residence, &facts.establishment, &mut judgement, out);
        }
        Place::OutsideEuEea => {
            out.push(Finding::new(&RESIDENCE_OUTSIDE_EU_EEA, residence.path));
            judgement.broken = true;
        }
    }
    out.judge(judgement.verdict(RuleId::App002, met, RESIDENCE_NOT_ELIGIBLE, FACTS_MISSING));
}

fn workplace_of_eu_resident(
    residence: &Located,
    establishment: &Located,
    judgement: &mut Judgement,
    out: &mut Outcome,
) {
    match establishment.in_flanders() {
        Some(true) => {}
        Some(false) => {
            out.push(Finding::new(&EU_RESIDENT_WORKPLACE_OUTSIDE_FLANDERS, establishment.path).also(residence.path));
            judgement.broken = true;
        }
        None => judgement.missing.push(establishment.path),
    }
}
