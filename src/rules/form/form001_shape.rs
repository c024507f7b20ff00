//! FORM-001: every value fits its field's shape, and the form stays within the bounds a page
//! can answer for; what does not fit is reported at its path, once, and not judged further.
//! The decoder finds these problems; this rule reports them.

use crate::model::bounds::{MAX_DEPTH, MAX_FORM_ITEMS, MAX_INPUT_BYTES, MAX_LIST_ITEMS, MAX_TEXT_CHARS};
use crate::model::decode::ShapeKind;
use crate::rules::support::*;

rule_entry! {
    id: Form001,
    family: "form",
    source: OURS,
    // Not a rule of the scheme: the shape of the input, this library's contract.
    quote: "",
    confidence: NotApplicable,
    from: date(2023, 7, 1),
    title: ["Vorm van de invoer", "Forme de la saisie", "Shape of the input", "Form der Eingabe"],
    text: [
            "Elk veld heeft het verwachte type (tekst, getal, ja/nee, lijst, groep of keuze), teksten en lijsten blijven binnen hun grens. Wat niet past, wordt bij het veld gemeld en niet verder nagekeken.",
            "Chaque champ a le type attendu (texte, nombre, oui/non, liste, groupe ou choix), textes et listes restent dans leurs limites. Ce qui ne convient pas est signalé au champ et n'est pas vérifié davantage.",
            "Every field has the expected type (text, number, yes/no, list, group or choice); texts and lists stay within their bounds. What does not fit is reported at the field and not checked further.",
            "Jedes Feld hat den erwarteten Typ (Text, Zahl, ja/nein, Liste, Gruppe oder Auswahl); Texte und Listen bleiben in ihren Grenzen. Was nicht passt, wird am Feld gemeldet und nicht weiter geprüft.",
    ],
    parameters: [],
}

codes! {
    rule: Form001;
    /// A value has another type than its field (a number where a list belongs).
    WRONG_TYPE = "form.wrong_type", Error, [
        "Dit veld verwacht {expected}.",
        "Ce champ attend {expected}.",
        "This field expects {expected}.",
        "Dieses Feld erwartet {expected}.",
    ];
    /// A value is not one of the field's choices.
    UNKNOWN_CHOICE = "form.unknown_choice", Error, [
        "Kies een van de mogelijke waarden: {allowed}.",
        "Choisissez une des valeurs possibles : {allowed}.",
        "Choose one of the possible values: {allowed}.",
        "Wählen Sie einen der möglichen Werte: {allowed}.",
    ];
    /// A text is longer than the bound.
    TOO_LONG = "form.too_long", Error, [
        "Deze tekst is te lang: maximaal {max} tekens.",
        "Ce texte est trop long : {max} caractères au maximum.",
        "This text is too long: at most {max} characters.",
        "Dieser Text ist zu lang: höchstens {max} Zeichen.",
    ];
    /// A list has more items than the bound.
    TOO_MANY_ITEMS = "form.too_many_items", Error, [
        "Deze lijst is te lang: maximaal {max} items; de rest is niet nagekeken.",
        "Cette liste est trop longue : {max} éléments au maximum ; le reste n'a pas été vérifié.",
        "This list is too long: at most {max} items; the rest was not checked.",
        "Diese Liste ist zu lang: höchstens {max} Einträge; der Rest wurde nicht geprüft.",
    ];
    /// The form's lists together hold more items than the bound.
    TOO_MANY_ITEMS_IN_FORM = "form.too_many_items_in_form", Error, [
        "Dit formulier heeft samen meer dan {max} items in zijn lijsten; vanaf deze lijst is de rest niet nagekeken.",
        "Ce formulaire compte plus de {max} éléments dans ses listes ; à partir de cette liste, le reste n'a pas été vérifié.",
        "This form holds more than {max} items in its lists together; from this list on the rest was not checked.",
        "Dieses Formular enthält in seinen Listen zusammen mehr als {max} Einträge; ab dieser Liste wurde der Rest nicht geprüft.",
    ];
    /// Nesting deeper than the bound.
    TOO_DEEP = "form.too_deep", Error, [
        "Dit veld is te diep genest en werd niet nagekeken.",
        "Ce champ est trop profondément imbriqué et n'a pas été vérifié.",
        "This field is nested too deeply and was not checked.",
        "Dieses Feld ist zu tief verschachtelt und wurde nicht geprüft.",
    ];
    /// A form, or a field's value, is larger than the bound: it was not read.
    TOO_LARGE = "form.too_large", Error, [
        "Dit is groter dan 1 MB en werd niet nagekeken.",
        "Ceci dépasse 1 Mo et n'a pas été vérifié.",
        "This is larger than 1 MB and was not checked.",
        "Dies ist größer als 1 MB und wurde nicht geprüft.",
    ];
    /// A report holds at most the bound's number of issues; this last one counts the rest.
    ISSUES_LEFT_OUT = "form.issues_left_out", Info, [
        "Nog {count} meldingen werden weggelaten: los eerst de getoonde op.",
        "{count} autres messages ont été omis : corrigez d'abord ceux qui sont affichés.",
        "{count} more issues were left out: resolve the ones shown first.",
        "{count} weitere Meldungen wurden ausgelassen: beheben Sie zuerst die angezeigten.",
    ];
}

/// The rule on any form: it reads the whole form, since a value anywhere may not fit, and
/// holds on every date (the input's shape is not a rule of the scheme).
pub const fn rule<F>() -> Rule<F> {
    Rule { id: RuleId::Form001, reads: reads![""], applies: Applies::Always, check: Check::Form(check_form::<F>) }
}

/// Reports what decoding `input`'s form dropped.
fn check_form<F>(input: &Input<'_, F>, _: &Context, out: &mut Outcome) {
    check(input.dropped, out);
}

/// Reports each value that did not fit at its path.
pub fn check(problems: &[ShapeProblem], out: &mut Outcome) {
    for problem in problems {
        let path = problem.path;
        out.push(match &problem.kind {
            ShapeKind::WrongType(expected) => Finding::new(&WRONG_TYPE, path).with("expected", expected.name()),
            ShapeKind::UnknownChoice { allowed } => {
                Finding::new(&UNKNOWN_CHOICE, path).with("allowed", allowed.clone())
            }
            ShapeKind::TooLong => Finding::new(&TOO_LONG, path).with("max", MAX_TEXT_CHARS),
            ShapeKind::TooManyItems => Finding::new(&TOO_MANY_ITEMS, path).with("max", MAX_LIST_ITEMS),
            ShapeKind::TooManyItemsInForm => Finding::new(&TOO_MANY_ITEMS_IN_FORM, path).with("max", MAX_FORM_ITEMS),
            ShapeKind::TooDeep => Finding::new(&TOO_DEEP, path).with("max", MAX_DEPTH),
            ShapeKind::TooLarge => Finding::new(&TOO_LARGE, path).with("max", MAX_INPUT_BYTES),
        });
    }
}

/// The one issue at the form that stands for the `count` issues a report leaves out.
pub fn issues_left_out(count: usize) -> Finding {
    Finding::new(&ISSUES_LEFT_OUT, Path::root()).with("count", count)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::indexing_slicing)]
    use super::{check, issues_left_out};
    use crate::model::decode::{self, ShapeKind, ShapeProblem};
    use crate::model::{Path, Supervisor};
    use crate::report::Param;
    use crate::rules::outcome::Outcome;

    #[test]
    fn each_value_that_did_not_fit_is_reported_at_its_path_with_its_bound() {
        let decoded = decode::from_json::<Supervisor>(r#"{"name":42,"experience":[7]}"#).unwrap();
        let mut out = Outcome::default();
        check(&decoded.problems, &mut out);
        let found: Vec<String> = out.findings.iter().map(|f| format!("{} at {}", f.code.as_str(), f.path)).collect();
        assert_eq!(found, ["form.wrong_type at name", "form.wrong_type at experience[0]"]);
        assert_eq!(out.findings[0].params.get("expected"), Some(&Param::Text("text".into())));
        let mut out = Outcome::default();
        check(&[ShapeProblem { path: Path::root(), kind: ShapeKind::TooDeep }], &mut out);
        assert_eq!(out.findings[0].params.get("max"), Some(&Param::Number(8)));
        assert!(out.verdicts.is_empty(), "the shape is no requirement");
    }

    #[test]
    fn the_issues_left_out_are_counted_at_the_form() {
        let notice = issues_left_out(31);
        assert_eq!(notice.code.as_str(), "form.issues_left_out");
        assert_eq!(notice.path, Path::root());
        assert_eq!(notice.params.get("count"), Some(&Param::Number(31)));
    }
}
