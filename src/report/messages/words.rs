//! Wire names that appear inside messages, in each locale.

use crate::locale::Locale;

/// The word for a wire name in a locale; other texts (dates, ids) pass unchanged.
pub(super) fn localize(text: &str, locale: Locale) -> &str {
    let texts: crate::locale::Texts = match text {
        "text" => &["tekst", "du texte", "text", "Text"],
        "number" => &["een getal", "un nombre", "a number", "eine Zahl"],
        "yesNo" => &["ja of nee", "oui ou non", "yes or no", "ja oder nein"],
        "list" => &["een lijst", "une liste", "a list", "eine Liste"],
        "group" => &["een groep velden", "un groupe de champs", "a group of fields", "eine Feldgruppe"],
        "choice" => {
            &["een keuze uit de lijst", "un choix de la liste", "a choice from the list", "eine Auswahl aus der Liste"]
        }
        _ => return text,
    };
    locale.pick(texts)
}
