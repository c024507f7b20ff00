//! PLAN-002: the plan is drawn up at the start of the employment, preferably within the first
//! months. The plan's dates are read here, so this rule also reports every date of the plan
//! that is not one (the arrangements' dates are GUI-002's, the supervisor's SUP-002's).

use super::{from_root, judged, FACTS_MISSING};
use crate::calendar::iso;
use crate::model::SupportPlan;
use crate::rules::support::*;
use chrono::{Months, NaiveDate};

/// The day the scheme came into force (decree and BVR): the first day any of the plan's rules
/// holds, and the earliest day from which a plan's first months can run.
pub const SCHEME_START: NaiveDate = date(2023, 7, 1);

rule_entry! {
    id: Plan002,
    family: "plan",
    source: FAQ,
    quote: "Het ondersteuningsplan moet opgesteld worden bij aanvang van de tewerkstelling, liefst in de eerste maanden aangezien de verdere begeleiding hierop gebaseerd is.",
    // "moet ... bij aanvang" is the rule; "liefst in de eerste maanden" only a preference, so a
    // plan later than the first months (a parameter: the FAQ names no number) only warns.
    confidence: High,
    from: SCHEME_START,
    title: ["Opgemaakt bij de start", "Établi au début", "Drawn up at the start", "Zu Beginn erstellt"],
    text: [
        "Het plan wordt opgemaakt bij de aanvang van de tewerkstelling, liefst in de eerste maanden. Geen datum van het plan of van de start is een fout; later dan de parameter 'eerste maanden' (standaard 3) is een waarschuwing. De maanden lopen vanaf de start van de tewerkstelling, of vanaf de indicatie door VDAB of de start van de regeling (1 juli 2023) als die later vallen. Een plandatum na de peildatum is een waarschuwing.",
        "Le plan est établi au début de l'occupation, de préférence dans les premiers mois. L'absence de date du plan ou du début est une erreur ; au-delà du paramètre « premiers mois » (3 par défaut), c'est un avertissement. Les mois courent à partir du début de l'occupation, ou de l'indication du VDAB ou du début du régime (1er juillet 2023) s'ils sont postérieurs. Une date du plan postérieure à la date de référence est un avertissement.",
        "The plan is drawn up at the start of the employment, preferably in the first months. No plan date or no start date is an error; later than the parameter 'first months' (default 3) is a warning. The months run from the start of the employment, or from VDAB's indication or the scheme's start (1 July 2023) when those are later. A plan date after the as-of date is a warning.",
        "Der Plan wird zu Beginn der Beschäftigung erstellt, vorzugsweise in den ersten Monaten. Fehlt das Datum des Plans oder des Beginns, ist das ein Fehler; später als der Parameter „erste Monate“ (standardmäßig 3) ist eine Warnung. Die Monate laufen ab dem Beginn der Beschäftigung oder ab der Indikation durch den VDAB oder dem Beginn der Regelung (1. Juli 2023), wenn diese später liegen. Ein Plandatum nach dem Stichtag ist eine Warnung.",
    ],
    parameters: ["planFirstMonths"],
}

codes! {
    rule: Plan002;
    /// A date is not `YYYY-MM-DD` or does not exist.
    INVALID_DATE = "plan.invalid_date", Error, [
        "Vul een bestaande datum in als JJJJ-MM-DD.",
        "Indiquez une date existante au format AAAA-MM-JJ.",
        "Enter a date that exists, as YYYY-MM-DD.",
        "Geben Sie ein gültiges Datum im Format JJJJ-MM-TT ein.",
    ];
    /// The plan has no date.
    PLAN_DATE_MISSING = "plan.plan_date_missing", Error, [
        "Vul de datum in waarop het ondersteuningsplan is opgemaakt.",
        "Indiquez la date à laquelle le plan de soutien a été établi.",
        "Enter the date on which the support plan was drawn up.",
        "Geben Sie das Datum ein, an dem der Unterstützungsplan erstellt wurde.",
    ];
    /// The start of the employment is missing.
    EMPLOYMENT_START_MISSING = "plan.employment_start_missing", Error, [
        "Vul de begindatum van de tewerkstelling in.",
        "Indiquez la date de début de l'occupation.",
        "Enter the start date of the employment.",
        "Geben Sie das Anfangsdatum der Beschäftigung ein.",
    ];
    /// The plan was drawn up later than the first months (`deadline`, `months`).
    LATE = "plan.late", Warning, [
        "Het plan is later opgemaakt dan {months|maand|maanden} na de start (uiterlijk {deadline}): stel het op bij de aanvang van de tewerkstelling.",
        "Le plan a été établi plus de {months|mois|mois} après le début (au plus tard le {deadline}) : établissez-le au début de l'occupation.",
        "The plan was drawn up more than {months|month|months} after the start (by {deadline} at the latest): draw it up at the start of the employment.",
        "Der Plan wurde später als {months|Monat|Monate} nach dem Beginn erstellt (spätestens am {deadline}): erstellen Sie ihn zu Beginn der Beschäftigung.",
    ];
    /// The plan date lies after the as-of date (`asOf`).
    PLAN_DATE_IN_FUTURE = "plan.plan_date_in_future", Warning, [
        "De datum van het plan ligt na {asOf}: kijk de datum na.",
        "La date du plan est postérieure au {asOf} : vérifiez la date.",
        "The plan's date is after {asOf}: check the date.",
        "Das Datum des Plans liegt nach dem {asOf}: prüfen Sie das Datum.",
    ];
}

texts! {
    /// PLAN-002 met: drawn up in time (`months`, `deadline`).
    ON_TIME = [
        "Opgemaakt binnen {months|maand|maanden} na de start (uiterlijk {deadline}).",
        "Établi dans les {months|mois|mois} suivant le début (au plus tard le {deadline}).",
        "Drawn up within {months|month|months} of the start (by {deadline}).",
        "Innerhalb von {months|Monat|Monaten} nach dem Beginn erstellt (bis {deadline}).",
    ];

    /// PLAN-002 not met: drawn up late (`months`, `deadline`).
    DRAWN_UP_LATE = [
        "Opgemaakt na {deadline}, later dan {months|maand|maanden} na de start.",
        "Établi après le {deadline}, plus de {months|mois|mois} après le début.",
        "Drawn up after {deadline}, more than {months|month|months} after the start.",
        "Nach dem {deadline} erstellt, später als {months|Monat|Monate} nach dem Beginn.",
    ];
}

/// The rule for a support plan.
pub const RULE: Rule<SupportPlan> = Rule {
    id: RuleId::Plan002,
    reads: reads![
        "planDate",
        "employmentStart",
        "indication.date",
        "revisions[*].date",
        "premiumChanges[*].date",
        "signatures.employee.date",
        "signatures.employer.date",
        "actionPoints[*].followUpDate",
    ],
    applies: Applies::FromCatalogue,
    check: Check::Form(|input, ctx, out| check(input.form, input.dropped, ctx, out)),
};

/// The months run from the start of the employment, unless guidance became due later: an
/// employment that began before the scheme, or before VDAB indicated guidance (the FAQ's
/// worker "who has functioned for years"), cannot have had its plan in its first months.
fn check(form: &SupportPlan, dropped: &[ShapeProblem], ctx: &Context, out: &mut Outcome) {
    let plan_path = from_root(key!("planDate"));
    let start_path = from_root(key!("employmentStart"));
    let indication_path = from_root(key!("indication")).key(key!("date"));
    let plan_date = fields::date(form.plan_date.as_deref(), plan_path, &INVALID_DATE, out);
    let start = fields::date(form.employment_start.as_deref(), start_path, &INVALID_DATE, out);
    let indication =
        fields::date(form.indication.as_ref().and_then(|i| i.date.as_deref()), indication_path, &INVALID_DATE, out);
    other_dates(form, out);
    require(dropped, out, &PLAN_DATE_MISSING, plan_path, plan_date != DateField::Absent);
    require(dropped, out, &EMPLOYMENT_START_MISSING, start_path, start != DateField::Absent);
    if plan_date.date().is_some_and(|plan| plan > ctx.as_of) {
        report_after(out, &PLAN_DATE_IN_FUTURE, plan_path, ctx.as_of);
    }
    let months = ctx.params.plan_first_months;
    let (Some(plan), Some(start)) = (plan_date.date(), start.date()) else {
        let missing = not_given(&[(plan_date.date().is_some(), plan_path), (start.date().is_some(), start_path)]);
        out.judge(Verdict::new(RuleId::Plan002, Status::Unknown, FACTS_MISSING).missing(missing));
        return;
    };
    let from = [start, SCHEME_START].into_iter().chain(indication.date()).max().unwrap_or(start);
    // Only a date near the end of the calendar overflows; no deadline can then be missed.
    let deadline = from.checked_add_months(Months::new(months)).unwrap_or(NaiveDate::MAX);
    let late = plan > deadline;
    if late {
        out.push(
            Finding::new(&LATE, plan_path)
                .with("deadline", deadline)
                .with("months", months)
                .also(start_path)
                .also(indication_path),
        );
    }
    let judgement = Judgement { broken: late, missing: Vec::new() };
    out.judge(
        judged(judgement, RuleId::Plan002, ON_TIME, DRAWN_UP_LATE, FACTS_MISSING)
            .with("deadline", deadline)
            .with("months", months),
    );
}

/// Reports the other dates of the plan that are not dates: the rules that judge them
/// (PLAN-003, PLAN-004, PLAN-008) read them without a word. A path is built only for a date
/// that is not one.
fn other_dates(form: &SupportPlan, out: &mut Outcome) {
    for (index, revision) in form.revisions.as_deref().unwrap_or_default().iter().enumerate() {
        if invalid(revision.date.as_deref()) {
            out.report(&INVALID_DATE, from_root(key!("revisions")).index(index).key(key!("date")));
        }
    }
    for (index, change) in form.premium_changes.as_deref().unwrap_or_default().iter().enumerate() {
        if invalid(change.date.as_deref()) {
            out.report(&INVALID_DATE, from_root(key!("premiumChanges")).index(index).key(key!("date")));
        }
    }
    let signatures = form.signatures.as_ref();
    let parties = [
        (signatures.and_then(|s| s.employee.as_ref()), key!("employee")),
        (signatures.and_then(|s| s.employer.as_ref()), key!("employer")),
    ];
    for (signature, party) in parties {
        if invalid(signature.and_then(|s| s.date.as_deref())) {
            out.report(&INVALID_DATE, from_root(key!("signatures")).key(party).key(key!("date")));
        }
    }
    for (index, point) in form.action_points.as_deref().unwrap_or_default().iter().enumerate() {
        if invalid(point.follow_up_date.as_deref()) {
            out.report(&INVALID_DATE, from_root(key!("actionPoints")).index(index).key(key!("followUpDate")));
        }
    }
}

/// Whether `text` is typed and not a date. The rule that judges the date reads it again: a
/// date the calendar reads is one, and only one it cannot read is asked of the field reader
/// (blank or not a date), so a valid date costs one reading here. Out of line: one copy for
/// the four kinds of date it is asked about.
#[inline(never)]
fn invalid(text: Option<&str>) -> bool {
    text.is_some_and(|text| iso::parse(text).is_none()) && fields::parse_date(text) == DateField::Invalid
}

#[cfg(test)]
mod tests {
    use super::super::testing::*;
    use super::*;

    fn dated(plan: &str) -> SupportPlan {
        SupportPlan { plan_date: Some(plan.to_owned()), ..complete() }
    }

    #[test]
    fn three_months_from_the_start_of_the_employment() {
        // Start Monday 5 January 2026: the first three months run to 5 April 2026.
        let out = run(&RULE, &dated("2026-04-05"));
        assert_eq!(status(&out), Status::Met);
        assert!(out.findings.is_empty());
        let out = run(&RULE, &dated("2026-04-06"));
        assert_eq!(status(&out), Status::NotMet);
        assert_eq!(codes(&out), ["plan.late"]);
    }

    #[test]
    fn the_months_run_from_a_later_indication() {
        // Working since 2015; VDAB indicated guidance on 2 March 2026: due by 2 June 2026.
        let mut form = dated("2026-06-02");
        form.employment_start = Some("2015-09-01".to_owned());
        form.indication.get_or_insert_default().date = Some("2026-03-02".to_owned());
        assert_eq!(status(&run(&RULE, &form)), Status::Met);
        form.plan_date = Some("2026-06-03".to_owned());
        assert_eq!(status(&run(&RULE, &form)), Status::NotMet);
    }

    #[test]
    fn the_months_run_from_the_scheme_at_the_earliest() {
        // Employed since 2019 and indicated before the scheme: due by 1 October 2023.
        let mut form = dated("2023-10-01");
        form.employment_start = Some("2019-03-04".to_owned());
        form.indication.get_or_insert_default().date = Some("2022-11-14".to_owned());
        assert_eq!(status(&run(&RULE, &form)), Status::Met);
    }

    #[test]
    fn missing_dates_are_required_and_wait() {
        let form = SupportPlan { plan_date: None, employment_start: None, ..complete() };
        let out = run(&RULE, &form);
        assert_eq!(status(&out), Status::Unknown);
        assert_eq!(missing(&out), ["planDate", "employmentStart"]);
        assert_eq!(codes(&out), ["plan.plan_date_missing", "plan.employment_start_missing"]);
    }

    #[test]
    fn a_plan_dated_after_the_as_of_date_is_a_warning() {
        let out = run(&RULE, &dated("2026-11-24"));
        assert!(codes(&out).contains(&"plan.plan_date_in_future"));
    }

    #[test]
    fn every_date_of_the_plan_is_read_here() {
        let mut form = dated("2026-02-30");
        if let Some(signature) = form.signatures.as_mut().and_then(|s| s.employer.as_mut()) {
            signature.date = Some("16/02/2026".to_owned());
        }
        if let Some(point) = form.action_points.as_mut().and_then(|points| points.first_mut()) {
            point.follow_up_date = Some("2026-04-31".to_owned());
        }
        let out = run(&RULE, &form);
        assert_eq!(paths(&out), ["planDate", "signatures.employer.date", "actionPoints[0].followUpDate"]);
        assert!(codes(&out).iter().all(|code| *code == "plan.invalid_date"));
        assert_eq!(status(&out), Status::Unknown);
    }
}
