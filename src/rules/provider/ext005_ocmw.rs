//! EXT-005: the social service of an OCMW may act as an external service provider, and registers
//! like any other organisation. Information for the applicant; no requirement.

use super::facts;
use crate::model::provider::{OrganisationType, ProviderRegistration};
use crate::rules::support::*;

rule_entry! {
    id: Ext005,
    family: "provider",
    source: FAQ,
    quote: "Kan een sociale dienst van een OCMW optreden als externe dienstverlener? Zo ja, dient er dan ook een registratie te gebeuren? Ja, zij kunnen optreden als externe dienstverlener en dienen hiervoor een aanvraag in bij het Departement WSE.",
    confidence: High,
    from: date(2023, 7, 1),
    title: ["OCMW", "CPAS", "OCMW", "ÖSHZ"],
    text: [
        "De sociale dienst van een OCMW kan optreden als externe dienstverlener en vraagt een registratie aan zoals elke andere organisatie.",
        "Le service social d'un CPAS peut agir comme prestataire externe et demande un enregistrement comme toute autre organisation.",
        "An OCMW's social service may act as an external service provider; it applies for a registration like any other organisation.",
        "Der Sozialdienst eines ÖSHZ kann als externer Dienstleister auftreten und beantragt eine Registrierung wie jede andere Organisation.",
    ],
    parameters: [],
}

codes! {
    rule: Ext005;
    /// An OCMW may register, like any other organisation.
    OCMW_MAY_REGISTER = "provider.ocmw_may_register", Info, [
        "De sociale dienst van een OCMW kan optreden als externe dienstverlener en vraagt daarvoor een registratie aan zoals elke andere organisatie.",
        "Le service social d'un CPAS peut agir comme prestataire externe et demande pour cela un enregistrement comme toute autre organisation.",
        "An OCMW's social service may act as an external service provider and applies for a registration like any other organisation.",
        "Der Sozialdienst eines ÖSHZ kann als externer Dienstleister auftreten und beantragt dafür eine Registrierung wie jede andere Organisation.",
    ];
}

/// The rule in a provider registration.
pub const RULE: Rule<ProviderRegistration> = Rule {
    id: RuleId::Ext005,
    reads: reads!["organisation.type"],
    applies: Applies::FromCatalogue,
    check: Check::Form(|input, _, out| {
        let (organisation, at) = facts::organisation(input.form);
        if organisation.kind == Some(OrganisationType::Ocmw) {
            out.report(&OCMW_MAY_REGISTER, at.key(key!("type")));
        }
    }),
};

#[cfg(test)]
mod tests {
    use super::super::facts::testing::run;
    use super::*;

    #[test]
    fn an_ocmw_is_told_it_may_register() {
        let run = run(&RULE, r#"{ "organisation": { "kbo": "0202.239.951", "type": "ocmw" } }"#, "2026-11-23");
        assert_eq!(run.found(), ["provider.ocmw_may_register at organisation.type"]);
        assert_eq!(run.status(), None, "information, no requirement");
    }

    #[test]
    fn other_organisations_are_told_nothing() {
        let run = run(&RULE, r#"{ "organisation": { "type": "municipality" } }"#, "2026-11-23");
        assert_eq!(run.found(), Vec::<String>::new());
    }
}
