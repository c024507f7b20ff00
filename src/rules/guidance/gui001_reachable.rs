//! GUI-001: the qualified supervisor is reachable every working day (by telephone is fine).

use super::arrangements_of;
use crate::model::SupportPlan;
use crate::rules::plan::plan006_arrangements::REACHABILITY;
use crate::rules::plan::{judged, FACTS_MISSING};
use crate::rules::support::*;

rule_entry! {
    id: Gui001,
    family: "guidance",
    source: FAQ,
    quote: "De gekwalificeerd begeleider dient: dagelijks bereikbaar te zijn (dit kan ook telefonisch)",
    confidence: High,
    from: date(2023, 7, 1),
    title: ["Dagelijks bereikbaar", "Joignable chaque jour", "Reachable every day", "Täglich erreichbar"],
    text: [
        "De gekwalificeerd begeleider is elke werkdag bereikbaar (telefonisch kan ook).",
        "L'accompagnateur qualifié est joignable chaque jour ouvrable (par téléphone, c'est possible).",
        "The qualified supervisor is reachable every working day (by telephone is fine).",
        "Die qualifizierte Begleitperson ist an jedem Arbeitstag erreichbar (auch telefonisch).",
    ],
    parameters: [],
}

codes! {
    rule: Gui001;
    /// The supervisor is not reachable every working day.
    NOT_REACHABLE_DAILY = "guidance.not_reachable_daily", Error, [
        "De gekwalificeerd begeleider moet elke werkdag bereikbaar zijn (telefonisch kan).",
        "L'accompagnateur qualifié doit être joignable chaque jour ouvrable (par téléphone, c'est possible).",
        "The qualified supervisor must be reachable every working day (by telephone is fine).",
        "Die qualifizierte Begleitperson muss an jedem Arbeitstag erreichbar sein (telefonisch genügt).",
    ];
}

texts! {
    /// GUI-001 met.
    REACHABLE = [
        "De begeleider is elke werkdag bereikbaar.",
        "L'accompagnateur est joignable chaque jour ouvrable.",
        "The supervisor is reachable every working day.",
        "Die Begleitperson ist an jedem Arbeitstag erreichbar.",
    ];

    /// GUI-001 not met.
    NOT_REACHABLE = [
        "De begeleider is niet elke werkdag bereikbaar.",
        "L'accompagnateur n'est pas joignable chaque jour ouvrable.",
        "The supervisor is not reachable every working day.",
        "Die Begleitperson ist nicht an jedem Arbeitstag erreichbar.",
    ];
}

/// The rule for a support plan.
pub const RULE: Rule<SupportPlan> = Rule {
    id: RuleId::Gui001,
    reads: reads![REACHABILITY.pattern],
    applies: Applies::FromCatalogue,
    check: Check::Form(|input, _, out| check(input.form, out)),
};

/// Judges the reachability the plan states; unknown while it states none (PLAN-006 asks for
/// it).
fn check(form: &SupportPlan, out: &mut Outcome) {
    let path = REACHABILITY.path();
    let reachable = arrangements_of(form).reachable_every_working_day;
    out.need(&path, reachable.is_some());
    let mut judgement = Judgement::default();
    match reachable {
        Some(true) => {}
        Some(false) => {
            judgement.breaks(out, &NOT_REACHABLE_DAILY, path);
        }
        None => judgement.wait_for(path),
    }
    out.judge(judged(judgement, RuleId::Gui001, REACHABLE, NOT_REACHABLE, FACTS_MISSING));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::plan::Arrangements;
    use crate::rules::plan::testing::*;

    fn reachable(answer: Option<bool>) -> SupportPlan {
        let mut form = complete();
        form.arrangements.get_or_insert_default().reachable_every_working_day = answer;
        form
    }

    #[test]
    fn reachable_every_working_day_by_phone() {
        let out = run(&RULE, &complete());
        assert_eq!(status(&out), Status::Met);
        assert_eq!((out.tally.required, out.tally.filled), (1, 1));
    }

    #[test]
    fn not_reachable_every_working_day_is_not_met() {
        let out = run(&RULE, &reachable(Some(false)));
        assert_eq!(status(&out), Status::NotMet);
        assert_eq!(codes(&out), ["guidance.not_reachable_daily"]);
    }

    #[test]
    fn unstated_waits_and_plan_006_reports_it() {
        let out = run(&RULE, &reachable(None));
        assert_eq!(status(&out), Status::Unknown);
        assert_eq!(missing(&out), ["arrangements.reachableEveryWorkingDay"]);
        assert!(out.findings.is_empty());
        let out = run(&RULE, &SupportPlan { arrangements: Some(Arrangements::default()), ..complete() });
        assert_eq!(out.tally.missing.len(), 1);
    }
}
