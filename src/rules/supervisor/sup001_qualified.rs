//! SUP-001: a qualified supervisor has a relevant diploma OR at least 24 months of relevant
//! experience. SUP-003 says which diplomas are relevant, SUP-002 counts the months; this rule
//! judges the two together.

use super::evidence::{self, Standing};
use crate::model::Supervisor;
use crate::rules::support::*;

rule_entry! {
    id: Sup001,
    family: "supervisor",
    source: FAQ,
    quote: "Wij hebben binnen onze dienst een werkvloerbegeleider, met een technisch diploma hoger secundair onderwijs, die al 20 jaar begeleiding doet op de werkvloer. Voldoet hij nog aan de voorwaarden van gekwalificeerd begeleider? Ja, beroepservaring (minimaal 2 jaar relevante ervaring) wordt als gelijkwaardig beschouwd.",
    confidence: High,
    from: date(2023, 7, 1),
    title: ["Gekwalificeerd begeleider", "Accompagnateur qualifié", "Qualified supervisor", "Qualifizierte Begleitperson"],
    text: [
        "Gekwalificeerd = een relevant diploma OF minstens 2 jaar relevante beroepservaring. Ervaring is een gelijkwaardig alternatief: een technisch diploma secundair onderwijs met 20 jaar begeleiding op de werkvloer volstaat.",
        "Qualifié = un diplôme pertinent OU au moins 2 ans d'expérience professionnelle pertinente. L'expérience est une alternative équivalente : un diplôme technique du secondaire avec 20 ans d'accompagnement sur le lieu de travail suffit.",
        "Qualified = a relevant diploma OR at least 2 years of relevant professional experience. Experience is an equal alternative: a technical secondary diploma with 20 years of guidance on the work floor qualifies.",
        "Qualifiziert = ein einschlägiges Diplom ODER mindestens 2 Jahre einschlägige Berufserfahrung. Erfahrung ist gleichwertig: ein technisches Sekundarschuldiplom mit 20 Jahren Begleitung am Arbeitsplatz genügt.",
    ],
    parameters: ["relevantDiplomas", "experienceMonths"],
}

codes! {
    rule: Sup001;
    /// Neither a relevant diploma nor enough relevant experience.
    NOT_QUALIFIED = "supervisor.not_qualified", Error, [
        "De begeleider is niet gekwalificeerd: geen relevant diploma en {months} van de {required} maanden relevante ervaring.",
        "L'accompagnateur n'est pas qualifié : pas de diplôme pertinent et {months} des {required} mois d'expérience pertinente.",
        "The supervisor is not qualified: no relevant diploma and {months} of {required} months of relevant experience.",
        "Die Begleitperson ist nicht qualifiziert: kein einschlägiges Diplom und {months} von {required} Monaten einschlägiger Erfahrung.",
    ];
    /// No diploma and no experience given yet.
    QUALIFICATION_MISSING = "supervisor.qualification_missing", Error, [
        "Voeg een relevant diploma of periodes van relevante ervaring (minstens {required} maanden) toe.",
        "Ajoutez un diplôme pertinent ou des périodes d'expérience pertinente (au moins {required} mois).",
        "Add a relevant diploma or periods of relevant experience (at least {required} months).",
        "Fügen Sie ein einschlägiges Diplom oder Zeiträume einschlägiger Erfahrung (mindestens {required} Monate) hinzu.",
    ];
}

texts! {
    /// Qualified through a listed diploma.
    QUALIFIED_BY_DIPLOMA = [
        "Gekwalificeerd via een relevant diploma.",
        "Qualifié par un diplôme pertinent.",
        "Qualified through a relevant diploma.",
        "Qualifiziert durch ein einschlägiges Diplom.",
    ];

    /// Qualified through enough relevant experience (`months`, `required`).
    QUALIFIED_BY_EXPERIENCE = [
        "Gekwalificeerd via {months} maanden relevante ervaring (minstens {required}).",
        "Qualifié par {months} mois d'expérience pertinente (au moins {required}).",
        "Qualified through {months} months of relevant experience (at least {required}).",
        "Qualifiziert durch {months} Monate einschlägiger Erfahrung (mindestens {required}).",
    ];

    /// No listed diploma and too little experience (`months`, `required`, `short`).
    NOT_QUALIFIED_EXPLAINED = [
        "Geen relevant diploma en {months} van de {required} maanden relevante ervaring: nog {short|maand|maanden} te gaan.",
        "Pas de diplôme pertinent et {months} des {required} mois d'expérience pertinente : encore {short|mois|mois}.",
        "No relevant diploma and {months} of {required} months of relevant experience: {short|month|months} to go.",
        "Kein einschlägiges Diplom und {months} von {required} Monaten einschlägiger Erfahrung: noch {short|Monat|Monate}.",
    ];

    /// An unlisted diploma waits for judgement; experience alone falls short.
    DIPLOMA_TO_JUDGE = [
        "Een diploma buiten de lijst moet beoordeeld worden; de ervaring alleen volstaat niet ({months} van de {required} maanden).",
        "Un diplôme hors liste doit être évalué ; l'expérience seule ne suffit pas ({months} des {required} mois).",
        "A diploma outside the list must be judged; experience alone does not suffice ({months} of {required} months).",
        "Ein Diplom außerhalb der Liste muss beurteilt werden; die Erfahrung allein reicht nicht ({months} von {required} Monaten).",
    ];

    /// No diploma and no experience given yet (`required`).
    NO_EVIDENCE_YET = [
        "Nog geen diploma of ervaring ingevuld: een relevant diploma of minstens {required} maanden relevante ervaring.",
        "Aucun diplôme ni expérience encore : un diplôme pertinent ou au moins {required} mois d'expérience pertinente.",
        "No diploma or experience entered yet: a relevant diploma or at least {required} months of relevant experience.",
        "Noch kein Diplom und keine Erfahrung: ein einschlägiges Diplom oder mindestens {required} Monate einschlägiger Erfahrung.",
    ];

    /// Periods with a missing date or relevance could still complete the experience.
    EXPERIENCE_INCOMPLETE = [
        "{months} van de {required} maanden relevante ervaring geteld; periodes met een ontbrekende datum of relevantie kunnen dat aanvullen.",
        "{months} des {required} mois d'expérience pertinente comptés ; des périodes sans date ou sans pertinence indiquée peuvent compléter.",
        "{months} of {required} months of relevant experience counted; periods with a missing date or relevance may complete it.",
        "{months} von {required} Monaten einschlägiger Erfahrung gezählt; Zeiträume ohne Datum oder Angabe zur Einschlägigkeit können das ergänzen.",
    ];
}

/// The rule for a supervisor on their own.
pub const RULE: Rule<Supervisor> = Rule {
    id: RuleId::Sup001,
    reads: reads!["diplomas", "experience"],
    applies: Applies::FromCatalogue,
    check: Check::Form(|input, ctx, out| check_at(input.form, &Path::root(), input.dropped, ctx, out)),
};

/// Judges the qualification of the supervisor at `at`.
pub(crate) fn check_at(supervisor: &Supervisor, at: &Path, dropped: &[ShapeProblem], ctx: &Context, out: &mut Outcome) {
    let evidence = evidence::of(supervisor, at, ctx);
    let months = evidence.months;
    let verdict = |status, explain| {
        Verdict::new(RuleId::Sup001, status, explain)
            .with("months", months)
            .with("required", ctx.params.experience_months)
    };
    let (diplomas, experience) = (at.key(key!("diplomas")), at.key(key!("experience")));
    out.need(&diplomas, evidence.has_diplomas || evidence.has_periods);
    let judged = match evidence.standing {
        Standing::ByDiploma => verdict(Status::Met, QUALIFIED_BY_DIPLOMA),
        Standing::ByExperience => verdict(Status::Met, QUALIFIED_BY_EXPERIENCE),
        Standing::DiplomaToJudge => verdict(Status::Unknown, DIPLOMA_TO_JUDGE),
        Standing::NoEvidence => {
            report_missing(
                dropped,
                out,
                Finding::new(&QUALIFICATION_MISSING, diplomas)
                    .with("required", ctx.params.experience_months)
                    .also(experience),
            );
            verdict(Status::Unknown, NO_EVIDENCE_YET).missing(both(diplomas, experience))
        }
        Standing::Incomplete(open) => verdict(Status::Unknown, EXPERIENCE_INCOMPLETE).missing(open),
        Standing::Short { short, open } => {
            // With some relevant months, SUP-002 reports how many are missing.
            if months == 0 {
                let path = if evidence.has_periods { experience } else { diplomas };
                out.push(
                    Finding::new(&NOT_QUALIFIED, path)
                        .with("months", months)
                        .with("required", ctx.params.experience_months)
                        .with("short", short)
                        .also(diplomas)
                        .also(experience),
                );
            }
            verdict(Status::NotMet, NOT_QUALIFIED_EXPLAINED).with("short", short).missing(open)
        }
    };
    out.judge(judged);
}

#[cfg(test)]
mod tests {
    #![allow(clippy::indexing_slicing)]
    use super::super::testing::{run, status, verdict};
    use super::RULE;
    use crate::report::{Param, Status};

    #[test]
    fn a_listed_diploma_or_24_months_qualify() {
        let (found, out) = run(&RULE, r#"{"diplomas":[{"code":"ba-sociaal-werk","obtained":"2019-06-30"}]}"#);
        assert!(found.is_empty(), "{found:?}");
        assert_eq!(status(&out), Status::Met);
        // 1 January 2020 to 31 December 2021: 24 months.
        let (_, out) = run(&RULE, r#"{"experience":[{"from":"2020-01-01","to":"2021-12-31","relevant":true}]}"#);
        assert_eq!(status(&out), Status::Met);
        assert_eq!(verdict(&out).params.get("months"), Some(&Param::Number(24)));
    }

    #[test]
    fn without_any_relevant_month_the_supervisor_is_not_qualified() {
        let (found, out) = run(&RULE, r#"{"experience":[{"from":"2024-01-01","to":"2025-06-30","relevant":false}]}"#);
        assert_eq!(found, ["supervisor.not_qualified at experience"]);
        assert_eq!(status(&out), Status::NotMet);
        assert_eq!(verdict(&out).params.get("short"), Some(&Param::Number(24)));
    }

    #[test]
    fn some_months_short_are_sup_002s_to_report() {
        let (found, out) = run(&RULE, r#"{"experience":[{"from":"2025-04-01","relevant":true}]}"#);
        assert!(found.is_empty(), "{found:?}");
        assert_eq!(status(&out), Status::NotMet);
    }

    #[test]
    fn nothing_given_is_not_yet_decidable() {
        let (found, out) = run(&RULE, "{}");
        assert_eq!(found, ["supervisor.qualification_missing at diplomas"]);
        assert_eq!(status(&out), Status::Unknown);
        assert_eq!(out.tally.missing.len(), 1);
    }

    #[test]
    fn a_period_without_its_relevance_may_still_qualify() {
        let (_, out) = run(&RULE, r#"{"experience":[{"from":"2015-01-01","to":"2020-12-31"}]}"#);
        assert_eq!(status(&out), Status::Unknown);
        assert_eq!(verdict(&out).missing.len(), 1);
    }
}
