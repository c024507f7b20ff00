//! PLAN-006: the plan states the guidance arrangements: the supervisor's reachability (GUI-001),
//! time to come on site (GUI-002) and follow-up interval (GUI-003), and the collega-coach's
//! daily follow-up (GUI-004). Each arrangement's field is written once, here: the guidance
//! rules judge what the plan states at the same place. The FAQ fixes the arrangements and bases
//! the guidance on the plan, but does not say the plan states them: an unstated one warns.

use super::{judged, FACTS_MISSING};
use crate::model::keys::Key;
use crate::model::SupportPlan;
use crate::rules::support::*;

rule_entry! {
    id: Plan006,
    family: "plan",
    source: FAQ,
    quote: "Het ondersteuningsplan moet opgesteld worden bij aanvang van de tewerkstelling, liefst in de eerste maanden aangezien de verdere begeleiding hierop gebaseerd is.",
    // The guidance rests on the plan; that the plan states these four arrangements is our
    // reading, so the rule warns and never blocks.
    confidence: Medium,
    from: date(2023, 7, 1),
    title: ["Begeleidingsafspraken vermeld", "Modalités d'accompagnement indiquées", "Guidance arrangements stated", "Begleitungsvereinbarungen angegeben"],
    text: [
        "Het plan vermeldt de begeleidingsafspraken: dagelijkse bereikbaarheid (GUI-001), binnen hoeveel werkdagen de begeleider op de werkvloer is (GUI-002), om de hoeveel dagen hij opvolgt (GUI-003) en wanneer de collega-coach dagelijks opvolgt (GUI-004). De FAQ legt die afspraken vast en baseert de begeleiding op het plan, maar zegt niet dat het plan ze vermeldt: een ontbrekende afspraak is een waarschuwing.",
        "Le plan indique les modalités d'accompagnement : joignabilité quotidienne (GUI-001), dans combien de jours ouvrables l'accompagnateur est sur place (GUI-002), tous les combien de jours il assure le suivi (GUI-003) et quand le collègue-coach assure le suivi quotidien (GUI-004). La FAQ fixe ces modalités et fonde l'accompagnement sur le plan, sans dire que le plan les mentionne : une modalité absente est un avertissement.",
        "The plan states the guidance arrangements: daily reachability (GUI-001), within how many working days the supervisor is on the work floor (GUI-002), every how many days they follow up (GUI-003), and when the collega-coach follows up daily (GUI-004). The FAQ fixes the arrangements and bases the guidance on the plan, but does not say the plan states them: a missing arrangement is a warning.",
        "Der Plan nennt die Begleitungsvereinbarungen: tägliche Erreichbarkeit (GUI-001), innerhalb wie vieler Arbeitstage die Begleitperson vor Ort ist (GUI-002), alle wie viele Tage sie nachverfolgt (GUI-003) und wann der Kollegen-Coach täglich nachverfolgt (GUI-004). Die FAQ legt diese Vereinbarungen fest und stützt die Begleitung auf den Plan, sagt aber nicht, dass der Plan sie nennt: eine fehlende Vereinbarung ist eine Warnung.",
    ],
    parameters: [],
}

// The codes keep the `guidance` family's names they were published with: they name the
// arrangement a guidance rule judges, and a code is never renamed.
codes! {
    rule: Plan006;
    /// Daily reachability is not stated.
    REACHABILITY_MISSING = "guidance.reachability_missing", Warning, [
        "Geef aan of de gekwalificeerd begeleider elke werkdag bereikbaar is.",
        "Indiquez si l'accompagnateur qualifié est joignable chaque jour ouvrable.",
        "Say whether the qualified supervisor is reachable every working day.",
        "Geben Sie an, ob die qualifizierte Begleitperson an jedem Arbeitstag erreichbar ist.",
    ];
    /// The time to come to the work floor is not stated.
    ON_SITE_DAYS_MISSING = "guidance.on_site_days_missing", Warning, [
        "Vul in binnen hoeveel werkdagen na een vraag de begeleider op de werkvloer is.",
        "Indiquez dans combien de jours ouvrables après une demande l'accompagnateur est sur le lieu de travail.",
        "Enter within how many working days of a request the supervisor is on the work floor.",
        "Geben Sie an, innerhalb wie vieler Arbeitstage nach einer Anfrage die Begleitperson am Arbeitsplatz ist.",
    ];
    /// The follow-up interval is not stated.
    FOLLOW_UP_INTERVAL_MISSING = "guidance.follow_up_interval_missing", Warning, [
        "Vul in om de hoeveel dagen de begeleider opvolgt.",
        "Indiquez tous les combien de jours l'accompagnateur assure le suivi.",
        "Enter every how many days the supervisor follows up.",
        "Geben Sie an, alle wie viele Tage die Begleitperson nachverfolgt.",
    ];
    /// The collega-coach's daily follow-up is not stated.
    DAILY_FOLLOW_UP_MISSING = "guidance.daily_follow_up_missing", Warning, [
        "Geef aan wanneer de collega-coach dagelijks opvolgt (bij het begin, tijdens of op het einde van de werkdag).",
        "Indiquez quand le collègue-coach assure le suivi quotidien (au début, pendant ou à la fin de la journée).",
        "Say when the collega-coach follows up daily (at the start, during or at the end of the working day).",
        "Geben Sie an, wann der Kollegen-Coach täglich nachverfolgt (zu Beginn, während oder am Ende des Arbeitstages).",
    ];
}

texts! {
    /// PLAN-006 met: the arrangements are stated.
    ARRANGEMENTS_STATED = [
        "De bereikbaarheid, de termijn om ter plaatse te komen, de opvolging en de dagelijkse opvolging door de collega-coach staan in het plan.",
        "La joignabilité, le délai de présence sur place, le suivi et le suivi quotidien par le collègue-coach figurent dans le plan.",
        "Reachability, the time to come on site, the follow-up and the collega-coach's daily follow-up are in the plan.",
        "Erreichbarkeit, die Frist für die Anwesenheit vor Ort, die Nachverfolgung und die tägliche Nachverfolgung durch den Kollegen-Coach stehen im Plan.",
    ];
}

/// An arrangement the plan states: its field, as the pattern a rule that reads it lists and as
/// the keys of its path, both from one text checked at compile time.
#[derive(Debug, Clone, Copy)]
pub struct Arrangement {
    /// The field as a read pattern.
    pub pattern: &'static str,
    keys: [Option<Key>; 3],
}

impl Arrangement {
    /// The arrangement at `pattern`: up to three wire names, each a field some form has (a
    /// compile error otherwise, as with `key!`).
    const fn at(pattern: &'static str) -> Self {
        let (first, rest) = split_name(pattern.as_bytes());
        let (second, rest) = split_name(rest);
        let (third, rest) = split_name(rest);
        assert!(rest.is_empty(), "an arrangement lies at most three fields deep");
        Self { pattern, keys: [key_of(first), key_of(second), key_of(third)] }
    }

    /// Where the plan states it.
    pub fn path(&self) -> Path {
        self.keys.iter().flatten().fold(Path::root(), |path, key| path.key(*key))
    }
}

/// `bytes` split at the first `.`: the name before it and what follows it.
const fn split_name(bytes: &[u8]) -> (&[u8], &[u8]) {
    let mut len = 0;
    let mut rest = bytes;
    while let [byte, after @ ..] = rest {
        if *byte == b'.' {
            return (bytes.split_at(len).0, after);
        }
        (len, rest) = (len + 1, after);
    }
    (bytes, rest)
}

/// The key of a wire name, none for no name.
const fn key_of(name: &[u8]) -> Option<Key> {
    if name.is_empty() {
        return None;
    }
    let key = match core::str::from_utf8(name) {
        Ok(name) => Key::find(name),
        Err(_) => None,
    };
    assert!(key.is_some(), "a wire name that no form type in model::keys has");
    key
}

/// Whether the supervisor is reachable every working day (GUI-001).
pub const REACHABILITY: Arrangement = Arrangement::at("arrangements.reachableEveryWorkingDay");
/// Within how many working days of a request the supervisor is on the work floor (GUI-002).
pub const ON_SITE_DAYS: Arrangement = Arrangement::at("arrangements.onSiteWithinWorkingDays");
/// Every how many days the supervisor follows up (GUI-003).
pub const FOLLOW_UP_INTERVAL: Arrangement = Arrangement::at("arrangements.followUpIntervalDays");
/// When the collega-coach follows up daily (GUI-004).
pub const DAILY_FOLLOW_UP: Arrangement = Arrangement::at("collegaCoach.dailyFollowUp.moment");

/// The rule for a support plan.
pub const RULE: Rule<SupportPlan> = Rule {
    id: RuleId::Plan006,
    reads: reads![REACHABILITY.pattern, ON_SITE_DAYS.pattern, FOLLOW_UP_INTERVAL.pattern, DAILY_FOLLOW_UP.pattern],
    applies: Applies::FromCatalogue,
    check: Check::Form(|input, _, out| check(input.form, input.dropped, out)),
};

/// Unknown while an arrangement is unstated; what a stated one says is its guidance rule's to
/// judge, so this rule is never broken. The guidance rules count the stated facts, in the order
/// completeness lists them.
fn check(form: &SupportPlan, dropped: &[ShapeProblem], out: &mut Outcome) {
    let arrangements = form.arrangements.as_ref();
    let moment = form.collega_coach.as_ref().and_then(|c| c.daily_follow_up.as_ref()).and_then(|d| d.moment);
    let stated = [
        (REACHABILITY, &REACHABILITY_MISSING, arrangements.and_then(|a| a.reachable_every_working_day).is_some()),
        (ON_SITE_DAYS, &ON_SITE_DAYS_MISSING, arrangements.and_then(|a| a.on_site_within_working_days).is_some()),
        (
            FOLLOW_UP_INTERVAL,
            &FOLLOW_UP_INTERVAL_MISSING,
            arrangements.and_then(|a| a.follow_up_interval_days).is_some(),
        ),
        (DAILY_FOLLOW_UP, &DAILY_FOLLOW_UP_MISSING, moment.is_some()),
    ];
    let mut judgement = Judgement::default();
    for (arrangement, code, given) in stated {
        if !given {
            let path = arrangement.path();
            judgement.lacks(dropped, out, code, path);
        }
    }
    out.judge(judged(judgement, RuleId::Plan006, ARRANGEMENTS_STATED, FACTS_MISSING, FACTS_MISSING));
}

#[cfg(test)]
mod tests {
    use super::super::testing::*;
    use super::*;

    #[test]
    fn an_arrangement_is_one_text_and_its_path() {
        assert_eq!(DAILY_FOLLOW_UP.path().text(), DAILY_FOLLOW_UP.pattern);
        for arrangement in [REACHABILITY, ON_SITE_DAYS, FOLLOW_UP_INTERVAL] {
            assert_eq!(Path::parse(arrangement.pattern), Ok(arrangement.path()));
        }
    }

    #[test]
    fn the_complete_plan_states_every_arrangement() {
        let out = run(&RULE, &complete());
        assert_eq!(status(&out), Status::Met);
        assert!(out.findings.is_empty());
        assert_eq!(out.tally.required, 0, "the guidance rules count them");
    }

    #[test]
    fn a_value_of_the_wrong_type_is_not_also_missing() {
        // `"onSiteWithinWorkingDays": "vijf"`: decoding drops it and reports form.wrong_type.
        let mut form = complete();
        form.arrangements.get_or_insert_default().on_site_within_working_days = None;
        let out = run_dropped(&RULE, &form, &[wrong_type(ON_SITE_DAYS.path(), Expected::Number)]);
        assert!(out.findings.is_empty());
        assert_eq!(missing(&out), ["arrangements.onSiteWithinWorkingDays"]);
    }

    #[test]
    fn an_unstated_arrangement_is_reported_and_waited_for() {
        let mut form = SupportPlan { arrangements: None, ..complete() };
        form.collega_coach.get_or_insert_default().daily_follow_up = None;
        let out = run(&RULE, &form);
        assert_eq!(status(&out), Status::Unknown);
        assert_eq!(
            missing(&out),
            [
                "arrangements.reachableEveryWorkingDay",
                "arrangements.onSiteWithinWorkingDays",
                "arrangements.followUpIntervalDays",
                "collegaCoach.dailyFollowUp.moment",
            ]
        );
        assert_eq!(
            codes(&out),
            [
                "guidance.reachability_missing",
                "guidance.on_site_days_missing",
                "guidance.follow_up_interval_missing",
                "guidance.daily_follow_up_missing",
            ]
        );
    }
}
