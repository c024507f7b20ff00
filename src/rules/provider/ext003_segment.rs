//! EXT-003: a registration covers every work floor in its working area: it cannot be limited to
//! a segment of them, though a provider may specialise of its own accord.

use super::facts;
use crate::model::provider::{ProviderRegistration, WorkingArea};
use crate::rules::support::*;

rule_entry! {
    id: Ext003,
    family: "provider",
    source: FAQ,
    quote: "Kan er als externe dienstverlener een aanvraag ingediend worden op niveau van een organisatie om deze begeleiding aan te bieden bij een bepaald segment van werkvloeren (bijvoorbeeld enkel lokale besturen) binnen het territoriaal werkingsgebied? Dit is niet voorzien in de aanvraagprocedure. Als organisatie kunt u wel zelf de keuze maken om te specialiseren.",
    confidence: High,
    from: date(2023, 7, 1),
    title: ["Geen segment van werkvloeren", "Pas de segment de lieux de travail", "No segment of work floors", "Kein Segment von Arbeitsplätzen"],
    text: [
        "Een registratie kan niet beperkt worden tot een segment van werkvloeren (bv. enkel lokale besturen); de dienstverlener mag zich wel zelf specialiseren. Een opgegeven segmentbeperking is een fout met die uitleg.",
        "Un enregistrement ne peut pas être limité à un segment de lieux de travail (p. ex. uniquement les pouvoirs locaux) ; le prestataire peut toutefois se spécialiser de lui-même. Une limitation déclarée est une erreur avec cette explication.",
        "A registration cannot be limited to a segment of work floors (e.g. only local authorities); the provider may specialise of its own accord. A declared segment restriction is an error with that explanation.",
        "Eine Registrierung kann nicht auf ein Segment von Arbeitsplätzen beschränkt werden (z. B. nur lokale Behörden); der Dienstleister darf sich aber selbst spezialisieren. Eine angegebene Beschränkung ist ein Fehler mit dieser Erklärung.",
    ],
    parameters: [],
}

codes! {
    rule: Ext003;
    /// The registration would be limited to a segment of work floors.
    SEGMENT_RESTRICTION = "provider.segment_restriction", Error, [
        "Een registratie kan niet beperkt worden tot een segment van werkvloeren (bv. enkel lokale besturen). U kunt er wel zelf voor kiezen om u te specialiseren.",
        "Un enregistrement ne peut pas être limité à un segment de lieux de travail (p. ex. uniquement les pouvoirs locaux). Vous pouvez toutefois choisir vous-même de vous spécialiser.",
        "A registration cannot be limited to a segment of work floors (e.g. only local authorities). You may still choose to specialise of your own accord.",
        "Eine Registrierung kann nicht auf ein Segment von Arbeitsplätzen beschränkt werden (z. B. nur lokale Behörden). Sie können sich aber selbst spezialisieren.",
    ];
}

texts! {
    /// No segment restriction: the declared working area is the registration's scope.
    NO_SEGMENT = [
        "De registratie geldt voor alle werkvloeren in het werkingsgebied; een specialisatie naar eigen keuze mag.",
        "L'enregistrement vaut pour tous les lieux de travail de la zone d'activité ; une spécialisation de votre choix est permise.",
        "The registration covers every work floor in the working area; a specialisation of your own choice is fine.",
        "Die Registrierung gilt für alle Arbeitsplätze im Tätigkeitsgebiet; eine selbst gewählte Spezialisierung ist erlaubt.",
    ];

    /// A segment restriction is declared.
    SEGMENT = [
        "De aanvraagprocedure voorziet geen beperking tot een segment van werkvloeren; u kunt wel zelf kiezen om u te specialiseren.",
        "La procédure ne prévoit pas de limitation à un segment de lieux de travail ; vous pouvez toutefois choisir de vous spécialiser.",
        "The procedure has no limitation to a segment of work floors; you may still choose to specialise.",
        "Das Verfahren sieht keine Beschränkung auf ein Segment von Arbeitsplätzen vor; Sie können sich aber spezialisieren.",
    ];

    /// No working area yet, so nothing says what the registration covers.
    SCOPE_UNSAID = [
        "Nog geen provincie of gemeente opgegeven.",
        "Aucune province ni commune indiquée.",
        "No province or municipality given yet.",
        "Noch keine Provinz oder Gemeinde angegeben.",
    ];
}

/// The rule in a provider registration.
pub const RULE: Rule<ProviderRegistration> = Rule {
    id: RuleId::Ext003,
    reads: reads!["workingArea.segmentRestriction", "workingArea.provinces", "workingArea.municipalities"],
    applies: Applies::FromCatalogue,
    check: Check::Form(|input, _, out| {
        let (area, at) = facts::working_area(input.form);
        judge(area, &at, out);
    }),
};

/// The working area the registration declares is its scope: once it is declared without a
/// segment restriction, the registration covers every work floor in it. Before, the form has
/// not said what the registration covers.
fn judge(area: &WorkingArea, at: &Path, out: &mut Outcome) {
    let declared = area.provinces.iter().flatten().any(Option::is_some)
        || area.municipalities.iter().flatten().any(|entry| fields::filled(entry.as_deref()));
    let mut judgement = Judgement::default();
    if fields::filled(area.segment_restriction.as_deref()) {
        judgement.breaks(out, &SEGMENT_RESTRICTION, at.key(key!("segmentRestriction")));
    } else if !declared {
        judgement.wait_for(*at);
    }
    out.judge(judgement.verdict(RuleId::Ext003, NO_SEGMENT, SEGMENT, SCOPE_UNSAID));
}

#[cfg(test)]
mod tests {
    use super::super::facts::testing::run;
    use super::*;

    const AS_OF: &str = "2026-11-23";

    #[test]
    fn a_declared_area_without_a_segment_is_the_registrations_scope() {
        let form =
            r#"{ "workingArea": { "provinces": ["oostVlaanderen"], "specialisation": "Horeca en schoonmaak" } }"#;
        let run = run(&RULE, form, AS_OF);
        assert_eq!(run.found(), Vec::<String>::new());
        assert_eq!(run.status(), Some(Status::Met));
    }

    #[test]
    fn a_segment_of_work_floors_is_not_provided_for() {
        let form =
            r#"{ "workingArea": { "municipalities": ["9000 Gent"], "segmentRestriction": "Enkel lokale besturen" } }"#;
        let run = run(&RULE, form, AS_OF);
        assert_eq!(run.found(), ["provider.segment_restriction at workingArea.segmentRestriction"]);
        assert_eq!(run.status(), Some(Status::NotMet));
    }

    #[test]
    fn without_an_area_nothing_says_what_the_registration_covers() {
        let run = run(&RULE, r#"{ "workingArea": { "municipalities": [" "] } }"#, AS_OF);
        assert_eq!(run.status(), Some(Status::Unknown));
        assert_eq!(run.missing(), ["workingArea"]);
    }
}
