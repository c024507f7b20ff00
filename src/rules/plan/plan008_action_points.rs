//! PLAN-008: the plan holds personal development action points (POP), each with a
//! description, who follows it up and a follow-up date. The HIVA study recommends the POP and
//! says the concept note gives it no place: information only.

use super::{from_root, judged, FACTS_MISSING};
use crate::model::SupportPlan;
use crate::rules::support::*;

rule_entry! {
    id: Plan008,
    family: "plan",
    source: HIVA,
    quote: "Hoewel het POP in de huidige conceptnota geen plaats krijgt, is het een erg nuttig middel ter ondersteuning van een traject dat in het individueel maatwerk niet verloren mag gaan.",
    // A study's recommendation, which the scheme's texts in the seeds do not take up.
    confidence: Medium,
    from: date(2023, 7, 1),
    title: ["Actiepunten (POP)", "Points d'action (plan de développement)", "Action points (POP)", "Aktionspunkte (Entwicklungsplan)"],
    text: [
        "Het plan kan actiepunten voor de persoonlijke ontwikkeling (POP) bevatten, elk met een omschrijving, wie het opvolgt en een opvolgdatum. De HIVA-studie noemt het POP een erg nuttig middel, dat in de conceptnota geen plaats krijgt: ontbrekende of onvolledige actiepunten zijn informatie.",
        "Le plan peut contenir des points d'action de développement personnel, chacun avec une description, un responsable du suivi et une date de suivi. L'étude HIVA qualifie le plan de développement d'outil très utile, auquel la note conceptuelle ne fait pas de place : des points d'action absents ou incomplets sont une information.",
        "The plan may hold personal development action points (POP), each with a description, who follows it up and a follow-up date. The HIVA study calls the POP a very useful tool that the concept note gives no place: missing or incomplete action points are information.",
        "Der Plan kann Aktionspunkte zur persönlichen Entwicklung enthalten, jeweils mit Beschreibung, verantwortlicher Person und Datum der Nachverfolgung. Die HIVA-Studie nennt den Entwicklungsplan ein sehr nützliches Mittel, das im Konzeptpapier keinen Platz hat: fehlende oder unvollständige Aktionspunkte sind eine Information.",
    ],
    parameters: [],
}

codes! {
    rule: Plan008;
    /// The plan holds no action points.
    NO_ACTION_POINTS = "plan.no_action_points", Info, [
        "Het plan bevat geen actiepunten voor de persoonlijke ontwikkeling (POP).",
        "Le plan ne contient aucun point d'action de développement personnel.",
        "The plan holds no personal development action points (POP).",
        "Der Plan enthält keine Aktionspunkte zur persönlichen Entwicklung.",
    ];
    /// An action point lacks its description, owner or follow-up date.
    ACTION_POINT_INCOMPLETE = "plan.action_point_incomplete", Info, [
        "Een actiepunt heeft best een omschrijving, wie het opvolgt en een opvolgdatum.",
        "Un point d'action a de préférence une description, un responsable du suivi et une date de suivi.",
        "An action point best has a description, who follows it up and a follow-up date.",
        "Ein Aktionspunkt hat am besten eine Beschreibung, wer ihn nachverfolgt, und ein Datum der Nachverfolgung.",
    ];
}

texts! {
    /// PLAN-008 met: complete action points (`count`).
    ACTION_POINTS_COMPLETE = [
        "{count|actiepunt|actiepunten}, elk met een omschrijving, wie het opvolgt en een opvolgdatum.",
        "{count|point d'action|points d'action}, chacun avec une description, un responsable du suivi et une date de suivi.",
        "{count|action point|action points}, each with a description, who follows it up and a follow-up date.",
        "{count|Aktionspunkt|Aktionspunkte}, jeweils mit Beschreibung, verantwortlicher Person und Datum der Nachverfolgung.",
    ];
}

/// The rule for a support plan.
pub const RULE: Rule<SupportPlan> = Rule {
    id: RuleId::Plan008,
    reads: reads!["actionPoints"],
    applies: Applies::FromCatalogue,
    check: Check::Form(|input, _, out| check(input.form, input.dropped, out)),
};

/// Information: nothing here counts towards completeness. A follow-up date that is not a
/// date (PLAN-002 reports it) is still to be given.
fn check(form: &SupportPlan, dropped: &[ShapeProblem], out: &mut Outcome) {
    let list_path = from_root(key!("actionPoints"));
    let list = form.action_points.as_deref().unwrap_or_default();
    let mut judgement = Judgement::default();
    if list.is_empty() {
        judgement.lacks(dropped, out, &NO_ACTION_POINTS, list_path);
    }
    for (index, point) in list.iter().enumerate() {
        let item = list_path.index(index);
        let date = fields::parse_date(point.follow_up_date.as_deref());
        let facts = [
            (key!("description"), fields::filled(point.description.as_deref())),
            (key!("owner"), fields::filled(point.owner.as_deref())),
            (key!("followUpDate"), date != DateField::Absent),
        ];
        for (field, filled) in facts {
            if !filled {
                judgement.lacks(dropped, out, &ACTION_POINT_INCOMPLETE, item.key(field));
            }
        }
        if date == DateField::Invalid {
            judgement.wait_for(item.key(key!("followUpDate")));
        }
    }
    let complete = judgement.missing.is_empty();
    let verdict = judged(judgement, RuleId::Plan008, ACTION_POINTS_COMPLETE, FACTS_MISSING, FACTS_MISSING);
    out.judge(if complete { verdict.with("count", list.len()) } else { verdict });
}

#[cfg(test)]
mod tests {
    use super::super::testing::*;
    use super::*;

    #[test]
    fn three_complete_action_points() {
        let out = run(&RULE, &complete());
        assert_eq!(status(&out), Status::Met);
        assert!(out.findings.is_empty());
    }

    #[test]
    fn no_action_point_is_information() {
        let out = run(&RULE, &SupportPlan { action_points: Some(Vec::new()), ..complete() });
        assert_eq!(status(&out), Status::Unknown);
        assert_eq!(codes(&out), ["plan.no_action_points"]);
        // "Hoewel het POP in de huidige conceptnota geen plaats krijgt, ...": information.
        assert_eq!(NO_ACTION_POINTS.severity, crate::report::Severity::Info);
        assert_eq!(out.tally.required, 0);
    }

    #[test]
    fn an_incomplete_action_point_waits_for_what_it_lacks() {
        let mut form = complete();
        if let Some(point) = form.action_points.as_mut().and_then(|points| points.get_mut(2)) {
            point.owner = None;
        }
        if let Some(point) = form.action_points.as_mut().and_then(|points| points.first_mut()) {
            point.follow_up_date = Some("2026-02-30".to_owned());
        }
        let out = run(&RULE, &form);
        assert_eq!(codes(&out), ["plan.action_point_incomplete"]);
        assert_eq!(missing(&out), ["actionPoints[0].followUpDate", "actionPoints[2].owner"]);
    }

    #[test]
    fn a_value_of_the_wrong_type_is_not_also_missing() {
        // `"description": 7`: decoding drops it and reports form.wrong_type.
        let mut form = complete();
        if let Some(point) = form.action_points.as_mut().and_then(|points| points.first_mut()) {
            point.description = None;
        }
        let path = at(&[key!("actionPoints")]).index(0).key(key!("description"));
        let out = run_dropped(&RULE, &form, &[wrong_type(path, Expected::Text)]);
        assert!(out.findings.is_empty());
        assert_eq!(missing(&out), ["actionPoints[0].description"]);
    }
}
