//! ID-IBAN: a Belgian account number (IBAN), `checkIban`.

use crate::ids::iban::IbanError;
use crate::report::Code;
use crate::rules::support::*;

rule_entry! {
    id: IdIban,
    family: "id",
    source: IDENTIFIERS,
    // The seeds do not describe identifiers: the quote states the published algorithm.
    quote: "Een Belgisch IBAN is BE, 2 controlecijfers en 12 cijfers; de IBAN-controle (ISO 7064, modulo 97) geeft 1, en de laatste 2 cijfers zijn de rest van de deling van de 10 cijfers ervoor door 97 (97 als die rest 0 is).",
    confidence: High,
    from: date(2023, 7, 1),
    title: ["Belgisch rekeningnummer", "Numéro de compte belge", "Belgian account number", "Belgische Kontonummer"],
    text: [
        "BEkk + 12 cijfers. ISO 7064 mod 97 = 1, en de Belgische controle: de laatste 2 cijfers = eerste 10 cijfers mod 97 (97 als dat 0 is).",
        "BEkk + 12 chiffres. ISO 7064 mod 97 = 1, et le contrôle belge : les 2 derniers chiffres = 10 premiers chiffres mod 97 (97 si c'est 0).",
        "BEkk + 12 digits. ISO 7064 mod 97 = 1, and the Belgian check: the last 2 digits = first 10 digits mod 97 (97 when that is 0).",
        "BEkk + 12 Ziffern. ISO 7064 mod 97 = 1 und die belgische Prüfung: die letzten 2 Ziffern = erste 10 Ziffern mod 97 (97, wenn das 0 ist).",
    ],
    parameters: [],
}

codes! {
    rule: IdIban;
    /// No IBAN given (only from `checkIban`).
    IBAN_EMPTY = "id.iban_empty", Error, [
        "Vul het rekeningnummer (IBAN) in.",
        "Indiquez le numéro de compte (IBAN).",
        "Enter the account number (IBAN).",
        "Geben Sie die Kontonummer (IBAN) ein.",
    ];
    /// An IBAN of another country.
    IBAN_NOT_BELGIAN = "id.iban_not_belgian", Error, [
        "Geef een Belgisch rekeningnummer: het begint met BE.",
        "Indiquez un numéro de compte belge : il commence par BE.",
        "Enter a Belgian account number: it starts with BE.",
        "Geben Sie eine belgische Kontonummer ein: sie beginnt mit BE.",
    ];
    /// Not BE + 14 digits.
    IBAN_WRONG_LENGTH = "id.iban_wrong_length", Error, [
        "Een Belgisch rekeningnummer telt 16 tekens: BE en 14 cijfers.",
        "Un numéro de compte belge compte 16 caractères : BE et 14 chiffres.",
        "A Belgian account number has 16 characters: BE and 14 digits.",
        "Eine belgische Kontonummer hat 16 Zeichen: BE und 14 Ziffern.",
    ];
    /// Letters after BE.
    IBAN_NOT_DIGITS = "id.iban_not_digits", Error, [
        "Na BE volgen enkel cijfers.",
        "Après BE ne suivent que des chiffres.",
        "Only digits follow BE.",
        "Nach BE folgen nur Ziffern.",
    ];
    /// The ISO 7064 check (mod 97 = 1) fails.
    IBAN_ISO_CHECKSUM = "id.iban_iso_checksum", Error, [
        "Dit rekeningnummer klopt niet: de IBAN-controle faalt. Kijk een cijfer na.",
        "Ce numéro de compte n'est pas correct : le contrôle IBAN échoue. Vérifiez les chiffres.",
        "This account number is not right: the IBAN check fails. Check the digits.",
        "Diese Kontonummer stimmt nicht: die IBAN-Prüfung schlägt fehl. Prüfen Sie die Ziffern.",
    ];
    /// The Belgian national check (last 2 digits) fails.
    IBAN_NATIONAL_CHECKSUM = "id.iban_national_checksum", Error, [
        "Dit rekeningnummer klopt niet: de Belgische controlecijfers passen niet.",
        "Ce numéro de compte n'est pas correct : les chiffres de contrôle belges ne correspondent pas.",
        "This account number is not right: the Belgian check digits do not match.",
        "Diese Kontonummer stimmt nicht: die belgischen Prüfziffern passen nicht.",
    ];
}

impl From<IbanError> for Code {
    fn from(error: IbanError) -> Self {
        Code::of(match error {
            IbanError::Empty => &IBAN_EMPTY,
            IbanError::NotBelgian => &IBAN_NOT_BELGIAN,
            IbanError::WrongLength => &IBAN_WRONG_LENGTH,
            IbanError::NotDigits => &IBAN_NOT_DIGITS,
            IbanError::IsoChecksum => &IBAN_ISO_CHECKSUM,
            IbanError::NationalChecksum => &IBAN_NATIONAL_CHECKSUM,
        })
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::indexing_slicing)]
    use crate::locale::Locale;
    use crate::rules::ids::check_iban;

    #[test]
    fn an_iban_is_checked_and_its_error_named_in_the_locale() {
        let valid = check_iban(Some("BE68 5390 0754 7034"), Locale::Nl);
        assert!(valid.valid);
        assert_eq!(valid.formatted.as_deref(), Some("BE68 5390 0754 7034"));
        let wrong = check_iban(Some("BE68 5390 0754 7035"), Locale::En);
        assert!(!wrong.valid);
        assert_eq!(wrong.code.as_deref(), Some("id.iban_iso_checksum"));
        assert!(wrong.message.is_some_and(|message| message.contains("IBAN check fails")));
        assert_eq!(check_iban(Some("NL91ABNA0417164300"), Locale::Nl).code.as_deref(), Some("id.iban_not_belgian"));
    }
}
