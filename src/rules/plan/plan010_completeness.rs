//! PLAN-010: completeness, the facts the plan's other rules count as required, filled and
//! missing, so a portal can show progress.

use super::judged;
use crate::model::SupportPlan;
use crate::rules::outcome::Tally;
use crate::rules::support::*;

rule_entry! {
    id: Plan010,
    family: "plan",
    source: OURS,
    // Not a rule of the scheme: this library's report of the other rules' required facts.
    quote: "",
    confidence: NotApplicable,
    from: date(2023, 7, 1),
    title: ["Volledigheid", "Complétude", "Completeness", "Vollständigkeit"],
    text: [
        "Het rapport telt de gegevens die de regels van toepassing vragen (niet wat enkel aanbevolen is of informatie), hoeveel ervan ingevuld zijn, en somt de ontbrekende velden op, zodat een portaal de voortgang kan tonen. Een gevraagd gegeven dat ontbreekt is een fout waar de bron het met zoveel woorden vraagt, anders een waarschuwing.",
        "Le rapport compte les données que demandent les règles applicables (pas ce qui est seulement recommandé ou une information), combien sont complétées, et énumère les champs manquants, pour qu'un portail puisse afficher la progression. Une donnée demandée qui manque est une erreur là où la source la demande en toutes lettres, sinon un avertissement.",
        "The report counts the facts the rules that apply ask for (not what is only recommended or information), how many are filled in, and lists the missing fields, so that a portal can show progress. A fact asked for that is missing is an error where the source asks for it in so many words, a warning otherwise.",
        "Der Bericht zählt die Angaben, die die anwendbaren Regeln verlangen (nicht, was nur empfohlen oder eine Information ist), wie viele ausgefüllt sind, und listet die fehlenden Felder auf, damit ein Portal den Fortschritt zeigen kann. Eine verlangte Angabe, die fehlt, ist ein Fehler, wo die Quelle sie ausdrücklich verlangt, sonst eine Warnung.",
    ],
    parameters: [],
}

codes! {
    rule: Plan010;
}

texts! {
    /// PLAN-010 met: every required fact filled (`filled`, `required`).
    COMPLETE = [
        "Alle {required} vereiste gegevens zijn ingevuld.",
        "Les {required} données requises sont toutes complétées.",
        "All {required} required facts are filled in.",
        "Alle {required} erforderlichen Angaben sind ausgefüllt.",
    ];

    /// PLAN-010 unknown: required facts still missing (`filled`, `required`).
    INCOMPLETE = [
        "{filled} van de {required} vereiste gegevens ingevuld.",
        "{filled} des {required} données requises complétées.",
        "{filled} of {required} required facts filled in.",
        "{filled} von {required} erforderlichen Angaben ausgefüllt.",
    ];
}

/// The rule for a support plan: it judges what the other rules counted, after them.
pub const RULE: Rule<SupportPlan> =
    Rule { id: RuleId::Plan010, reads: reads![], applies: Applies::FromCatalogue, check: Check::Tally(check) };

/// Met when every required fact is filled, unknown with the missing ones otherwise.
fn check(tally: &Tally, out: &mut Outcome) {
    let judgement = Judgement { broken: false, missing: tally.missing.clone() };
    let verdict = judged(judgement, RuleId::Plan010, COMPLETE, INCOMPLETE, INCOMPLETE);
    out.judge(verdict.with("filled", tally.filled).with("required", tally.required));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn verdict_on(tally: &Tally) -> Verdict {
        let mut out = Outcome::default();
        check(tally, &mut out);
        out.verdicts.remove(0)
    }

    #[test]
    fn every_required_fact_filled_is_met() {
        let verdict = verdict_on(&Tally { required: 31, filled: 31, missing: Vec::new() });
        assert_eq!(verdict.status, Status::Met);
        assert_eq!(verdict.explain, COMPLETE);
    }

    #[test]
    fn a_missing_fact_is_listed() {
        let kbo = at(&[key!("employer"), key!("kbo")]);
        let verdict = verdict_on(&Tally { required: 31, filled: 30, missing: vec![kbo] });
        assert_eq!(verdict.status, Status::Unknown);
        assert_eq!(verdict.missing, [kbo]);
        assert_eq!(verdict.explain, INCOMPLETE);
    }
}
