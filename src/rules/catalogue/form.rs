//! Catalogue entries of the `form` family.

use super::sources::OURS;
use super::RuleDef;
#[cfg(not(target_arch = "wasm32"))]
use super::{About, Confidence};
use crate::calendar::iso::date;
use crate::rule_id::RuleId;

/// Rules of the `form` family.
pub const RULES: &[RuleDef] = &[RuleDef {
    id: RuleId::Form001,
    codes: &[],
    source: OURS,
    effective_from: date(2023, 7, 1),
    #[cfg(not(target_arch = "wasm32"))]
    about: About {
        family: "form",
        confidence: Confidence::NotApplicable,
        title: &["Vorm van de invoer", "Forme de la saisie", "Shape of the input", "Form der Eingabe"],
        text: &[
            "Elk veld heeft het verwachte type (tekst, getal, ja/nee, lijst, groep of keuze), teksten en lijsten blijven binnen hun grens. Wat niet past, wordt bij het veld gemeld en niet verder nagekeken.",
            "Chaque champ a le type attendu (texte, nombre, oui/non, liste, groupe ou choix), textes et listes restent dans leurs limites. Ce qui ne convient pas est signalé au champ et n'est pas vérifié davantage.",
            "Every field has the expected type (text, number, yes/no, list, group or choice); texts and lists stay within their bounds. What does not fit is reported at the field and not checked further.",
            "Jedes Feld hat den erwarteten Typ (Text, Zahl, ja/nein, Liste, Gruppe oder Auswahl); Texte und Listen bleiben in ihren Grenzen. Was nicht passt, wird am Feld gemeldet und nicht weiter geprüft.",
        ],
        quote: "",
        parameters: &[],
    },
}];
