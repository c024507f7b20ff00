//! EXT-004: the simplified procedure is open only to GTB, GOB, collectief maatwerkbedrijven and
//! lokale diensteneconomie undertakings; the regular procedure is open to every organisation.
//! The kind of organisation is this rule's to ask for: it decides whether the simplified
//! procedure is open.

use super::facts;
use crate::model::decode::{owned_names, Choice};
use crate::model::provider::{OrganisationType, Procedure, ProviderRegistration};
use crate::rules::support::*;

rule_entry! {
    id: Ext004,
    family: "provider",
    source: FAQ,
    quote: "Kan een vereenvoudigde procedure eveneens gebruikt worden voor maatwerkafdelingen met een erkenning als begeleider arbeidsmatige activiteiten in het kader van het gezondheids- of welzijnsbeleid (AMA Welzijn)? De vereenvoudigde procedure is enkel voorzien voor GTB, GOB, collectief maatwerkbedrijven en lokale diensteneconomie-ondernemingen.",
    confidence: High,
    from: date(2023, 7, 1),
    title: ["Vereenvoudigde procedure", "Procédure simplifiée", "Simplified procedure", "Vereinfachtes Verfahren"],
    text: [
        "De vereenvoudigde procedure staat enkel open voor GTB, GOB, collectief maatwerkbedrijven en lokale diensteneconomie-ondernemingen; niet voor AMA Welzijn of andere organisaties. De gewone procedure staat voor iedereen open. Het soort organisatie wordt gevraagd zolang de gewone procedure niet gekozen is: het beslist of de vereenvoudigde openstaat.",
        "La procédure simplifiée est réservée aux GTB, GOB, entreprises de travail adapté collectif et entreprises d'économie de services locaux ; pas à AMA Welzijn ni aux autres organisations. La procédure ordinaire est ouverte à tous. Le type d'organisation est demandé tant que la procédure ordinaire n'est pas choisie : il décide si la procédure simplifiée est ouverte.",
        "The simplified procedure is open only to GTB, GOB, collectief maatwerkbedrijven and lokale diensteneconomie undertakings; not to AMA Welzijn or others. The regular procedure is open to all. The kind of organisation is asked for as long as the regular procedure is not chosen: it decides whether the simplified one is open.",
        "Das vereinfachte Verfahren steht nur GTB, GOB, collectief maatwerkbedrijven und Unternehmen der lokalen Dienstleistungswirtschaft offen; nicht AMA Welzijn oder anderen. Das reguläre Verfahren steht allen offen. Die Art der Organisation wird erfragt, solange das reguläre Verfahren nicht gewählt ist: sie entscheidet, ob das vereinfachte offensteht.",
    ],
    parameters: [],
}

codes! {
    rule: Ext004;
    /// No procedure chosen.
    PROCEDURE_MISSING = "provider.procedure_missing", Error, [
        "Kies de procedure: de gewone of de vereenvoudigde.",
        "Choisissez la procédure : ordinaire ou simplifiée.",
        "Choose the procedure: regular or simplified.",
        "Wählen Sie das Verfahren: regulär oder vereinfacht.",
    ];
    /// The kind of organisation is not chosen, and the regular procedure not either.
    TYPE_MISSING = "provider.type_missing", Error, [
        "Kies het soort organisatie: het bepaalt welke procedure openstaat.",
        "Choisissez le type d'organisation : il détermine la procédure ouverte.",
        "Choose the kind of organisation: it decides which procedure is open.",
        "Wählen Sie die Art der Organisation: sie bestimmt, welches Verfahren offensteht.",
    ];
    /// The simplified procedure for a kind of organisation it is not open to.
    SIMPLIFIED_NOT_OPEN = "provider.simplified_not_open", Error, [
        "De vereenvoudigde procedure staat enkel open voor GTB, GOB, collectief maatwerkbedrijven en lokale diensteneconomie-ondernemingen (niet voor AMA Welzijn of andere organisaties). Kies de gewone procedure.",
        "La procédure simplifiée est réservée aux GTB, GOB, entreprises de travail adapté collectif et entreprises d'économie de services locaux (pas à AMA Welzijn ni aux autres organisations). Choisissez la procédure ordinaire.",
        "The simplified procedure is open only to GTB, GOB, collectief maatwerkbedrijven and lokale diensteneconomie undertakings (not to AMA Welzijn or other organisations). Choose the regular procedure.",
        "Das vereinfachte Verfahren steht nur GTB, GOB, collectief maatwerkbedrijven und Unternehmen der lokalen Dienstleistungswirtschaft offen (nicht AMA Welzijn oder anderen Organisationen). Wählen Sie das reguläre Verfahren.",
    ];
}

texts! {
    /// The regular procedure.
    REGULAR_OPEN = [
        "De gewone procedure staat open voor elke organisatie.",
        "La procédure ordinaire est ouverte à toute organisation.",
        "The regular procedure is open to every organisation.",
        "Das reguläre Verfahren steht jeder Organisation offen.",
    ];

    /// The simplified procedure, open to this kind of organisation.
    SIMPLIFIED_OPEN = [
        "De vereenvoudigde procedure staat open voor dit soort organisatie.",
        "La procédure simplifiée est ouverte à ce type d'organisation.",
        "The simplified procedure is open to this kind of organisation.",
        "Das vereinfachte Verfahren steht dieser Art von Organisation offen.",
    ];

    /// The simplified procedure, closed to this kind of organisation.
    SIMPLIFIED_CLOSED = [
        "De vereenvoudigde procedure staat enkel open voor GTB, GOB, collectief maatwerkbedrijven en lokale diensteneconomie.",
        "La procédure simplifiée est réservée aux GTB, GOB, entreprises de travail adapté collectif et économie de services locaux.",
        "The simplified procedure is open only to GTB, GOB, collectief maatwerkbedrijven and lokale diensteneconomie.",
        "Das vereinfachte Verfahren steht nur GTB, GOB, collectief maatwerkbedrijven und der lokalen Dienstleistungswirtschaft offen.",
    ];

    /// The procedure, or the kind of organisation it depends on, is missing.
    PROCEDURE_OPEN = [
        "De procedure, of voor de vereenvoudigde procedure het soort organisatie, ontbreekt nog.",
        "La procédure, ou pour la procédure simplifiée le type d'organisation, manque encore.",
        "The procedure, or for the simplified procedure the kind of organisation, is still missing.",
        "Das Verfahren, oder beim vereinfachten Verfahren die Art der Organisation, fehlt noch.",
    ];
}

/// The kinds of organisation the simplified procedure is open to.
const SIMPLIFIED_FOR: [OrganisationType; 4] = [
    OrganisationType::Gtb,
    OrganisationType::Gob,
    OrganisationType::CollectiefMaatwerkbedrijf,
    OrganisationType::LokaleDiensteneconomie,
];

/// The rule in a provider registration.
pub const RULE: Rule<ProviderRegistration> = Rule {
    id: RuleId::Ext004,
    reads: reads!["procedure", "organisation.type"],
    applies: Applies::FromCatalogue,
    check: Check::Form(|input, _, out| {
        let (organisation, org) = facts::organisation(input.form);
        judge(input.form.procedure, organisation.kind, &org, input.dropped, out);
    }),
};

fn judge(
    procedure: Option<Procedure>,
    kind: Option<OrganisationType>,
    org: &Path,
    dropped: &[ShapeProblem],
    out: &mut Outcome,
) {
    let type_path = org.key(key!("type"));
    // Every form asks the kind; only the regular procedure, open to all, does not need it.
    if !out.need(&type_path, kind.is_some()) && procedure != Some(Procedure::Regular) {
        report_missing_at(dropped, out, &TYPE_MISSING, type_path);
    }
    let path = at(&[key!("procedure")]);
    let verdict = |status, texts| Verdict::new(RuleId::Ext004, status, texts);
    let Some(procedure) = procedure else {
        require(dropped, out, &PROCEDURE_MISSING, path, false);
        return out.judge(unknown_for(RuleId::Ext004, PROCEDURE_OPEN, path));
    };
    out.need(&path, true);
    match (procedure, kind) {
        (Procedure::Regular, _) => out.judge(verdict(Status::Met, REGULAR_OPEN)),
        (Procedure::Simplified, None) => {
            out.judge(unknown_for(RuleId::Ext004, PROCEDURE_OPEN, type_path));
        }
        (Procedure::Simplified, Some(kind)) if SIMPLIFIED_FOR.contains(&kind) => {
            out.judge(verdict(Status::Met, SIMPLIFIED_OPEN));
        }
        (Procedure::Simplified, Some(_)) => {
            out.push(Finding::new(&SIMPLIFIED_NOT_OPEN, path).with("allowed", wire_names()).also(type_path));
            out.judge(verdict(Status::NotMet, SIMPLIFIED_CLOSED));
        }
    }
}

/// The wire names of [`SIMPLIFIED_FOR`], for a portal that greys out the other choices.
fn wire_names() -> Vec<String> {
    let mut names = [""; SIMPLIFIED_FOR.len()];
    for (name, kind) in names.iter_mut().zip(SIMPLIFIED_FOR) {
        *name = kind.wire_name();
    }
    owned_names(&names)
}

#[cfg(test)]
mod tests {
    use super::super::facts::testing::run;
    use super::*;

    const AS_OF: &str = "2026-11-23";

    fn form(procedure: &str, kind: &str) -> String {
        format!(r#"{{ "procedure": {procedure}, "organisation": {{ "kbo": "0403.019.261", "type": {kind} }} }}"#)
    }

    #[test]
    fn the_regular_procedure_is_open_to_every_organisation() {
        for kind in [r#""amaWelzijn""#, r#""company""#, "null"] {
            let run = run(&RULE, &form(r#""regular""#, kind), AS_OF);
            assert_eq!(run.found(), Vec::<String>::new(), "{kind}");
            assert_eq!(run.status(), Some(Status::Met), "{kind}");
        }
        // The kind is still a fact the form asks.
        let unsaid = run(&RULE, &form(r#""regular""#, "null"), AS_OF);
        assert_eq!(unsaid.out.tally.missing.iter().map(ToString::to_string).collect::<Vec<_>>(), ["organisation.type"]);
    }

    #[test]
    fn the_simplified_procedure_is_open_to_four_kinds() {
        for kind in ["gtb", "gob", "collectiefMaatwerkbedrijf", "lokaleDiensteneconomie"] {
            let run = run(&RULE, &form(r#""simplified""#, &format!(r#""{kind}""#)), AS_OF);
            assert_eq!(run.status(), Some(Status::Met), "{kind}");
        }
        let run = run(&RULE, &form(r#""simplified""#, r#""amaWelzijn""#), AS_OF);
        assert_eq!(
            run.found(),
            ["provider.simplified_not_open at procedure {allowed=[gtb,gob,collectiefMaatwerkbedrijf,lokaleDiensteneconomie]}"]
        );
        assert_eq!(run.status(), Some(Status::NotMet));
    }

    #[test]
    fn the_simplified_procedure_waits_for_the_kind() {
        let run = run(&RULE, &form(r#""simplified""#, "null"), AS_OF);
        assert_eq!(run.found(), ["provider.type_missing at organisation.type"]);
        assert_eq!(run.status(), Some(Status::Unknown));
        assert_eq!(run.missing(), ["organisation.type"]);
    }

    #[test]
    fn a_missing_procedure_is_asked_for() {
        let kind_given = run(&RULE, &form("null", r#""gtb""#), AS_OF);
        assert_eq!(kind_given.found(), ["provider.procedure_missing at procedure"]);
        assert_eq!(kind_given.missing(), ["procedure"]);
        // Before a procedure is chosen, the kind says which are open.
        let neither = run(&RULE, &form("null", "null"), AS_OF);
        assert_eq!(
            neither.found(),
            ["provider.type_missing at organisation.type", "provider.procedure_missing at procedure"]
        );
    }

    #[test]
    fn choices_that_do_not_exist_are_not_also_missing() {
        let run = run(&RULE, &form("3", r#""bank""#), AS_OF);
        assert_eq!(run.found(), Vec::<String>::new());
        assert_eq!(run.status(), Some(Status::Unknown));
        assert_eq!(run.missing(), ["procedure"]);
    }
}
