//! EXT-002: municipalities apply separately, and the applicant employs its qualified
//! supervisors.

use super::{facts, staff};
use crate::model::provider::{OrganisationType, ProviderRegistration};
use crate::rules::support::*;

rule_entry! {
    id: Ext002,
    family: "provider",
    source: FAQ,
    quote: "Voorlopig dienen gemeentes dit afzonderlijk te doen. De organisatie die een registratie als externe dienstverlener aanvraagt, moet de werkgever zijn van de gekwalificeerde begeleider.",
    confidence: High,
    from: date(2023, 7, 1),
    title: [
        "Werkgever van de begeleiders",
        "Employeur des accompagnateurs",
        "Employer of the supervisors",
        "Arbeitgeber der Begleitpersonen",
    ],
    text: [
        "Gemeenten vragen elk afzonderlijk aan; een intergemeentelijk samenwerkingsverband kan niet in hun naam aanvragen. De aanvrager moet de werkgever zijn van zijn gekwalificeerd begeleiders.",
        "Les communes introduisent chacune leur demande ; une intercommunale ne peut pas le faire en leur nom. Le demandeur doit être l'employeur de ses accompagnateurs qualifiés.",
        "Municipalities apply separately; an intermunicipal partnership cannot apply on their behalf. The applicant must be the employer of its qualified supervisors.",
        "Gemeinden beantragen jeweils selbst; ein interkommunaler Zweckverband kann nicht in ihrem Namen beantragen. Der Antragsteller muss Arbeitgeber seiner qualifizierten Begleitpersonen sein.",
    ],
    parameters: [],
}

codes! {
    rule: Ext002;
    /// The applicant applies on behalf of municipalities.
    ON_BEHALF_OF_MUNICIPALITIES = "provider.on_behalf_of_municipalities", Error, [
        "Gemeenten vragen elk afzonderlijk een registratie aan; een intergemeentelijk samenwerkingsverband kan dat niet in hun naam doen.",
        "Les communes demandent chacune leur propre enregistrement ; une intercommunale ne peut pas le faire en leur nom.",
        "Municipalities each apply for their own registration; an intermunicipal partnership cannot apply on their behalf.",
        "Gemeinden beantragen jeweils ihre eigene Registrierung; ein interkommunaler Zweckverband kann das nicht in ihrem Namen tun.",
    ];
    /// A supervisor is not employed by the applicant.
    SUPERVISOR_NOT_EMPLOYED = "provider.supervisor_not_employed", Error, [
        "De aanvrager moet de werkgever zijn van zijn gekwalificeerd begeleiders: deze persoon is niet bij de aanvrager in dienst.",
        "Le demandeur doit être l'employeur de ses accompagnateurs qualifiés : cette personne n'est pas employée par le demandeur.",
        "The applicant must be the employer of its qualified supervisors: this person is not employed by the applicant.",
        "Der Antragsteller muss der Arbeitgeber seiner qualifizierten Begleitpersonen sein: diese Person ist nicht beim Antragsteller beschäftigt.",
    ];
    /// Whether the applicant employs a supervisor is not answered.
    EMPLOYMENT_MISSING = "provider.employment_missing", Error, [
        "Geef aan of deze begeleider bij de aanvrager in dienst is: de aanvrager moet de werkgever zijn.",
        "Indiquez si cet accompagnateur est employé par le demandeur : le demandeur doit être l'employeur.",
        "Say whether the applicant employs this supervisor: the applicant must be the employer.",
        "Geben Sie an, ob der Antragsteller diese Begleitperson beschäftigt: der Antragsteller muss der Arbeitgeber sein.",
    ];
}

texts! {
    /// The applicant applies for itself and employs the supervisors listed (`count`).
    OWN_SUPERVISORS = [
        "De aanvrager vraagt voor zichzelf aan en is de werkgever van de {count} opgegeven begeleider(s).",
        "Le demandeur introduit la demande pour lui-même et est l'employeur des {count} accompagnateur(s) indiqué(s).",
        "The applicant applies for itself and employs the {count} supervisor(s) listed.",
        "Der Antragsteller beantragt für sich selbst und ist Arbeitgeber der {count} angegebenen Begleitperson(en).",
    ];

    /// The applicant applies on behalf of municipalities.
    ON_BEHALF = [
        "Gemeenten vragen elk afzonderlijk aan; niemand kan dat in hun naam doen.",
        "Les communes introduisent chacune leur demande ; personne ne peut le faire en leur nom.",
        "Municipalities each apply separately; no one can apply on their behalf.",
        "Gemeinden beantragen jeweils selbst; niemand kann das in ihrem Namen tun.",
    ];

    /// Supervisors not employed by the applicant (`count`).
    NOT_EMPLOYER = [
        "De aanvrager moet de werkgever zijn van zijn gekwalificeerd begeleiders; {count} van hen zijn niet bij de aanvrager in dienst.",
        "Le demandeur doit être l'employeur de ses accompagnateurs qualifiés ; {count} d'entre eux ne sont pas employés par le demandeur.",
        "The applicant must be the employer of its qualified supervisors; {count} of them are not employed by the applicant.",
        "Der Antragsteller muss Arbeitgeber seiner qualifizierten Begleitpersonen sein; {count} von ihnen sind nicht beim Antragsteller beschäftigt.",
    ];

    /// Employment of the supervisors not answered yet, or no supervisor yet.
    EMPLOYMENT_OPEN = [
        "Nog niet voor elke begeleider is aangegeven of de aanvrager de werkgever is.",
        "Il n'est pas encore indiqué pour chaque accompagnateur si le demandeur en est l'employeur.",
        "It is not yet said for every supervisor whether the applicant is the employer.",
        "Es ist noch nicht für jede Begleitperson angegeben, ob der Antragsteller der Arbeitgeber ist.",
    ];

    /// Whether the applicant applies for itself is not said yet.
    APPLICANT_UNSAID = [
        "Nog niet gezegd of de aanvrager voor zichzelf aanvraagt: het soort organisatie, of voor een intergemeentelijk samenwerkingsverband het antwoord of het in naam van gemeenten aanvraagt, ontbreekt nog.",
        "Il n'est pas encore dit si le demandeur introduit la demande pour lui-même : le type d'organisation ou, pour un partenariat intercommunal, la réponse à la question de la demande au nom de communes manque encore.",
        "Not said yet whether the applicant applies for itself: the kind of organisation, or for an intermunicipal partnership whether it applies on behalf of municipalities, is still missing.",
        "Noch nicht angegeben, ob der Antragsteller für sich selbst beantragt: die Art der Organisation oder bei einem interkommunalen Verband die Angabe, ob er im Namen von Gemeinden beantragt, fehlt noch.",
    ];
}

/// The rule in a provider registration.
pub const RULE: Rule<ProviderRegistration> = Rule {
    id: RuleId::Ext002,
    reads: reads![
        "organisation.appliesOnBehalfOfMunicipalities",
        "organisation.type",
        "supervisors[*].employedByApplicant"
    ],
    applies: Applies::FromCatalogue,
    check: Check::Form(|input, _, out| judge(input.form, input.dropped, out)),
};

fn judge(form: &ProviderRegistration, dropped: &[ShapeProblem], out: &mut Outcome) {
    let (organisation, org) = facts::organisation(form);
    let answer = organisation.applies_on_behalf_of_municipalities;
    let on_behalf = answer == Some(true);
    // Only a partnership could apply on behalf of municipalities (FAQ), so a portal asks only a
    // partnership; any other kind of organisation applies for itself. Until the kind is known,
    // the form has not said.
    let for_itself_unsaid = match (answer, organisation.kind) {
        (Some(_), _) => None,
        (None, None) => Some(org.key(key!("type"))),
        (None, Some(OrganisationType::IntermunicipalPartnership)) => {
            Some(org.key(key!("appliesOnBehalfOfMunicipalities")))
        }
        (None, Some(_)) => None,
    };
    if on_behalf {
        out.push(
            Finding::new(&ON_BEHALF_OF_MUNICIPALITIES, org.key(key!("appliesOnBehalfOfMunicipalities")))
                .also(org.key(key!("type"))),
        );
    }
    let listed = form.supervisors.as_ref().map_or(0, Vec::len);
    let mut not_employed = 0usize;
    let mut open = Vec::new();
    for (at, supervisor) in staff::listed(form) {
        let path = at.key(key!("employedByApplicant"));
        out.need(&path, supervisor.employed_by_applicant.is_some());
        match supervisor.employed_by_applicant {
            Some(true) => {}
            Some(false) => {
                not_employed += 1;
                out.report(&SUPERVISOR_NOT_EMPLOYED, path);
            }
            None => {
                report_missing_at(dropped, out, &EMPLOYMENT_MISSING, path);
                open.push(path);
            }
        }
    }
    if listed == 0 {
        open.push(at(&[key!("supervisors")]));
    }
    let employment_open = !open.is_empty();
    open.extend(for_itself_unsaid);
    let verdict = |status, texts| Verdict::new(RuleId::Ext002, status, texts);
    out.judge(if on_behalf {
        verdict(Status::NotMet, ON_BEHALF).missing(open)
    } else if not_employed > 0 {
        verdict(Status::NotMet, NOT_EMPLOYER).with("count", not_employed).missing(open)
    } else if employment_open {
        verdict(Status::Unknown, EMPLOYMENT_OPEN).missing(open)
    } else if !open.is_empty() {
        verdict(Status::Unknown, APPLICANT_UNSAID).missing(open)
    } else {
        verdict(Status::Met, OWN_SUPERVISORS).with("count", listed)
    });
}

#[cfg(test)]
mod tests {
    use super::super::facts::testing::run;
    use super::*;

    const AS_OF: &str = "2026-11-23";

    fn form(organisation: &str, employed: &[&str]) -> String {
        let supervisors: Vec<String> = employed
            .iter()
            .map(|answer| format!(r#"{{ "name": "Sara Janssens", "employedByApplicant": {answer} }}"#))
            .collect();
        format!(r#"{{ "organisation": {{ {organisation} }}, "supervisors": [{}] }}"#, supervisors.join(", "))
    }

    #[test]
    fn an_organisation_that_employs_its_supervisors() {
        let run = run(&RULE, &form(r#""type": "nonProfit""#, &["true", "true"]), AS_OF);
        assert_eq!(run.found(), Vec::<String>::new());
        assert_eq!(run.status(), Some(Status::Met));
    }

    #[test]
    fn municipalities_apply_separately() {
        let partnership = r#""type": "intermunicipalPartnership", "appliesOnBehalfOfMunicipalities": true"#;
        let run = run(&RULE, &form(partnership, &["true"]), AS_OF);
        assert_eq!(
            run.found(),
            ["provider.on_behalf_of_municipalities at organisation.appliesOnBehalfOfMunicipalities"]
        );
        assert_eq!(run.status(), Some(Status::NotMet));
    }

    #[test]
    fn a_partnership_that_has_not_said_for_whom_it_applies() {
        let partnership = run(&RULE, &form(r#""type": "intermunicipalPartnership""#, &["true"]), AS_OF);
        assert_eq!(partnership.status(), Some(Status::Unknown));
        assert_eq!(partnership.missing(), ["organisation.appliesOnBehalfOfMunicipalities"]);
        // Any other kind applies for itself: the question does not concern it.
        let company = run(&RULE, &form(r#""type": "company""#, &["true"]), AS_OF);
        assert_eq!(company.status(), Some(Status::Met));
    }

    #[test]
    fn a_supervisor_employed_elsewhere_is_not_the_applicants() {
        let run = run(&RULE, &form(r#""type": "company""#, &["true", "false"]), AS_OF);
        assert_eq!(run.found(), ["provider.supervisor_not_employed at supervisors[1].employedByApplicant"]);
        assert_eq!(run.status(), Some(Status::NotMet));
    }

    #[test]
    fn employment_unanswered_is_asked_for() {
        let run = run(&RULE, &form(r#""type": "company""#, &["null"]), AS_OF);
        assert_eq!(run.found(), ["provider.employment_missing at supervisors[0].employedByApplicant"]);
        assert_eq!(run.status(), Some(Status::Unknown));
        assert_eq!(run.missing(), ["supervisors[0].employedByApplicant"]);
    }

    #[test]
    fn an_answer_of_the_wrong_type_is_not_also_missing() {
        let run = run(&RULE, &form(r#""type": "company""#, &[r#""ja""#]), AS_OF);
        assert_eq!(run.found(), Vec::<String>::new());
        assert_eq!(run.status(), Some(Status::Unknown));
    }
}
