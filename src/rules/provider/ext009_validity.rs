//! EXT-009: a registration is valid 5 years, from the day it takes effect up to and including
//! the day before its fifth anniversary (calendar months as `chrono` adds them). Shown on a
//! status or renewal check; EXT-006 reports the registration's dates that cannot be used. The
//! department's registration page says it, the seeds do not: the rule informs and warns.

use super::facts;
use crate::model::provider::ProviderRegistration;
use crate::rules::support::*;
use chrono::{Months, NaiveDate};

rule_entry! {
    id: Ext009,
    family: "provider",
    source: WSE_REGISTRATION,
    // The seeds say nothing of how long a registration holds: the department's registration
    // page does.
    quote: "",
    confidence: Medium,
    from: date(2023, 7, 1),
    title: ["Geldigheid 5 jaar", "Validité de 5 ans", "Valid 5 years", "Gültigkeit 5 Jahre"],
    text: [
        "Een registratie geldt 5 jaar: van de datum waarop ze ingaat tot en met de dag vóór de vijfde verjaardag daarvan. Ter informatie met de einddatum; een waarschuwing als die voorbij is, of als de datum waarop de registratie inging ontbreekt.",
        "Un enregistrement est valable 5 ans : de sa date de prise d'effet jusqu'à la veille de son cinquième anniversaire inclus. Une information avec la date de fin ; un avertissement si elle est passée, ou si la date de prise d'effet manque.",
        "A registration is valid for 5 years: from the day it takes effect up to and including the day before its fifth anniversary. Information with the end date; a warning once it has passed, or when the day it took effect is missing.",
        "Eine Registrierung gilt 5 Jahre: vom Tag ihres Wirksamwerdens bis einschließlich zum Tag vor ihrem fünften Jahrestag. Eine Information mit dem Enddatum; eine Warnung, wenn es vorbei ist oder das Datum des Wirksamwerdens fehlt.",
    ],
    parameters: [],
}

codes! {
    rule: Ext009;
    /// An existing registration without the day it took effect.
    REGISTERED_ON_MISSING = "provider.registered_on_missing", Warning, [
        "Vul de datum in waarop de registratie inging.",
        "Indiquez la date de prise d'effet de l'enregistrement.",
        "Enter the day the registration took effect.",
        "Geben Sie das Datum ein, an dem die Registrierung wirksam wurde.",
    ];
    /// The registration is valid up to a day.
    VALID_UNTIL = "provider.valid_until", Info, [
        "Een registratie geldt 5 jaar: deze registratie loopt tot en met {validUntil}.",
        "Un enregistrement est valable 5 ans : celui-ci court jusqu'au {validUntil} inclus.",
        "A registration is valid for 5 years: this one runs up to and including {validUntil}.",
        "Eine Registrierung gilt 5 Jahre: diese läuft bis einschließlich {validUntil}.",
    ];
    /// The five years are over.
    REGISTRATION_EXPIRED = "provider.registration_expired", Warning, [
        "De registratie gold 5 jaar, tot en met {validUntil}: vraag een nieuwe registratie aan.",
        "L'enregistrement était valable 5 ans, jusqu'au {validUntil} inclus : demandez un nouvel enregistrement.",
        "The registration was valid for 5 years, up to and including {validUntil}: apply for a new registration.",
        "Die Registrierung galt 5 Jahre, bis einschließlich {validUntil}: beantragen Sie eine neue Registrierung.",
    ];
}

/// A registration is valid 5 years.
const VALID_MONTHS: u32 = 60;

/// The rule in a provider registration.
pub const RULE: Rule<ProviderRegistration> = Rule {
    id: RuleId::Ext009,
    reads: reads!["registration.registeredOn", "registration.lastGuidanceOn"],
    applies: Applies::FromCatalogue,
    check: Check::Form(|input, ctx, out| check(input.form, input.dropped, ctx, out)),
};

/// A registration date is asked for once either date is typed: a first application leaves
/// both empty.
fn check(form: &ProviderRegistration, dropped: &[ShapeProblem], ctx: &Context, out: &mut Outcome) {
    let Some(registration) = form.registration.as_ref() else {
        return;
    };
    let registered_on = registration.registered_on.as_deref();
    let registered = fields::filled(registered_on);
    if !registered && !fields::filled(registration.last_guidance_on.as_deref()) {
        return;
    }
    let path = facts::registered_path();
    require(dropped, out, &REGISTERED_ON_MISSING, path, registered);
    let start = fields::parse_date(registered_on).date().filter(|date| *date <= ctx.as_of);
    if let Some(until) = start.and_then(valid_until) {
        let code = if ctx.as_of > until { &REGISTRATION_EXPIRED } else { &VALID_UNTIL };
        out.push(Finding::new(code, path).with("validUntil", until));
    }
}

/// The last day a registration that took effect on `start` holds.
pub(super) fn valid_until(start: NaiveDate) -> Option<NaiveDate> {
    start.checked_add_months(Months::new(VALID_MONTHS)).and_then(|end| end.pred_opt())
}

#[cfg(test)]
mod tests {
    use super::super::facts::testing::run;
    use super::*;

    const AS_OF: &str = "2026-11-23";

    fn registration(dates: &str) -> String {
        format!(r#"{{ "registration": {{ {dates} }} }}"#)
    }

    #[test]
    fn a_registration_holds_five_years_up_to_the_day_before_the_anniversary() {
        let run = run(&RULE, &registration(r#""registeredOn": "2024-03-15", "lastGuidanceOn": "2026-09-30""#), AS_OF);
        assert_eq!(run.found(), ["provider.valid_until at registration.registeredOn {validUntil=2029-03-14}"]);
        assert_eq!(run.status(), None, "findings, no requirement");
    }

    #[test]
    fn after_five_years_a_new_registration_is_needed() {
        let run = run(&RULE, &registration(r#""registeredOn": "2021-06-01""#), AS_OF);
        assert_eq!(run.found(), ["provider.registration_expired at registration.registeredOn {validUntil=2026-05-31}"]);
    }

    #[test]
    fn a_last_guidance_without_a_registration_date_asks_for_it() {
        let run = run(&RULE, &registration(r#""lastGuidanceOn": "2026-01-05""#), AS_OF);
        assert_eq!(run.found(), ["provider.registered_on_missing at registration.registeredOn"]);
    }

    #[test]
    fn a_first_application_is_not_asked_for_a_registration_date() {
        assert_eq!(run(&RULE, r#"{ "registration": {} }"#, AS_OF).found(), Vec::<String>::new());
    }

    #[test]
    fn a_registration_date_of_the_wrong_type_is_not_also_missing() {
        let run = run(&RULE, &registration(r#""registeredOn": 20240315, "lastGuidanceOn": "2026-01-05""#), AS_OF);
        assert_eq!(run.found(), Vec::<String>::new());
    }
}
