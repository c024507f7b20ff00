#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]
//! The employer's application (APP-001..014) through the public API: for every rule a form
//! that meets it and one that does not, the as-of behaviour, partial and malformed input.
//!
//! Identifiers are the catalogue's examples: KBO 0403.019.261 and 0202.239.951, INSZ
//! 85.07.30-033.28 and 17.07.30-033.84, BIS 98.47.28-997.65.

use maatwerk::model::Path;

use maatwerk::{validate_field_json, validate_json, Context, InputError, Kind, Locale, Report, Severity};
use serde_json::{json, Value};

/// The as-of date most tests use: well inside the scheme, after APP-008 took effect.
const AS_OF: &str = "2025-11-24";

fn ctx(as_of: &str) -> Context {
    Context::from_options_json(&format!(r#"{{"asOf":"{as_of}","locale":"en"}}"#), None).unwrap()
}

/// A complete application that meets every rule: a bakery in Gent employs someone from
/// Antwerpen, VDAB indicated loonpremie and guidance, guidance is internal.
fn complete() -> Value {
    json!({
        "employer": {
            "name": "Bakkerij De Korenaar bv",
            "kbo": "0403.019.261",
            "type": "privateEmployer",
            "inDifficulty": false,
            "establishmentPostcode": "9000"
        },
        "employee": {
            "insz": "85.07.30-033.28",
            "name": "Tom Claes",
            "residence": { "country": "BE", "postcode": "2000" },
            "workLimitationRecognised": true
        },
        "selfEmployed": false,
        "vdabIndication": {
            "date": "2025-09-15",
            "validUntil": "2030-09-14",
            "measures": { "loonpremie": true, "guidance": true }
        },
        "contract": { "start": "2025-10-01" },
        "applicationDate": "2025-10-20",
        "requestedPremiums": { "loonpremie": true, "begeleidingspremie": true },
        "guidance": {
            "organisation": "internal",
            "internalSupervisor": {
                "name": "Sara Janssens",
                "responsible": true,
                "diplomas": [{ "code": "ba-orthopedagogie", "obtained": "2012-06-30" }],
                "competences": {
                    "workingTogether": true, "communicating": true, "personCentred": true, "tailoredAdvice": true
                }
            },
            "qualificationProofAttached": true,
            "collegaCoach": { "name": "Lotte Maes", "sameEmployer": true }
        },
        "vopRunning": false,
        "partTimeWithOtherEmployers": false
    })
}

/// A self-employed person (a carpenter in Gent) applying for the ondersteuningspremie.
fn self_employed() -> Value {
    json!({
        "employer": { "kbo": "0202.239.951", "establishmentPostcode": "9000" },
        "employee": {
            "insz": "85.07.30-033.28",
            "residence": { "postcode": "9000" },
            "workLimitationRecognised": true
        },
        "selfEmployed": true,
        "vdabIndication": { "date": "2025-06-02" },
        "applicationDate": "2025-07-01",
        "requestedPremiums": {
            "ondersteuningspremie": true, "ondersteuningspremiePercentage": 35, "ondersteuningspremieYears": 3
        }
    })
}

/// `form` with the value at `path` (a.b.c) replaced, groups created on the way; `null`
/// removes the field.
fn set(mut form: Value, path: &str, value: Value) -> Value {
    let keys: Vec<&str> = path.split('.').collect();
    let (last, groups) = keys.split_last().unwrap();
    let mut at = &mut form;
    for key in groups {
        at = at.as_object_mut().unwrap().entry(*key).or_insert_with(|| json!({}));
    }
    let group = at.as_object_mut().unwrap();
    if value.is_null() {
        group.remove(*last);
    } else {
        group.insert((*last).to_owned(), value);
    }
    form
}

fn run_as_of(form: &Value, as_of: &str) -> Report {
    validate_json(Kind::Application, &form.to_string(), &ctx(as_of)).unwrap()
}

fn run(form: &Value) -> Report {
    run_as_of(form, AS_OF)
}

fn codes(report: &Report) -> Vec<&'static str> {
    report.issues.iter().map(|issue| issue.code.as_str()).collect()
}

/// The status of a requirement, as its wire name.
fn status(report: &Report, rule: &str) -> String {
    let requirement = report.requirements.iter().find(|r| r.rule == rule);
    let requirement = requirement.unwrap_or_else(|| panic!("no requirement {rule}"));
    serde_json::to_value(requirement.status).unwrap().as_str().unwrap().to_owned()
}

fn explanation(report: &Report, rule: &str) -> String {
    report.requirements.iter().find(|r| r.rule == rule).unwrap().explanation.clone()
}

fn missing(report: &Report, rule: &str) -> Vec<String> {
    report.requirements.iter().find(|r| r.rule == rule).unwrap().missing.clone()
}

fn field_of(report: &Report, code: &str) -> String {
    report.issues.iter().find(|i| i.code.as_str() == code).unwrap_or_else(|| panic!("no {code}")).field.clone()
}

#[track_caller]
fn assert_has(report: &Report, code: &str) {
    assert!(report.has(code), "expected {code}, got {:?}", codes(report));
}

#[track_caller]
fn assert_lacks(report: &Report, code: &str) {
    assert!(!report.has(code), "unexpected {code} in {:?}", codes(report));
}

// ---------- the complete application ----------

#[test]
fn complete_application_meets_every_rule() {
    let report = run(&complete());
    assert!(report.valid, "{:?}", codes(&report));
    assert!(report.issues.is_empty(), "{:?}", codes(&report));
    // An employer with internal guidance, no VOP and no other employers: the rules about the
    // ondersteuningspremie, a running VOP, choosing an external provider and other employers do
    // not apply, each because of an answer the form gives.
    let not_applicable = ["APP-005", "APP-012", "APP-013", "APP-014"];
    for n in 1..=14 {
        let rule = format!("APP-{n:03}");
        let expected = if not_applicable.contains(&rule.as_str()) { "notApplicable" } else { "met" };
        assert_eq!(status(&report, &rule), expected, "{rule}: {}", explanation(&report, &rule));
    }
    assert!(explanation(&report, "APP-013").contains("internal guidance"));
    assert!(explanation(&report, "APP-012").contains("no VOP"));
    assert_eq!(status(&report, "SUP-001"), "met");
    assert_eq!(status(&report, "SUP-004"), "met");
    assert_eq!(report.completeness.required, report.completeness.filled);
    assert!(report.completeness.missing.is_empty());
}

// ---------- APP-001 ----------

#[test]
fn app_001_work_limitation_not_recognised() {
    let report = run(&set(complete(), "employee.workLimitationRecognised", json!(false)));
    assert_has(&report, "application.work_limitation_not_recognised");
    assert_eq!(status(&report, "APP-001"), "notMet");
    // The seeds (the FAQ, the HIVA study) presuppose VDAB's indication ("Als VDAB een behoefte
    // aan een loonpremie én begeleiding heeft vastgesteld") but never say an application needs
    // a recognised work limitation: APP-001 is the department's pages' rule, below high
    // confidence, so it warns and does not block.
    assert!(report.valid, "{:?}", codes(&report));
    assert!(report.issues.iter().all(|issue| issue.severity == Severity::Warning));
}

#[test]
fn app_001_indication_lasts_five_years() {
    let form = set(complete(), "vdabIndication.validUntil", Value::Null);
    // 2020-11-25 + 5 years: valid up to and including 2025-11-24.
    let report = run(&set(form.clone(), "vdabIndication.date", json!("2020-11-25")));
    assert_eq!(status(&report, "APP-001"), "met");
    let report = run(&set(form, "vdabIndication.date", json!("2020-11-24")));
    assert_has(&report, "application.indication_expired");
    assert_eq!(field_of(&report, "application.indication_expired"), "vdabIndication.date");
    assert_eq!(status(&report, "APP-001"), "notMet");
}

#[test]
fn app_001_indication_ends_at_valid_until() {
    let report = run(&set(complete(), "vdabIndication.validUntil", json!("2025-11-23")));
    assert_eq!(field_of(&report, "application.indication_expired"), "vdabIndication.validUntil");
    let report = run(&set(complete(), "vdabIndication.validUntil", json!("2025-11-24")));
    assert_eq!(status(&report, "APP-001"), "met");
}

#[test]
fn app_001_follows_the_as_of_date() {
    let form = complete();
    assert_eq!(status(&run_as_of(&form, "2030-09-14"), "APP-001"), "met");
    let later = run_as_of(&form, "2030-09-15");
    assert_has(&later, "application.indication_expired");
    assert_eq!(
        later
            .issues
            .iter()
            .find(|i| i.code.as_str() == "application.indication_expired")
            .unwrap()
            .params
            .get("asOf")
            .unwrap(),
        &maatwerk::report::Param::Text("2030-09-15".into())
    );
    // Before the indication was given it cannot be relied on.
    let earlier = run_as_of(&form, "2025-09-14");
    assert_has(&earlier, "application.indication_in_future");
}

#[test]
fn app_001_valid_until_inconsistent() {
    let report = run(&set(complete(), "vdabIndication.validUntil", json!("2025-09-01")));
    assert_has(&report, "application.indication_valid_until_before_date");
    let report = run(&set(complete(), "vdabIndication.validUntil", json!("2031-12-31")));
    assert_has(&report, "application.indication_valid_until_beyond_limit");
    assert!(report.valid, "beyond the limit is a warning: {:?}", codes(&report));
    assert_eq!(report.count(Severity::Warning), 1);
}

#[test]
fn app_001_indication_without_measures() {
    let form = set(complete(), "vdabIndication.measures", json!({ "loonpremie": false, "guidance": false }));
    let report = run(&form);
    assert_has(&report, "application.indication_without_measures");
    assert_eq!(status(&report, "APP-001"), "notMet");
}

// ---------- APP-002 ----------

#[test]
fn app_002_resident_in_flanders() {
    // Sint-Genesius-Rode: a facility municipality, in Flanders.
    let report = run(&set(complete(), "employee.residence.postcode", json!("1640")));
    assert_eq!(status(&report, "APP-002"), "met");
    assert!(report.valid);
}

#[test]
fn app_002_brussels_and_walloon_residents_are_not_eligible() {
    for (postcode, region) in [("1000", "brussels"), ("4000", "wallonia")] {
        let report = run(&set(complete(), "employee.residence.postcode", json!(postcode)));
        assert_has(&report, "application.residence_outside_flanders");
        let issue = report.issues.iter().find(|i| i.code.as_str() == "application.residence_outside_flanders").unwrap();
        assert_eq!(issue.params.get("region"), Some(&maatwerk::report::Param::Text(region.into())));
        assert_eq!(status(&report, "APP-002"), "notMet");
    }
}

#[test]
fn app_002_living_abroad_is_not_eligible() {
    // FAQ: "de persoon met een arbeidsbeperking moet in Vlaanderen wonen om in aanmerking te
    // komen"; no seed makes an exception for another EU or EEA state, nor for a workplace in
    // Flanders.
    for residence in [json!({ "country": "NL", "postcode": "4811 AA" }), json!({ "country": "US" })] {
        let report = run(&set(complete(), "employee.residence", residence));
        assert_has(&report, "application.residence_abroad");
        assert_eq!(field_of(&report, "application.residence_abroad"), "employee.residence.country");
        assert_eq!(status(&report, "APP-002"), "notMet");
        assert!(!report.valid);
    }
    let report = run(&set(complete(), "employee.residence", json!({ "country": "Nederland" })));
    assert_has(&report, "application.residence_country_invalid");
    assert_eq!(status(&report, "APP-002"), "unknown");
}

#[test]
fn app_002_malformed_postcode_is_an_id_issue() {
    let report = run(&set(complete(), "employee.residence.postcode", json!("90")));
    assert_has(&report, "id.postcode_invalid");
    assert_eq!(status(&report, "APP-002"), "unknown");
    assert_eq!(missing(&report, "APP-002"), ["employee.residence.postcode"]);
}

// ---------- APP-003 ----------

#[test]
fn app_003_brussels_employer_gets_only_the_loonpremie() {
    let in_brussels = set(complete(), "employer.establishmentPostcode", json!("1000"));
    let report = run(&in_brussels);
    assert_has(&report, "application.begeleidingspremie_outside_flanders");
    assert_eq!(
        field_of(&report, "application.begeleidingspremie_outside_flanders"),
        "requestedPremiums.begeleidingspremie"
    );
    assert_eq!(status(&report, "APP-003"), "notMet");

    // The same employer asking only the loonpremie: fine, and the indivisibility of the
    // premiums does not demand the begeleidingspremie there.
    let only_loonpremie = set(in_brussels, "requestedPremiums", json!({ "loonpremie": true }));
    let report = run(&only_loonpremie);
    assert_eq!(status(&report, "APP-003"), "met");
    assert_eq!(status(&report, "APP-004"), "met");
    // No guidance is organised under this scheme there: not applicable, and the explanation
    // names the establishment.
    for rule in ["APP-006", "APP-007", "APP-013"] {
        assert_eq!(status(&report, rule), "notApplicable", "{rule}");
        assert!(explanation(&report, rule).contains("Brussels Region"), "{rule}: {}", explanation(&report, rule));
    }
    assert_lacks(&report, "application.premiums_indivisible");
    assert!(report.valid, "{:?}", codes(&report));
}

#[test]
fn app_003_says_nothing_of_wallonia_or_abroad() {
    // The FAQ answers for Brussels only: "Een werkgever uit het Brussels Gewest kan enkel
    // beroep doen op de loonpremie, niet op de begeleidingspremie". Of an establishment in the
    // Walloon Region or abroad the seeds say nothing: no finding, and indicated guidance is
    // judged as anywhere ("Begeleiding ... is verplicht wanneer VDAB een begeleidingsbehoefte
    // vaststelt").
    let abroad = set(complete(), "employer.establishmentCountry", json!("NL"));
    let abroad = set(abroad, "employer.establishmentPostcode", Value::Null);
    let in_wallonia = set(complete(), "employer.establishmentPostcode", json!("5000"));
    for form in [abroad, in_wallonia] {
        let report = run(&form);
        assert_lacks(&report, "application.begeleidingspremie_outside_flanders");
        assert_eq!(status(&report, "APP-003"), "met");
        assert_eq!(status(&report, "APP-006"), "met");
        assert!(report.valid, "{:?}", codes(&report));
        // There the indivisibility of the premiums holds as anywhere.
        let report = run(&set(form, "requestedPremiums.begeleidingspremie", json!(false)));
        assert_has(&report, "application.premiums_indivisible");
    }
    let report = run(&set(complete(), "employer.establishmentCountry", json!("Holland")));
    assert_has(&report, "application.establishment_country_invalid");
}

#[test]
fn app_003_cross_field_issue_shows_at_the_establishment() {
    let form = set(complete(), "employer.establishmentPostcode", json!("1000"));
    let path = Path::parse("employer.establishmentPostcode").unwrap();
    let issues = validate_field_json(Kind::Application, &form.to_string(), &path, &ctx(AS_OF)).unwrap();
    assert!(issues.iter().any(|i| i.code.as_str() == "application.begeleidingspremie_outside_flanders"));
}

// ---------- APP-004 ----------

#[test]
fn app_004_both_indicated_both_requested() {
    let report = run(&set(complete(), "requestedPremiums.begeleidingspremie", json!(false)));
    assert_has(&report, "application.premiums_indivisible");
    assert_eq!(field_of(&report, "application.premiums_indivisible"), "requestedPremiums.begeleidingspremie");
    assert_eq!(status(&report, "APP-004"), "notMet");
}

#[test]
fn app_004_no_begeleidingspremie_without_the_indicated_loonpremie() {
    let report = run(&set(complete(), "requestedPremiums.loonpremie", json!(false)));
    assert_has(&report, "application.begeleidingspremie_without_loonpremie");
    assert_eq!(status(&report, "APP-004"), "notMet");
    // Whether VDAB indicated a loonpremie not said yet: not decided, and nothing claimed.
    let unsaid = set(complete(), "vdabIndication.measures.loonpremie", Value::Null);
    let report = run(&set(unsaid, "requestedPremiums.loonpremie", json!(false)));
    assert_lacks(&report, "application.begeleidingspremie_without_loonpremie");
    assert_eq!(status(&report, "APP-004"), "unknown");
}

#[test]
fn app_004_only_what_vdab_indicated() {
    let no_guidance = set(complete(), "vdabIndication.measures.guidance", json!(false));
    let report = run(&no_guidance);
    assert_has(&report, "application.begeleidingspremie_not_indicated");

    let only_loonpremie =
        set(set(no_guidance, "requestedPremiums.begeleidingspremie", Value::Null), "guidance", Value::Null);
    let report = run(&only_loonpremie);
    assert_eq!(status(&report, "APP-004"), "met");
    assert_eq!(status(&report, "APP-006"), "notApplicable");
    assert!(explanation(&report, "APP-006").contains("VDAB found no need for guidance"));
    assert!(report.valid, "{:?}", codes(&report));

    let no_loonpremie = set(complete(), "vdabIndication.measures.loonpremie", json!(false));
    let report = run(&set(no_loonpremie, "vdabIndication.measures.guidance", Value::Null));
    assert_has(&report, "application.loonpremie_not_indicated");
}

#[test]
fn app_004_nothing_requested_yet() {
    let report = run(&set(complete(), "requestedPremiums", json!({})));
    assert_has(&report, "application.premiums_missing");
    assert_eq!(status(&report, "APP-004"), "unknown");
    assert_eq!(missing(&report, "APP-004"), ["requestedPremiums"]);
}

// ---------- APP-005 ----------

#[test]
fn app_005_self_employed_person_gets_the_ondersteuningspremie() {
    let report = run(&set(self_employed(), "employer.inDifficulty", json!(false)));
    assert!(report.valid, "{:?}", codes(&report));
    assert_eq!(status(&report, "APP-005"), "met");
    // The rules for employers do not apply, and say why.
    for rule in ["APP-003", "APP-004", "APP-006", "APP-007", "APP-008"] {
        assert_eq!(status(&report, rule), "notApplicable", "{rule}");
        assert!(explanation(&report, rule).contains("self-employed person applies"), "{rule}");
    }
    // The exclusion of undertakings in difficulty does apply to them (APP-010).
    assert_eq!(status(&report, "APP-010"), "met");
}

#[test]
fn app_005_no_begeleidingspremie_for_self_employed() {
    let form = set(self_employed(), "requestedPremiums.begeleidingspremie", json!(true));
    let form = set(form, "requestedPremiums.ondersteuningspremiePercentage", json!(60));
    let form = set(form, "requestedPremiums.ondersteuningspremieYears", json!(2.5));
    let report = run(&form);
    assert_has(&report, "application.begeleidingspremie_self_employed");
    assert_has(&report, "application.ondersteuningspremie_percentage_out_of_range");
    assert_has(&report, "application.ondersteuningspremie_years_out_of_range");
    assert_eq!(status(&report, "APP-005"), "notMet");
}

#[test]
fn app_005_bounds_are_inclusive() {
    for (percentage, years) in [(20, 2), (55, 5)] {
        let form = set(self_employed(), "requestedPremiums.ondersteuningspremiePercentage", json!(percentage));
        let report = run(&set(form, "requestedPremiums.ondersteuningspremieYears", json!(years)));
        assert_eq!(status(&report, "APP-005"), "met");
    }
    let report = run(&set(self_employed(), "requestedPremiums.ondersteuningspremieYears", json!(6)));
    assert_has(&report, "application.ondersteuningspremie_years_out_of_range");
}

#[test]
fn app_005_missing_terms_and_employers() {
    let report = run(&set(self_employed(), "requestedPremiums.ondersteuningspremiePercentage", Value::Null));
    assert_has(&report, "application.ondersteuningspremie_percentage_missing");
    assert_eq!(status(&report, "APP-005"), "unknown");

    let report = run(&set(complete(), "requestedPremiums.ondersteuningspremie", json!(true)));
    assert_has(&report, "application.ondersteuningspremie_not_self_employed");
    assert_eq!(status(&report, "APP-005"), "notMet");
}

// ---------- APP-006 ----------

#[test]
fn app_006_external_registered_provider() {
    let external = json!({
        "organisation": "external",
        "externalProvider": { "registrationNumber": "EDV-2024-0173", "name": "Jobcoaching Oost" },
        "collegaCoach": { "name": "Lotte Maes", "sameEmployer": true }
    });
    let report = run(&set(complete(), "guidance", external.clone()));
    assert!(report.valid, "{:?}", codes(&report));
    assert_eq!(status(&report, "APP-006"), "met");
    // APP-007 concerns internal guidance only.
    assert_eq!(status(&report, "APP-007"), "notApplicable");
    assert!(explanation(&report, "APP-007").contains("external guidance"));

    let by_kbo =
        set(set(complete(), "guidance", external), "guidance.externalProvider", json!({ "kbo": "0202.239.951" }));
    assert_eq!(status(&run(&by_kbo), "APP-006"), "met");

    let unidentified = set(by_kbo.clone(), "guidance.externalProvider", json!({ "name": "Jobcoaching Oost" }));
    let report = run(&unidentified);
    assert_has(&report, "application.external_provider_unidentified");
    assert_eq!(status(&report, "APP-006"), "unknown");

    let bad_kbo = set(by_kbo, "guidance.externalProvider.kbo", json!("0431.150.351"));
    let report = run(&bad_kbo);
    assert_has(&report, "id.kbo_check_digits");
    assert_eq!(status(&report, "APP-006"), "notMet");
}

#[test]
fn app_006_organisation_must_be_chosen() {
    let report = run(&set(complete(), "guidance.organisation", Value::Null));
    assert_has(&report, "application.guidance_organisation_missing");
    assert_eq!(status(&report, "APP-006"), "unknown");
    assert!(missing(&report, "APP-006").contains(&"guidance.organisation".to_owned()));
}

#[test]
fn app_006_internal_supervisor_must_be_qualified() {
    // Twelve months of experience and no diploma: SUP-001 not met, so the guidance is not
    // organised as required.
    let unqualified = json!({
        "name": "Sara Janssens",
        "responsible": true,
        "experience": [{ "from": "2024-11-01", "to": "2025-10-31", "relevant": true }]
    });
    let report = run(&set(complete(), "guidance.internalSupervisor", unqualified));
    assert_has(&report, "supervisor.experience_too_short");
    assert_eq!(field_of(&report, "supervisor.experience_too_short"), "guidance.internalSupervisor.experience");
    assert_eq!(status(&report, "SUP-001"), "notMet");
    assert_eq!(status(&report, "APP-006"), "notMet");

    let report = run(&set(complete(), "guidance.internalSupervisor", Value::Null));
    assert_has(&report, "application.internal_supervisor_missing");
    assert_eq!(status(&report, "APP-006"), "unknown");
}

#[test]
fn app_006_collega_coach() {
    let report = run(&set(complete(), "guidance.collegaCoach", Value::Null));
    assert_has(&report, "application.collega_coach_missing");
    assert_has(&report, "application.collega_coach_same_employer_missing");
    assert_eq!(status(&report, "APP-006"), "unknown");

    let report = run(&set(complete(), "guidance.collegaCoach.sameEmployer", json!(false)));
    assert_has(&report, "application.collega_coach_other_employer");
    assert_eq!(status(&report, "APP-006"), "notMet");

    let report = run(&set(complete(), "guidance.collegaCoach.name", json!("tom  claes")));
    assert_has(&report, "application.collega_coach_is_employee");
    // The FAQ names two roles ("De gekwalificeerd begeleider dient ..."; "De collega-coach
    // staat in voor de dagelijkse opvolging") without forbidding one person both: a warning.
    let report = run(&set(complete(), "guidance.collegaCoach.name", json!("Sara Janssens")));
    assert_has(&report, "application.collega_coach_is_supervisor");
    let issue = report.issues.iter().find(|i| i.code.as_str() == "application.collega_coach_is_supervisor").unwrap();
    assert_eq!(issue.severity, Severity::Warning);
    assert!(report.valid);
    assert_eq!(status(&report, "APP-006"), "met");
}

// ---------- APP-007 ----------

#[test]
fn app_007_internal_guidance_needs_proof() {
    let report = run(&set(complete(), "guidance.qualificationProofAttached", json!(false)));
    assert_has(&report, "application.qualification_proof_missing");
    assert_eq!(status(&report, "APP-007"), "notMet");

    let report = run(&set(complete(), "guidance.qualificationProofAttached", Value::Null));
    assert_has(&report, "application.qualification_proof_missing");
    assert_eq!(status(&report, "APP-007"), "unknown");
    assert_eq!(missing(&report, "APP-007"), ["guidance.qualificationProofAttached"]);
}

#[test]
fn app_007_internal_guidance_is_own_staff() {
    // FAQ: "Voor het intern organiseren van de begeleiding, waarbij je als werkgever eigen
    // personeel inzet, moet je je niet te registreren"; "Enkel als u werknemers wil begeleiden
    // in andere organisaties is een registratie als externe dienstverlener noodzakelijk".
    let form = set(complete(), "guidance.internalSupervisor.employedByApplicant", json!(false));
    let report = run(&form);
    assert_has(&report, "application.internal_supervisor_not_own_staff");
    assert_eq!(
        field_of(&report, "application.internal_supervisor_not_own_staff"),
        "guidance.internalSupervisor.employedByApplicant"
    );
    assert!(!report.valid);
    assert_eq!(status(&report, "APP-007"), "notMet");
    assert!(explanation(&report, "APP-007").contains("own staff"));
    // Said to be employed, or not said: the choice of internal guidance names an own employee.
    for employed in [json!(true), Value::Null] {
        let report = run(&set(complete(), "guidance.internalSupervisor.employedByApplicant", employed));
        assert_lacks(&report, "application.internal_supervisor_not_own_staff");
        assert_eq!(status(&report, "APP-007"), "met");
    }
    // Not asked as a required fact: a portal that does not ask it is not incomplete.
    let report = run(&complete());
    assert!(!report.completeness.missing.iter().any(|path| path.ends_with("employedByApplicant")));
}

// ---------- APP-008 ----------

fn filed_before_start() -> Value {
    set(set(complete(), "applicationDate", json!("2023-11-20")), "contract.start", json!("2023-12-01"))
}

#[test]
fn app_008_not_in_force_before_2024() {
    let form = set(filed_before_start(), "vdabIndication.date", json!("2023-09-15"));
    let report = run_as_of(&form, "2023-12-15");
    assert_lacks(&report, "application.application_before_contract_start");
    // The as-of date is a given fact that makes the rule irrelevant; the explanation says
    // from when it holds.
    assert_eq!(status(&report, "APP-008"), "notApplicable");
    assert!(explanation(&report, "APP-008").contains("2024-01-01"), "{}", explanation(&report, "APP-008"));
    assert!(report.valid, "{:?}", codes(&report));
}

#[test]
fn app_008_in_force_from_2024() {
    let form = set(filed_before_start(), "vdabIndication.date", json!("2023-09-15"));
    let report = run_as_of(&form, "2024-01-01");
    assert_has(&report, "application.application_before_contract_start");
    assert_eq!(status(&report, "APP-008"), "notMet");
    // The seeds say nothing of when an application is filed (the 2024 amendment does): a
    // warning, not a refusal.
    assert!(report.valid, "{:?}", codes(&report));
}

#[test]
fn app_008_parameter_moves_the_start() {
    let form = set(filed_before_start(), "vdabIndication.date", json!("2023-09-15"));
    let later = Context::from_options_json(
        r#"{"asOf":"2024-03-01","parameters":{"applicationDuringEmploymentFrom":"2024-07-01"}}"#,
        None,
    )
    .unwrap();
    let report = validate_json(Kind::Application, &form.to_string(), &later).unwrap();
    assert_eq!(status(&report, "APP-008"), "notApplicable");
    assert_lacks(&report, "application.application_before_contract_start");

    let earlier = Context::from_options_json(
        r#"{"asOf":"2023-12-15","parameters":{"applicationDuringEmploymentFrom":"2023-07-03"}}"#,
        None,
    )
    .unwrap();
    let report = validate_json(Kind::Application, &form.to_string(), &earlier).unwrap();
    assert_has(&report, "application.application_before_contract_start");
}

#[test]
fn app_008_not_after_the_employment_ended() {
    let report = run(&set(complete(), "contract.end", json!("2025-10-19")));
    assert_has(&report, "application.application_after_contract_end");
    assert_eq!(status(&report, "APP-008"), "notMet");
    let report = run(&set(complete(), "contract.end", json!("2025-10-20")));
    assert_eq!(status(&report, "APP-008"), "met");
    let report = run(&set(complete(), "contract.end", json!("2025-09-30")));
    assert_has(&report, "application.contract_reversed");
}

#[test]
fn app_008_contract_start_needed() {
    let report = run(&set(complete(), "contract", Value::Null));
    assert_has(&report, "application.contract_start_missing");
    assert_eq!(status(&report, "APP-008"), "unknown");
    assert_eq!(missing(&report, "APP-008"), ["contract.start"]);
}

// ---------- APP-009 ----------

#[test]
fn app_009_valid_identifiers() {
    for insz in ["85.07.30-033.28", "17.07.30-033.84", "98.47.28-997.65"] {
        let report = run(&set(complete(), "employee.insz", json!(insz)));
        assert_eq!(status(&report, "APP-009"), "met", "{insz}");
    }
    let report = run(&set(complete(), "employer.kbo", json!("BE0202239951")));
    assert_eq!(status(&report, "APP-009"), "met");
}

#[test]
fn app_009_invalid_identifiers() {
    let report = run(&set(complete(), "employer.kbo", json!("0431.150.351")));
    assert_has(&report, "id.kbo_check_digits");
    assert_eq!(field_of(&report, "id.kbo_check_digits"), "employer.kbo");
    assert_eq!(status(&report, "APP-009"), "notMet");

    let report = run(&set(complete(), "employee.insz", json!("85.07.30-033.29")));
    assert_has(&report, "id.insz_check_digits");
    assert_eq!(status(&report, "APP-009"), "notMet");

    let report = run(&set(complete(), "employer.kbo", json!("  ")));
    assert_has(&report, "application.kbo_missing");
    assert_eq!(status(&report, "APP-009"), "unknown");
}

// ---------- APP-010 ----------

#[test]
fn app_010_eligible_employers() {
    for kind in ["privateEmployer", "school", "localAuthority", "maatwerkbedrijf"] {
        let report = run(&set(complete(), "employer.type", json!(kind)));
        assert_eq!(status(&report, "APP-010"), "met", "{kind}");
    }
}

#[test]
fn app_010_self_employed_person_is_judged_on_difficulty_alone() {
    // The kind of employer does not apply to a self-employed person; whether their undertaking
    // is in difficulty does, as the rule says.
    let form = set(self_employed(), "employer.type", json!("otherPublicAuthority"));
    let report = run(&set(form.clone(), "employer.inDifficulty", json!(false)));
    assert_eq!(status(&report, "APP-010"), "met");
    assert!(explanation(&report, "APP-010").contains("self-employed person applying for themselves"));
    assert_lacks(&report, "application.employer_type_not_eligible");

    // Blank: unknown, and a required fact like any other.
    let report = run(&form);
    assert_has(&report, "application.in_difficulty_unanswered");
    assert_eq!(status(&report, "APP-010"), "unknown");
    assert_eq!(missing(&report, "APP-010"), ["employer.inDifficulty"]);
    assert!(report.completeness.missing.contains(&"employer.inDifficulty".to_owned()));
    assert!(!report.completeness.missing.contains(&"employer.type".to_owned()));

    // In difficulty: not met, in the words of a self-employed person's case.
    let report = run(&set(form, "employer.inDifficulty", json!(true)));
    assert_has(&report, "application.employer_in_difficulty");
    assert_eq!(status(&report, "APP-010"), "notMet");
    let text = explanation(&report, "APP-010");
    assert!(text.contains("self-employed") && !text.contains("The employer"), "{text}");
}

#[test]
fn app_010_not_eligible() {
    let report = run(&set(complete(), "employer.type", json!("otherPublicAuthority")));
    assert_has(&report, "application.employer_type_not_eligible");
    assert_eq!(status(&report, "APP-010"), "notMet");

    let report = run(&set(complete(), "employer.inDifficulty", json!(true)));
    assert_has(&report, "application.employer_in_difficulty");
    assert_eq!(status(&report, "APP-010"), "notMet");

    let report = run(&set(complete(), "employer.inDifficulty", Value::Null));
    assert_has(&report, "application.in_difficulty_unanswered");
    assert_eq!(status(&report, "APP-010"), "unknown");
}

// ---------- who applies, and the guidance rules ----------

#[test]
fn rules_for_employers_wait_for_who_applies() {
    let unsaid = set(complete(), "selfEmployed", Value::Null);
    let report = run(&unsaid);
    assert_has(&report, "application.self_employed_unanswered");
    assert!(report.completeness.missing.contains(&"selfEmployed".to_owned()));
    // Met for an employer, but an employer has not said it applies: not decided yet.
    for rule in ["APP-003", "APP-004", "APP-005", "APP-006", "APP-007", "APP-008", "APP-010"] {
        assert_eq!(status(&report, rule), "unknown", "{rule}");
        assert!(missing(&report, rule).contains(&"selfEmployed".to_owned()), "{rule}");
    }
    // What is wrong for anyone stays wrong.
    let report = run(&set(unsaid, "requestedPremiums.loonpremie", json!(false)));
    assert_eq!(status(&report, "APP-004"), "notMet");
}

#[test]
fn indicated_guidance_is_judged_whether_or_not_the_begeleidingspremie_is_asked() {
    // FAQ: "Begeleiding in het kader van individueel maatwerk is verplicht wanneer VDAB een
    // begeleidingsbehoefte vaststelt" and "Indien VDAB een begeleidingsnood vaststelt, zal deze
    // begeleiding ook georganiseerd moeten worden". VDAB indicated guidance and the employer
    // asks only the loonpremie: APP-004 says the premiums do not follow the indication, and
    // the guidance is judged all the same.
    let loonpremie_only = set(complete(), "requestedPremiums.begeleidingspremie", json!(false));
    let report = run(&loonpremie_only);
    assert_eq!(status(&report, "APP-004"), "notMet");
    for rule in ["APP-006", "APP-007"] {
        assert_eq!(status(&report, rule), "met", "{rule}");
    }
    assert_eq!(status(&report, "SUP-001"), "met");
    // An unqualified internal supervisor is reported without the premium too.
    let unqualified = set(loonpremie_only, "guidance.internalSupervisor.diplomas", json!([]));
    let report = run(&unqualified);
    assert_has(&report, "supervisor.qualification_missing");
    assert_eq!(status(&report, "APP-006"), "unknown");
    // No premium ticked yet: the guidance is required all the same, and waits for nothing more.
    let report = run(&set(complete(), "requestedPremiums", json!({})));
    assert_eq!(status(&report, "APP-006"), "met");
}

#[test]
fn sup_004_in_an_application_is_a_warning_not_a_refusal() {
    let report = run(&complete());
    assert_eq!(status(&report, "SUP-004"), "met");
    // The FAQ asks an application only to prove the qualification ("enkel bewijzen dat de
    // werknemer die de rol van gekwalificeerd begeleider opneemt, voldoet"): a supervisor said
    // not to be responsible is a warning, and the form can be submitted.
    let report = run(&set(complete(), "guidance.internalSupervisor.responsible", json!(false)));
    assert!(report.valid);
    assert_has(&report, "supervisor.nobody_responsible");
    assert_eq!(field_of(&report, "supervisor.nobody_responsible"), "guidance.internalSupervisor.responsible");
    let issue = report.issues.iter().find(|i| i.code.as_str() == "supervisor.nobody_responsible").unwrap();
    assert_eq!(issue.severity, maatwerk::Severity::Warning);
    assert_eq!(status(&report, "SUP-004"), "notMet");
    // Not said: unknown, but not a required fact of the application and no issue.
    let report = run(&set(complete(), "guidance.internalSupervisor.responsible", Value::Null));
    assert!(report.valid);
    assert_eq!(status(&report, "SUP-004"), "unknown");
    assert_eq!(missing(&report, "SUP-004"), ["guidance.internalSupervisor.responsible"]);
    assert!(!report.completeness.missing.contains(&"guidance.internalSupervisor.responsible".to_owned()));
    assert!(!report.issues.iter().any(|i| i.code.as_str() == "supervisor.nobody_responsible"));
}

#[test]
fn notices_wait_for_their_answer() {
    let report = run(&set(set(complete(), "vopRunning", json!(true)), "partTimeWithOtherEmployers", json!(true)));
    assert_eq!(status(&report, "APP-012"), "met");
    assert_eq!(status(&report, "APP-014"), "met");
    let external = json!({
        "organisation": "external",
        "externalProvider": { "registrationNumber": "EDV-2024-0173" },
        "collegaCoach": { "name": "Lotte Maes", "sameEmployer": true }
    });
    let form = set(complete(), "guidance", external);
    let report = run(&form);
    assert_eq!(status(&report, "APP-013"), "unknown");
    assert_eq!(missing(&report, "APP-013"), ["employeeInvolvedInChoice"]);
    assert_has(&report, "application.employee_involvement");
    assert_eq!(status(&run(&set(form.clone(), "employeeInvolvedInChoice", json!(true))), "APP-013"), "met");
    let report = run(&set(form, "employeeInvolvedInChoice", json!(false)));
    assert_eq!(status(&report, "APP-013"), "notMet");
    assert!(report.valid, "information only");
}

// ---------- APP-011 ----------

#[test]
fn app_011_application_dated_before_the_scheme() {
    let form = set(set(complete(), "applicationDate", json!("2023-06-30")), "contract.start", json!("2023-06-01"));
    let form = set(form, "vdabIndication.date", json!("2023-05-15"));
    let report = run_as_of(&form, "2023-09-01");
    assert_has(&report, "application.before_scheme_start");
    assert_eq!(status(&report, "APP-011"), "notMet");
    let issue = report.issues.iter().find(|i| i.code.as_str() == "application.before_scheme_start").unwrap();
    assert_eq!(issue.message, "Applications for individueel maatwerk are possible only from 2023-07-03.");

    let report = run_as_of(&set(form, "applicationDate", json!("2023-07-03")), "2023-09-01");
    assert_eq!(status(&report, "APP-011"), "met");
    assert!(report.valid, "{:?}", codes(&report));
}

#[test]
fn app_011_as_of_before_the_scheme() {
    let form = set(complete(), "applicationDate", json!("2023-06-30"));
    let report = run_as_of(&form, "2023-06-30");
    assert_has(&report, "application.scheme_not_started");
    assert_eq!(field_of(&report, "application.scheme_not_started"), "");
    assert_eq!(status(&report, "APP-011"), "notMet");
    // The other rules do not hold yet: they say from when.
    assert_eq!(status(&report, "APP-001"), "notApplicable");
    assert!(explanation(&report, "APP-001").contains("2023-07-01"));
    // The seeds give no start date (the decree does): a warning, not a refusal.
    let issue = report.issues.iter().find(|i| i.code.as_str() == "application.scheme_not_started").unwrap();
    assert_eq!(issue.severity, Severity::Warning);
}

#[test]
fn app_011_application_date_after_as_of_is_a_warning() {
    let report = run_as_of(&complete(), "2025-10-19");
    assert_has(&report, "application.application_date_in_future");
    assert!(report.valid, "{:?}", codes(&report));
}

// ---------- APP-012 .. APP-014 ----------

#[test]
fn app_012_running_vop() {
    let report = run(&set(complete(), "vopRunning", json!(true)));
    assert_has(&report, "application.vop_transition");
    assert_eq!(report.count(Severity::Info), 1);
    assert!(report.valid);
    assert_eq!(status(&report, "APP-012"), "met");
    assert_lacks(&run(&complete()), "application.vop_transition");
}

#[test]
fn app_013_employee_involved_in_choosing_the_provider() {
    let external = set(
        complete(),
        "guidance",
        json!({
            "organisation": "external",
            "externalProvider": { "registrationNumber": "EDV-2024-0173" },
            "collegaCoach": { "name": "Lotte Maes", "sameEmployer": true }
        }),
    );
    let report = run(&external);
    assert_has(&report, "application.employee_involvement");
    assert!(report.valid);
    let report = run(&set(external, "employeeInvolvedInChoice", json!(true)));
    assert_lacks(&report, "application.employee_involvement");
    assert_eq!(status(&report, "APP-013"), "met");
    assert_lacks(&run(&complete()), "application.employee_involvement");
}

#[test]
fn app_014_part_time_with_other_employers() {
    let report = run(&set(complete(), "partTimeWithOtherEmployers", json!(true)));
    assert_has(&report, "application.each_employer_applies");
    assert!(report.valid);
    assert_lacks(&run(&complete()), "application.each_employer_applies");
}

// ---------- partial and malformed input ----------

#[test]
fn empty_form_is_unknown_everywhere_it_matters() {
    let report = run(&json!({}));
    assert!(!report.valid);
    assert_eq!(report.completeness.filled, 0);
    assert!(report.completeness.required >= 10);
    // Every requirement waits for facts: a missing answer is never read as "no" (APP-003,
    // APP-005 and APP-012..014 once said "met" here).
    for n in 1..=14 {
        let rule = format!("APP-{n:03}");
        assert_eq!(status(&report, &rule), "unknown", "{rule}: {}", explanation(&report, &rule));
        assert!(!missing(&report, &rule).is_empty(), "{rule}");
    }
    assert_eq!(missing(&report, "APP-005"), ["selfEmployed"]);
    assert_eq!(missing(&report, "APP-012"), ["vopRunning"]);
    assert_eq!(missing(&report, "APP-014"), ["partTimeWithOtherEmployers"]);
    assert!(missing(&report, "APP-003").contains(&"employer.establishmentPostcode".to_owned()));
    assert_has(&report, "application.self_employed_unanswered");
    assert_eq!(
        missing(&report, "APP-001"),
        [
            "employee.workLimitationRecognised",
            "vdabIndication.date",
            "vdabIndication.measures.loonpremie",
            "vdabIndication.measures.guidance"
        ]
    );
    for n in 1..=14 {
        status(&report, &format!("APP-{n:03}"));
    }
}

#[test]
fn partial_form_counts_what_is_filled() {
    let form = json!({ "employer": { "kbo": "0403.019.261", "type": "school", "inDifficulty": false } });
    let report = run(&form);
    assert_eq!(report.completeness.filled, 3);
    assert!(report.completeness.missing.contains(&"employee.insz".to_owned()));
    assert!(report.completeness.missing.contains(&"selfEmployed".to_owned()));
    // An eligible employer, but whether an employer applies at all is not said yet.
    assert_eq!(status(&report, "APP-010"), "unknown");
    assert_eq!(missing(&report, "APP-010"), ["selfEmployed"]);
    assert_eq!(status(&run(&set(form, "selfEmployed", json!(false))), "APP-010"), "met");
    assert_eq!(status(&report, "APP-009"), "unknown");
    assert_eq!(missing(&report, "APP-009"), ["employee.insz"]);
}

#[test]
fn guidance_facts_count_only_when_guidance_is_indicated() {
    let without = set(set(complete(), "vdabIndication.measures.guidance", json!(false)), "guidance", Value::Null);
    let without = set(without, "requestedPremiums.begeleidingspremie", Value::Null);
    let with = run(&complete()).completeness.required;
    assert!(run(&without).completeness.required < with);
    assert!(run(&without).completeness.missing.is_empty());
}

#[test]
fn malformed_values_are_issues_not_errors() {
    let form = json!({
        "employer": { "kbo": 403019261, "type": "ministry", "inDifficulty": "no" },
        "selfEmployed": "yes",
        "vdabIndication": { "date": "2025-13-45", "measures": "both" },
        "applicationDate": "20/10/2025",
        "requestedPremiums": { "ondersteuningspremiePercentage": "35" },
        "guidance": { "organisation": "both", "internalSupervisor": 7 }
    });
    let report = validate_json(Kind::Application, &form.to_string(), &ctx(AS_OF)).unwrap();
    let at = |field: &str| -> Vec<&str> {
        report.issues.iter().filter(|i| i.field == field).map(|i| i.code.as_str()).collect()
    };
    assert_eq!(at("employer.kbo"), ["form.wrong_type"]);
    assert!(at("employer.type").contains(&"form.unknown_choice"));
    assert!(at("employer.inDifficulty").contains(&"form.wrong_type"));
    assert_eq!(at("selfEmployed"), ["form.wrong_type"]);
    assert_eq!(at("vdabIndication.date"), ["application.invalid_date"]);
    assert!(at("vdabIndication.measures").contains(&"form.wrong_type"));
    assert!(at("applicationDate").contains(&"application.invalid_date"));
    assert_eq!(at("requestedPremiums.ondersteuningspremiePercentage"), ["form.wrong_type"]);
    assert!(at("guidance.organisation").contains(&"form.unknown_choice"));
    assert_eq!(status(&report, "APP-001"), "unknown");
    assert!(missing(&report, "APP-001").contains(&"vdabIndication.date".to_owned()));
    assert!(!report.valid);
}

#[test]
fn a_value_of_the_wrong_type_is_reported_once() {
    // Issue 17 (j): a value of the wrong type is `form.wrong_type` at its field, and no rule
    // reads it as "no" or reports it again, as missing or otherwise.
    for (field, value) in [
        ("requestedPremiums.begeleidingspremie", json!("yes")),
        ("requestedPremiums.loonpremie", json!("yes")),
        ("employee.residence.country", json!(32)),
        ("employer.establishmentCountry", json!(["BE"])),
        ("employeeInvolvedInChoice", json!("yes")),
        ("vdabIndication.measures.guidance", json!("yes")),
        ("guidance.collegaCoach.sameEmployer", json!("yes")),
    ] {
        let form = set(complete(), field, value);
        let form = if field == "employeeInvolvedInChoice" {
            set(
                form,
                "guidance",
                json!({ "organisation": "external", "externalProvider": { "registrationNumber": "EDV-2024-0173" }, "collegaCoach": { "name": "Lotte Maes", "sameEmployer": true } }),
            )
        } else {
            form
        };
        let report = run(&form);
        let codes = codes(&report);
        assert_eq!(codes.iter().filter(|code| code.starts_with("form.")).count(), 1, "{field}: {codes:?}");
        assert!(codes.iter().all(|code| code.starts_with("form.")), "{field}: {codes:?}");
    }
}

#[test]
fn not_an_object_is_an_input_error() {
    for text in ["[]", "null", "42", "\"application\""] {
        assert_eq!(validate_json(Kind::Application, text, &ctx(AS_OF)).unwrap_err(), InputError::NotAnObject);
    }
    assert_eq!(validate_json(Kind::Application, "{", &ctx(AS_OF)).unwrap_err(), InputError::NotJson);
}

// ---------- messages and catalogue ----------

#[test]
fn messages_never_hold_what_was_typed() {
    let form = set(complete(), "employer.type", json!("otherPublicAuthority"));
    let form = set(form, "employee.residence.postcode", json!("1000"));
    let form = set(form, "employee.insz", json!("85.07.30-033.29"));
    let form = set(form, "guidance.collegaCoach.name", json!("Tom Claes"));
    for locale in Locale::ALL {
        let ctx = ctx(AS_OF).with_locale(locale);
        let report = validate_json(Kind::Application, &form.to_string(), &ctx).unwrap();
        assert!(report.issues.len() >= 4);
        for issue in &report.issues {
            for typed in ["Tom", "Claes", "Korenaar", "85.07", "0403", "1000"] {
                assert!(!issue.message.contains(typed), "{} shows {typed}: {}", issue.code.as_str(), issue.message);
                let params = serde_json::to_string(&issue.params).unwrap();
                assert!(!params.contains(typed), "{} params hold {typed}", issue.code.as_str());
            }
            assert!(!issue.message.contains('{'), "unfilled placeholder: {}", issue.message);
        }
    }
}

#[test]
fn messages_in_every_locale() {
    let form = set(complete(), "employer.establishmentPostcode", json!("1000"));
    let expected = [
        (Locale::Nl, "enkel de loonpremie"),
        (Locale::Fr, "que la prime salariale"),
        (Locale::En, "only get the loonpremie"),
        (Locale::De, "nur die Lohnprämie"),
    ];
    for (locale, words) in expected {
        let report = validate_json(Kind::Application, &form.to_string(), &ctx(AS_OF).with_locale(locale)).unwrap();
        let issue = report
            .issues
            .iter()
            .find(|i| i.code.as_str() == "application.begeleidingspremie_outside_flanders")
            .unwrap();
        assert!(issue.message.contains(words), "{locale:?}: {}", issue.message);
        assert_eq!(issue.rule, "APP-003");
        assert!(!issue.source.label.is_empty());
    }
}

// `rules()` is native only: the package's `rules` reads the generated data.
#[cfg(not(target_arch = "wasm32"))]
#[test]
fn catalogue_lists_every_app_rule_with_its_start() {
    let rules = maatwerk::rules(Locale::En);
    for n in 1..=14 {
        let id = format!("APP-{n:03}");
        let rule = rules.iter().find(|r| r.id == id.as_str()).unwrap_or_else(|| panic!("{id} missing"));
        assert_eq!(rule.family, "application", "{id}");
        assert!(!rule.codes.is_empty(), "{id} has no code");
        assert!(!rule.title.is_empty() && !rule.text.is_empty());
        let expected = match n {
            8 => "2024-01-01",
            11 => "2023-07-03",
            _ => "2023-07-01",
        };
        assert_eq!(rule.effective_from, expected, "{id}");
    }
    let app_008 = rules.iter().find(|r| r.id == "APP-008").unwrap();
    assert_eq!(app_008.parameters[0].name, "applicationDuringEmploymentFrom");
    assert_eq!(app_008.parameters[0].default, json!("2024-01-01"));
}

#[test]
fn wire_shape_round_trips() {
    let form: maatwerk::model::Application = serde_json::from_value(complete()).unwrap();
    assert_eq!(serde_json::to_value(&form).unwrap(), complete());
    let empty: maatwerk::model::Application = serde_json::from_str("{}").unwrap();
    assert_eq!(serde_json::to_string(&empty).unwrap(), "{}");
}

#[test]
fn guidance_indicated_without_loonpremie_is_no_error() {
    // The FAQ's "een en ondeelbaar" speaks of an indication of both: "Als VDAB een behoefte
    // aan een loonpremie én begeleiding heeft vastgesteld, dan moet de werkgever begeleiding
    // bieden". Of an indication of guidance alone it says nothing: the begeleidingspremie alone
    // follows it, and only a premium VDAB did not find is refused.
    let form = set(complete(), "vdabIndication.measures.loonpremie", json!(false));
    let report = run(&set(form.clone(), "requestedPremiums", json!({ "begeleidingspremie": true })));
    assert!(report.valid, "{:?}", codes(&report));
    assert_eq!(status(&report, "APP-004"), "met");
    assert_lacks(&report, "application.begeleidingspremie_without_loonpremie");
    assert_eq!(status(&report, "APP-006"), "met");
    let report =
        run(&set(form.clone(), "requestedPremiums", json!({ "loonpremie": true, "begeleidingspremie": true })));
    assert_has(&report, "application.loonpremie_not_indicated");
    assert_eq!(status(&report, "APP-004"), "notMet");
    let report = run(&set(form, "requestedPremiums", json!({})));
    assert_has(&report, "application.premiums_missing");
    assert_eq!(status(&report, "APP-004"), "unknown");
}
