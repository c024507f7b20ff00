//! Messages of the `form` family: values that do not fit the form's shape.

use super::Texts;
use crate::report::code::Code;

pub(super) fn texts(code: Code) -> Option<Texts> {
    Some(match code {
        Code::FormWrongType => [
            "Dit veld verwacht {expected}.",
            "Ce champ attend {expected}.",
            "This field expects {expected}.",
            "Dieses Feld erwartet {expected}.",
        ],
        Code::FormUnknownChoice => [
            "Kies een van de mogelijke waarden: {allowed}.",
            "Choisissez une des valeurs possibles : {allowed}.",
            "Choose one of the possible values: {allowed}.",
            "Wählen Sie einen der möglichen Werte: {allowed}.",
        ],
        Code::FormTooLong => [
            "Deze tekst is te lang: maximaal {max} tekens.",
            "Ce texte est trop long : {max} caractères au maximum.",
            "This text is too long: at most {max} characters.",
            "Dieser Text ist zu lang: höchstens {max} Zeichen.",
        ],
        Code::FormTooManyItems => [
            "Deze lijst is te lang: maximaal {max} items; de rest is niet nagekeken.",
            "Cette liste est trop longue : {max} éléments au maximum ; le reste n'a pas été vérifié.",
            "This list is too long: at most {max} items; the rest was not checked.",
            "Diese Liste ist zu lang: höchstens {max} Einträge; der Rest wurde nicht geprüft.",
        ],
        Code::FormTooDeep => [
            "Dit veld is te diep genest en werd niet nagekeken.",
            "Ce champ est trop profondément imbriqué et n'a pas été vérifié.",
            "This field is nested too deeply and was not checked.",
            "Dieses Feld ist zu tief verschachtelt und wurde nicht geprüft.",
        ],
        _ => return None,
    })
}
