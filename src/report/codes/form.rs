//! Codes of the `form` family.

family_codes! {
    /// Codes of the `form` family.
    FormCode, "form";
    /// A value has another type than its field (a number where a list belongs).
    WrongType = "wrong_type", Form001, Error, [
        "Dit veld verwacht {expected}.",
        "Ce champ attend {expected}.",
        "This field expects {expected}.",
        "Dieses Feld erwartet {expected}.",
    ];
    /// A value is not one of the field's choices.
    UnknownChoice = "unknown_choice", Form001, Error, [
        "Kies een van de mogelijke waarden: {allowed}.",
        "Choisissez une des valeurs possibles : {allowed}.",
        "Choose one of the possible values: {allowed}.",
        "Wählen Sie einen der möglichen Werte: {allowed}.",
    ];
    /// A text is longer than the bound.
    TooLong = "too_long", Form001, Error, [
        "Deze tekst is te lang: maximaal {max} tekens.",
        "Ce texte est trop long : {max} caractères au maximum.",
        "This text is too long: at most {max} characters.",
        "Dieser Text ist zu lang: höchstens {max} Zeichen.",
    ];
    /// A list has more items than the bound.
    TooManyItems = "too_many_items", Form001, Error, [
        "Deze lijst is te lang: maximaal {max} items; de rest is niet nagekeken.",
        "Cette liste est trop longue : {max} éléments au maximum ; le reste n'a pas été vérifié.",
        "This list is too long: at most {max} items; the rest was not checked.",
        "Diese Liste ist zu lang: höchstens {max} Einträge; der Rest wurde nicht geprüft.",
    ];
    /// The form's lists together hold more items than the bound.
    TooManyItemsInForm = "too_many_items_in_form", Form001, Error, [
        "Dit formulier heeft samen meer dan {max} items in zijn lijsten; vanaf deze lijst is de rest niet nagekeken.",
        "Ce formulaire compte plus de {max} éléments dans ses listes ; à partir de cette liste, le reste n'a pas été vérifié.",
        "This form holds more than {max} items in its lists together; from this list on the rest was not checked.",
        "Dieses Formular enthält in seinen Listen zusammen mehr als {max} Einträge; ab dieser Liste wurde der Rest nicht geprüft.",
    ];
    /// Nesting deeper than the bound.
    TooDeep = "too_deep", Form001, Error, [
        "Dit veld is te diep genest en werd niet nagekeken.",
        "Ce champ est trop profondément imbriqué et n'a pas été vérifié.",
        "This field is nested too deeply and was not checked.",
        "Dieses Feld ist zu tief verschachtelt und wurde nicht geprüft.",
    ];
    /// A form, or a field's value, is larger than the bound: it was not read.
    TooLarge = "too_large", Form001, Error, [
        "Dit is groter dan 1 MB en werd niet nagekeken.",
        "Ceci dépasse 1 Mo et n'a pas été vérifié.",
        "This is larger than 1 MB and was not checked.",
        "Dies ist größer als 1 MB und wurde nicht geprüft.",
    ];
    /// A report holds at most the bound's number of issues; this last one counts the rest.
    IssuesLeftOut = "issues_left_out", Form001, Info, [
        "Nog {count} meldingen werden weggelaten: los eerst de getoonde op.",
        "{count} autres messages ont été omis : corrigez d'abord ceux qui sont affichés.",
        "{count} more issues were left out: resolve the ones shown first.",
        "{count} weitere Meldungen wurden ausgelassen: beheben Sie zuerst die angezeigten.",
    ];
}
