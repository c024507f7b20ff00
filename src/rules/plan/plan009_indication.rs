//! PLAN-009: the plan refers to VDAB's indication and, where it gives one, the guidance regime.

use super::{from_root, judged, FACTS_MISSING};
use crate::model::SupportPlan;
use crate::rules::support::*;

rule_entry! {
    id: Plan009,
    family: "plan",
    source: HIVA,
    quote: "De begeleidingspremie wordt op maat bepaald op basis van een ICF-indicering van de werknemer, in een van de drie regimes (laag, midden of hoog).",
    // The study describes the indication and its regime; that the plan refers to them is our
    // reading, so the rule warns.
    confidence: Medium,
    from: date(2023, 7, 1),
    title: ["Indicatie door VDAB", "Indication du VDAB", "VDAB indication", "Indikation durch den VDAB"],
    text: [
        "Het plan verwijst naar de indicatie door VDAB (datum) en, als die er een geeft, naar het begeleidingsregime (laag, midden of hoog).",
        "Le plan renvoie à l'indication du VDAB (date) et, s'il en donne un, au régime d'accompagnement (bas, moyen ou élevé).",
        "The plan refers to VDAB's indication (its date) and, where it gives one, to the guidance regime (laag, midden or hoog).",
        "Der Plan verweist auf die Indikation durch den VDAB (Datum) und, falls angegeben, auf das Begleitungsregime (niedrig, mittel oder hoch).",
    ],
    parameters: [],
}

codes! {
    rule: Plan009;
    /// The plan does not refer to the VDAB indication.
    INDICATION_MISSING = "plan.indication_missing", Warning, [
        "Vermeld de datum van de indicatie door VDAB en, als die er een geeft, het begeleidingsregime.",
        "Indiquez la date de l'indication du VDAB et, s'il en donne un, le régime d'accompagnement.",
        "State the date of VDAB's indication and, where it gives one, the guidance regime.",
        "Geben Sie das Datum der Indikation durch den VDAB an und, falls angegeben, das Begleitungsregime.",
    ];
}

texts! {
    /// PLAN-009 met: the indication is referred to, without a regime.
    INDICATION_REFERRED = [
        "Het plan verwijst naar de indicatie door VDAB.",
        "Le plan renvoie à l'indication du VDAB.",
        "The plan refers to VDAB's indication.",
        "Der Plan verweist auf die Indikation durch den VDAB.",
    ];

    /// PLAN-009 met: the indication and its regime are referred to.
    INDICATION_AND_REGIME_REFERRED = [
        "Het plan verwijst naar de indicatie door VDAB en het begeleidingsregime.",
        "Le plan renvoie à l'indication du VDAB et au régime d'accompagnement.",
        "The plan refers to VDAB's indication and the guidance regime.",
        "Der Plan verweist auf die Indikation durch den VDAB und das Begleitungsregime.",
    ];
}

/// The rule for a support plan.
pub const RULE: Rule<SupportPlan> = Rule {
    id: RuleId::Plan009,
    reads: reads!["indication"],
    applies: Applies::FromCatalogue,
    check: Check::Form(|input, _, out| check(input.form, input.dropped, out)),
};

/// The regime is mentioned "where given", so only the indication's date is asked for; a date
/// that is not one (PLAN-002 reports it) is still to be given.
fn check(form: &SupportPlan, dropped: &[ShapeProblem], out: &mut Outcome) {
    let path = from_root(key!("indication")).key(key!("date"));
    let date = fields::parse_date(form.indication.as_ref().and_then(|i| i.date.as_deref()));
    let mut judgement = Judgement::default();
    match date {
        DateField::Valid(_) => {}
        DateField::Invalid => judgement.wait_for(path),
        DateField::Absent => {
            judgement.lacks(dropped, out, &INDICATION_MISSING, path);
        }
    }
    let met = match form.indication.as_ref().and_then(|i| i.regime) {
        Some(_) => INDICATION_AND_REGIME_REFERRED,
        None => INDICATION_REFERRED,
    };
    out.judge(judged(judgement, RuleId::Plan009, met, FACTS_MISSING, FACTS_MISSING));
}

#[cfg(test)]
mod tests {
    use super::super::testing::*;
    use super::*;

    #[test]
    fn the_indication_of_15_december_2025_with_its_regime() {
        let out = run(&RULE, &complete());
        assert_eq!(status(&out), Status::Met);
        assert_eq!(verdict(&out).explain, INDICATION_AND_REGIME_REFERRED);
    }

    #[test]
    fn the_regime_only_where_given() {
        let mut form = complete();
        form.indication.get_or_insert_default().regime = None;
        let out = run(&RULE, &form);
        assert_eq!(status(&out), Status::Met);
        assert_eq!(verdict(&out).explain, INDICATION_REFERRED);
    }

    #[test]
    fn without_the_indication_is_a_warning() {
        let out = run(&RULE, &SupportPlan { indication: None, ..complete() });
        assert_eq!(status(&out), Status::Unknown);
        assert_eq!(codes(&out), ["plan.indication_missing"]);
        assert_eq!(out.tally.required, 0);
    }
}
