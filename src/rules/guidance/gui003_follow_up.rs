//! GUI-003: the qualified supervisor follows up at least every two weeks, on site or digitally.

use super::arrangements_of;
use crate::model::SupportPlan;
use crate::rules::plan::plan006_arrangements::FOLLOW_UP_INTERVAL;
use crate::rules::plan::{judged, FACTS_MISSING};
use crate::rules::support::*;

rule_entry! {
    id: Gui003,
    family: "guidance",
    source: FAQ,
    quote: "De gekwalificeerd begeleider dient: (…) in te staan voor de twee wekelijkse opvolging (dit kan fysiek, maar ook digitaal).",
    confidence: High,
    from: date(2023, 7, 1),
    title: ["Tweewekelijkse opvolging", "Suivi toutes les deux semaines", "Two-weekly follow-up", "Zweiwöchentliche Nachverfolgung"],
    text: [
        "De gekwalificeerd begeleider volgt minstens om de twee weken op, ter plaatse of digitaal: een interval van meer dan 14 dagen is een fout.",
        "L'accompagnateur qualifié assure le suivi au moins toutes les deux semaines, sur place ou à distance : un intervalle de plus de 14 jours est une erreur.",
        "The qualified supervisor follows up at least every two weeks, on site or digitally: an interval of more than 14 days is an error.",
        "Die qualifizierte Begleitperson verfolgt mindestens alle zwei Wochen nach, vor Ort oder digital: ein Abstand von mehr als 14 Tagen ist ein Fehler.",
    ],
    parameters: ["followUpDays"],
}

codes! {
    rule: Gui003;
    /// Follow-up less often than every two weeks (`max`).
    FOLLOW_UP_TOO_RARE = "guidance.follow_up_too_rare", Error, [
        "De begeleider volgt minstens om de twee weken op: hoogstens {max} dagen tussen twee opvolgingen.",
        "L'accompagnateur assure le suivi au moins toutes les deux semaines : au plus {max} jours entre deux suivis.",
        "The supervisor follows up at least every two weeks: at most {max} days between two follow-ups.",
        "Die Begleitperson verfolgt mindestens alle zwei Wochen nach: höchstens {max} Tage zwischen zwei Nachverfolgungen.",
    ];
}

texts! {
    /// GUI-003 met (`max`).
    OFTEN_ENOUGH = [
        "De begeleider volgt op met hoogstens {max} dagen tussen twee opvolgingen.",
        "L'accompagnateur assure le suivi avec au plus {max} jours entre deux suivis.",
        "The supervisor follows up with at most {max} days between two follow-ups.",
        "Die Begleitperson verfolgt mit höchstens {max} Tagen zwischen zwei Nachverfolgungen nach.",
    ];

    /// GUI-003 not met (`max`).
    TOO_RARE = [
        "Er zitten meer dan {max} dagen tussen twee opvolgingen.",
        "Il y a plus de {max} jours entre deux suivis.",
        "There are more than {max} days between two follow-ups.",
        "Zwischen zwei Nachverfolgungen liegen mehr als {max} Tage.",
    ];
}

/// The rule for a support plan.
pub const RULE: Rule<SupportPlan> = Rule {
    id: RuleId::Gui003,
    reads: reads![FOLLOW_UP_INTERVAL.pattern],
    applies: Applies::FromCatalogue,
    check: Check::Form(|input, ctx, out| check(input.form, ctx.params.follow_up_days, out)),
};

/// Judges the stated interval; unknown while none is stated (PLAN-006 asks for it).
/// `max`: the parameter in force on the as-of date (FAQ: "minstens om de twee weken").
fn check(form: &SupportPlan, max: u32, out: &mut Outcome) {
    let path = FOLLOW_UP_INTERVAL.path();
    let interval = arrangements_of(form).follow_up_interval_days;
    out.need(&path, interval.is_some());
    let mut judgement = Judgement::default();
    match interval {
        None => judgement.wait_for(path),
        Some(days) if days > max => {
            out.push(Finding::new(&FOLLOW_UP_TOO_RARE, path).with("max", max));
            judgement.broken = true;
        }
        Some(_) => {}
    }
    let verdict = judged(judgement, RuleId::Gui003, OFTEN_ENOUGH, TOO_RARE, FACTS_MISSING);
    out.judge(verdict.with("max", max));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::plan::testing::*;

    fn every(days: Option<u32>) -> SupportPlan {
        let mut form = complete();
        form.arrangements.get_or_insert_default().follow_up_interval_days = days;
        form
    }

    #[test]
    fn fourteen_days_is_every_two_weeks() {
        assert_eq!(status(&run(&RULE, &every(Some(14)))), Status::Met);
        assert_eq!(status(&run(&RULE, &every(Some(7)))), Status::Met);
    }

    #[test]
    fn fifteen_days_is_too_rare() {
        let out = run(&RULE, &every(Some(15)));
        assert_eq!(status(&out), Status::NotMet);
        assert_eq!(codes(&out), ["guidance.follow_up_too_rare"]);
    }

    #[test]
    fn unstated_waits() {
        let out = run(&RULE, &every(None));
        assert_eq!(status(&out), Status::Unknown);
        assert_eq!(missing(&out), ["arrangements.followUpIntervalDays"]);
        assert!(out.findings.is_empty());
    }
}
