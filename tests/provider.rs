#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]
//! The external service provider's registration (EXT-001..009), through the JSON entry point
//! a back office uses: every rule passing and failing, partial and malformed input.

use maatwerk::{validate_field_json, validate_json, Context, InputError, Kind, Locale, Path};
use serde_json::{json, Value};

/// A complete registration that meets every rule: a vzw in Oost-Vlaanderen with one supervisor
/// qualified by diploma and one by experience.
fn complete() -> Value {
    json!({
        "organisation": { "name": "Werkvloer Vzw", "kbo": "0403.019.261", "type": "nonProfit", "consortium": false },
        "procedure": "regular",
        "workingArea": {
            "provinces": ["oostVlaanderen"],
            "municipalities": ["9300 Aalst", "Dendermonde"],
            "specialisation": "Horeca en schoonmaak"
        },
        "supervisors": [
            {
                "name": "Sara Janssens",
                "employedByApplicant": true,
                "diplomas": [{ "code": "ba-sociaal-werk", "obtained": "2015-06-30" }],
                "competences": { "workingTogether": true, "communicating": true, "personCentred": true, "tailoredAdvice": true }
            },
            {
                "name": "Tom Peeters",
                "employedByApplicant": true,
                "experience": [{ "from": "2019-01-01", "relevant": true, "description": "Werkvloerbegeleider" }],
                "competences": { "workingTogether": true, "communicating": true, "personCentred": true, "tailoredAdvice": true }
            }
        ],
        "conditions": {
            "qualityRegistration": true,
            "targetGroupExperience": "Tien jaar trajectbegeleiding van personen met een arbeidsbeperking",
            "capacityEstimate": "30 werknemers per jaar in Oost-Vlaanderen, met twee voltijdse begeleiders",
            "intervisionCommitment": true
        }
    })
}

/// The report as the wire shows it, as of `as_of`, in English.
fn report_as_of(form: &Value, as_of: &str) -> Value {
    let ctx = Context::from_options_json(&json!({ "asOf": as_of, "locale": "en" }).to_string(), None).unwrap();
    serde_json::to_value(validate_json(Kind::ProviderRegistration, &form.to_string(), &ctx).unwrap()).unwrap()
}

fn report(form: &Value) -> Value {
    report_as_of(form, "2026-11-23")
}

/// `form` with the value at a JSON pointer set (the parent must exist).
fn with(mut form: Value, pointer: &str, value: Value) -> Value {
    if let Some(slot) = form.pointer_mut(pointer) {
        *slot = value;
        return form;
    }
    let (parent, key) = pointer.rsplit_once('/').unwrap();
    let parent = form.pointer_mut(parent).unwrap_or_else(|| panic!("no parent of {pointer}"));
    parent.as_object_mut().unwrap().insert(key.to_owned(), value);
    form
}

fn codes(report: &Value) -> Vec<String> {
    report["issues"].as_array().unwrap().iter().map(|i| i["code"].as_str().unwrap().to_owned()).collect()
}

fn has(report: &Value, code: &str) -> bool {
    codes(report).iter().any(|c| c == code)
}

fn issue<'a>(report: &'a Value, code: &str) -> &'a Value {
    let found = report["issues"].as_array().unwrap().iter().find(|i| i["code"] == code);
    found.unwrap_or_else(|| panic!("no {code} in {:?}", codes(report)))
}

fn requirement<'a>(report: &'a Value, rule: &str) -> &'a Value {
    let found = report["requirements"].as_array().unwrap().iter().find(|r| r["rule"] == rule);
    found.unwrap_or_else(|| panic!("no requirement {rule}"))
}

fn status(report: &Value, rule: &str) -> String {
    requirement(report, rule)["status"].as_str().unwrap().to_owned()
}

fn missing(report: &Value, rule: &str) -> Vec<String> {
    requirement(report, rule)["missing"].as_array().unwrap().iter().map(|m| m.as_str().unwrap().to_owned()).collect()
}

#[test]
fn example_enterprise_numbers_are_valid() {
    for kbo in ["0403.019.261", "0202.239.951", "1000.003.682", "BE 0202 239 951"] {
        assert!(maatwerk::ids::kbo::check(kbo).is_ok(), "{kbo}");
    }
    assert!(maatwerk::ids::kbo::check("0431.150.351").is_err());
}

#[test]
fn complete_registration_is_valid_and_complete() {
    let r = report(&complete());
    assert_eq!(r["valid"], true, "{:?}", codes(&r));
    assert!(!codes(&r).iter().any(|c| c.starts_with("provider.")), "{:?}", codes(&r));
    for rule in ["EXT-001", "EXT-002", "EXT-003", "EXT-004", "EXT-007", "EXT-008"] {
        assert_eq!(status(&r, rule), "met", "{rule}");
    }
    let completeness = &r["completeness"];
    assert_eq!(completeness["required"], completeness["filled"]);
    assert_eq!(completeness["missing"], json!([]));
    // SUP-004 (one responsible person per employee) does not apply to a provider's staff.
    assert!(r["requirements"].as_array().unwrap().iter().all(|q| q["rule"] != "SUP-004"));
    assert_eq!(r["requirements"].as_array().unwrap().iter().filter(|q| q["rule"] == "SUP-001").count(), 2);
}

#[test]
fn ext001_one_organisation_with_a_valid_kbo() {
    let r = report(&with(complete(), "/organisation/kbo", json!("BE0202239951")));
    assert_eq!(status(&r, "EXT-001"), "met");

    // Only "no" says it is not a consortium.
    let mut unanswered = complete();
    unanswered["organisation"].as_object_mut().unwrap().remove("consortium");
    let r = report(&unanswered);
    assert_eq!(status(&r, "EXT-001"), "unknown");
    assert_eq!(missing(&r, "EXT-001"), ["organisation.consortium"]);

    let r = report(&with(complete(), "/organisation/consortium", json!(true)));
    assert!(has(&r, "provider.consortium_not_possible"));
    assert_eq!(issue(&r, "provider.consortium_not_possible")["field"], "organisation.consortium");
    assert_eq!(status(&r, "EXT-001"), "notMet");
    assert_eq!(r["valid"], false);

    let r = report(&with(complete(), "/organisation/kbo", json!("0431.150.351")));
    assert!(has(&r, "id.kbo_check_digits"));
    assert_eq!(status(&r, "EXT-001"), "notMet");

    let r = report(&with(complete(), "/organisation/kbo", json!("  ")));
    assert!(has(&r, "provider.kbo_missing"));
    assert_eq!(status(&r, "EXT-001"), "unknown");
    assert_eq!(missing(&r, "EXT-001"), ["organisation.kbo"]);
}

#[test]
fn ext002_municipalities_apply_separately() {
    let partnership = with(complete(), "/organisation/type", json!("intermunicipalPartnership"));
    let r = report(&with(partnership.clone(), "/organisation/appliesOnBehalfOfMunicipalities", json!(false)));
    assert_eq!(status(&r, "EXT-002"), "met", "a partnership may register for its own supervisors");

    // A partnership that has not said whether it applies for municipalities: not decided yet.
    let mut unanswered = partnership.clone();
    unanswered["organisation"].as_object_mut().unwrap().remove("appliesOnBehalfOfMunicipalities");
    let r = report(&unanswered);
    assert_eq!(status(&r, "EXT-002"), "unknown");
    assert_eq!(missing(&r, "EXT-002"), ["organisation.appliesOnBehalfOfMunicipalities"]);
    // Any other kind of organisation applies for itself: the question does not concern it.
    let mut company = with(unanswered.clone(), "/organisation/type", json!("company"));
    assert_eq!(status(&report(&company), "EXT-002"), "met");
    company["organisation"].as_object_mut().unwrap().remove("type");
    assert_eq!(missing(&report(&company), "EXT-002"), ["organisation.type"]);

    let r = report(&with(partnership, "/organisation/appliesOnBehalfOfMunicipalities", json!(true)));
    assert!(has(&r, "provider.on_behalf_of_municipalities"), "{:?}", codes(&r));
    assert_eq!(status(&r, "EXT-002"), "notMet");
    assert_eq!(r["valid"], false);
}

#[test]
fn ext002_applicant_employs_its_supervisors() {
    let r = report(&with(complete(), "/supervisors/1/employedByApplicant", json!(false)));
    assert_eq!(issue(&r, "provider.supervisor_not_employed")["field"], "supervisors[1].employedByApplicant");
    assert_eq!(status(&r, "EXT-002"), "notMet");
    assert!(requirement(&r, "EXT-002")["explanation"].as_str().unwrap().contains('1'));
    // The other supervisor is qualified and employed: EXT-008 still holds.
    assert_eq!(status(&r, "EXT-008"), "met");

    let mut form = complete();
    form["supervisors"][0].as_object_mut().unwrap().remove("employedByApplicant");
    let r = report(&form);
    assert!(has(&r, "provider.employment_missing"));
    assert_eq!(status(&r, "EXT-002"), "unknown");
    assert_eq!(missing(&r, "EXT-002"), ["supervisors[0].employedByApplicant"]);
    assert!(r["completeness"]["missing"].as_array().unwrap().contains(&json!("supervisors[0].employedByApplicant")));
}

#[test]
fn ext003_no_segment_of_work_floors() {
    let r = report(&complete());
    assert_eq!(status(&r, "EXT-003"), "met", "a specialisation of one's own is fine");

    let r = report(&with(complete(), "/workingArea/segmentRestriction", json!("Enkel lokale besturen")));
    let found = issue(&r, "provider.segment_restriction");
    assert_eq!(found["field"], "workingArea.segmentRestriction");
    assert_eq!(found["severity"], "error");
    assert!(found["message"].as_str().unwrap().contains("specialise"));
    assert_eq!(status(&r, "EXT-003"), "notMet");
    assert_eq!(r["valid"], false);
}

#[test]
fn ext004_simplified_procedure_only_for_four_kinds() {
    let simplified = with(complete(), "/procedure", json!("simplified"));
    for kind in ["gtb", "gob", "collectiefMaatwerkbedrijf", "lokaleDiensteneconomie"] {
        let r = report(&with(simplified.clone(), "/organisation/type", json!(kind)));
        assert_eq!(status(&r, "EXT-004"), "met", "{kind}");
        assert_eq!(r["valid"], true, "{kind}");
    }
    for kind in ["amaWelzijn", "nonProfit", "ocmw"] {
        let r = report(&with(simplified.clone(), "/organisation/type", json!(kind)));
        let found = issue(&r, "provider.simplified_not_open");
        assert_eq!(found["field"], "procedure");
        assert_eq!(
            found["params"]["allowed"],
            json!(["gtb", "gob", "collectiefMaatwerkbedrijf", "lokaleDiensteneconomie"])
        );
        assert_eq!(status(&r, "EXT-004"), "notMet", "{kind}");
    }
    let r = report(&with(complete(), "/organisation/type", json!("amaWelzijn")));
    assert_eq!(status(&r, "EXT-004"), "met", "the regular procedure is open to AMA Welzijn");

    let mut form = simplified;
    form["organisation"].as_object_mut().unwrap().remove("type");
    let r = report(&form);
    assert_eq!(status(&r, "EXT-004"), "unknown");
    assert_eq!(missing(&r, "EXT-004"), ["organisation.type"]);
    assert_eq!(issue(&r, "provider.type_missing")["rule"], "EXT-004");
    // The kind is EXT-004's fact: who applies (EXT-001) does not wait for it.
    assert_eq!(status(&r, "EXT-001"), "met");

    // The regular procedure is open to every kind: the kind is still asked, but blocks nothing.
    let mut form = complete();
    form["organisation"].as_object_mut().unwrap().remove("type");
    let r = report(&form);
    assert_eq!(status(&r, "EXT-004"), "met");
    assert!(!has(&r, "provider.type_missing"));
    assert!(r["completeness"]["missing"].as_array().unwrap().contains(&json!("organisation.type")));

    let mut form = complete();
    form.as_object_mut().unwrap().remove("procedure");
    let r = report(&form);
    assert!(has(&r, "provider.procedure_missing"));
    assert_eq!(missing(&r, "EXT-004"), ["procedure"]);
}

#[test]
fn ext005_ocmw_may_register() {
    let r = report(&with(complete(), "/organisation/type", json!("ocmw")));
    let found = issue(&r, "provider.ocmw_may_register");
    assert_eq!(found["severity"], "info");
    assert_eq!(found["rule"], "EXT-005");
    assert_eq!(r["valid"], true);

    assert!(!has(&report(&complete()), "provider.ocmw_may_register"));
}

#[test]
fn ext006_lapse_after_two_years_without_guidance() {
    let registered = |on: &str, last: Value| {
        with(complete(), "/registration", json!({ "registeredOn": on, "lastGuidanceOn": last }))
    };
    // Recent guidance: the lapse date lies ahead.
    let r = report(&registered("2024-03-15", json!("2026-02-10")));
    let found = issue(&r, "provider.lapses_without_guidance");
    assert_eq!(found["severity"], "info");
    assert_eq!(found["params"]["lapseDate"], "2028-02-10");
    assert!(!has(&r, "provider.registration_lapsed"));

    // Last guidance more than two years ago: lapsed, a warning with the date.
    let r = report(&registered("2023-09-01", json!("2024-05-15")));
    let found = issue(&r, "provider.registration_lapsed");
    assert_eq!(found["severity"], "warning");
    assert_eq!(found["params"]["lapseDate"], "2026-05-15");
    assert_eq!(found["field"], "registration.lastGuidanceOn");
    assert!(found["message"].as_str().unwrap().contains("2026-05-15"));
    assert_eq!(r["valid"], true, "a warning does not block");

    // Never guided anyone: two years from the registration.
    let mut form = registered("2024-10-01", Value::Null);
    form["registration"].as_object_mut().unwrap().remove("lastGuidanceOn");
    assert_eq!(issue(&report(&form), "provider.registration_lapsed")["params"]["lapseDate"], "2026-10-01");

    // Guidance before the registration does not move the start of the two years.
    let r = report(&registered("2025-01-01", json!("2024-06-01")));
    assert_eq!(issue(&r, "provider.lapses_without_guidance")["params"]["lapseDate"], "2027-01-01");

    // A first application (no registration yet) has no lapse date.
    assert!(!codes(&report(&complete())).iter().any(|c| c.contains("laps")));
}

#[test]
fn ext006_registration_dates_must_be_dates_in_the_past() {
    let r = report(&with(
        complete(),
        "/registration",
        json!({ "registeredOn": "2024-02-30", "lastGuidanceOn": "2025-13-01" }),
    ));
    assert_eq!(r["issues"].as_array().unwrap().iter().filter(|i| i["code"] == "provider.invalid_date").count(), 2);
    assert!(!codes(&r).iter().any(|c| c.contains("laps") || c.contains("valid_until")));
    assert_eq!(r["valid"], false);

    let r = report(&with(
        complete(),
        "/registration",
        json!({ "registeredOn": "2024-03-15", "lastGuidanceOn": "2027-01-01" }),
    ));
    let found = issue(&r, "provider.date_in_future");
    assert_eq!(found["field"], "registration.lastGuidanceOn");
    assert_eq!(found["params"]["asOf"], "2026-11-23");
    // The FAQ ("De erkenning als externe dienstverlener vervalt automatisch als u gedurende twee
    // opeenvolgende jaren geen werknemer met een arbeidsbeperking begeleidt") says nothing of a
    // date ahead: a warning, not an error.
    assert_eq!(found["severity"], "warning");
    assert_eq!(r["valid"], true);
    assert!(!codes(&r).iter().any(|c| c.contains("laps")), "an unreadable last guidance gives no lapse date");

    let r = report(&with(complete(), "/registration", json!({ "lastGuidanceOn": "2026-01-05" })));
    // The five years come from the department's registration page, not the seeds: a warning.
    assert_eq!(issue(&r, "provider.registered_on_missing")["severity"], "warning");
}

#[test]
fn ext007_working_area_given() {
    let r = report(&with(complete(), "/workingArea", json!({ "provinces": ["limburg", "antwerpen", "limburg"] })));
    assert_eq!(status(&r, "EXT-007"), "met");
    assert!(requirement(&r, "EXT-007")["explanation"].as_str().unwrap().contains("2 province"));

    let r =
        report(&with(complete(), "/workingArea", json!({ "municipalities": ["Hasselt", "1640 Sint-Genesius-Rode"] })));
    assert_eq!(status(&r, "EXT-007"), "met", "a facility municipality lies in Flanders");

    let r = report(&with(complete(), "/workingArea", json!({ "provinces": [], "municipalities": [" "] })));
    let found = issue(&r, "provider.working_area_missing");
    assert_eq!(found["field"], "workingArea");
    // The FAQ says only that an extension is passed on ("U geeft ons deze info door"), so that
    // the department "uw werkingsregio correct kan doorgeven": that the area is given follows
    // from it, not in so many words. A warning.
    assert_eq!(found["severity"], "warning");
    assert_eq!(status(&r, "EXT-007"), "unknown");
    assert_eq!(missing(&r, "EXT-007"), ["workingArea"]);

    let r = report(&with(
        complete(),
        "/workingArea",
        json!({ "provinces": ["vlaamsBrabant"], "municipalities": ["1000 Brussel", "4000"] }),
    ));
    let outside: Vec<_> = r["issues"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| i["code"] == "provider.municipality_outside_flanders")
        .map(|i| i["field"].as_str().unwrap())
        .collect();
    assert_eq!(outside, ["workingArea.municipalities[0]", "workingArea.municipalities[1]"]);
    assert_eq!(status(&r, "EXT-007"), "notMet");
    // The seeds do not say the area is Flemish: not met, but a warning.
    assert_eq!(issue(&r, "provider.municipality_outside_flanders")["severity"], "warning");
    assert_eq!(r["valid"], true);

    let r = report(&with(complete(), "/workingArea/municipalities", json!(["99999"])));
    assert!(has(&r, "id.postcode_invalid"));
    assert_eq!(status(&r, "EXT-007"), "notMet");
}

#[test]
fn ext007_an_unknown_province_keeps_the_others() {
    let r = report(&with(complete(), "/workingArea", json!({ "provinces": ["brussel", "westVlaanderen"] })));
    let found = issue(&r, "form.unknown_choice");
    assert_eq!(found["field"], "workingArea.provinces[0]");
    assert!(found["params"]["allowed"].as_array().unwrap().contains(&json!("westVlaanderen")));
    assert_eq!(status(&r, "EXT-007"), "met");
    assert!(requirement(&r, "EXT-007")["explanation"].as_str().unwrap().contains("1 province"));
}

#[test]
fn ext007_an_existing_registration_reports_extensions() {
    let r = report(&with(complete(), "/registration", json!({ "registeredOn": "2024-03-15" })));
    assert_eq!(issue(&r, "provider.area_extension_reported")["severity"], "info");
    assert!(!has(&report(&complete()), "provider.area_extension_reported"));
}

#[test]
fn ext008_conditions() {
    let r = report(&with(complete(), "/conditions/qualityRegistration", json!(false)));
    assert!(has(&r, "provider.quality_registration_missing"));
    assert_eq!(status(&r, "EXT-008"), "notMet");
    // The conditions are the department's registration page's; the seeds do not name them (the
    // HIVA study recommends recognising only providers that meet quality conditions): not met,
    // a warning, not an error.
    assert_eq!(issue(&r, "provider.quality_registration_missing")["severity"], "warning");
    assert_eq!(r["valid"], true);
    assert!(requirement(&r, "EXT-008")["explanation"].as_str().unwrap().starts_with("4 of 5"));

    let mut form = complete();
    form["conditions"].as_object_mut().unwrap().remove("intervisionCommitment");
    form["conditions"]["capacityEstimate"] = json!("");
    let r = report(&form);
    assert!(has(&r, "provider.intervision_commitment_missing"));
    assert!(has(&r, "provider.capacity_estimate_missing"));
    assert_eq!(status(&r, "EXT-008"), "unknown");
    assert_eq!(missing(&r, "EXT-008"), ["conditions.capacityEstimate", "conditions.intervisionCommitment"]);

    let r = report(&with(complete(), "/conditions/targetGroupExperience", Value::Null));
    assert!(has(&r, "provider.target_group_experience_missing"));

    let r = report(&with(complete(), "/supervisors", json!([])));
    assert!(has(&r, "provider.supervisors_missing"));
    assert_eq!(status(&r, "EXT-008"), "unknown");
}

#[test]
fn ext008_at_least_one_qualified_supervisor() {
    // 19 months of experience and no diploma (the FAQ-style example of SUP-002).
    let short = json!([{
        "name": "Lotte Maes",
        "employedByApplicant": true,
        "experience": [{ "from": "2025-04-01", "relevant": true }]
    }]);
    let r = report(&with(complete(), "/supervisors", short));
    assert!(has(&r, "supervisor.experience_too_short"));
    assert_eq!(issue(&r, "provider.no_qualified_supervisor")["params"]["count"], 1);
    assert_eq!(status(&r, "EXT-008"), "notMet");
    // The supervisor's own rule (SUP-002, FAQ "minimaal 2 jaar relevante ervaring") is the error.
    assert_eq!(issue(&r, "supervisor.experience_too_short")["severity"], "error");
    assert_eq!(issue(&r, "provider.no_qualified_supervisor")["severity"], "warning");
    assert_eq!(r["valid"], false);

    // Qualified, but employed elsewhere: not the applicant's supervisor.
    let r = report(&with(
        complete(),
        "/supervisors",
        json!([{
            "name": "Sara Janssens",
            "employedByApplicant": false,
            "diplomas": [{ "code": "ma-psychologie", "obtained": "2012-07-01" }]
        }]),
    ));
    assert!(has(&r, "provider.no_qualified_supervisor"));
    assert!(has(&r, "provider.supervisor_not_employed"));

    // A diploma off the list waits for judgement: undecided, not refused.
    let r = report(&with(
        complete(),
        "/supervisors",
        json!([{
            "name": "Sara Janssens",
            "employedByApplicant": true,
            "diplomas": [{ "title": "Bachelor toegepaste informatica" }]
        }]),
    ));
    assert_eq!(status(&r, "EXT-008"), "unknown");
    assert!(missing(&r, "EXT-008").contains(&"supervisors[0]".to_owned()));
    assert!(!has(&r, "provider.no_qualified_supervisor"));
}

#[test]
fn ext009_valid_five_years() {
    let r = report(&with(
        complete(),
        "/registration",
        json!({ "registeredOn": "2024-03-15", "lastGuidanceOn": "2026-09-30" }),
    ));
    let found = issue(&r, "provider.valid_until");
    assert_eq!(found["severity"], "info");
    assert_eq!(found["params"]["validUntil"], "2029-03-14");
    assert_eq!(found["field"], "registration.registeredOn");
    assert!(found["message"].as_str().unwrap().contains("2029-03-14"));

    // Five years over: a warning; the lapse date after the end is not shown.
    let r = report(&with(
        complete(),
        "/registration",
        json!({ "registeredOn": "2021-06-01", "lastGuidanceOn": "2025-01-10" }),
    ));
    assert_eq!(issue(&r, "provider.registration_expired")["params"]["validUntil"], "2026-05-31");
    assert!(!codes(&r).iter().any(|c| c.contains("laps")));
    assert!(!has(&r, "provider.valid_until"));
}

#[test]
fn rules_hold_only_from_the_scheme_start() {
    let r = report_as_of(&json!({}), "2023-06-30");
    assert!(!codes(&r).iter().any(|c| c.starts_with("provider.")));
    // The engine says of each rule that it does not hold yet, and from when it does.
    let requirements = r["requirements"].as_array().unwrap();
    let rules: Vec<&str> = requirements.iter().map(|q| q["rule"].as_str().unwrap()).collect();
    assert_eq!(
        rules,
        ["EXT-001", "EXT-002", "EXT-003", "EXT-004", "EXT-005", "EXT-006", "EXT-007", "EXT-008", "EXT-009", "SUP-001"]
    );
    for q in requirements {
        assert_eq!(q["status"], "notApplicable");
        assert!(q["explanation"].as_str().unwrap().contains("2023-07-01"), "{q}");
    }

    let r = report_as_of(&json!({}), "2023-07-01");
    assert!(has(&r, "provider.kbo_missing"));
}

#[test]
fn empty_form_gives_unknown_requirements_with_missing_facts() {
    let r = report(&json!({}));
    assert_eq!(r["valid"], false);
    for (rule, facts) in [
        // The kind of organisation decides the procedure (EXT-004), not who applies: FAQ "Kan
        // je voor externe dienstverlener ook indienen als consortium? Op dit moment is dit niet
        // voorzien." and "De vereenvoudigde procedure is enkel voorzien voor GTB, GOB, ...".
        ("EXT-001", vec!["organisation.kbo", "organisation.consortium"]),
        ("EXT-002", vec!["supervisors", "organisation.type"]),
        ("EXT-004", vec!["procedure"]),
        ("EXT-007", vec!["workingArea"]),
    ] {
        assert_eq!(status(&r, rule), "unknown", "{rule}");
        assert_eq!(missing(&r, rule), facts, "{rule}");
    }
    assert_eq!(status(&r, "EXT-008"), "unknown");
    assert_eq!(missing(&r, "EXT-008").len(), 5);
    // Nothing declares what the registration covers yet.
    assert_eq!(status(&r, "EXT-003"), "unknown");
    assert_eq!(missing(&r, "EXT-003"), ["workingArea"]);
    assert_eq!(r["completeness"]["required"], 9);
    assert_eq!(r["completeness"]["filled"], 0);

    // Empty groups read as nothing typed.
    let r = report(
        &json!({ "organisation": {}, "workingArea": {}, "supervisors": [{}], "conditions": {}, "registration": {} }),
    );
    assert_eq!(status(&r, "EXT-002"), "unknown");
    assert!(has(&r, "supervisor.name_missing"));
    assert!(!has(&r, "provider.registered_on_missing"));
}

#[test]
fn malformed_values_are_issues_not_errors() {
    let form = json!({
        "organisation": { "name": 12, "kbo": 403019261, "type": "bank", "consortium": "nee" },
        "procedure": 3,
        "workingArea": { "provinces": "limburg", "municipalities": [9000, "Genk"], "segmentRestriction": false },
        "supervisors": [{
            "name": "Sara Janssens",
            "employedByApplicant": "ja",
            "experience": [{ "from": 2019, "relevant": true }],
            "diplomas": [{ "code": "ma-psychologie", "obtained": "2012-07-01" }]
        }],
        "conditions": { "qualityRegistration": "yes", "intervisionCommitment": 1 },
        "registration": "2024-03-15"
    });
    let r = report(&form);
    let wrong: Vec<&str> = r["issues"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| i["code"] == "form.wrong_type")
        .map(|i| i["field"].as_str().unwrap())
        .collect();
    for field in [
        "organisation.name",
        "organisation.kbo",
        "organisation.consortium",
        "procedure",
        "workingArea.provinces",
        "workingArea.municipalities[0]",
        "workingArea.segmentRestriction",
        "supervisors[0].employedByApplicant",
        "supervisors[0].experience[0].from",
        "conditions.qualityRegistration",
        "conditions.intervisionCommitment",
        "registration",
    ] {
        assert!(wrong.contains(&field), "{field} not in {wrong:?}");
    }
    assert_eq!(issue(&r, "form.unknown_choice")["field"], "organisation.type");
    // Issue 17 (j): a value of the wrong type is one problem, reported once, never also as missing.
    let misfits: Vec<&Value> = r["issues"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| i["code"] == "form.wrong_type" || i["code"] == "form.unknown_choice")
        .map(|i| &i["field"])
        .collect();
    for missing in r["issues"].as_array().unwrap().iter().filter(|i| i["code"].as_str().unwrap().ends_with("_missing"))
    {
        assert!(!misfits.contains(&&missing["field"]), "{missing} reports a misfit again");
    }
    assert!(!has(&r, "provider.employment_missing") && !has(&r, "provider.kbo_missing"));
    // What fitted is still checked: the supervisor kept its name and diploma.
    assert!(!has(&r, "supervisor.name_missing"));
    assert_eq!(r["requirements"].as_array().unwrap().iter().find(|q| q["rule"] == "SUP-001").unwrap()["status"], "met");
    assert_eq!(status(&r, "EXT-007"), "met", "Genk is kept");
}

#[test]
fn input_that_is_not_a_form_is_an_error() {
    let ctx = Context::from_options_json(r#"{"asOf":"2026-11-23"}"#, None).unwrap();
    for text in ["[]", "null", "\"registratie\"", "12"] {
        assert_eq!(
            validate_json(Kind::ProviderRegistration, text, &ctx).unwrap_err(),
            InputError::NotAnObject,
            "{text}"
        );
    }
    assert_eq!(validate_json(Kind::ProviderRegistration, "{", &ctx).unwrap_err(), InputError::NotJson);
}

#[test]
fn no_typed_value_reaches_a_message_or_param() {
    let mut form = with(complete(), "/organisation/consortium", json!(true));
    form["organisation"]["name"] = json!("Zorgbedrijf Geheimnaam");
    form["organisation"]["kbo"] = json!("0431.150.351");
    form["workingArea"]["segmentRestriction"] = json!("Alleen Geheimsegment");
    form["workingArea"]["municipalities"] = json!(["1050 Elsene"]);
    form["supervisors"][0]["name"] = json!("Geheimpersoon");
    form["registration"] = json!({ "registeredOn": "2021-06-01", "lastGuidanceOn": "2023-01-10" });
    for locale in Locale::ALL {
        let ctx =
            Context::from_options_json(&json!({ "asOf": "2026-11-23", "locale": locale }).to_string(), None).unwrap();
        let text = serde_json::to_string(&validate_json(Kind::ProviderRegistration, &form.to_string(), &ctx).unwrap())
            .unwrap();
        for secret in ["Geheim", "0431", "431150351", "Elsene", "1050"] {
            assert!(!text.contains(secret), "{secret} leaked in {locale:?}");
        }
    }
}

#[test]
fn validate_field_shows_cross_field_issues() {
    let ctx = Context::from_options_json(r#"{"asOf":"2026-11-23"}"#, None).unwrap();
    let form = with(complete(), "/workingArea", json!({}));
    let path = Path::parse("workingArea.municipalities").unwrap();
    let issues = validate_field_json(Kind::ProviderRegistration, &form.to_string(), &path, &ctx).unwrap();
    assert!(issues.iter().any(|i| i.code.as_str() == "provider.working_area_missing"));

    let form = with(with(complete(), "/procedure", json!("simplified")), "/organisation/type", json!("amaWelzijn"));
    let path = Path::parse("organisation.type").unwrap();
    let issues = validate_field_json(Kind::ProviderRegistration, &form.to_string(), &path, &ctx).unwrap();
    assert!(issues.iter().any(|i| i.code.as_str() == "provider.simplified_not_open"));
}

// `rules()` is native only: the package's `rules` reads the generated data.
#[cfg(not(target_arch = "wasm32"))]
#[test]
fn catalogue_lists_every_rule_with_its_codes() {
    for locale in Locale::ALL {
        let rules = maatwerk::rules(locale);
        for n in 1..=9 {
            let id = format!("EXT-00{n}");
            let rule = rules.iter().find(|r| r.id == id.as_str()).unwrap_or_else(|| panic!("{id} missing"));
            assert_eq!(rule.family, "provider", "{id}");
            assert_eq!(rule.effective_from, "2023-07-01");
            assert!(!rule.codes.is_empty(), "{id} has no code");
            assert!(!rule.title.is_empty() && !rule.text.is_empty());
        }
    }
}

/// Where the seeds are silent the rule is not high (tests/sources.rs holds every rule to its
/// source).
#[cfg(not(target_arch = "wasm32"))]
#[test]
fn the_seeds_are_silent_on_the_conditions_and_the_five_years() {
    use maatwerk::Confidence;
    let confidence = |id: &str| maatwerk::rules(Locale::Nl).into_iter().find(|rule| rule.id == id).unwrap().confidence;
    // The seeds say nothing of the registration conditions or of the five years; of the working
    // area only that an extension is reported.
    for id in ["EXT-007", "EXT-008", "EXT-009"] {
        assert_eq!(confidence(id), Confidence::Medium, "{id}");
    }
}
