//! Catalogue entries of the `id` family: Belgian identifiers and postcodes.

use super::sources::IDENTIFIERS;
use super::RuleDef;
#[cfg(not(target_arch = "wasm32"))]
use super::{About, Confidence};
use crate::calendar::iso::date;
use crate::rule_id::RuleId;

/// Rules of the `id` family.
pub const RULES: &[RuleDef] = &[
    RuleDef {
        id: RuleId::IdInsz,
        codes: &[],
        source: IDENTIFIERS,
        effective_from: date(2023, 7, 1),
        #[cfg(not(target_arch = "wasm32"))]
        about: About {
            family: "id",
            confidence: Confidence::High,
            title: &["Rijksregister- of BIS-nummer", "Numéro de registre national ou BIS", "National register or BIS number", "Nationalregister- oder BIS-Nummer"],
            text: &[
                "11 cijfers JJMMDD-VVV-CC. Controle = 97 − (eerste 9 cijfers mod 97); voor geboortes vanaf 2000 wordt '2' voor de 9 cijfers gezet. BIS: maand + 20 (geslacht onbekend) of + 40 (geslacht bekend). Volgnummer 001–997. Maand 00 of dag 00 betekent onbekend.",
                "11 chiffres AAMMJJ-SSS-CC. Contrôle = 97 − (9 premiers chiffres mod 97) ; pour les naissances à partir de 2000, on préfixe '2'. BIS : mois + 20 (sexe inconnu) ou + 40 (sexe connu). Numéro d'ordre 001–997. Mois 00 ou jour 00 : inconnu.",
                "11 digits YYMMDD-SSS-CC. Check = 97 − (first 9 digits mod 97); for births from 2000 the 9 digits are prefixed with '2'. BIS: month + 20 (sex unknown) or + 40 (sex known). Serial 001–997. Month 00 or day 00 mean unknown.",
                "11 Ziffern JJMMTT-SSS-PP. Prüfziffer = 97 − (erste 9 Ziffern mod 97); für Geburten ab 2000 wird '2' vorangestellt. BIS: Monat + 20 (Geschlecht unbekannt) oder + 40 (bekannt). Laufende Nummer 001–997. Monat 00 oder Tag 00 bedeuten unbekannt.",
            ],
            quote: "",
            parameters: &[],
        },
    },
    RuleDef {
        id: RuleId::IdKbo,
        codes: &[],
        source: IDENTIFIERS,
        effective_from: date(2023, 7, 1),
        #[cfg(not(target_arch = "wasm32"))]
        about: About {
            family: "id",
            confidence: Confidence::High,
            title: &["Ondernemingsnummer", "Numéro d'entreprise", "Enterprise number", "Unternehmensnummer"],
            text: &[
                "10 cijfers (een oud nummer van 9 cijfers krijgt een voorloopnul), beginnend met 0 of 1; 0403.019.261, 0403 019 261 en BE0403019261 worden aanvaard. Controle: de laatste twee cijfers = 97 − (eerste 8 cijfers mod 97).",
                "10 chiffres (un ancien numéro de 9 chiffres reçoit un zéro initial), commençant par 0 ou 1 ; 0403.019.261, 0403 019 261 et BE0403019261 sont acceptés. Contrôle : les deux derniers chiffres = 97 − (8 premiers chiffres mod 97).",
                "10 digits (a 9-digit legacy number gets a leading 0), starting with 0 or 1; 0403.019.261, 0403 019 261 and BE0403019261 are accepted. Check: the last two digits = 97 − (first 8 digits mod 97).",
                "10 Ziffern (eine alte 9-stellige Nummer erhält eine führende 0), beginnend mit 0 oder 1; 0403.019.261, 0403 019 261 und BE0403019261 werden akzeptiert. Prüfung: die letzten zwei Ziffern = 97 − (erste 8 Ziffern mod 97).",
            ],
            quote: "",
            parameters: &[],
        },
    },
    RuleDef {
        id: RuleId::IdIban,
        codes: &[],
        source: IDENTIFIERS,
        effective_from: date(2023, 7, 1),
        #[cfg(not(target_arch = "wasm32"))]
        about: About {
            family: "id",
            confidence: Confidence::High,
            title: &["Belgisch rekeningnummer", "Numéro de compte belge", "Belgian account number", "Belgische Kontonummer"],
            text: &[
                "BEkk + 12 cijfers. ISO 7064 mod 97 = 1, en de Belgische controle: de laatste 2 cijfers = eerste 10 cijfers mod 97 (97 als dat 0 is).",
                "BEkk + 12 chiffres. ISO 7064 mod 97 = 1, et le contrôle belge : les 2 derniers chiffres = 10 premiers chiffres mod 97 (97 si c'est 0).",
                "BEkk + 12 digits. ISO 7064 mod 97 = 1, and the Belgian check: the last 2 digits = first 10 digits mod 97 (97 when that is 0).",
                "BEkk + 12 Ziffern. ISO 7064 mod 97 = 1 und die belgische Prüfung: die letzten 2 Ziffern = erste 10 Ziffern mod 97 (97, wenn das 0 ist).",
            ],
            quote: "",
            parameters: &[],
        },
    },
    RuleDef {
        id: RuleId::IdPost,
        codes: &[],
        source: IDENTIFIERS,
        effective_from: date(2023, 7, 1),
        #[cfg(not(target_arch = "wasm32"))]
        about: About {
            family: "id",
            confidence: Confidence::High,
            title: &["Postcode en gewest", "Code postal et région", "Postcode and region", "Postleitzahl und Region"],
            text: &[
                "1000–1299 Brussel; 1300–1499 Wallonië; 1500–3999 Vlaanderen; 4000–7999 Wallonië; 8000–9999 Vlaanderen. De faciliteitengemeenten rond Brussel (1620, 1630, 1640, 1780, 1950, 1970) liggen in Vlaanderen.",
                "1000–1299 Bruxelles ; 1300–1499 Wallonie ; 1500–3999 Flandre ; 4000–7999 Wallonie ; 8000–9999 Flandre. Les communes à facilités autour de Bruxelles (1620, 1630, 1640, 1780, 1950, 1970) sont en Flandre.",
                "1000–1299 Brussels; 1300–1499 Wallonia; 1500–3999 Flanders; 4000–7999 Wallonia; 8000–9999 Flanders. The facility municipalities around Brussels (1620, 1630, 1640, 1780, 1950, 1970) are in Flanders.",
                "1000–1299 Brüssel; 1300–1499 Wallonien; 1500–3999 Flandern; 4000–7999 Wallonien; 8000–9999 Flandern. Die Fazilitätengemeinden um Brüssel (1620, 1630, 1640, 1780, 1950, 1970) liegen in Flandern.",
            ],
            quote: "",
            parameters: &[],
        },
    },
];
