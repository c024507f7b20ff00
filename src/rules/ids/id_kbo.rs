//! ID-KBO: the enterprise number (KBO) wherever a form holds one, and `checkKbo`.

use crate::ids::kbo::KboError;
use crate::report::Code;
use crate::rules::support::*;

rule_entry! {
    id: IdKbo,
    family: "id",
    source: IDENTIFIERS,
    // The seeds do not describe identifiers: the quote states the published algorithm.
    quote: "Het ondernemingsnummer telt 10 cijfers en begint met 0 of 1; de laatste 2 cijfers zijn het controlegetal: 97 min de rest van de deling van de eerste 8 cijfers door 97.",
    confidence: High,
    from: date(2023, 7, 1),
    title: ["Ondernemingsnummer", "Numéro d'entreprise", "Enterprise number", "Unternehmensnummer"],
    text: [
        "10 cijfers (een oud nummer van 9 cijfers krijgt een voorloopnul), beginnend met 0 of 1; 0403.019.261, 0403 019 261 en BE0403019261 worden aanvaard. Controle: de laatste twee cijfers = 97 − (eerste 8 cijfers mod 97).",
        "10 chiffres (un ancien numéro de 9 chiffres reçoit un zéro initial), commençant par 0 ou 1 ; 0403.019.261, 0403 019 261 et BE0403019261 sont acceptés. Contrôle : les deux derniers chiffres = 97 − (8 premiers chiffres mod 97).",
        "10 digits (a 9-digit legacy number gets a leading 0), starting with 0 or 1; 0403.019.261, 0403 019 261 and BE0403019261 are accepted. Check: the last two digits = 97 − (first 8 digits mod 97).",
        "10 Ziffern (eine alte 9-stellige Nummer erhält eine führende 0), beginnend mit 0 oder 1; 0403.019.261, 0403 019 261 und BE0403019261 werden akzeptiert. Prüfung: die letzten zwei Ziffern = 97 − (erste 8 Ziffern mod 97).",
    ],
    parameters: [],
}

codes! {
    rule: IdKbo;
    /// No KBO number given (only from `checkKbo`).
    KBO_EMPTY = "id.kbo_empty", Error, [
        "Vul het ondernemingsnummer in.",
        "Indiquez le numéro d'entreprise.",
        "Enter the enterprise number.",
        "Geben Sie die Unternehmensnummer ein.",
    ];
    /// Not 10 digits (or 9 for a legacy number).
    KBO_WRONG_LENGTH = "id.kbo_wrong_length", Error, [
        "Een ondernemingsnummer telt 10 cijfers, bv. 0403.019.261.",
        "Un numéro d'entreprise compte 10 chiffres, p. ex. 0403.019.261.",
        "An enterprise number has 10 digits, e.g. 0403.019.261.",
        "Eine Unternehmensnummer hat 10 Ziffern, z. B. 0403.019.261.",
    ];
    /// Other characters than digits, separators and a leading BE.
    KBO_NOT_DIGITS = "id.kbo_not_digits", Error, [
        "Gebruik enkel cijfers, eventueel voorafgegaan door BE.",
        "Utilisez uniquement des chiffres, éventuellement précédés de BE.",
        "Use digits only, optionally preceded by BE.",
        "Verwenden Sie nur Ziffern, optional mit vorangestelltem BE.",
    ];
    /// The first digit is not 0 or 1.
    KBO_FIRST_DIGIT = "id.kbo_first_digit", Error, [
        "Een ondernemingsnummer begint met 0 of 1.",
        "Un numéro d'entreprise commence par 0 ou 1.",
        "An enterprise number starts with 0 or 1.",
        "Eine Unternehmensnummer beginnt mit 0 oder 1.",
    ];
    /// The check digits do not match.
    KBO_CHECK_DIGITS = "id.kbo_check_digits", Error, [
        "Dit ondernemingsnummer klopt niet: de controlecijfers passen niet.",
        "Ce numéro d'entreprise n'est pas correct : les chiffres de contrôle ne correspondent pas.",
        "This enterprise number is not right: the check digits do not match.",
        "Diese Unternehmensnummer stimmt nicht: die Prüfziffern passen nicht.",
    ];
}

impl From<KboError> for Code {
    fn from(error: KboError) -> Self {
        Code::of(match error {
            KboError::Empty => &KBO_EMPTY,
            KboError::WrongLength => &KBO_WRONG_LENGTH,
            KboError::NotDigits => &KBO_NOT_DIGITS,
            KboError::FirstDigit => &KBO_FIRST_DIGIT,
            KboError::CheckDigits => &KBO_CHECK_DIGITS,
        })
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::indexing_slicing)]
    use crate::model::Path;
    use crate::rules::ids::kbo_field;
    use crate::rules::outcome::Outcome;

    fn read(text: &str) -> (Option<String>, Vec<&'static str>) {
        let mut out = Outcome::default();
        let kbo = kbo_field(Some(text), Path::root(), &mut out);
        (kbo, out.findings.iter().map(|f| f.code.as_str()).collect())
    }

    #[test]
    fn a_kbo_number_is_read_or_its_error_reported() {
        assert_eq!(read("0403.019.261"), (Some("0403019261".into()), vec![]));
        assert_eq!(read("BE 1000.003.682"), (Some("1000003682".into()), vec![]));
        assert_eq!(read("0431.150.351"), (None, vec!["id.kbo_check_digits"]));
        assert_eq!(read("2403.019.261"), (None, vec!["id.kbo_first_digit"]));
        assert_eq!(read("0403.019"), (None, vec!["id.kbo_wrong_length"]));
        assert_eq!(read("  "), (None, vec![]), "empty is a completeness gap, not an issue");
    }
}
