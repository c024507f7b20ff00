//! ID-INSZ: the national register or BIS number (INSZ) wherever a form holds one, and `checkInsz`.

use crate::ids::insz::InszError;
use crate::report::Code;
use crate::rules::support::*;

rule_entry! {
    id: IdInsz,
    family: "id",
    source: IDENTIFIERS,
    // The seeds do not describe identifiers: the quote states the published algorithm.
    quote: "Het rijksregisternummer telt 11 cijfers: de geboortedatum (JJMMDD), een volgnummer (001 tot 997) en een controlegetal van 2 cijfers, gelijk aan 97 min de rest van de deling van de eerste 9 cijfers door 97 (voor wie geboren is vanaf 2000: van 2 gevolgd door die 9 cijfers). Bij een BIS-nummer is de maand verhoogd met 20 of 40.",
    confidence: High,
    from: date(2023, 7, 1),
    title: ["Rijksregister- of BIS-nummer", "Numéro de registre national ou BIS", "National register or BIS number", "Nationalregister- oder BIS-Nummer"],
    text: [
        "11 cijfers JJMMDD-VVV-CC. Controle = 97 − (eerste 9 cijfers mod 97); voor geboortes vanaf 2000 wordt '2' voor de 9 cijfers gezet. BIS: maand + 20 (geslacht onbekend) of + 40 (geslacht bekend). Volgnummer 001–997. Maand 00 of dag 00 betekent onbekend.",
        "11 chiffres AAMMJJ-SSS-CC. Contrôle = 97 − (9 premiers chiffres mod 97) ; pour les naissances à partir de 2000, on préfixe '2'. BIS : mois + 20 (sexe inconnu) ou + 40 (sexe connu). Numéro d'ordre 001–997. Mois 00 ou jour 00 : inconnu.",
        "11 digits YYMMDD-SSS-CC. Check = 97 − (first 9 digits mod 97); for births from 2000 the 9 digits are prefixed with '2'. BIS: month + 20 (sex unknown) or + 40 (sex known). Serial 001–997. Month 00 or day 00 mean unknown.",
        "11 Ziffern JJMMTT-SSS-PP. Prüfziffer = 97 − (erste 9 Ziffern mod 97); für Geburten ab 2000 wird '2' vorangestellt. BIS: Monat + 20 (Geschlecht unbekannt) oder + 40 (bekannt). Laufende Nummer 001–997. Monat 00 oder Tag 00 bedeuten unbekannt.",
    ],
    parameters: [],
}

codes! {
    rule: IdInsz;
    /// No INSZ given (only from `checkInsz`; in a form a missing field is a completeness gap).
    INSZ_EMPTY = "id.insz_empty", Error, [
        "Vul het rijksregister- of BIS-nummer in.",
        "Indiquez le numéro de registre national ou BIS.",
        "Enter the national register or BIS number.",
        "Geben Sie die Nationalregister- oder BIS-Nummer ein.",
    ];
    /// Not 11 digits.
    INSZ_WRONG_LENGTH = "id.insz_wrong_length", Error, [
        "Een rijksregister- of BIS-nummer telt 11 cijfers (JJMMDD-VVV-CC).",
        "Un numéro de registre national ou BIS compte 11 chiffres (AAMMJJ-SSS-CC).",
        "A national register or BIS number has 11 digits (YYMMDD-SSS-CC).",
        "Eine Nationalregister- oder BIS-Nummer hat 11 Ziffern (JJMMTT-SSS-PP).",
    ];
    /// Other characters than digits and separators.
    INSZ_NOT_DIGITS = "id.insz_not_digits", Error, [
        "Gebruik enkel cijfers (punten, spaties en streepjes mogen).",
        "Utilisez uniquement des chiffres (points, espaces et tirets admis).",
        "Use digits only (dots, spaces and dashes are fine).",
        "Verwenden Sie nur Ziffern (Punkte, Leerzeichen und Bindestriche sind erlaubt).",
    ];
    /// The check digits do not match.
    INSZ_CHECK_DIGITS = "id.insz_check_digits", Error, [
        "Dit nummer klopt niet: de controlecijfers passen niet. Kijk het na op de identiteitskaart.",
        "Ce numéro n'est pas correct : les chiffres de contrôle ne correspondent pas. Vérifiez-le sur la carte d'identité.",
        "This number is not right: the check digits do not match. Check it on the identity card.",
        "Diese Nummer stimmt nicht: die Prüfziffern passen nicht. Prüfen Sie sie auf dem Personalausweis.",
    ];
    /// The birth date part is impossible.
    INSZ_INVALID_BIRTH_DATE = "id.insz_invalid_birth_date", Error, [
        "De geboortedatum in dit nummer bestaat niet.",
        "La date de naissance contenue dans ce numéro n'existe pas.",
        "The birth date in this number does not exist.",
        "Das Geburtsdatum in dieser Nummer existiert nicht.",
    ];
    /// The serial number is 000, 998 or 999.
    INSZ_INVALID_SERIAL = "id.insz_invalid_serial", Error, [
        "Het volgnummer (cijfers 7 tot 9) moet tussen 001 en 997 liggen.",
        "Le numéro d'ordre (chiffres 7 à 9) doit être compris entre 001 et 997.",
        "The serial number (digits 7 to 9) must be between 001 and 997.",
        "Die laufende Nummer (Ziffern 7 bis 9) muss zwischen 001 und 997 liegen.",
    ];
}

impl From<InszError> for Code {
    fn from(error: InszError) -> Self {
        Code::of(match error {
            InszError::Empty => &INSZ_EMPTY,
            InszError::WrongLength => &INSZ_WRONG_LENGTH,
            InszError::NotDigits => &INSZ_NOT_DIGITS,
            InszError::CheckDigits => &INSZ_CHECK_DIGITS,
            InszError::InvalidBirthDate => &INSZ_INVALID_BIRTH_DATE,
            InszError::InvalidSerial => &INSZ_INVALID_SERIAL,
        })
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::indexing_slicing)]
    use crate::model::Path;
    use crate::rules::ids::insz_field;
    use crate::rules::outcome::Outcome;

    fn codes(text: &str) -> Vec<&'static str> {
        let mut out = Outcome::default();
        insz_field(Some(text), Path::root(), &mut out);
        out.findings.iter().map(|f| f.code.as_str()).collect()
    }

    #[test]
    fn an_insz_is_read_or_its_error_reported() {
        assert!(codes("85.07.30-033.28").is_empty());
        assert!(codes("17.07.30-033.84").is_empty(), "born in 2017");
        assert!(codes("98.47.28-997.65").is_empty(), "a BIS number");
        assert_eq!(codes("85.07.30-033.29"), ["id.insz_check_digits"]);
        assert_eq!(codes("85.07.30-033"), ["id.insz_wrong_length"]);
        assert_eq!(codes("85.07.30-O33.28"), ["id.insz_not_digits"]);
    }
}
