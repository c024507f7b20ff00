//! EXT-007: the territorial working area is given, Flemish provinces and municipalities; an
//! existing registration reports a later extension to the department. The FAQ says the last in
//! so many words; that the area is given, and is Flemish, only follows from it (the department
//! passes the working region on to employers), so this rule warns and never blocks.

use super::facts;
use crate::ids::postcode::Region;
use crate::model::provider::{ProviderRegistration, WorkingArea};
use crate::rules::support::*;

rule_entry! {
    id: Ext007,
    family: "provider",
    source: FAQ,
    quote: "Wat als de regio waarin ik als externe begeleider actief wil zijn op termijn uitbreidt? U geeft ons deze info door. Belangrijk is dat wij vanuit het Departement WSE aan werkgevers die op zoek zijn naar een externe dienstverlener uw werkingsregio correct kunnen doorgeven.",
    confidence: Medium,
    from: date(2023, 7, 1),
    title: ["Werkingsgebied", "Zone d'activité", "Working area", "Tätigkeitsgebiet"],
    text: [
        "Het territoriaal werkingsgebied wordt opgegeven: minstens één Vlaamse provincie of gemeente (een postcode in het Vlaamse Gewest). Een latere uitbreiding wordt aan het departement doorgegeven (FAQ), zodat het de werkingsregio correct aan werkgevers kan doorgeven. Dat het gebied opgegeven wordt en Vlaams is, volgt daaruit maar staat er niet letterlijk: een ontbrekend gebied of een postcode buiten Vlaanderen is een waarschuwing.",
        "La zone d'activité territoriale est indiquée : au moins une province ou une commune flamande (un code postal en Région flamande). Une extension ultérieure est communiquée au département (FAQ), afin qu'il puisse transmettre correctement la zone aux employeurs. Que la zone soit indiquée et flamande en découle sans y être dit en toutes lettres : une zone manquante ou un code postal hors de Flandre donne un avertissement.",
        "The territorial working area is given: at least one Flemish province or municipality (a postcode in the Flemish Region). A later extension is reported to the department (FAQ), so that it can pass the working region on to employers correctly. That the area is given, and Flemish, follows from that but is not said in so many words: a missing area or a postcode outside Flanders is a warning.",
        "Das territoriale Tätigkeitsgebiet wird angegeben: mindestens eine flämische Provinz oder Gemeinde (eine Postleitzahl in der Flämischen Region). Eine spätere Erweiterung wird dem Departement gemeldet (FAQ), damit es das Tätigkeitsgebiet Arbeitgebern korrekt weitergeben kann. Dass das Gebiet angegeben wird und flämisch ist, folgt daraus, steht dort aber nicht wörtlich: ein fehlendes Gebiet oder eine Postleitzahl außerhalb Flanderns ist eine Warnung.",
    ],
    parameters: [],
}

codes! {
    rule: Ext007;
    /// Neither a province nor a municipality given.
    WORKING_AREA_MISSING = "provider.working_area_missing", Warning, [
        "Geef het werkingsgebied op: minstens één Vlaamse provincie of gemeente.",
        "Indiquez la zone d'activité : au moins une province ou une commune flamande.",
        "Give the working area: at least one Flemish province or municipality.",
        "Geben Sie das Tätigkeitsgebiet an: mindestens eine flämische Provinz oder Gemeinde.",
    ];
    /// A municipality of the working area lies outside the Flemish Region.
    MUNICIPALITY_OUTSIDE_FLANDERS = "provider.municipality_outside_flanders", Warning, [
        "Deze postcode ligt niet in het Vlaamse Gewest: het werkingsgebied bestaat uit Vlaamse provincies en gemeenten.",
        "Ce code postal n'est pas situé en Région flamande : la zone d'activité se compose de provinces et de communes flamandes.",
        "This postcode is not in the Flemish Region: the working area consists of Flemish provinces and municipalities.",
        "Diese Postleitzahl liegt nicht in der Flämischen Region: das Tätigkeitsgebiet besteht aus flämischen Provinzen und Gemeinden.",
    ];
    /// An existing registration: extensions of the area are reported to the department.
    AREA_EXTENSION_REPORTED = "provider.area_extension_reported", Info, [
        "Breidt uw werkingsgebied uit, geef dat dan door aan het departement, zodat het werkgevers correct kan doorverwijzen.",
        "Si votre zone d'activité s'étend, communiquez-le au département, afin qu'il puisse orienter correctement les employeurs.",
        "If your working area grows, report it to the department, so that it can refer employers to you correctly.",
        "Wenn sich Ihr Tätigkeitsgebiet erweitert, melden Sie es dem Departement, damit es Arbeitgeber korrekt an Sie verweisen kann.",
    ];
}

texts! {
    /// A working area is given (`provinces`, `municipalities`).
    AREA_GIVEN = [
        "Werkingsgebied: {provinces} provincie(s) en {municipalities} gemeente(n).",
        "Zone d'activité : {provinces} province(s) et {municipalities} commune(s).",
        "Working area: {provinces} province(s) and {municipalities} municipality(ies).",
        "Tätigkeitsgebiet: {provinces} Provinz(en) und {municipalities} Gemeinde(n).",
    ];

    /// Places outside Flanders, or postcodes that do not exist.
    AREA_OUTSIDE = [
        "Het werkingsgebied bevat postcodes buiten het Vlaamse Gewest of die niet bestaan.",
        "La zone d'activité contient des codes postaux hors de la Région flamande ou inexistants.",
        "The working area holds postcodes outside the Flemish Region or that do not exist.",
        "Das Tätigkeitsgebiet enthält Postleitzahlen außerhalb der Flämischen Region oder die nicht existieren.",
    ];

    /// No working area yet.
    AREA_MISSING = [
        "Nog geen provincie of gemeente opgegeven.",
        "Aucune province ni commune indiquée.",
        "No province or municipality given yet.",
        "Noch keine Provinz oder Gemeinde angegeben.",
    ];
}

/// The rule in a provider registration.
pub const RULE: Rule<ProviderRegistration> = Rule {
    id: RuleId::Ext007,
    reads: reads!["workingArea", "registration.registeredOn"],
    applies: Applies::FromCatalogue,
    check: Check::Form(|input, _, out| {
        let form = input.form;
        let (area, at) = facts::working_area(form);
        let registered = form.registration.as_ref().is_some_and(|r| fields::filled(r.registered_on.as_deref()));
        judge(area, &at, registered, input.dropped, out);
    }),
};

/// How a municipality entry reads.
enum Place {
    /// A name: it cannot be checked here, so it is taken as given.
    Named,
    /// A postcode in the Flemish Region.
    Flemish,
    /// A postcode outside it, or one that does not exist (both reported).
    Rejected,
}

/// An entry that starts with a digit is a postcode, perhaps followed by the name
/// (`9000 Gent`); anything else is a name.
fn place(entry: &str, path: &Path, out: &mut Outcome) -> Place {
    if !entry.starts_with(|c: char| c.is_ascii_digit()) {
        return Place::Named;
    }
    match crate::rules::ids::postcode_field(entry.split_whitespace().next(), *path, out) {
        Some(Region::Flanders) => Place::Flemish,
        Some(_) => {
            out.report(&MUNICIPALITY_OUTSIDE_FLANDERS, *path);
            Place::Rejected
        }
        None => Place::Rejected,
    }
}

fn judge(area: &WorkingArea, at: &Path, registered: bool, dropped: &[ShapeProblem], out: &mut Outcome) {
    let mut provinces = Vec::new();
    for province in area.provinces.iter().flatten().flatten() {
        if !provinces.contains(province) {
            provinces.push(*province);
        }
    }
    let (mut municipalities, mut rejected) = (0usize, false);
    let list = at.key(key!("municipalities"));
    for (index, entry) in area.municipalities.iter().flatten().enumerate() {
        let entry = entry.as_deref().unwrap_or_default().trim();
        if entry.is_empty() {
            continue;
        }
        match place(entry, &list.index(index), out) {
            Place::Named | Place::Flemish => municipalities += 1,
            Place::Rejected => rejected = true,
        }
    }
    let counted = provinces.len() + municipalities;
    out.need(at, counted > 0 || rejected);
    let mut judgement = Judgement { broken: rejected, missing: Vec::new() };
    if counted == 0 && !rejected {
        let provinces = at.key(key!("provinces"));
        if !facts::dropped_within(dropped, &provinces) && !facts::dropped_within(dropped, &list) {
            report_missing(dropped, out, Finding::new(&WORKING_AREA_MISSING, *at).also(provinces).also(list));
        }
        judgement.wait_for(*at);
    }
    out.judge(
        judgement
            .verdict(RuleId::Ext007, AREA_GIVEN, AREA_OUTSIDE, AREA_MISSING)
            .with("provinces", provinces.len())
            .with("municipalities", municipalities),
    );
    if registered {
        // An existing registration: the department passes the area on to employers, so it must
        // hear of an extension (FAQ).
        out.report(&AREA_EXTENSION_REPORTED, *at);
    }
}

#[cfg(test)]
mod tests {
    use super::super::facts::testing::run;
    use super::*;

    const AS_OF: &str = "2026-11-23";

    #[test]
    fn provinces_and_municipalities_count_once_each() {
        let form = r#"{ "workingArea": { "provinces": ["limburg", "antwerpen", "limburg"], "municipalities": ["9300 Aalst", "Dendermonde", "1640 Sint-Genesius-Rode"] } }"#;
        let run = run(&RULE, form, AS_OF);
        assert_eq!(run.found(), Vec::<String>::new());
        assert_eq!(run.status(), Some(Status::Met));
        let verdict = run.out.verdicts.first().map(|verdict| verdict.params.clone()).unwrap_or_default();
        assert_eq!(verdict.get("provinces"), Some(&crate::report::Param::Number(2)));
        assert_eq!(verdict.get("municipalities"), Some(&crate::report::Param::Number(3)));
    }

    #[test]
    fn a_postcode_outside_the_flemish_region_is_refused() {
        let form =
            r#"{ "workingArea": { "provinces": ["vlaamsBrabant"], "municipalities": ["1000 Brussel", "4000"] } }"#;
        let run = run(&RULE, form, AS_OF);
        assert_eq!(
            run.found(),
            [
                "provider.municipality_outside_flanders at workingArea.municipalities[0]",
                "provider.municipality_outside_flanders at workingArea.municipalities[1]",
            ]
        );
        assert_eq!(run.status(), Some(Status::NotMet));
    }

    #[test]
    fn a_missing_area_is_asked_for() {
        let run = run(&RULE, r#"{ "workingArea": { "provinces": [], "municipalities": [" "] } }"#, AS_OF);
        assert_eq!(run.found(), ["provider.working_area_missing at workingArea"]);
        assert_eq!(run.status(), Some(Status::Unknown));
        assert_eq!(run.missing(), ["workingArea"]);
    }

    #[test]
    fn an_existing_registration_is_reminded_to_report_an_extension() {
        let form = r#"{ "workingArea": { "provinces": ["westVlaanderen"] }, "registration": { "registeredOn": "2024-03-15" } }"#;
        assert_eq!(run(&RULE, form, AS_OF).found(), ["provider.area_extension_reported at workingArea"]);
    }

    #[test]
    fn an_area_typed_with_the_wrong_types_is_not_also_missing() {
        let run = run(&RULE, r#"{ "workingArea": { "provinces": "limburg", "municipalities": [9000] } }"#, AS_OF);
        assert_eq!(run.found(), Vec::<String>::new());
        assert_eq!(run.status(), Some(Status::Unknown));
        assert_eq!(run.missing(), ["workingArea"]);
    }
}
