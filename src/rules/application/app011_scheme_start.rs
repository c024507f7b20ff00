//! APP-011: no application before the scheme started. It holds on every as-of date, since it
//! is the rule that says when the scheme starts: its catalogue date.

use super::facts::Facts;
use super::FACTS_MISSING;
use crate::model::application::Application;
use crate::rules::rule::Input;
use crate::rules::support::*;

rule_entry! {
    id: App011,
    family: "application",
    source: DECREE,
    // The seeds give no date from which applications are possible: the decree and its order
    // do, which the seeds do not hold. It warns and never blocks.
    quote: "",
    confidence: Medium,
    from: date(2023, 7, 3),
    title: ["Start van de regeling", "Début du régime", "Start of the scheme", "Beginn der Regelung"],
    text: [
        "Individueel maatwerk geldt sinds 1 juli 2023; aanvragen zijn mogelijk vanaf 3 juli 2023. Een aanvraagdatum daarvóór is niet voldaan, net als een peildatum daarvóór (de regeling bestaat dan nog niet); een aanvraagdatum na de peildatum wordt gemeld. De FAQ en de HIVA-studie noemen deze data niet: enkel waarschuwingen.",
        "Le travail adapté individuel s'applique depuis le 1er juillet 2023 ; les demandes sont possibles à partir du 3 juillet 2023. Une date de demande antérieure n'est pas satisfaite, de même qu'une date de référence antérieure (le régime n'existe pas encore) ; une date de demande postérieure à la date de référence est signalée. La FAQ et l'étude HIVA ne citent pas ces dates : uniquement des avertissements.",
        "Individueel maatwerk is in force since 1 July 2023; applications are possible from 3 July 2023. An application date before that is not met, nor is an as-of date before it (the scheme does not exist yet); an application date after the as-of date is flagged. The FAQ and the HIVA study do not give these dates: warnings only.",
        "Individueel maatwerk gilt seit dem 1. Juli 2023; Anträge sind ab dem 3. Juli 2023 möglich. Ein früheres Antragsdatum ist nicht erfüllt, ebenso ein früherer Stichtag (die Regelung besteht dann noch nicht); ein Antragsdatum nach dem Stichtag wird gemeldet. Die FAQ und die HIVA-Studie nennen diese Daten nicht: nur Warnungen.",
    ],
    parameters: [],
}

codes! {
    rule: App011;
    /// The application date is missing.
    APPLICATION_DATE_MISSING = "application.application_date_missing", Warning, [
        "Vul de datum van de aanvraag in.",
        "Indiquez la date de la demande.",
        "Enter the date of the application.",
        "Geben Sie das Datum des Antrags ein.",
    ];
    /// The application is dated before the scheme accepted applications.
    BEFORE_SCHEME_START = "application.before_scheme_start", Warning, [
        "Aanvragen voor individueel maatwerk zijn pas mogelijk vanaf {from}.",
        "Les demandes de travail adapté individuel ne sont possibles qu'à partir du {from}.",
        "Applications for individueel maatwerk are possible only from {from}.",
        "Anträge auf individueel maatwerk sind erst ab dem {from} möglich.",
    ];
    /// The as-of date is before the scheme accepted applications.
    SCHEME_NOT_STARTED = "application.scheme_not_started", Warning, [
        "Op {asOf} bestaat individueel maatwerk nog niet: aanvragen zijn mogelijk vanaf {from}.",
        "Au {asOf}, le travail adapté individuel n'existe pas encore : les demandes sont possibles à partir du {from}.",
        "On {asOf} individueel maatwerk does not exist yet: applications are possible from {from}.",
        "Am {asOf} gibt es individueel maatwerk noch nicht: Anträge sind ab dem {from} möglich.",
    ];
    /// The application is dated after the as-of date.
    APPLICATION_DATE_IN_FUTURE = "application.application_date_in_future", Warning, [
        "De aanvraagdatum ligt na {asOf}.",
        "La date de la demande est postérieure au {asOf}.",
        "The application date is after {asOf}.",
        "Das Antragsdatum liegt nach dem {asOf}.",
    ];
}

texts! {
    /// APP-011 met (`from`).
    SCHEME_OPEN = [
        "Aanvraag op of na {from}, de start van individueel maatwerk.",
        "Demande le {from} ou après, début du travail adapté individuel.",
        "Application on or after {from}, the start of individueel maatwerk.",
        "Antrag am oder nach dem {from}, dem Start von individueel maatwerk.",
    ];

    /// APP-011 not met (`from`).
    BEFORE_SCHEME = [
        "Individueel maatwerk kan pas aangevraagd worden vanaf {from}.",
        "Le travail adapté individuel ne peut être demandé qu'à partir du {from}.",
        "Individueel maatwerk can be applied for only from {from}.",
        "Individueel maatwerk kann erst ab dem {from} beantragt werden.",
    ];
}

/// The rule, on every as-of date.
pub const RULE: Rule<Application> =
    Rule { id: RuleId::App011, reads: reads!["applicationDate"], applies: Applies::Always, check: Check::Form(check) };

fn check(input: &Input<'_, Application>, ctx: &Context, out: &mut Outcome) {
    const RULE: RuleId = RuleId::App011;
    let facts = &Facts::of(input);
    let from = DEF.effective_from;
    if ctx.as_of < from {
        out.push(Finding::new(&SCHEME_NOT_STARTED, Path::root()).with("asOf", ctx.as_of).with("from", from));
        return out.judge(Verdict::new(RULE, Status::NotMet, BEFORE_SCHEME).with("from", from));
    }
    let path = at(&[key!("applicationDate")]);
    out.need(&path, facts.dates.application != DateField::Absent);
    let verdict = match facts.dates.application {
        DateField::Absent => {
            report_missing_at(input.dropped, out, &APPLICATION_DATE_MISSING, path);
            unknown_for(RULE, FACTS_MISSING, path)
        }
        DateField::Invalid => unknown_for(RULE, FACTS_MISSING, path),
        DateField::Valid(filed) if filed < from => {
            out.push(Finding::new(&BEFORE_SCHEME_START, path).with("from", from));
            Verdict::new(RULE, Status::NotMet, BEFORE_SCHEME)
        }
        DateField::Valid(filed) => {
            if filed > ctx.as_of {
                report_after(out, &APPLICATION_DATE_IN_FUTURE, path, ctx.as_of);
            }
            Verdict::new(RULE, Status::Met, SCHEME_OPEN)
        }
    };
    out.judge(verdict.with("from", from));
}

#[cfg(test)]
mod tests {
    use super::super::testing::*;
    use super::*;
    use serde_json::json;

    #[test]
    fn from_the_third_of_july_2023() {
        assert_eq!(status(&run(&RULE, &complete()), RuleId::App011), Status::Met);
        let out = run(&RULE, &with(complete(), "applicationDate", json!("2023-07-02")));
        assert_eq!(found(&out), [("application.before_scheme_start", "applicationDate".to_owned())]);
        assert_eq!(status(&out, RuleId::App011), Status::NotMet);
    }

    #[test]
    fn before_the_scheme_nothing_exists_yet() {
        let out = run_on(&RULE, &complete(), "2023-06-30");
        assert_eq!(found(&out), [("application.scheme_not_started", String::new())]);
        assert_eq!(SCHEME_NOT_STARTED.severity, crate::report::Severity::Warning);
    }

    #[test]
    fn an_application_date_after_the_as_of_date_warns() {
        let out = run_on(&RULE, &complete(), "2025-10-19");
        assert_eq!(found(&out), [("application.application_date_in_future", "applicationDate".to_owned())]);
        assert_eq!(status(&out, RuleId::App011), Status::Met);
    }
}
