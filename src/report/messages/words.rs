//! Wire names that appear inside messages, in each locale.

use crate::locale::Locale;
use crate::texts::texts;

texts! {
    TEXT = ["tekst", "du texte", "text", "Text"];
    NUMBER = ["een getal", "un nombre", "a number", "eine Zahl"];
    YES_NO = ["ja of nee", "oui ou non", "yes or no", "ja oder nein"];
    LIST = ["een lijst", "une liste", "a list", "eine Liste"];
    GROUP = ["een groep velden", "un groupe de champs", "a group of fields", "eine Feldgruppe"];
    CHOICE = [
        "een keuze uit de lijst",
        "un choix de la liste",
        "a choice from the list",
        "eine Auswahl aus der Liste",
    ];
}

/// The word for a wire name in a locale; other texts (dates, ids) pass unchanged.
pub(super) fn localize(text: &str, locale: Locale) -> &str {
    let texts = match text {
        "text" => TEXT,
        "number" => NUMBER,
        "yesNo" => YES_NO,
        "list" => LIST,
        "group" => GROUP,
        "choice" => CHOICE,
        _ => return text,
    };
    texts.get(locale)
}
