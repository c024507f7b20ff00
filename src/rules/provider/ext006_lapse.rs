//! EXT-006: clients are no condition to apply, but a registration lapses after two consecutive
//! years without guiding an employee with a work limitation. On a status or renewal check (the
//! form holds the registration already granted) the lapse date is shown.
//!
//! The two years run from the last guidance, or from the registration when there was none
//! since; the registration lapses on their second anniversary, in calendar months as `chrono`
//! adds them (29 February plus a year is 28 February). No lapse date is shown after the five
//! years of the registration (EXT-009) are over. This rule reports the registration's dates
//! that cannot be used; EXT-009 reads the same dates without reporting them again.

use super::{ext009_validity, facts};
use crate::model::provider::ProviderRegistration;
use crate::rules::support::*;
use chrono::{Months, NaiveDate};

rule_entry! {
    id: Ext006,
    family: "provider",
    source: FAQ,
    quote: "Kan je een erkenning als externe dienstverlener aanvragen als je nog geen zekerheid hebt dat je hiervoor klanten zal hebben? Ja, dat kan. De erkenning als externe dienstverlener vervalt automatisch als u gedurende twee opeenvolgende jaren geen werknemer met een arbeidsbeperking begeleidt.",
    confidence: High,
    from: date(2023, 7, 1),
    title: ["Verval zonder begeleiding", "Expiration sans accompagnement", "Lapse without guidance", "Erlöschen ohne Begleitung"],
    text: [
        "Klanten zijn geen voorwaarde om aan te vragen. Een registratie vervalt automatisch na twee opeenvolgende jaren zonder begeleiding van een werknemer met een arbeidsbeperking. Bij een status- of hernieuwingscontrole: de vervaldatum is de tweede verjaardag van de laatste begeleiding (of van de registratie, zonder begeleiding sindsdien); een waarschuwing als ze voorbij is, anders ter informatie. Een datum die geen datum is, is een fout; een datum na de peildatum een waarschuwing (de bron zegt daar niets over), en geen van beide geeft een vervaldatum.",
        "Avoir des clients n'est pas une condition pour introduire la demande. Un enregistrement expire automatiquement après deux années consécutives sans accompagnement d'un travailleur avec une limitation au travail. Lors d'un contrôle de statut ou de renouvellement : la date d'expiration est le deuxième anniversaire du dernier accompagnement (ou de l'enregistrement, sans accompagnement depuis) ; un avertissement si elle est passée, sinon une information. Une date qui n'en est pas une est une erreur ; une date postérieure à la date de référence un avertissement (la source n'en dit rien), et aucune des deux ne donne de date d'expiration.",
        "Clients are not required to apply. A registration lapses automatically after two consecutive years without guiding an employee with a work limitation. On a status or renewal check: the lapse date is the second anniversary of the last guidance (or of the registration, when there was none since); a warning once it has passed, information before. A date that is no date is an error; a date after the as-of date a warning (the source says nothing of it), and neither gives a lapse date.",
        "Kunden sind keine Voraussetzung für den Antrag. Eine Registrierung erlischt automatisch nach zwei aufeinanderfolgenden Jahren ohne Begleitung einer Arbeitnehmerin oder eines Arbeitnehmers mit Arbeitsbeeinträchtigung. Bei einer Status- oder Verlängerungsprüfung: das Erlöschensdatum ist der zweite Jahrestag der letzten Begleitung (oder der Registrierung, wenn seither keine stattfand); eine Warnung, wenn es vorbei ist, sonst eine Information. Ein Datum, das kein Datum ist, ist ein Fehler; ein Datum nach dem Stichtag eine Warnung (die Quelle sagt dazu nichts), und keines von beiden ergibt ein Erlöschensdatum.",
    ],
    parameters: [],
}

codes! {
    rule: Ext006;
    /// A registration date is not `YYYY-MM-DD` or does not exist.
    INVALID_DATE = "provider.invalid_date", Error, [
        "Vul een bestaande datum in als JJJJ-MM-DD.",
        "Indiquez une date existante au format AAAA-MM-JJ.",
        "Enter a date that exists, as YYYY-MM-DD.",
        "Geben Sie ein gültiges Datum im Format JJJJ-MM-TT ein.",
    ];
    /// A registration date after the as-of date: the FAQ says nothing of it, so it warns; it
    /// gives no lapse date.
    DATE_IN_FUTURE = "provider.date_in_future", Warning, [
        "Deze datum ligt na {asOf}.",
        "Cette date est postérieure au {asOf}.",
        "This date is after {asOf}.",
        "Dieses Datum liegt nach dem {asOf}.",
    ];
    /// Two consecutive years without guidance: the registration has lapsed.
    REGISTRATION_LAPSED = "provider.registration_lapsed", Warning, [
        "De registratie is vervallen op {lapseDate}: twee opeenvolgende jaren zonder begeleiding van een werknemer met een arbeidsbeperking. Vraag opnieuw een registratie aan.",
        "L'enregistrement a expiré le {lapseDate} : deux années consécutives sans accompagnement d'un travailleur avec une limitation au travail. Demandez un nouvel enregistrement.",
        "The registration lapsed on {lapseDate}: two consecutive years without guiding an employee with a work limitation. Apply for a registration again.",
        "Die Registrierung ist am {lapseDate} erloschen: zwei aufeinanderfolgende Jahre ohne Begleitung einer Arbeitnehmerin oder eines Arbeitnehmers mit Arbeitsbeeinträchtigung. Beantragen Sie erneut eine Registrierung.",
    ];
    /// The day the registration lapses unless the provider guides someone.
    LAPSES_WITHOUT_GUIDANCE = "provider.lapses_without_guidance", Info, [
        "Zonder begeleiding van een werknemer met een arbeidsbeperking vervalt de registratie op {lapseDate} (twee opeenvolgende jaren zonder begeleiding).",
        "Sans accompagnement d'un travailleur avec une limitation au travail, l'enregistrement expire le {lapseDate} (deux années consécutives sans accompagnement).",
        "Without guiding an employee with a work limitation, the registration lapses on {lapseDate} (two consecutive years without guidance).",
        "Ohne Begleitung einer Arbeitnehmerin oder eines Arbeitnehmers mit Arbeitsbeeinträchtigung erlischt die Registrierung am {lapseDate} (zwei aufeinanderfolgende Jahre ohne Begleitung).",
    ];
}

/// FAQ: "gedurende twee opeenvolgende jaren geen werknemer met een arbeidsbeperking begeleidt".
const LAPSE_MONTHS: u32 = 24;

/// The rule in a provider registration.
pub const RULE: Rule<ProviderRegistration> = Rule {
    id: RuleId::Ext006,
    reads: reads!["registration.registeredOn", "registration.lastGuidanceOn"],
    applies: Applies::FromCatalogue,
    check: Check::Form(|input, ctx, out| check(input.form, ctx, out)),
};

fn check(form: &ProviderRegistration, ctx: &Context, out: &mut Outcome) {
    let Some(registration) = form.registration.as_ref() else {
        return;
    };
    let (registered_path, guided_path) = (facts::registered_path(), facts::guided_path());
    let registered = past_date(registration.registered_on.as_deref(), &registered_path, ctx, out);
    let guided = past_date(registration.last_guidance_on.as_deref(), &guided_path, ctx, out);
    let Some(start) = registered.date() else {
        return;
    };
    if let Some(lapse) = lapse_date(start, guided, ext009_validity::valid_until(start)) {
        let code = if lapse <= ctx.as_of { &REGISTRATION_LAPSED } else { &LAPSES_WITHOUT_GUIDANCE };
        out.push(Finding::new(code, guided_path).with("lapseDate", lapse).also(registered_path));
    }
}

/// The day the registration lapses without guidance; `None` when the last guidance cannot be
/// read (a wrong date would give a wrong lapse date), or when the five years end first.
fn lapse_date(start: NaiveDate, guided: DateField, until: Option<NaiveDate>) -> Option<NaiveDate> {
    let reference = match guided {
        DateField::Absent => start,
        DateField::Valid(last) => last.max(start),
        DateField::Invalid => return None,
    };
    let lapse = reference.checked_add_months(Months::new(LAPSE_MONTHS))?;
    until.is_none_or(|until| lapse <= until).then_some(lapse)
}

/// A date that must not lie after the as-of date; a later one is reported and reads as
/// unusable, like a malformed one.
fn past_date(text: Option<&str>, path: &Path, ctx: &Context, out: &mut Outcome) -> DateField {
    match fields::date(text, *path, &INVALID_DATE, out) {
        DateField::Valid(date) if date > ctx.as_of => {
            report_after(out, &DATE_IN_FUTURE, *path, ctx.as_of);
            DateField::Invalid
        }
        field => field,
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::super::facts::testing::run;
    use super::*;

    const AS_OF: &str = "2026-11-23";

    fn registration(dates: &str) -> String {
        format!(r#"{{ "registration": {{ {dates} }} }}"#)
    }

    #[test]
    fn recent_guidance_shows_the_lapse_date_ahead() {
        let run = run(&RULE, &registration(r#""registeredOn": "2024-03-15", "lastGuidanceOn": "2026-02-10""#), AS_OF);
        assert_eq!(
            run.found(),
            ["provider.lapses_without_guidance at registration.lastGuidanceOn {lapseDate=2028-02-10}"]
        );
        assert_eq!(run.status(), None, "findings, no requirement");
    }

    #[test]
    fn two_years_without_guidance_lapse_the_registration() {
        let run = run(&RULE, &registration(r#""registeredOn": "2023-09-01", "lastGuidanceOn": "2024-05-15""#), AS_OF);
        assert_eq!(run.found(), ["provider.registration_lapsed at registration.lastGuidanceOn {lapseDate=2026-05-15}"]);
    }

    #[test]
    fn without_guidance_the_two_years_run_from_the_registration() {
        let run = run(&RULE, &registration(r#""registeredOn": "2024-10-01""#), AS_OF);
        assert_eq!(run.found(), ["provider.registration_lapsed at registration.lastGuidanceOn {lapseDate=2026-10-01}"]);
        let d = |text| crate::calendar::iso::parse(text).unwrap();
        assert_eq!(lapse_date(d("2024-02-29"), DateField::Absent, None), Some(d("2026-02-28")));
        assert_eq!(lapse_date(d("2025-01-01"), DateField::Valid(d("2024-06-01")), None), Some(d("2027-01-01")));
    }

    #[test]
    fn dates_that_cannot_be_used_give_no_lapse_date() {
        let malformed =
            run(&RULE, &registration(r#""registeredOn": "2024-02-30", "lastGuidanceOn": "2025-13-01""#), AS_OF);
        assert_eq!(
            malformed.found(),
            [
                "provider.invalid_date at registration.registeredOn",
                "provider.invalid_date at registration.lastGuidanceOn"
            ]
        );
        let ahead = run(&RULE, &registration(r#""registeredOn": "2024-03-15", "lastGuidanceOn": "2027-01-01""#), AS_OF);
        assert_eq!(ahead.found(), ["provider.date_in_future at registration.lastGuidanceOn {asOf=2026-11-23}"]);
    }

    #[test]
    fn a_first_application_has_no_lapse_date() {
        assert_eq!(run(&RULE, "{}", AS_OF).found(), Vec::<String>::new());
    }
}
