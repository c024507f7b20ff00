//! EXT-001: one organisation applies, identified by its enterprise number (KBO); a consortium
//! cannot register. The kind of organisation decides the procedure open to it (EXT-004), not
//! who applies, so this rule does not wait for it.

use super::facts;
use crate::model::provider::{Organisation, ProviderRegistration};
use crate::rules::support::*;

rule_entry! {
    id: Ext001,
    family: "provider",
    source: FAQ,
    quote: "Kan je voor externe dienstverlener ook indienen als consortium? Op dit moment is dit niet voorzien.",
    confidence: High,
    from: date(2023, 7, 1),
    title: ["Eén organisatie", "Une seule organisation", "One organisation", "Eine Organisation"],
    text: [
        "De aanvrager is één organisatie, geïdentificeerd met haar ondernemingsnummer (KBO). Een consortium kan niet aanvragen: dat is niet voorzien. Of de aanvrager een consortium is, wordt gevraagd; pas een 'nee' zegt dat het één organisatie is. Het soort organisatie bepaalt de procedure (EXT-004), niet deze regel.",
        "Le demandeur est une seule organisation, identifiée par son numéro d'entreprise (BCE). Un consortium ne peut pas introduire de demande : ce n'est pas prévu. La question du consortium est posée ; seul un « non » dit qu'il s'agit d'une seule organisation. Le type d'organisation détermine la procédure (EXT-004), pas cette règle.",
        "The applicant is one organisation, identified by its enterprise number (KBO). A consortium cannot apply: that is not provided for. Whether the applicant is a consortium is asked; only a 'no' says it is one organisation. The kind of organisation decides the procedure (EXT-004), not this rule.",
        "Der Antragsteller ist eine Organisation, identifiziert durch ihre Unternehmensnummer (ZDU). Ein Konsortium kann nicht beantragen: das ist nicht vorgesehen. Ob der Antragsteller ein Konsortium ist, wird gefragt; erst ein „nein“ sagt, dass es eine Organisation ist. Die Art der Organisation bestimmt das Verfahren (EXT-004), nicht diese Regel.",
    ],
    parameters: [],
}

codes! {
    rule: Ext001;
    /// No enterprise number given.
    KBO_MISSING = "provider.kbo_missing", Error, [
        "Vul het ondernemingsnummer (KBO) van de organisatie in: één organisatie vraagt de registratie aan.",
        "Indiquez le numéro d'entreprise (BCE) de l'organisation : une seule organisation demande l'enregistrement.",
        "Enter the organisation's enterprise number (KBO): one organisation applies for the registration.",
        "Geben Sie die Unternehmensnummer (ZDU) der Organisation ein: eine Organisation beantragt die Registrierung.",
    ];
    /// Several organisations apply together.
    CONSORTIUM_NOT_POSSIBLE = "provider.consortium_not_possible", Error, [
        "Een consortium kan zich niet registreren als externe dienstverlener: één organisatie vraagt aan, met haar eigen ondernemingsnummer.",
        "Un consortium ne peut pas s'enregistrer comme prestataire externe : une seule organisation introduit la demande, avec son propre numéro d'entreprise.",
        "A consortium cannot register as an external service provider: one organisation applies, with its own enterprise number.",
        "Ein Konsortium kann sich nicht als externer Dienstleister registrieren: eine Organisation beantragt, mit ihrer eigenen Unternehmensnummer.",
    ];
}

texts! {
    /// One organisation, identified.
    ONE_ORGANISATION = [
        "Eén organisatie vraagt aan, met een geldig ondernemingsnummer.",
        "Une seule organisation introduit la demande, avec un numéro d'entreprise valide.",
        "One organisation applies, with a valid enterprise number.",
        "Eine Organisation beantragt, mit einer gültigen Unternehmensnummer.",
    ];

    /// A consortium applies.
    CONSORTIUM = [
        "Een consortium kan zich niet registreren; één organisatie vraagt aan met haar eigen ondernemingsnummer.",
        "Un consortium ne peut pas s'enregistrer ; une seule organisation demande avec son propre numéro d'entreprise.",
        "A consortium cannot register; one organisation applies with its own enterprise number.",
        "Ein Konsortium kann sich nicht registrieren; eine Organisation beantragt mit ihrer eigenen Unternehmensnummer.",
    ];

    /// The enterprise number is not valid.
    KBO_INVALID = [
        "Het ondernemingsnummer is niet geldig.",
        "Le numéro d'entreprise n'est pas valide.",
        "The enterprise number is not valid.",
        "Die Unternehmensnummer ist nicht gültig.",
    ];

    /// The enterprise number or the consortium answer is still missing.
    ORGANISATION_INCOMPLETE = [
        "Het ondernemingsnummer of het antwoord of de aanvrager een consortium is, ontbreekt nog.",
        "Le numéro d'entreprise ou la réponse à la question du consortium manque encore.",
        "The enterprise number or whether the applicant is a consortium is still missing.",
        "Die Unternehmensnummer oder die Angabe, ob der Antragsteller ein Konsortium ist, fehlt noch.",
    ];
}

/// The rule in a provider registration.
pub const RULE: Rule<ProviderRegistration> = Rule {
    id: RuleId::Ext001,
    reads: reads!["organisation.kbo", "organisation.consortium"],
    applies: Applies::FromCatalogue,
    check: Check::Form(|input, _, out| {
        let (organisation, at) = facts::organisation(input.form);
        judge(organisation, &at, input.dropped, out);
    }),
};

fn judge(org: &Organisation, at: &Path, dropped: &[ShapeProblem], out: &mut Outcome) {
    let kbo_path = at.key(key!("kbo"));
    let kbo_typed = out.need(&kbo_path, fields::filled(org.kbo.as_deref()));
    let kbo_valid = crate::rules::ids::kbo_field(org.kbo.as_deref(), kbo_path, out).is_some();
    if !kbo_typed {
        report_missing_at(dropped, out, &KBO_MISSING, kbo_path);
    }
    let consortium = org.consortium == Some(true);
    if consortium {
        out.report(&CONSORTIUM_NOT_POSSIBLE, at.key(key!("consortium")));
    }
    // Only "no" says the applicant is one organisation: an unanswered question says nothing.
    let answered = org.consortium.is_some();
    let missing = not_given(&[(kbo_typed, kbo_path), (answered, at.key(key!("consortium")))]);
    let (status, texts) = if consortium {
        (Status::NotMet, CONSORTIUM)
    } else if kbo_typed && !kbo_valid {
        (Status::NotMet, KBO_INVALID)
    } else if !missing.is_empty() {
        (Status::Unknown, ORGANISATION_INCOMPLETE)
    } else {
        (Status::Met, ONE_ORGANISATION)
    };
    out.judge(Verdict::new(RuleId::Ext001, status, texts).missing(missing));
}

#[cfg(test)]
mod tests {
    use super::super::facts::testing::run;
    use super::*;

    const AS_OF: &str = "2026-11-23";

    fn organisation(fields: &str) -> String {
        format!(r#"{{ "organisation": {{ "name": "Werkvloer vzw", {fields} }} }}"#)
    }

    #[test]
    fn one_organisation_with_a_valid_enterprise_number() {
        let run =
            run(&RULE, &organisation(r#""kbo": "0403.019.261", "type": "nonProfit", "consortium": false"#), AS_OF);
        assert_eq!(run.found(), Vec::<String>::new());
        assert_eq!(run.status(), Some(Status::Met));
    }

    #[test]
    fn a_consortium_cannot_register() {
        let run = run(&RULE, &organisation(r#""kbo": "0202.239.951", "type": "company", "consortium": true"#), AS_OF);
        assert_eq!(run.found(), ["provider.consortium_not_possible at organisation.consortium"]);
        assert_eq!(run.status(), Some(Status::NotMet));
    }

    #[test]
    fn an_enterprise_number_with_wrong_check_digits_is_not_met() {
        let run = run(&RULE, &organisation(r#""kbo": "0431.150.351", "type": "company", "consortium": false"#), AS_OF);
        assert_eq!(run.found(), ["id.kbo_check_digits at organisation.kbo"]);
        assert_eq!(run.status(), Some(Status::NotMet));
    }

    #[test]
    fn only_no_says_the_applicant_is_not_a_consortium() {
        let run = run(&RULE, &organisation(r#""kbo": "BE0403019261", "type": "company""#), AS_OF);
        assert_eq!(run.found(), Vec::<String>::new());
        assert_eq!(run.status(), Some(Status::Unknown));
        assert_eq!(run.missing(), ["organisation.consortium"]);
    }

    #[test]
    fn the_kind_of_organisation_is_not_this_rules_to_wait_for() {
        // Issue 17 (b): the kind decides the procedure (EXT-004), not the consortium question.
        let run = run(&RULE, &organisation(r#""kbo": "0403.019.261", "consortium": false"#), AS_OF);
        assert_eq!(run.found(), Vec::<String>::new());
        assert_eq!(run.status(), Some(Status::Met));
    }

    #[test]
    fn a_missing_enterprise_number_is_asked_for() {
        let run = run(&RULE, &organisation(r#""kbo": " ", "type": "company", "consortium": false"#), AS_OF);
        assert_eq!(run.found(), ["provider.kbo_missing at organisation.kbo"]);
        assert_eq!(run.status(), Some(Status::Unknown));
        assert_eq!(run.missing(), ["organisation.kbo"]);
    }

    #[test]
    fn a_number_where_the_enterprise_number_belongs_is_not_also_missing() {
        // Issue 17 (j): the decoder reports it once, as form.wrong_type.
        let run = run(&RULE, &organisation(r#""kbo": 403019261, "consortium": false"#), AS_OF);
        assert_eq!(run.found(), Vec::<String>::new());
        assert_eq!(run.status(), Some(Status::Unknown));
        assert_eq!(run.missing(), ["organisation.kbo"]);
    }
}
