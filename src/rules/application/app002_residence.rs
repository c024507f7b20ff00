//! APP-002: where the employee lives.
//!
//! FAQ: "de persoon met een arbeidsbeperking moet in Vlaanderen wonen om in aanmerking te
//! komen". The FAQ makes no exception for a resident of another EU or EEA state, and neither
//! does any other seed: whoever lives outside the Flemish Region, in Belgium or abroad, is not
//! eligible. A malformed country or postcode of residence is reported here, once and whatever
//! the as-of date ([`PLACE`]).

use super::facts::{self, Facts};
use super::place::{self, region_name, Place};
use super::FACTS_MISSING;
use crate::ids::postcode::Region;
use crate::model::application::Application;
use crate::rules::rule::Input;
use crate::rules::support::*;

rule_entry! {
    id: App002,
    family: "application",
    source: FAQ,
    quote: "Ja, de persoon met een arbeidsbeperking moet in Vlaanderen wonen om in aanmerking te komen.",
    confidence: High,
    from: date(2023, 7, 1),
    title: ["Woonplaats", "Domicile", "Residence", "Wohnsitz"],
    text: [
        "De werknemer woont in het Vlaamse Gewest (volgens de postcode): wie in het Brusselse of Waalse Gewest of in het buitenland woont, komt niet in aanmerking.",
        "Le travailleur habite en Région flamande (selon le code postal) : qui habite en Région de Bruxelles-Capitale, en Région wallonne ou à l'étranger n'est pas éligible.",
        "The employee lives in the Flemish Region (by postcode): a resident of the Brussels or Walloon Region or of another country is not eligible.",
        "Die Person wohnt in der Flämischen Region (nach Postleitzahl): wer in der Region Brüssel-Hauptstadt, der Wallonischen Region oder im Ausland wohnt, ist nicht berechtigt.",
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
    /// The employee lives in another country.
    RESIDENCE_ABROAD = "application.residence_abroad", Error, [
        "De werknemer moet in Vlaanderen wonen om in aanmerking te komen: wie in het buitenland woont, komt niet in aanmerking.",
        "Le travailleur doit habiter en Flandre pour être éligible : qui habite à l'étranger n'est pas éligible.",
        "The employee must live in Flanders to be eligible: a person living abroad is not eligible.",
        "Die Person muss in Flandern wohnen, um berechtigt zu sein: wer im Ausland wohnt, ist nicht berechtigt.",
    ];
}

texts! {
    /// APP-002 met: lives in Flanders.
    RESIDENT_IN_FLANDERS = [
        "De werknemer woont in het Vlaamse Gewest.",
        "Le travailleur habite en Région flamande.",
        "The employee lives in the Flemish Region.",
        "Die Person wohnt in der Flämischen Region.",
    ];

    /// APP-002 not met.
    RESIDENCE_NOT_ELIGIBLE = [
        "De werknemer woont niet in het Vlaamse Gewest: wie buiten Vlaanderen woont, komt niet in aanmerking.",
        "Le travailleur n'habite pas en Région flamande : qui habite hors de Flandre n'est pas éligible.",
        "The employee does not live in the Flemish Region: a person living outside Flanders is not eligible.",
        "Die Person wohnt nicht in der Flämischen Region: wer außerhalb Flanderns wohnt, ist nicht berechtigt.",
    ];
}

/// The residence's country and postcode, reported when malformed, on every as-of date.
pub const PLACE: Rule<Application> = Rule {
    id: RuleId::App002,
    reads: reads!["employee.residence"],
    applies: Applies::Always,
    check: Check::Form(|input, _, out| place::report(&facts::residence_fields(input), &RESIDENCE_COUNTRY_INVALID, out)),
};

/// The rule.
pub const RULE: Rule<Application> = Rule {
    id: RuleId::App002,
    reads: reads!["employee.residence"],
    applies: Applies::FromCatalogue,
    check: Check::Form(check),
};

fn check(input: &Input<'_, Application>, _ctx: &Context, out: &mut Outcome) {
    let residence = &Facts::of(input).residence;
    out.need(&residence.path, residence.place != Place::Missing);
    let mut judgement = Judgement::default();
    match residence.place {
        Place::Missing => {
            judgement.lacks(input.dropped, out, &RESIDENCE_MISSING, residence.path);
        }
        Place::Invalid => judgement.wait_for(residence.path),
        Place::Region(Region::Flanders) => {}
        Place::Region(region) => {
            out.push(Finding::new(&RESIDENCE_OUTSIDE_FLANDERS, residence.path).with("region", region_name(region)));
            judgement.broken = true;
        }
        Place::Abroad => {
            judgement.breaks(out, &RESIDENCE_ABROAD, residence.path);
        }
    }
    out.judge(judgement.verdict(RuleId::App002, RESIDENT_IN_FLANDERS, RESIDENCE_NOT_ELIGIBLE, FACTS_MISSING));
}

#[cfg(test)]
mod tests {
    use super::super::testing::*;
    use super::*;
    use serde_json::json;

    #[test]
    fn living_in_antwerpen_is_met() {
        assert_eq!(status(&run(&RULE, &complete()), RuleId::App002), Status::Met);
    }

    #[test]
    fn living_outside_flanders_is_not_met() {
        let brussels = with(complete(), "employee.residence.postcode", json!("1000"));
        let out = run(&RULE, &brussels);
        assert_eq!(found(&out), [("application.residence_outside_flanders", "employee.residence.postcode".to_owned())]);
        assert_eq!(status(&out, RuleId::App002), Status::NotMet);
        // Abroad, in the EU or not, whatever the workplace: the FAQ makes no exception.
        for country in ["NL", "MA"] {
            let out = run(&RULE, &with(complete(), "employee.residence", json!({ "country": country })));
            assert_eq!(found(&out), [("application.residence_abroad", "employee.residence.country".to_owned())]);
            assert_eq!(status(&out, RuleId::App002), Status::NotMet);
        }
    }

    #[test]
    fn a_malformed_place_is_reported_by_the_place_unit() {
        let out = run(&PLACE, &with(complete(), "employee.residence.country", json!("Belgie")));
        assert_eq!(found(&out), [("application.residence_country_invalid", "employee.residence.country".to_owned())]);
        let out = run(&PLACE, &with(complete(), "employee.residence.postcode", json!("90")));
        assert_eq!(found(&out), [("id.postcode_invalid", "employee.residence.postcode".to_owned())]);
        let out = run(&RULE, &with(complete(), "employee.residence.postcode", json!("90")));
        assert!(out.findings.is_empty());
        assert_eq!(status(&out, RuleId::App002), Status::Unknown);
    }
}
