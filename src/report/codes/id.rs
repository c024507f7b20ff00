//! Codes of the `id` family: Belgian identifiers and postcodes (ID-INSZ, ID-KBO, ID-IBAN,
//! ID-POST), wherever they appear in a form.

family_codes! {
    /// Codes of the `id` family.
    IdCode, "id";
    /// No INSZ given (only from `checkInsz`; in a form a missing field is a completeness gap).
    InszEmpty = "insz_empty", IdInsz, Error, [
        "Vul het rijksregister- of BIS-nummer in.",
        "Indiquez le numéro de registre national ou BIS.",
        "Enter the national register or BIS number.",
        "Geben Sie die Nationalregister- oder BIS-Nummer ein.",
    ];
    /// Not 11 digits.
    InszWrongLength = "insz_wrong_length", IdInsz, Error, [
        "Een rijksregister- of BIS-nummer telt 11 cijfers (JJMMDD-VVV-CC).",
        "Un numéro de registre national ou BIS compte 11 chiffres (AAMMJJ-SSS-CC).",
        "A national register or BIS number has 11 digits (YYMMDD-SSS-CC).",
        "Eine Nationalregister- oder BIS-Nummer hat 11 Ziffern (JJMMTT-SSS-PP).",
    ];
    /// Other characters than digits and separators.
    InszNotDigits = "insz_not_digits", IdInsz, Error, [
        "Gebruik enkel cijfers (punten, spaties en streepjes mogen).",
        "Utilisez uniquement des chiffres (points, espaces et tirets admis).",
        "Use digits only (dots, spaces and dashes are fine).",
        "Verwenden Sie nur Ziffern (Punkte, Leerzeichen und Bindestriche sind erlaubt).",
    ];
    /// The check digits do not match.
    InszCheckDigits = "insz_check_digits", IdInsz, Error, [
        "Dit nummer klopt niet: de controlecijfers passen niet. Kijk het na op de identiteitskaart.",
        "Ce numéro n'est pas correct : les chiffres de contrôle ne correspondent pas. Vérifiez-le sur la carte d'identité.",
        "This number is not right: the check digits do not match. Check it on the identity card.",
        "Diese Nummer stimmt nicht: die Prüfziffern passen nicht. Prüfen Sie sie auf dem Personalausweis.",
    ];
    /// The birth date part is impossible.
    InszInvalidBirthDate = "insz_invalid_birth_date", IdInsz, Error, [
        "De geboortedatum in dit nummer bestaat niet.",
        "La date de naissance contenue dans ce numéro n'existe pas.",
        "The birth date in this number does not exist.",
        "Das Geburtsdatum in dieser Nummer existiert nicht.",
    ];
    /// The serial number is 000, 998 or 999.
    InszInvalidSerial = "insz_invalid_serial", IdInsz, Error, [
        "Het volgnummer (cijfers 7 tot 9) moet tussen 001 en 997 liggen.",
        "Le numéro d'ordre (chiffres 7 à 9) doit être compris entre 001 et 997.",
        "The serial number (digits 7 to 9) must be between 001 and 997.",
        "Die laufende Nummer (Ziffern 7 bis 9) muss zwischen 001 und 997 liegen.",
    ];
    /// No KBO number given (only from `checkKbo`).
    KboEmpty = "kbo_empty", IdKbo, Error, [
        "Vul het ondernemingsnummer in.",
        "Indiquez le numéro d'entreprise.",
        "Enter the enterprise number.",
        "Geben Sie die Unternehmensnummer ein.",
    ];
    /// Not 10 digits (or 9 for a legacy number).
    KboWrongLength = "kbo_wrong_length", IdKbo, Error, [
        "Een ondernemingsnummer telt 10 cijfers, bv. 0403.019.261.",
        "Un numéro d'entreprise compte 10 chiffres, p. ex. 0403.019.261.",
        "An enterprise number has 10 digits, e.g. 0403.019.261.",
        "Eine Unternehmensnummer hat 10 Ziffern, z. B. 0403.019.261.",
    ];
    /// Other characters than digits, separators and a leading BE.
    KboNotDigits = "kbo_not_digits", IdKbo, Error, [
        "Gebruik enkel cijfers, eventueel voorafgegaan door BE.",
        "Utilisez uniquement des chiffres, éventuellement précédés de BE.",
        "Use digits only, optionally preceded by BE.",
        "Verwenden Sie nur Ziffern, optional mit vorangestelltem BE.",
    ];
    /// The first digit is not 0 or 1.
    KboFirstDigit = "kbo_first_digit", IdKbo, Error, [
        "Een ondernemingsnummer begint met 0 of 1.",
        "Un numéro d'entreprise commence par 0 ou 1.",
        "An enterprise number starts with 0 or 1.",
        "Eine Unternehmensnummer beginnt mit 0 oder 1.",
    ];
    /// The check digits do not match.
    KboCheckDigits = "kbo_check_digits", IdKbo, Error, [
        "Dit ondernemingsnummer klopt niet: de controlecijfers passen niet.",
        "Ce numéro d'entreprise n'est pas correct : les chiffres de contrôle ne correspondent pas.",
        "This enterprise number is not right: the check digits do not match.",
        "Diese Unternehmensnummer stimmt nicht: die Prüfziffern passen nicht.",
    ];
    /// No IBAN given (only from `checkIban`).
    IbanEmpty = "iban_empty", IdIban, Error, [
        "Vul het rekeningnummer (IBAN) in.",
        "Indiquez le numéro de compte (IBAN).",
        "Enter the account number (IBAN).",
        "Geben Sie die Kontonummer (IBAN) ein.",
    ];
    /// An IBAN of another country.
    IbanNotBelgian = "iban_not_belgian", IdIban, Error, [
        "Geef een Belgisch rekeningnummer: het begint met BE.",
        "Indiquez un numéro de compte belge : il commence par BE.",
        "Enter a Belgian account number: it starts with BE.",
        "Geben Sie eine belgische Kontonummer ein: sie beginnt mit BE.",
    ];
    /// Not BE + 14 digits.
    IbanWrongLength = "iban_wrong_length", IdIban, Error, [
        "Een Belgisch rekeningnummer telt 16 tekens: BE en 14 cijfers.",
        "Un numéro de compte belge compte 16 caractères : BE et 14 chiffres.",
        "A Belgian account number has 16 characters: BE and 14 digits.",
        "Eine belgische Kontonummer hat 16 Zeichen: BE und 14 Ziffern.",
    ];
    /// Letters after BE.
    IbanNotDigits = "iban_not_digits", IdIban, Error, [
        "Na BE volgen enkel cijfers.",
        "Après BE ne suivent que des chiffres.",
        "Only digits follow BE.",
        "Nach BE folgen nur Ziffern.",
    ];
    /// The ISO 7064 check (mod 97 = 1) fails.
    IbanIsoChecksum = "iban_iso_checksum", IdIban, Error, [
        "Dit rekeningnummer klopt niet: de IBAN-controle faalt. Kijk een cijfer na.",
        "Ce numéro de compte n'est pas correct : le contrôle IBAN échoue. Vérifiez les chiffres.",
        "This account number is not right: the IBAN check fails. Check the digits.",
        "Diese Kontonummer stimmt nicht: die IBAN-Prüfung schlägt fehl. Prüfen Sie die Ziffern.",
    ];
    /// The Belgian national check (last 2 digits) fails.
    IbanNationalChecksum = "iban_national_checksum", IdIban, Error, [
        "Dit rekeningnummer klopt niet: de Belgische controlecijfers passen niet.",
        "Ce numéro de compte n'est pas correct : les chiffres de contrôle belges ne correspondent pas.",
        "This account number is not right: the Belgian check digits do not match.",
        "Diese Kontonummer stimmt nicht: die belgischen Prüfziffern passen nicht.",
    ];
    /// Not a Belgian postcode (4 digits, 1000 to 9999).
    PostcodeInvalid = "postcode_invalid", IdPost, Error, [
        "Vul een Belgische postcode van 4 cijfers in.",
        "Indiquez un code postal belge de 4 chiffres.",
        "Enter a Belgian postcode of 4 digits.",
        "Geben Sie eine belgische Postleitzahl mit 4 Ziffern ein.",
    ];
}
