//! SUP-002: the relevant experience counts at least 24 months. The periods are read as
//! `evidence` documents; this rule reports what is wrong in each period (and in each date the
//! supervisor's form holds) and, when the months fall short, by how much.

use super::evidence::{self, PeriodReading, Standing};
use crate::model::Supervisor;
use crate::rules::support::*;

rule_entry! {
    id: Sup002,
    family: "supervisor",
    source: FAQ,
    quote: "Ja, beroepservaring (minimaal 2 jaar relevante ervaring) wordt als gelijkwaardig beschouwd.",
    confidence: High,
    from: date(2023, 7, 1),
    title: ["Ervaring in maanden", "Expérience en mois", "Experience in months", "Erfahrung in Monaten"],
    text: [
        "Ervaring = de relevante periodes (van, tot of lopend tot de peildatum; 'tot' inbegrepen); overlappende periodes tellen één keer; samen minstens 24 maanden. Elke samengevoegde periode telt haar volle kalendermaanden; de resterende dagen van alle periodes worden opgeteld en elke 31 dagen tellen als een maand.",
        "Expérience = les périodes pertinentes (du, au ou en cours jusqu'à la date de référence ; 'au' inclus) ; les périodes qui se chevauchent comptent une fois ; au moins 24 mois au total. Chaque période fusionnée compte ses mois civils entiers ; les jours restants de toutes les périodes sont additionnés et chaque tranche de 31 jours compte pour un mois.",
        "Experience = the relevant periods (from, to or ongoing up to the as-of date; 'to' included); overlapping periods count once; at least 24 months in total. Each merged stretch counts its whole calendar months; the days left of all stretches are added up and every 31 of them count as one month.",
        "Erfahrung = die einschlägigen Zeiträume (von, bis oder laufend bis zum Stichtag; 'bis' eingeschlossen); überlappende Zeiträume zählen einmal; insgesamt mindestens 24 Monate. Jeder zusammengeführte Zeitraum zählt seine vollen Kalendermonate; die restlichen Tage aller Zeiträume werden addiert und je 31 Tage zählen als ein Monat.",
    ],
    parameters: ["experienceMonths"],
}

codes! {
    rule: Sup002;
    /// Relevant experience exists but is shorter than required, and no relevant diploma.
    EXPERIENCE_TOO_SHORT = "supervisor.experience_too_short", Error, [
        "{months} van de {required} maanden relevante ervaring: nog {short|maand|maanden} te gaan, of voeg een relevant diploma toe.",
        "{months} des {required} mois d'expérience pertinente : il manque encore {short|mois|mois}, ou ajoutez un diplôme pertinent.",
        "{months} of {required} months of relevant experience: {short|month is|months are} still missing, or add a relevant diploma.",
        "{months} von {required} Monaten einschlägiger Erfahrung: noch {short|Monat|Monate} offen, oder fügen Sie ein einschlägiges Diplom hinzu.",
    ];
    /// A date is not `YYYY-MM-DD` or does not exist.
    INVALID_DATE = "supervisor.invalid_date", Error, [
        "Vul een bestaande datum in als JJJJ-MM-DD.",
        "Indiquez une date existante au format AAAA-MM-JJ.",
        "Enter a date that exists, as YYYY-MM-DD.",
        "Geben Sie ein gültiges Datum im Format JJJJ-MM-TT ein.",
    ];
    /// An experience period has no start date.
    PERIOD_FROM_MISSING = "supervisor.period_from_missing", Error, [
        "Vul de begindatum van deze periode in.",
        "Indiquez la date de début de cette période.",
        "Enter the start date of this period.",
        "Geben Sie das Anfangsdatum dieses Zeitraums ein.",
    ];
    /// An experience period ends before it starts.
    PERIOD_REVERSED = "supervisor.period_reversed", Error, [
        "De einddatum ligt vóór de begindatum.",
        "La date de fin précède la date de début.",
        "The end date is before the start date.",
        "Das Enddatum liegt vor dem Anfangsdatum.",
    ];
    /// An experience period starts after the as-of date.
    PERIOD_IN_FUTURE = "supervisor.period_in_future", Warning, [
        "Deze periode begint na {asOf}: ze telt nog niet mee.",
        "Cette période commence après le {asOf} : elle ne compte pas encore.",
        "This period starts after {asOf}: it does not count yet.",
        "Dieser Zeitraum beginnt nach dem {asOf}: er zählt noch nicht.",
    ];
    /// Whether an experience period is relevant is not answered.
    PERIOD_RELEVANCE_MISSING = "supervisor.period_relevance_missing", Error, [
        "Geef aan of deze ervaring relevant is (begeleiding op de werkvloer).",
        "Indiquez si cette expérience est pertinente (accompagnement sur le lieu de travail).",
        "Say whether this experience is relevant (guidance on the work floor).",
        "Geben Sie an, ob diese Erfahrung einschlägig ist (Begleitung am Arbeitsplatz).",
    ];
}

/// The rule for a supervisor on their own.
pub const RULE: Rule<Supervisor> = Rule {
    id: RuleId::Sup002,
    reads: reads!["experience", "diplomas"],
    applies: Applies::FromCatalogue,
    check: Check::Form(|input, ctx, out| check_at(input.form, &Path::root(), input.dropped, ctx, out)),
};

/// Checks the periods of the supervisor at `at`, the dates of their diplomas, and whether the
/// months fall short.
pub(crate) fn check_at(supervisor: &Supervisor, at: &Path, dropped: &[ShapeProblem], ctx: &Context, out: &mut Outcome) {
    let diplomas = at.key(key!("diplomas"));
    for (index, diploma) in supervisor.diplomas.as_deref().unwrap_or_default().iter().enumerate() {
        fields::date(diploma.obtained.as_deref(), diplomas.index(index).key(key!("obtained")), &INVALID_DATE, out);
    }
    let experience = at.key(key!("experience"));
    for (index, period) in supervisor.experience.as_deref().unwrap_or_default().iter().enumerate() {
        let item = experience.index(index);
        let (from_path, to_path) = (item.key(key!("from")), item.key(key!("to")));
        let from = fields::date(period.from.as_deref(), from_path, &INVALID_DATE, out);
        fields::date(period.to.as_deref(), to_path, &INVALID_DATE, out);
        require(dropped, out, &PERIOD_FROM_MISSING, from_path, from != DateField::Absent);
        require(dropped, out, &PERIOD_RELEVANCE_MISSING, item.key(key!("relevant")), period.relevant.is_some());
        match evidence::period(period, ctx) {
            PeriodReading::Reversed => {
                out.report_also(&PERIOD_REVERSED, to_path, from_path);
            }
            PeriodReading::InFuture => {
                report_after(out, &PERIOD_IN_FUTURE, from_path, ctx.as_of);
            }
            PeriodReading::Undated | PeriodReading::EndInvalid | PeriodReading::Counted { .. } => {}
        }
    }
    let evidence = evidence::of(supervisor, at, ctx);
    if let Standing::Short { short, .. } = evidence.standing {
        // Without any relevant month, SUP-001 reports that the supervisor is not qualified.
        if evidence.months > 0 {
            out.push(
                Finding::new(&EXPERIENCE_TOO_SHORT, experience)
                    .with("months", evidence.months)
                    .with("required", ctx.params.experience_months)
                    .with("short", short)
                    .also(diplomas)
                    .also(experience),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::indexing_slicing)]
    use super::super::testing::run;
    use super::RULE;

    #[test]
    fn months_short_are_reported_with_how_many() {
        // 1 April 2025 to the as-of date 23 November 2026: 19 months, 5 short.
        let (found, out) = run(&RULE, r#"{"experience":[{"from":"2025-04-01","relevant":true}]}"#);
        assert_eq!(found, ["supervisor.experience_too_short at experience"]);
        let short = out.findings[0].params.get("short");
        assert_eq!(short, Some(&crate::report::Param::Number(5)));
        assert!(out.verdicts.is_empty(), "SUP-001 gives the verdict");
    }

    #[test]
    fn a_listed_diploma_leaves_nothing_short() {
        let json = r#"{"diplomas":[{"code":"ba-sociaal-werk"}],"experience":[{"from":"2025-04-01","relevant":true}]}"#;
        assert!(run(&RULE, json).0.is_empty());
    }

    #[test]
    fn each_period_is_checked_at_its_fields() {
        let json = r#"{"experience":[{"from":"2021-13-01","relevant":true},{"to":"2020-01-01"},
            {"from":"2022-05-01","to":"2022-01-01","relevant":true},{"from":"2027-01-04","relevant":true}],
            "diplomas":[{"title":"Bachelor","obtained":"2020-02-30"}]}"#;
        let (found, _) = run(&RULE, json);
        assert_eq!(
            found,
            [
                "supervisor.invalid_date at diplomas[0].obtained",
                "supervisor.invalid_date at experience[0].from",
                "supervisor.period_from_missing at experience[1].from",
                "supervisor.period_relevance_missing at experience[1].relevant",
                "supervisor.period_reversed at experience[2].to",
                "supervisor.period_in_future at experience[3].from",
            ]
        );
    }

    #[test]
    fn a_value_of_the_wrong_type_is_not_also_missing() {
        let (found, _) = run(&RULE, r#"{"experience":[{"from":"2020-01-01","relevant":"yes"}]}"#);
        assert!(found.is_empty(), "{found:?}");
    }
}
