//! APP-001: a work limitation recognised by VDAB, and VDAB's indication present and valid on
//! the as-of date.
//!
//! An indication lasts at most 5 years (WSE pages: "deze vaststelling geldt voor maximum 5
//! jaar"): it is valid up to and including the day before the fifth anniversary of its date,
//! or up to its `validUntil` when that comes first. The form's dates are reported here when
//! malformed, once and whatever the as-of date ([`DATES`]): the other rules read them without
//! reporting.

use super::facts::Facts;
use super::FACTS_MISSING;
use crate::model::application::Application;
use crate::rules::rule::Input;
use crate::rules::support::*;
use chrono::{Months, NaiveDate};

rule_entry! {
    id: App001,
    family: "application",
    source: WSE_PAGES,
    // The seeds presuppose VDAB's indication ("Als VDAB een behoefte aan een loonpremie én
    // begeleiding heeft vastgesteld") but do not say that an application needs a recognised
    // work limitation, nor how long an indication lasts: the department's pages do, which the
    // seeds do not hold. Our reading of them warns and never blocks.
    quote: "",
    confidence: Medium,
    from: date(2023, 7, 1),
    title: ["Erkende arbeidsbeperking en indicatie", "Handicap reconnu et indication", "Recognised work limitation and indication", "Anerkannte Arbeitsbeeinträchtigung und Indikation"],
    text: [
        "De werknemer heeft een door VDAB erkende arbeidsbeperking, en de indicatie van VDAB (datum, maatregelen: loonpremie en/of begeleiding op de werkvloer) is aanwezig en geldig op de peildatum. Een indicatie geldt hoogstens 5 jaar: tot en met de dag vóór de vijfde verjaardag van haar datum, of tot haar einddatum als die eerder valt. De FAQ en de HIVA-studie zeggen dit niet: enkel waarschuwingen.",
        "Le travailleur a un handicap professionnel reconnu par le VDAB, et l'indication du VDAB (date, mesures : prime salariale et/ou accompagnement sur le lieu de travail) est présente et valable à la date de référence. Une indication vaut au plus 5 ans : jusqu'à la veille du cinquième anniversaire de sa date, ou jusqu'à sa date de fin si elle est antérieure. La FAQ et l'étude HIVA ne le disent pas : uniquement des avertissements.",
        "The employee has a work limitation recognised by VDAB, and VDAB's indication (date, measures: loonpremie and/or guidance on the work floor) is present and valid on the as-of date. An indication lasts at most 5 years: up to and including the day before the fifth anniversary of its date, or up to its end date when that comes first. The FAQ and the HIVA study do not say this: warnings only.",
        "Die Person hat eine vom VDAB anerkannte Arbeitsbeeinträchtigung, und die Indikation des VDAB (Datum, Maßnahmen: Lohnprämie und/oder Begleitung am Arbeitsplatz) liegt vor und ist am Stichtag gültig. Eine Indikation gilt höchstens 5 Jahre: bis einschließlich zum Tag vor dem fünften Jahrestag ihres Datums oder bis zu ihrem Enddatum, wenn dieses früher liegt. Die FAQ und die HIVA-Studie sagen das nicht: nur Warnungen.",
    ],
    parameters: [],
}

codes! {
    rule: App001;
    /// A date is not `YYYY-MM-DD` or does not exist.
    INVALID_DATE = "application.invalid_date", Warning, [
        "Vul een bestaande datum in als JJJJ-MM-DD.",
        "Indiquez une date existante au format AAAA-MM-JJ.",
        "Enter a date that exists, as YYYY-MM-DD.",
        "Geben Sie ein gültiges Datum im Format JJJJ-MM-TT ein.",
    ];
    /// Whether VDAB recognised the work limitation is not answered.
    WORK_LIMITATION_UNANSWERED = "application.work_limitation_unanswered", Warning, [
        "Geef aan of VDAB de arbeidsbeperking van de werknemer erkend heeft.",
        "Indiquez si le VDAB a reconnu le handicap professionnel du travailleur.",
        "Say whether VDAB recognised the employee's work limitation.",
        "Geben Sie an, ob der VDAB die Arbeitsbeeinträchtigung der Arbeitnehmerin oder des Arbeitnehmers anerkannt hat.",
    ];
    /// The work limitation is not recognised by VDAB.
    WORK_LIMITATION_NOT_RECOGNISED = "application.work_limitation_not_recognised", Warning, [
        "Individueel maatwerk vraagt een door VDAB erkende arbeidsbeperking. Vraag eerst de erkenning aan bij VDAB.",
        "Le travail adapté individuel requiert un handicap professionnel reconnu par le VDAB. Demandez d'abord la reconnaissance au VDAB.",
        "Individueel maatwerk requires a work limitation recognised by VDAB. Ask VDAB for the recognition first.",
        "Individueel maatwerk setzt eine vom VDAB anerkannte Arbeitsbeeinträchtigung voraus. Beantragen Sie zuerst die Anerkennung beim VDAB.",
    ];
    /// The date of VDAB's indication is missing.
    INDICATION_DATE_MISSING = "application.indication_date_missing", Warning, [
        "Vul de datum van de indicatie door VDAB in.",
        "Indiquez la date de l'indication du VDAB.",
        "Enter the date of VDAB's indication.",
        "Geben Sie das Datum der Indikation des VDAB ein.",
    ];
    /// The indication is dated after the as-of date.
    INDICATION_IN_FUTURE = "application.indication_in_future", Warning, [
        "De datum van de indicatie ligt na {asOf}: een indicatie moet al gegeven zijn.",
        "La date de l'indication est postérieure au {asOf} : l'indication doit déjà avoir été donnée.",
        "The indication's date is after {asOf}: the indication must already have been given.",
        "Das Datum der Indikation liegt nach dem {asOf}: die Indikation muss bereits erteilt sein.",
    ];
    /// The indication is no longer valid on the as-of date.
    INDICATION_EXPIRED = "application.indication_expired", Warning, [
        "De indicatie is op {asOf} niet meer geldig (ze geldt hoogstens {years} jaar en niet na de einddatum). Vraag VDAB een nieuwe indicatie.",
        "L'indication n'est plus valable au {asOf} (elle vaut au plus {years} ans et pas après sa date de fin). Demandez une nouvelle indication au VDAB.",
        "The indication is no longer valid on {asOf} (it lasts at most {years} years and not past its end date). Ask VDAB for a new indication.",
        "Die Indikation ist am {asOf} nicht mehr gültig (sie gilt höchstens {years} Jahre und nicht über ihr Enddatum hinaus). Beantragen Sie beim VDAB eine neue Indikation.",
    ];
    /// The indication's end date is before its date.
    INDICATION_VALID_UNTIL_BEFORE_DATE = "application.indication_valid_until_before_date", Warning, [
        "De einddatum van de indicatie ligt vóór de datum van de indicatie.",
        "La date de fin de l'indication précède la date de l'indication.",
        "The indication's end date is before the indication's date.",
        "Das Enddatum der Indikation liegt vor dem Datum der Indikation.",
    ];
    /// The indication's end date is more than the maximum validity after its date.
    INDICATION_VALID_UNTIL_BEYOND_LIMIT = "application.indication_valid_until_beyond_limit", Warning, [
        "Een indicatie geldt hoogstens {years} jaar: de einddatum ligt later en telt enkel tot {years} jaar na de indicatie.",
        "Une indication vaut au plus {years} ans : la date de fin est plus tardive et ne compte que jusqu'à {years} ans après l'indication.",
        "An indication lasts at most {years} years: the end date is later and counts only up to {years} years after the indication.",
        "Eine Indikation gilt höchstens {years} Jahre: das Enddatum liegt später und zählt nur bis {years} Jahre nach der Indikation.",
    ];
    /// A measure of the indication is not answered.
    INDICATION_MEASURE_UNANSWERED = "application.indication_measure_unanswered", Warning, [
        "Geef aan of VDAB deze maatregel in de indicatie vastgesteld heeft.",
        "Indiquez si le VDAB a constaté cette mesure dans l'indication.",
        "Say whether VDAB found this measure necessary in the indication.",
        "Geben Sie an, ob der VDAB diese Maßnahme in der Indikation festgestellt hat.",
    ];
    /// The indication names no measure at all.
    INDICATION_WITHOUT_MEASURES = "application.indication_without_measures", Warning, [
        "De indicatie stelt geen loonpremie en geen begeleiding vast: zonder vastgestelde behoefte is er geen individueel maatwerk.",
        "L'indication ne constate ni prime salariale ni accompagnement : sans besoin constaté, pas de travail adapté individuel.",
        "The indication finds no need for a loonpremie nor for guidance: without a need there is no individueel maatwerk.",
        "Die Indikation stellt weder eine Lohnprämie noch Begleitung fest: ohne festgestellten Bedarf gibt es kein individueel maatwerk.",
    ];
}

texts! {
    /// APP-001 met (`asOf`).
    INDICATION_VALID = [
        "Arbeidsbeperking erkend door VDAB en indicatie geldig op {asOf}.",
        "Handicap professionnel reconnu par le VDAB et indication valable au {asOf}.",
        "Work limitation recognised by VDAB and indication valid on {asOf}.",
        "Arbeitsbeeinträchtigung vom VDAB anerkannt und Indikation gültig am {asOf}.",
    ];

    /// APP-001 not met (`asOf`).
    INDICATION_NOT_VALID = [
        "Geen erkende arbeidsbeperking, of geen geldige indicatie van VDAB op {asOf}.",
        "Pas de handicap professionnel reconnu, ou pas d'indication valable du VDAB au {asOf}.",
        "No recognised work limitation, or no valid VDAB indication on {asOf}.",
        "Keine anerkannte Arbeitsbeeinträchtigung oder keine gültige Indikation des VDAB am {asOf}.",
    ];
}

/// The longest an indication lasts, in years.
const MAX_YEARS: u32 = 5;

/// The form's dates, each reported when malformed, on every as-of date.
pub const DATES: Rule<Application> = Rule {
    id: RuleId::App001,
    reads: reads!["vdabIndication.date", "vdabIndication.validUntil", "contract", "applicationDate"],
    applies: Applies::Always,
    check: Check::Form(|input, _, out| dates(input.form, out)),
};

/// The rule.
pub const RULE: Rule<Application> = Rule {
    id: RuleId::App001,
    reads: reads!["employee.workLimitationRecognised", "vdabIndication", "selfEmployed"],
    applies: Applies::FromCatalogue,
    check: Check::Form(check),
};

fn dates(form: &Application, out: &mut Outcome) {
    let indication = form.vdab_indication.as_ref();
    let contract = form.contract.as_ref();
    let dates = [
        (indication.and_then(|i| i.date.as_deref()), at(&[key!("vdabIndication"), key!("date")])),
        (indication.and_then(|i| i.valid_until.as_deref()), at(&[key!("vdabIndication"), key!("validUntil")])),
        (contract.and_then(|c| c.start.as_deref()), at(&[key!("contract"), key!("start")])),
        (contract.and_then(|c| c.end.as_deref()), at(&[key!("contract"), key!("end")])),
        (form.application_date.as_deref(), at(&[key!("applicationDate")])),
    ];
    for (text, path) in dates {
        fields::date(text, path, &INVALID_DATE, out);
    }
}

fn check(input: &Input<'_, Application>, ctx: &Context, out: &mut Outcome) {
    let facts = &Facts::of(input);
    let mut judgement = Judgement::default();
    recognition(input.form, input.dropped, &mut judgement, out);
    validity(facts, input.dropped, ctx, &mut judgement, out);
    if facts.self_employed != Some(true) {
        // A self-employed person's indication is a need for the ondersteuningspremie; the two
        // employer measures do not apply to it.
        measures(facts, input.dropped, &mut judgement, out);
    }
    out.judge(
        judgement
            .verdict(RuleId::App001, INDICATION_VALID, INDICATION_NOT_VALID, FACTS_MISSING)
            .with("asOf", ctx.as_of),
    );
}

fn recognition(form: &Application, dropped: &[ShapeProblem], judgement: &mut Judgement, out: &mut Outcome) {
    let path = at(&[key!("employee"), key!("workLimitationRecognised")]);
    let recognised = form.employee.as_ref().and_then(|e| e.work_limitation_recognised);
    out.need(&path, recognised.is_some());
    match recognised {
        None => {
            judgement.lacks(dropped, out, &WORK_LIMITATION_UNANSWERED, path);
        }
        Some(false) => {
            judgement.breaks(out, &WORK_LIMITATION_NOT_RECOGNISED, path);
        }
        Some(true) => {}
    }
}

fn validity(facts: &Facts, dropped: &[ShapeProblem], ctx: &Context, judgement: &mut Judgement, out: &mut Outcome) {
    let date_path = at(&[key!("vdabIndication"), key!("date")]);
    let until_path = at(&[key!("vdabIndication"), key!("validUntil")]);
    out.need(&date_path, facts.dates.indication != DateField::Absent);
    let date = match facts.dates.indication {
        DateField::Absent => {
            judgement.lacks(dropped, out, &INDICATION_DATE_MISSING, date_path);
            return;
        }
        DateField::Invalid => {
            judgement.wait_for(date_path);
            return;
        }
        DateField::Valid(date) => date,
    };
    if date > ctx.as_of {
        report_after(out, &INDICATION_IN_FUTURE, date_path, ctx.as_of);
        judgement.broken = true;
        return;
    }
    let limit = last_valid_day(date);
    let (end, end_path) = match facts.dates.valid_until {
        DateField::Valid(until) if until < date => {
            out.report_also(&INDICATION_VALID_UNTIL_BEFORE_DATE, until_path, date_path);
            judgement.broken = true;
            return;
        }
        DateField::Valid(until) if until <= limit => (until, until_path),
        DateField::Valid(_) => {
            out.push(
                Finding::new(&INDICATION_VALID_UNTIL_BEYOND_LIMIT, until_path).with("years", MAX_YEARS).also(date_path),
            );
            (limit, date_path)
        }
        DateField::Invalid => {
            judgement.wait_for(until_path);
            (limit, date_path)
        }
        DateField::Absent => (limit, date_path),
    };
    if ctx.as_of > end {
        out.push(Finding::new(&INDICATION_EXPIRED, end_path).with("asOf", ctx.as_of).with("years", MAX_YEARS));
        judgement.broken = true;
    }
}

/// The day before the fifth anniversary of the indication.
fn last_valid_day(date: NaiveDate) -> NaiveDate {
    date.checked_add_months(Months::new(MAX_YEARS * 12)).and_then(|d| d.pred_opt()).unwrap_or(NaiveDate::MAX)
}

fn measures(facts: &Facts, dropped: &[ShapeProblem], judgement: &mut Judgement, out: &mut Outcome) {
    let measures = at(&[key!("vdabIndication"), key!("measures")]);
    for (key, answer) in [(key!("loonpremie"), facts.measures.loonpremie), (key!("guidance"), facts.measures.guidance)]
    {
        let path = measures.key(key);
        judgement.require(dropped, out, &INDICATION_MEASURE_UNANSWERED, path, answer.is_some());
    }
    if facts.measures.loonpremie == Some(false) && facts.measures.guidance == Some(false) {
        judgement.breaks(out, &INDICATION_WITHOUT_MEASURES, measures);
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::super::testing::*;
    use super::*;
    use serde_json::{json, Value};

    #[test]
    fn a_valid_indication_is_met() {
        let out = run(&RULE, &complete());
        assert_eq!(status(&out, RuleId::App001), Status::Met);
        assert!(out.findings.is_empty());
    }

    #[test]
    fn an_expired_indication_warns() {
        // Indicated on 2020-11-24: valid up to and including 2025-11-23.
        let form = with(
            with(complete(), "vdabIndication.date", json!("2020-11-24")),
            "vdabIndication.validUntil",
            Value::Null,
        );
        let out = run(&RULE, &form);
        assert_eq!(found(&out), [("application.indication_expired", "vdabIndication.date".to_owned())]);
        assert_eq!(INDICATION_EXPIRED.severity, crate::report::Severity::Warning);
        assert_eq!(status(&out, RuleId::App001), Status::NotMet);
    }

    #[test]
    fn a_malformed_date_is_reported_once_on_every_as_of_date() {
        let form = with(complete(), "contract.start", json!("2025-02-30"));
        for as_of in ["2023-06-30", AS_OF] {
            let out = run_on(&DATES, &form, as_of);
            assert_eq!(found(&out), [("application.invalid_date", "contract.start".to_owned())]);
        }
        assert!(run(&RULE, &form).findings.is_empty());
    }

    #[test]
    fn five_years_end_the_day_before_the_anniversary() {
        let d = |s| crate::calendar::iso::parse(s).unwrap();
        assert_eq!(last_valid_day(d("2021-03-01")), d("2026-02-28"));
        assert_eq!(last_valid_day(d("2020-02-29")), d("2025-02-27"));
    }
}
