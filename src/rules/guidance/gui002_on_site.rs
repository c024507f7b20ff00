//! GUI-002: the qualified supervisor is physically on the work floor within 5 working days of a
//! request: the stated number of days, and, when the plan records a request and a visit,
//! whether the visit came in time (working days as the calendar counts them, CAL-001).

use super::arrangements_of;
use crate::calendar::working_days;
use crate::model::SupportPlan;
use crate::report::codes::CodeDef;
use crate::rules::plan::plan006_arrangements::ON_SITE_DAYS;
use crate::rules::plan::{from_root, judged, FACTS_MISSING};
use crate::rules::support::*;

rule_entry! {
    id: Gui002,
    family: "guidance",
    source: FAQ,
    quote: "De gekwalificeerd begeleider dient: (…) binnen de 5 werkdagen beschikbaar te zijn op de werkvloer (fysiek)",
    confidence: High,
    from: date(2023, 7, 1),
    title: ["Binnen 5 werkdagen ter plaatse", "Sur place dans les 5 jours ouvrables", "On site within 5 working days", "Innerhalb von 5 Arbeitstagen vor Ort"],
    text: [
        "De gekwalificeerd begeleider is binnen 5 werkdagen na een vraag fysiek op de werkvloer (werkdagen: CAL-001). Vermeldt het plan de laatste vraag, dan ligt het bezoek daarna uiterlijk op de 5de werkdag; zonder bezoek na de vraag is de termijn na de peildatum verstreken (fout) of nog lopend (informatie, met de uiterste datum).",
        "L'accompagnateur qualifié est physiquement sur le lieu de travail dans les 5 jours ouvrables suivant une demande (jours ouvrables : CAL-001). Si le plan mentionne la dernière demande, la visite suivante a lieu au plus tard le 5e jour ouvrable ; sans visite après la demande, le délai est dépassé à la date de référence (erreur) ou encore en cours (information, avec la date limite).",
        "The qualified supervisor is physically on the work floor within 5 working days of a request (working days: CAL-001). When the plan records the last request, the visit after it is on the 5th working day at the latest; without a visit after the request, the deadline has passed by the as-of date (error) or is still running (information, with the deadline).",
        "Die qualifizierte Begleitperson ist innerhalb von 5 Arbeitstagen nach einer Anfrage persönlich am Arbeitsplatz (Arbeitstage: CAL-001). Nennt der Plan die letzte Anfrage, liegt der Besuch danach spätestens am 5. Arbeitstag; ohne Besuch nach der Anfrage ist die Frist am Stichtag abgelaufen (Fehler) oder läuft noch (Information, mit der Frist).",
    ],
    parameters: ["flemishCommunityDayOff", "onSiteWorkingDays"],
}

codes! {
    rule: Gui002;
    /// A date is not `YYYY-MM-DD` or does not exist.
    INVALID_DATE = "guidance.invalid_date", Error, [
        "Vul een bestaande datum in als JJJJ-MM-DD.",
        "Indiquez une date existante au format AAAA-MM-JJ.",
        "Enter a date that exists, as YYYY-MM-DD.",
        "Geben Sie ein gültiges Datum im Format JJJJ-MM-TT ein.",
    ];
    /// The supervisor comes later than the maximum number of working days (`max`).
    ON_SITE_TOO_LATE = "guidance.on_site_too_late", Error, [
        "De begeleider moet binnen {max} werkdagen na een vraag fysiek op de werkvloer zijn.",
        "L'accompagnateur doit être physiquement sur le lieu de travail dans les {max} jours ouvrables suivant une demande.",
        "The supervisor must be physically on the work floor within {max} working days of a request.",
        "Die Begleitperson muss innerhalb von {max} Arbeitstagen nach einer Anfrage persönlich am Arbeitsplatz sein.",
    ];
    /// The visit came after the deadline (`deadline`, `max`).
    VISIT_TOO_LATE = "guidance.visit_too_late", Error, [
        "Het bezoek op de werkvloer kwam na {deadline}, later dan {max} werkdagen na de vraag.",
        "La visite sur le lieu de travail a eu lieu après le {deadline}, plus de {max} jours ouvrables après la demande.",
        "The visit to the work floor came after {deadline}, more than {max} working days after the request.",
        "Der Besuch am Arbeitsplatz erfolgte nach dem {deadline}, später als {max} Arbeitstage nach der Anfrage.",
    ];
    /// No visit since the request and the deadline has passed (`deadline`, `max`).
    VISIT_OVERDUE = "guidance.visit_overdue", Error, [
        "Er is geen bezoek op de werkvloer na de vraag, en de termijn van {max} werkdagen liep af op {deadline}.",
        "Aucune visite sur le lieu de travail depuis la demande, et le délai de {max} jours ouvrables a expiré le {deadline}.",
        "There is no visit to the work floor after the request, and the {max} working days ran out on {deadline}.",
        "Seit der Anfrage gab es keinen Besuch am Arbeitsplatz, und die Frist von {max} Arbeitstagen lief am {deadline} ab.",
    ];
    /// A visit is due (`deadline`, `max`).
    VISIT_DUE = "guidance.visit_due", Info, [
        "Een bezoek op de werkvloer is nodig uiterlijk op {deadline} ({max} werkdagen na de vraag).",
        "Une visite sur le lieu de travail est requise au plus tard le {deadline} ({max} jours ouvrables après la demande).",
        "A visit to the work floor is due by {deadline} ({max} working days after the request).",
        "Ein Besuch am Arbeitsplatz ist bis zum {deadline} fällig ({max} Arbeitstage nach der Anfrage).",
    ];
}

texts! {
    /// GUI-002 met (`max`).
    ON_SITE_IN_TIME = [
        "De begeleider is binnen {max} werkdagen na een vraag op de werkvloer.",
        "L'accompagnateur est sur le lieu de travail dans les {max} jours ouvrables suivant une demande.",
        "The supervisor is on the work floor within {max} working days of a request.",
        "Die Begleitperson ist innerhalb von {max} Arbeitstagen nach einer Anfrage am Arbeitsplatz.",
    ];

    /// GUI-002 not met (`max`).
    ON_SITE_LATE = [
        "De begeleider is niet binnen {max} werkdagen na een vraag op de werkvloer.",
        "L'accompagnateur n'est pas sur le lieu de travail dans les {max} jours ouvrables suivant une demande.",
        "The supervisor is not on the work floor within {max} working days of a request.",
        "Die Begleitperson ist nicht innerhalb von {max} Arbeitstagen nach einer Anfrage am Arbeitsplatz.",
    ];
}

/// The rule for a support plan.
pub const RULE: Rule<SupportPlan> = Rule {
    id: RuleId::Gui002,
    reads: reads![ON_SITE_DAYS.pattern, "arrangements.lastOnSiteRequest", "arrangements.onSiteVisit"],
    applies: Applies::FromCatalogue,
    check: Check::Form(|input, ctx, out| check(input.form, ctx, out)),
};

/// Judges the stated number of working days (unknown while none is stated: PLAN-006 asks for
/// it) and the last request's visit.
fn check(form: &SupportPlan, ctx: &Context, out: &mut Outcome) {
    let arrangements = arrangements_of(form);
    let days_path = ON_SITE_DAYS.path();
    let mut judgement = Judgement::default();
    let days = arrangements.on_site_within_working_days;
    out.need(&days_path, days.is_some());
    match days {
        None => judgement.wait_for(days_path),
        Some(days) if days > ctx.params.on_site_working_days => {
            out.push(Finding::new(&ON_SITE_TOO_LATE, days_path).with("max", ctx.params.on_site_working_days));
            judgement.broken = true;
        }
        Some(_) => {}
    }
    let request_path = from_root(key!("arrangements")).key(key!("lastOnSiteRequest"));
    let visit_path = from_root(key!("arrangements")).key(key!("onSiteVisit"));
    let request = fields::date(arrangements.last_on_site_request.as_deref(), request_path, &INVALID_DATE, out);
    let visit = fields::date(arrangements.on_site_visit.as_deref(), visit_path, &INVALID_DATE, out);
    let deadline = request
        .date()
        .and_then(|date| working_days::add_working_days(date, ctx.params.on_site_working_days, &ctx.holiday_options()));
    if let (Some(request), Some(deadline)) = (request.date(), deadline) {
        // A visit before the last request answered an earlier one: this request is still open.
        let answered = visit.date().filter(|date| *date >= request);
        let found: Option<(&'static CodeDef, bool)> = match answered {
            Some(date) if date > deadline => Some((&VISIT_TOO_LATE, true)),
            Some(_) => None,
            // A visit typed wrongly may be the answer: nothing to say until it is a date.
            None if visit == DateField::Invalid => None,
            None if ctx.as_of > deadline => Some((&VISIT_OVERDUE, true)),
            None => Some((&VISIT_DUE, false)),
        };
        if let Some((code, late)) = found {
            judgement.broken |= late;
            out.push(
                Finding::new(code, visit_path)
                    .with("deadline", deadline)
                    .with("max", ctx.params.on_site_working_days)
                    .also(request_path),
            );
        }
    }
    let verdict = judged(judgement, RuleId::Gui002, ON_SITE_IN_TIME, ON_SITE_LATE, FACTS_MISSING);
    out.judge(verdict.with("max", ctx.params.on_site_working_days));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::Param;
    use crate::rules::plan::testing::*;

    fn visited(request: &str, visit: &str) -> SupportPlan {
        let mut form = complete();
        let arrangements = form.arrangements.get_or_insert_default();
        arrangements.last_on_site_request = Some(request.to_owned());
        arrangements.on_site_visit = Some(visit.to_owned());
        form
    }

    fn deadline(out: &Outcome) -> Option<&Param> {
        out.findings.first().and_then(|f| f.params.get("deadline"))
    }

    #[test]
    fn the_visit_came_on_the_fifth_working_day() {
        // Request Friday 8 May 2026: Mon 11, Tue 12, Wed 13, (Thu 14 Ascension), Fri 15, Mon 18.
        let out = run(&RULE, &complete());
        assert_eq!(status(&out), Status::Met);
        assert!(out.findings.is_empty());
    }

    #[test]
    fn a_visit_after_the_fifth_working_day_is_too_late() {
        let out = run(&RULE, &visited("2026-05-08", "2026-05-19"));
        assert_eq!(codes(&out), ["guidance.visit_too_late"]);
        assert_eq!(deadline(&out), Some(&Param::from(date(2026, 5, 18))));
        assert_eq!(status(&out), Status::NotMet);
    }

    #[test]
    fn an_open_request_is_due_then_overdue() {
        // Request Friday 6 November 2026: Mon 9, Tue 10, (Wed 11 Armistice), Thu 12, Fri 13,
        // Mon 16; the last visit answered an earlier request. As of Monday 23 November: overdue.
        let out = run(&RULE, &visited("2026-11-06", "2026-10-02"));
        assert_eq!(codes(&out), ["guidance.visit_overdue"]);
        assert_eq!(deadline(&out), Some(&Param::from(date(2026, 11, 16))));
        assert_eq!(status(&out), Status::NotMet);
    }

    #[test]
    fn more_than_five_working_days_is_not_met() {
        let mut form = complete();
        form.arrangements.get_or_insert_default().on_site_within_working_days = Some(6);
        let out = run(&RULE, &form);
        assert_eq!(codes(&out), ["guidance.on_site_too_late"]);
        assert_eq!(status(&out), Status::NotMet);
    }

    #[test]
    fn a_visit_typed_wrongly_may_be_the_answer() {
        let out = run(&RULE, &visited("2026-11-06", "16/11/2026"));
        assert_eq!(codes(&out), ["guidance.invalid_date"]);
        assert_eq!(status(&out), Status::Met);
    }

    #[test]
    fn unstated_days_wait() {
        let mut form = complete();
        form.arrangements.get_or_insert_default().on_site_within_working_days = None;
        let out = run(&RULE, &form);
        assert_eq!(status(&out), Status::Unknown);
        assert_eq!(missing(&out), ["arrangements.onSiteWithinWorkingDays"]);
    }
}
