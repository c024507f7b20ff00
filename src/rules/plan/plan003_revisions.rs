//! PLAN-003: the plan evolves with the employment and is revised at least at every change of
//! the begeleidingspremie.

use super::{from_root, judged, FACTS_MISSING};
use crate::model::SupportPlan;
use crate::rules::support::*;

rule_entry! {
    id: Plan003,
    family: "plan",
    source: FAQ,
    quote: "Het ondersteuningsplan dient mee te evolueren met de tewerkstelling van de werknemer. We verwachten dat het ondersteuningsplan minimaal wordt bijgestuurd bij elke wijziging van de begeleidingspremie.",
    confidence: High,
    from: date(2023, 7, 1),
    title: ["Herzien bij elke premiewijziging", "Révisé à chaque changement de prime", "Revised at every premium change", "Bei jeder Prämienänderung überarbeitet"],
    text: [
        "Het plan evolueert mee met de tewerkstelling: het wordt minstens herzien bij elke wijziging van de begeleidingspremie. Een wijziging na de laatste versie (de plandatum of de laatste herziening) is een fout. Wijzigingen na de peildatum zijn nog niet van kracht; herzieningen na de peildatum tellen nog niet; een herziening vóór de plandatum is een fout. Zonder lijst van wijzigingen (ook geen lege) is het vereiste nog niet te beoordelen.",
        "Le plan évolue avec l'occupation : il est révisé au moins à chaque changement de la prime d'accompagnement. Un changement postérieur à la dernière version (la date du plan ou la dernière révision) est une erreur. Les changements postérieurs à la date de référence ne sont pas encore en vigueur ; les révisions postérieures ne comptent pas encore ; une révision antérieure à la date du plan est une erreur. Sans liste des changements (même vide), l'exigence n'est pas encore évaluable.",
        "The plan evolves with the employment: it is revised at least at every change of the begeleidingspremie. A change after the last version (the plan date or the last revision) is an error. Changes after the as-of date are not in effect yet; revisions after it do not count yet; a revision before the plan date is an error. Without a list of changes (an empty one included) the requirement is not decidable yet.",
        "Der Plan entwickelt sich mit der Beschäftigung: er wird mindestens bei jeder Änderung der Begleitprämie überarbeitet. Eine Änderung nach der letzten Fassung (Plandatum oder letzte Überarbeitung) ist ein Fehler. Änderungen nach dem Stichtag gelten noch nicht; Überarbeitungen danach zählen noch nicht; eine Überarbeitung vor dem Plandatum ist ein Fehler. Ohne Liste der Änderungen (auch keine leere) ist die Anforderung noch nicht beurteilbar.",
    ],
    parameters: [],
}

codes! {
    rule: Plan003;
    /// A change of the begeleidingspremie has no date.
    PREMIUM_CHANGE_DATE_MISSING = "plan.premium_change_date_missing", Error, [
        "Vul de datum in waarop de begeleidingspremie wijzigt.",
        "Indiquez la date à laquelle la prime d'accompagnement change.",
        "Enter the date on which the begeleidingspremie changes.",
        "Geben Sie das Datum ein, an dem sich die Begleitprämie ändert.",
    ];
    /// A revision has no date.
    REVISION_DATE_MISSING = "plan.revision_date_missing", Error, [
        "Vul de datum van deze herziening van het plan in.",
        "Indiquez la date de cette révision du plan.",
        "Enter the date of this revision of the plan.",
        "Geben Sie das Datum dieser Überarbeitung des Plans ein.",
    ];
    /// A revision dated before the plan itself.
    REVISION_BEFORE_PLAN_DATE = "plan.revision_before_plan_date", Error, [
        "Deze herziening ligt vóór de datum van het plan.",
        "Cette révision précède la date du plan.",
        "This revision is dated before the plan itself.",
        "Diese Überarbeitung liegt vor dem Datum des Plans.",
    ];
    /// A revision dated after the as-of date (`asOf`): it does not count yet.
    REVISION_IN_FUTURE = "plan.revision_in_future", Warning, [
        "Deze herziening ligt na {asOf}: ze telt nog niet mee.",
        "Cette révision est postérieure au {asOf} : elle ne compte pas encore.",
        "This revision is dated after {asOf}: it does not count yet.",
        "Diese Überarbeitung liegt nach dem {asOf}: sie zählt noch nicht.",
    ];
    /// A change of the begeleidingspremie after the last version of the plan.
    NOT_REVISED = "plan.not_revised", Error, [
        "De begeleidingspremie wijzigde na de laatste versie van het plan: herzie het plan bij elke wijziging.",
        "La prime d'accompagnement a changé après la dernière version du plan : révisez le plan à chaque changement.",
        "The begeleidingspremie changed after the last version of the plan: revise the plan at every change.",
        "Die Begleitprämie hat sich nach der letzten Fassung des Plans geändert: überarbeiten Sie den Plan bei jeder Änderung.",
    ];
}

texts! {
    /// PLAN-003 met: no change of the begeleidingspremie yet.
    NO_PREMIUM_CHANGE = [
        "Nog geen wijziging van de begeleidingspremie: geen herziening nodig.",
        "Pas encore de changement de la prime d'accompagnement : aucune révision requise.",
        "No change of the begeleidingspremie yet: no revision needed.",
        "Noch keine Änderung der Begleitprämie: keine Überarbeitung nötig.",
    ];

    /// PLAN-003 unknown: the plan does not list the premium changes yet, not even as none.
    PREMIUM_CHANGES_UNSAID = [
        "Nog niet te beoordelen: vermeld de wijzigingen van de begeleidingspremie sinds het plan, of dat er geen waren.",
        "Pas encore possible d'évaluer : indiquez les changements de la prime d'accompagnement depuis le plan, ou qu'il n'y en a pas eu.",
        "Not decidable yet: list the changes of the begeleidingspremie since the plan, or that there were none.",
        "Noch nicht zu beurteilen: nennen Sie die Änderungen der Begleitprämie seit dem Plan, oder dass es keine gab.",
    ];

    /// PLAN-003 met: every change is followed by a version of the plan.
    REVISED = [
        "Na elke wijziging van de begeleidingspremie volgt een versie van het plan.",
        "Chaque changement de la prime d'accompagnement est suivi d'une version du plan.",
        "Every change of the begeleidingspremie is followed by a version of the plan.",
        "Auf jede Änderung der Begleitprämie folgt eine Fassung des Plans.",
    ];

    /// PLAN-003 not met: changes not followed by a revision (`count`).
    CHANGES_UNREVISED = [
        "{count|wijziging|wijzigingen} van de begeleidingspremie zonder latere herziening van het plan.",
        "{count|changement|changements} de la prime d'accompagnement sans révision ultérieure du plan.",
        "{count|change|changes} of the begeleidingspremie without a later revision of the plan.",
        "{count|Änderung|Änderungen} der Begleitprämie ohne spätere Überarbeitung des Plans.",
    ];
}

/// The rule for a support plan.
pub const RULE: Rule<SupportPlan> = Rule {
    id: RuleId::Plan003,
    reads: reads!["planDate", "revisions", "premiumChanges"],
    applies: Applies::FromCatalogue,
    check: Check::Form(|input, ctx, out| check(input.form, input.dropped, ctx, out)),
};

/// The plan date is the first version; a change is covered when a version dated on or after it
/// exists. Only a list of premium changes, empty or not, says whether the premium changed. A
/// change after the as-of date is not in effect yet, so no revision is due for it; a revision
/// after the as-of date has not happened yet, so it covers nothing.
fn check(form: &SupportPlan, dropped: &[ShapeProblem], ctx: &Context, out: &mut Outcome) {
    let plan = fields::parse_date(form.plan_date.as_deref());
    let plan_path = from_root(key!("planDate"));
    let revisions_path = from_root(key!("revisions"));
    let mut last_version = plan.date();
    // Versions whose date is not known yet: one of them may be the covering revision.
    let mut unknown_versions: Vec<Path> = Vec::new();
    if last_version.is_none() {
        unknown_versions.push(plan_path);
    }
    for (index, revision) in form.revisions.as_deref().unwrap_or_default().iter().enumerate() {
        let path = revisions_path.index(index).key(key!("date"));
        let date = fields::parse_date(revision.date.as_deref());
        require(dropped, out, &REVISION_DATE_MISSING, path, date != DateField::Absent);
        let Some(date) = date.date() else {
            unknown_versions.push(path);
            continue;
        };
        if date > ctx.as_of {
            report_after(out, &REVISION_IN_FUTURE, path, ctx.as_of);
        } else if plan.date().is_some_and(|plan| date < plan) {
            out.report_also(&REVISION_BEFORE_PLAN_DATE, path, plan_path);
        } else {
            last_version = last_version.max(Some(date));
        }
    }

    let changes_path = from_root(key!("premiumChanges"));
    let changes = form.premium_changes.as_deref().unwrap_or_default();
    let mut unrevised = 0usize;
    let mut undecided: Vec<Path> = Vec::new();
    for (index, change) in changes.iter().enumerate() {
        let path = changes_path.index(index).key(key!("date"));
        let date = fields::parse_date(change.date.as_deref());
        require(dropped, out, &PREMIUM_CHANGE_DATE_MISSING, path, date != DateField::Absent);
        let Some(date) = date.date() else {
            undecided.push(path);
            continue;
        };
        if date > ctx.as_of || last_version.is_some_and(|version| version >= date) {
            continue;
        }
        if unknown_versions.is_empty() {
            unrevised += 1;
            out.push(Finding::new(&NOT_REVISED, path).also(revisions_path).also(plan_path));
        } else {
            undecided.extend_from_slice(&unknown_versions);
        }
    }
    let mut judgement = Judgement { broken: unrevised > 0, missing: undecided };
    judgement.sort_missing();
    let unknown = if judgement.missing.is_empty() && form.premium_changes.is_none() {
        // No list is not an empty list: the plan has not said yet whether the premium changed.
        judgement.wait_for(changes_path);
        PREMIUM_CHANGES_UNSAID
    } else {
        FACTS_MISSING
    };
    let met = if changes.is_empty() { NO_PREMIUM_CHANGE } else { REVISED };
    let verdict = judged(judgement, RuleId::Plan003, met, CHANGES_UNREVISED, unknown);
    out.judge(if unrevised > 0 { verdict.with("count", unrevised) } else { verdict });
}

#[cfg(test)]
mod tests {
    use super::super::testing::*;
    use super::*;
    use crate::model::plan::{PremiumChange, Revision};

    fn change(date: &str) -> PremiumChange {
        PremiumChange { date: Some(date.to_owned()) }
    }

    fn revision(date: Option<&str>) -> Revision {
        Revision { date: date.map(str::to_owned), summary: Some("Opvolging om de 14 dagen".to_owned()) }
    }

    #[test]
    fn every_change_is_followed_by_a_version() {
        // Changes of 1 June and 1 October 2026, revisions of 15 June and 6 October.
        let out = run(&RULE, &complete());
        assert_eq!(status(&out), Status::Met);
        assert!(out.findings.is_empty());
    }

    #[test]
    fn a_change_after_the_last_version_is_not_covered() {
        let mut form = complete();
        form.premium_changes = Some(vec![change("2026-06-01"), change("2026-10-07")]);
        let out = run(&RULE, &form);
        assert_eq!(status(&out), Status::NotMet);
        assert_eq!(codes(&out), ["plan.not_revised"]);
        assert_eq!(paths(&out), ["premiumChanges[1].date"]);
    }

    #[test]
    fn a_change_not_in_effect_yet_needs_no_revision() {
        let mut form = complete();
        form.premium_changes = Some(vec![change("2026-06-01"), change("2027-01-01")]);
        assert_eq!(status(&run(&RULE, &form)), Status::Met);
    }

    #[test]
    fn a_revision_after_the_as_of_date_covers_nothing() {
        let mut form = complete();
        form.revisions = Some(vec![revision(Some("2026-06-15")), revision(Some("2026-12-01"))]);
        let out = run(&RULE, &form);
        assert_eq!(codes(&out), ["plan.revision_in_future", "plan.not_revised"]);
        assert_eq!(status(&out), Status::NotMet);
    }

    #[test]
    fn an_undated_revision_may_be_the_covering_one() {
        let mut form = complete();
        form.revisions = Some(vec![revision(Some("2026-06-15")), revision(None)]);
        let out = run(&RULE, &form);
        assert_eq!(codes(&out), ["plan.revision_date_missing"]);
        assert_eq!(status(&out), Status::Unknown);
        assert_eq!(missing(&out), ["revisions[1].date"]);
    }

    #[test]
    fn no_list_of_changes_is_not_an_empty_list() {
        let form = SupportPlan { premium_changes: None, revisions: None, ..complete() };
        let out = run(&RULE, &form);
        assert_eq!(status(&out), Status::Unknown);
        assert_eq!(missing(&out), ["premiumChanges"]);
        let form = SupportPlan { premium_changes: Some(Vec::new()), revisions: None, ..complete() };
        assert_eq!(status(&run(&RULE, &form)), Status::Met);
    }
}
