#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]
//! The support plan (PLAN-001..010) and its guidance arrangements (GUI-001..005): for every rule
//! a plan that passes and one that fails, built from the complete plan of
//! `fixtures/plan-complete-valid.json` with one thing changed.

use maatwerk::model::plan::SupportPlan;

use maatwerk::{
    validate_field_json, validate_json, Context, InputError, Issue, Kind, Locale, Path, Report, Severity, Status,
};
use serde_json::{json, Value};

const AS_OF: &str = r#"{"asOf":"2026-11-23"}"#;

fn ctx() -> Context {
    Context::from_options_json(AS_OF, None).unwrap()
}

/// The complete, valid plan of the benchmark fixture.
fn base() -> Value {
    let fixture: Value = serde_json::from_str(include_str!("fixtures/plan-complete-valid.json")).unwrap();
    fixture["form"].clone()
}

/// `form` with the value at `pointer` (JSON pointer) set; the parent must exist.
fn set(mut form: Value, pointer: &str, value: Value) -> Value {
    let (parent, key) = pointer.rsplit_once('/').unwrap();
    match form.pointer_mut(parent).unwrap() {
        Value::Object(map) => {
            map.insert(key.to_owned(), value);
        }
        Value::Array(items) => items[key.parse::<usize>().unwrap()] = value,
        other => panic!("cannot set under {other}"),
    }
    form
}

/// `form` without the key at `pointer`.
fn remove(mut form: Value, pointer: &str) -> Value {
    let (parent, key) = pointer.rsplit_once('/').unwrap();
    form.pointer_mut(parent).unwrap().as_object_mut().unwrap().remove(key).unwrap();
    form
}

fn check_in(form: &Value, ctx: &Context) -> Report {
    validate_json(Kind::SupportPlan, &form.to_string(), ctx).unwrap()
}

fn check(form: &Value) -> Report {
    check_in(form, &ctx())
}

fn status(report: &Report, rule: &str) -> Status {
    report.requirements.iter().find(|r| r.rule == rule).unwrap_or_else(|| panic!("no requirement {rule}")).status
}

fn missing<'a>(report: &'a Report, rule: &str) -> Vec<&'a str> {
    let requirement = report.requirements.iter().find(|r| r.rule == rule).unwrap();
    requirement.missing.iter().map(String::as_str).collect()
}

fn explanation<'a>(report: &'a Report, rule: &str) -> &'a str {
    &report.requirements.iter().find(|r| r.rule == rule).unwrap().explanation
}

fn issue<'a>(report: &'a Report, code: &str) -> &'a Issue {
    report.issues.iter().find(|i| i.code.as_str() == code).unwrap_or_else(|| {
        let codes: Vec<&str> = report.issues.iter().map(|i| i.code.as_str()).collect();
        panic!("no {code} in {codes:?}")
    })
}

fn param(report: &Report, code: &str, name: &str) -> Value {
    serde_json::to_value(issue(report, code).params.get(name).unwrap()).unwrap()
}

fn fails(report: &Report, code: &str, rule: &str, expected: Status) {
    assert!(report.has(code), "expected {code}");
    assert_eq!(status(report, rule), expected, "{rule}");
}

// --- the complete plan -------------------------------------------------------------------

#[test]
fn complete_plan_is_valid_with_every_requirement_met() {
    let report = check(&base());
    assert!(report.valid);
    assert!(report.issues.is_empty(), "{:?}", report.issues);
    for rule in (1..=10).map(|n| format!("PLAN-{n:03}")).chain((1..=5).map(|n| format!("GUI-{n:03}"))) {
        assert_eq!(status(&report, &rule), Status::Met, "{rule}");
    }
    assert_eq!(status(&report, "SUP-001"), Status::Met);
    assert_eq!(report.completeness.required, report.completeness.filled);
    assert!(report.completeness.missing.is_empty());
}

#[test]
fn the_wire_shape_round_trips_in_camel_case() {
    let plan: SupportPlan = serde_json::from_value(base()).unwrap();
    assert_eq!(serde_json::to_value(&plan).unwrap(), base());
    assert_eq!(serde_json::to_string(&SupportPlan::default()).unwrap(), "{}");
}

// --- partial and malformed input -----------------------------------------------------------

#[test]
fn an_empty_plan_gives_unknown_requirements_with_their_missing_facts() {
    let report = validate_json(Kind::SupportPlan, "{}", &ctx()).unwrap();
    assert!(!report.valid);
    assert_eq!(status(&report, "PLAN-001"), Status::Unknown);
    assert_eq!(missing(&report, "PLAN-001"), ["guidanceIndicated"]);
    assert_eq!(missing(&report, "PLAN-002"), ["planDate", "employmentStart"]);
    assert_eq!(status(&report, "PLAN-004"), Status::Unknown);
    assert!(missing(&report, "PLAN-005").contains(&"employee.insz"));
    assert!(missing(&report, "PLAN-006").contains(&"arrangements.followUpIntervalDays"));
    assert_eq!(status(&report, "PLAN-010"), Status::Unknown);
    assert_eq!(report.completeness.filled, 0);
    assert_eq!(missing(&report, "PLAN-010"), report.completeness.missing);
    assert!(report.completeness.missing.contains(&"collegaCoach.dailyFollowUp.moment".to_owned()));
    // With nothing filled in, no rule judges a fact as wrong.
    assert!(report.requirements.iter().all(|r| r.status != Status::NotMet));
}

#[test]
fn malformed_values_are_issues_not_failures() {
    let form = r#"{
        "guidanceIndicated": "ja",
        "indication": { "regime": "zeer hoog" },
        "planDate": "2026-13-45",
        "arrangements": { "onSiteWithinWorkingDays": "vijf", "onSiteVisit": "18/05/2026" },
        "actionPoints": [{ "description": 7 }],
        "signatures": { "employee": { "signed": "yes" } }
    }"#;
    let report = validate_json(Kind::SupportPlan, form, &ctx()).unwrap();
    assert_eq!(issue(&report, "form.wrong_type").field, "actionPoints[0].description");
    assert_eq!(param(&report, "form.unknown_choice", "allowed"), json!(["laag", "midden", "hoog"]));
    assert_eq!(issue(&report, "plan.invalid_date").field, "planDate");
    assert_eq!(issue(&report, "guidance.invalid_date").field, "arrangements.onSiteVisit");
    assert!(report
        .issues
        .iter()
        .any(|i| i.field == "signatures.employee.signed" && i.code.as_str() == "form.wrong_type"));
    assert_eq!(status(&report, "PLAN-002"), Status::Unknown);
    // A value of the wrong type is one problem, form.wrong_type at its field: it is not also
    // reported as missing, though its rule still waits for it.
    for code in ["plan.guidance_indication_missing", "guidance.on_site_days_missing", "plan.employee_signature_missing"]
    {
        assert!(!report.has(code), "{code}");
    }
    let at_description: Vec<&str> =
        report.issues.iter().filter(|i| i.field == "actionPoints[0].description").map(|i| i.code.as_str()).collect();
    assert_eq!(at_description, ["form.wrong_type"]);
    assert_eq!(missing(&report, "PLAN-001"), ["guidanceIndicated"]);
    assert!(missing(&report, "PLAN-006").contains(&"arrangements.onSiteWithinWorkingDays"));

    assert_eq!(validate_json(Kind::SupportPlan, "[1, 2]", &ctx()), Err(InputError::NotAnObject));
    assert_eq!(validate_json(Kind::SupportPlan, "{\"planDate\": ", &ctx()), Err(InputError::NotJson));
}

#[test]
fn no_message_or_param_repeats_what_was_typed() {
    // Names that would fail many rules at once (coach = supervisor = backup = employee).
    let form = json!({
        "guidanceIndicated": true,
        "employee": { "name": "Zoë Vandecasteele", "insz": "85.07.30-033.29" },
        "employer": { "name": "Vandecasteele bv", "kbo": "0431.150.351" },
        "supervisor": { "name": "Zoë Vandecasteele", "organisation": "external" },
        "collegaCoach": { "name": "zoë vandecasteele", "sameEmployer": false },
        "backups": { "supervisor": "Zoë Vandecasteele", "coach": "Zoë Vandecasteele" },
        "arrangements": { "onSiteWithinWorkingDays": 9, "followUpIntervalDays": 30 },
        "employeeInvolvement": "Vandecasteele"
    });
    for locale in Locale::ALL {
        let report = check_in(&form, &ctx().with_locale(locale));
        assert!(report.issues.len() > 10);
        for issue in &report.issues {
            let text = format!("{} {}", issue.message, serde_json::to_string(&issue.params).unwrap());
            for typed in ["andecasteele", "033", "431", "9", "30"] {
                assert!(!text.contains(typed), "{} repeats input: {text}", issue.code.as_str());
            }
        }
    }
}

// --- PLAN-001 ----------------------------------------------------------------------------

#[test]
fn plan_001_guidance_indicated() {
    let not_indicated = check(&set(base(), "/guidanceIndicated", json!(false)));
    assert!(not_indicated.valid);
    // Not indicated: no plan is required, so PLAN-001 does not apply, and says why.
    fails(&not_indicated, "plan.guidance_not_indicated", "PLAN-001", Status::NotApplicable);
    assert!(explanation(&not_indicated, "PLAN-001").contains("VDAB stelde geen begeleiding vast"));

    // The FAQ: "Begeleiding in het kader van individueel maatwerk is verplicht wanneer VDAB een
    // begeleidingsbehoefte vaststelt". It makes the guidance compulsory, not the plan: that the
    // plan is then required is our reading, so an unanswered question warns.
    let unanswered = check(&remove(base(), "/guidanceIndicated"));
    assert!(unanswered.valid);
    fails(&unanswered, "plan.guidance_indication_missing", "PLAN-001", Status::Unknown);
    assert_eq!(issue(&unanswered, "plan.guidance_indication_missing").severity, Severity::Warning);
}

// --- PLAN-002 ----------------------------------------------------------------------------

#[test]
fn plan_002_late_plan_is_a_warning_with_the_deadline() {
    // Start 5 January 2026: three months run to 5 April 2026.
    let on_deadline = check(&set(base(), "/planDate", json!("2026-04-05")));
    assert!(!on_deadline.has("plan.late"));
    let signed_late = |form: Value| {
        let form = set(form, "/signatures/employee/date", json!("2026-05-04"));
        set(form, "/signatures/employer/date", json!("2026-05-04"))
    };
    let late = check(&signed_late(set(base(), "/planDate", json!("2026-04-06"))));
    assert!(late.valid, "a late plan only warns");
    fails(&late, "plan.late", "PLAN-002", Status::NotMet);
    assert_eq!(param(&late, "plan.late", "deadline"), json!("2026-04-05"));
    assert_eq!(param(&late, "plan.late", "months"), json!(3));
    assert_eq!(issue(&late, "plan.late").rule, "PLAN-002");
}

#[test]
fn plan_002_first_months_is_a_parameter() {
    let form = set(base(), "/planDate", json!("2026-06-30"));
    let form = set(form, "/signatures/employee/date", json!("2026-06-30"));
    let form = set(form, "/signatures/employer/date", json!("2026-06-30"));
    assert!(check(&form).has("plan.late"));
    let six = Context::from_options_json(r#"{"asOf":"2026-11-23","parameters":{"planFirstMonths":6}}"#, None).unwrap();
    let report = check_in(&form, &six);
    assert!(!report.has("plan.late"));
    assert_eq!(status(&report, "PLAN-002"), Status::Met);
    let one = Context::from_options_json(r#"{"asOf":"2026-11-23","parameters":{"planFirstMonths":1}}"#, None).unwrap();
    let report = check_in(&base(), &one);
    assert_eq!(param(&report, "plan.late", "deadline"), json!("2026-02-05"));
}

#[test]
fn plan_002_months_run_from_a_later_indication() {
    // Working since 2015; VDAB indicated guidance on 2 March 2026: the plan is due by 2 June.
    let form = set(base(), "/employmentStart", json!("2015-09-01"));
    let form = set(form, "/indication/date", json!("2026-03-02"));
    let form = set(form, "/planDate", json!("2026-04-20"));
    let form = set(form, "/signatures/employee/date", json!("2026-04-20"));
    let form = set(form, "/signatures/employer/date", json!("2026-04-20"));
    let report = check(&form);
    assert!(!report.has("plan.late"));
    assert_eq!(status(&report, "PLAN-002"), Status::Met);
}

#[test]
fn plan_002_missing_or_future_plan_date() {
    let undated = check(&remove(base(), "/planDate"));
    assert!(!undated.valid);
    fails(&undated, "plan.plan_date_missing", "PLAN-002", Status::Unknown);
    assert_eq!(missing(&undated, "PLAN-002"), ["planDate"]);

    let no_start = check(&remove(base(), "/employmentStart"));
    fails(&no_start, "plan.employment_start_missing", "PLAN-002", Status::Unknown);

    let future = check(&set(base(), "/planDate", json!("2026-12-01")));
    assert_eq!(param(&future, "plan.plan_date_in_future", "asOf"), json!("2026-11-23"));
}

// --- PLAN-003 ----------------------------------------------------------------------------

#[test]
fn plan_003_a_premium_change_after_the_last_revision_is_an_error() {
    let form = set(base(), "/premiumChanges/1", json!({ "date": "2026-10-07" }));
    let report = check(&form);
    assert!(!report.valid);
    fails(&report, "plan.not_revised", "PLAN-003", Status::NotMet);
    assert_eq!(issue(&report, "plan.not_revised").field, "premiumChanges[1].date");
    // The revision on the day of the change covers it.
    let same_day = check(&set(base(), "/premiumChanges/1", json!({ "date": "2026-10-06" })));
    assert_eq!(status(&same_day, "PLAN-003"), Status::Met);
    // The cross-field issue shows when the revisions are validated.
    let at_revisions =
        validate_field_json(Kind::SupportPlan, &form.to_string(), &Path::parse("revisions").unwrap(), &ctx()).unwrap();
    assert!(at_revisions.iter().any(|i| i.code.as_str() == "plan.not_revised"));
}

#[test]
fn plan_003_future_changes_and_revisions() {
    // A change that takes effect after the as-of date needs no revision yet.
    let scheduled = check(&set(base(), "/premiumChanges/1", json!({ "date": "2027-01-01" })));
    assert_eq!(status(&scheduled, "PLAN-003"), Status::Met);
    // A revision dated after the as-of date has not happened: the change is not covered.
    let form = set(base(), "/revisions/1", json!({ "date": "2026-12-01" }));
    let report = check(&form);
    assert!(report.has("plan.revision_in_future"));
    fails(&report, "plan.not_revised", "PLAN-003", Status::NotMet);
    // A revision before the plan itself is a contradiction.
    let before = check(&set(base(), "/revisions/0", json!({ "date": "2026-01-10" })));
    assert!(before.has("plan.revision_before_plan_date"));
    // An undated revision might be the one that covers the change.
    let undated = check(&set(base(), "/revisions/1", json!({ "summary": "Nieuwe taak" })));
    assert!(undated.has("plan.revision_date_missing"));
    assert_eq!(status(&undated, "PLAN-003"), Status::Unknown);
    assert_eq!(missing(&undated, "PLAN-003"), ["revisions[1].date"]);
}

#[test]
fn plan_003_without_premium_changes_is_met() {
    let report = check(&set(remove(base(), "/revisions"), "/premiumChanges", json!([])));
    assert_eq!(status(&report, "PLAN-003"), Status::Met);
}

#[test]
fn plan_003_waits_for_the_premium_changes_to_be_listed() {
    // No list is not an empty list: the plan has not said whether the premium changed.
    let report = check(&remove(remove(base(), "/premiumChanges"), "/revisions"));
    assert_eq!(status(&report, "PLAN-003"), Status::Unknown);
    assert_eq!(missing(&report, "PLAN-003"), ["premiumChanges"]);
    let empty = validate_json(Kind::SupportPlan, "{}", &ctx()).unwrap();
    assert_eq!(status(&empty, "PLAN-003"), Status::Unknown);
}

// --- PLAN-004 ----------------------------------------------------------------------------

#[test]
fn plan_004_signatures() {
    let unsigned = check(&set(base(), "/signatures/employee/signed", json!(false)));
    assert!(!unsigned.valid);
    fails(&unsigned, "plan.employee_signature_missing", "PLAN-004", Status::NotMet);

    let no_employer = check(&remove(base(), "/signatures/employer"));
    fails(&no_employer, "plan.employer_signature_missing", "PLAN-004", Status::Unknown);

    let early = set(base(), "/signatures/employer/date", json!("2026-02-13"));
    let report = check(&early);
    fails(&report, "plan.signature_before_plan_date", "PLAN-004", Status::NotMet);
    let at_plan_date =
        validate_field_json(Kind::SupportPlan, &early.to_string(), &Path::parse("planDate").unwrap(), &ctx()).unwrap();
    assert!(at_plan_date.iter().any(|i| i.code.as_str() == "plan.signature_before_plan_date"));

    let future = check(&set(base(), "/signatures/employee/date", json!("2026-11-24")));
    fails(&future, "plan.signature_in_future", "PLAN-004", Status::NotMet);

    let undated = check(&remove(base(), "/signatures/employee/date"));
    fails(&undated, "plan.signature_date_missing", "PLAN-004", Status::Unknown);
}

// --- PLAN-005 and SUP-004 ----------------------------------------------------------------

#[test]
fn plan_005_everyone_is_named() {
    let report = check(&remove(base(), "/employee/name"));
    fails(&report, "plan.employee_name_missing", "PLAN-005", Status::Unknown);
    assert_eq!(missing(&report, "PLAN-005"), ["employee.name"]);
    // The seeds do not say what the plan names (the list is our reading): a missing name warns
    // and completeness still counts it. An INSZ that is not one is an error of ID-INSZ.
    assert!(report.valid);
    assert_eq!(report.completeness.missing, ["employee.name"]);

    let report = check(&set(base(), "/employee/insz", json!("85.07.30-033.29")));
    fails(&report, "id.insz_check_digits", "PLAN-005", Status::NotMet);
    assert!(!report.valid);
    let report = check(&set(base(), "/employer/kbo", json!("0431.150.351")));
    fails(&report, "id.kbo_check_digits", "PLAN-005", Status::NotMet);

    let report = check(&remove(base(), "/supervisor/providerRegistrationNumber"));
    fails(&report, "plan.provider_registration_missing", "PLAN-005", Status::Unknown);
    let internal = set(base(), "/supervisor/organisation", json!("internal"));
    let report = check(&remove(internal, "/supervisor/providerRegistrationNumber"));
    assert_eq!(status(&report, "PLAN-005"), Status::Met);

    let report = check(&remove(base(), "/supervisor/organisation"));
    fails(&report, "plan.organisation_missing", "PLAN-005", Status::Unknown);

    let report = check(&remove(base(), "/collegaCoach/name"));
    fails(&report, "plan.coach_name_missing", "PLAN-005", Status::Unknown);
    assert_eq!(status(&report, "GUI-004"), Status::Unknown);
}

#[test]
fn plan_005_one_responsible_person() {
    let not_responsible = set(base(), "/supervisor/responsible", json!(false));
    let report = check(&not_responsible);
    fails(&report, "plan.responsible_person_missing", "PLAN-005", Status::Unknown);
    let named = set(not_responsible, "/responsiblePerson", json!("Koen Wouters"));
    assert_eq!(status(&check(&named), "PLAN-005"), Status::Met);
}

#[test]
fn sup_004_follows_who_the_plan_says_is_responsible() {
    // The supervisor is responsible (the fixture).
    let report = check(&base());
    assert_eq!(status(&report, "SUP-004"), Status::Met);
    assert!(explanation(&report, "SUP-004").contains("begeleider is de ene benoemde persoon"));

    // Not the supervisor, and no one else named yet: PLAN-005 asks for the name, and SUP-004
    // is not decided (it once said met here).
    let not_responsible = set(base(), "/supervisor/responsible", json!(false));
    let report = check(&not_responsible);
    assert_eq!(status(&report, "SUP-004"), Status::Unknown);
    assert_eq!(missing(&report, "SUP-004"), ["responsiblePerson"]);
    // The seeds do not say what the plan names (PLAN-005 is our reading): the missing name
    // warns, once an error.
    assert!(report.valid);
    assert_eq!(issue(&report, "plan.responsible_person_missing").severity, Severity::Warning);

    // One other named person.
    let other = set(not_responsible, "/responsiblePerson", json!("Koen Wouters"));
    let report = check(&other);
    assert_eq!(status(&report, "SUP-004"), Status::Met);
    assert!(explanation(&report, "SUP-004").contains("andere benoemde persoon"));

    // Nothing said at all.
    let report = check(&remove(base(), "/supervisor/responsible"));
    assert_eq!(status(&report, "SUP-004"), Status::Unknown);
    assert_eq!(missing(&report, "SUP-004"), ["supervisor.responsible", "responsiblePerson"]);

    // The supervisor and someone else: two responsible persons are not one.
    let both = set(base(), "/responsiblePerson", json!("Koen Wouters"));
    let report = check(&both);
    fails(&report, "supervisor.several_responsible", "SUP-004", Status::NotMet);
    assert_eq!(issue(&report, "supervisor.several_responsible").field, "responsiblePerson");
    // The supervisor's own name written there is the same one person.
    let same = set(base(), "/responsiblePerson", json!("an  PEETERS"));
    assert_eq!(status(&check(&same), "SUP-004"), Status::Met);
}

#[test]
fn sup_004_a_team_explains_its_set_up() {
    let report = check(&remove(base(), "/team/explanation"));
    assert!(report.valid, "the FAQ only recommends it");
    let found = issue(&report, "plan.team_unexplained");
    assert_eq!((found.field.as_str(), found.rule.as_str()), ("team.explanation", "SUP-004"));
    assert!(!check(&remove(base(), "/team")).has("plan.team_unexplained"));
}

#[test]
fn the_supervisor_is_checked_at_its_path() {
    let form = remove(remove(base(), "/supervisor/diplomas"), "/supervisor/experience");
    let report = check(&form);
    assert_eq!(issue(&report, "supervisor.qualification_missing").field, "supervisor.diplomas");
    assert_eq!(status(&report, "SUP-001"), Status::Unknown);
}

// --- PLAN-006 ----------------------------------------------------------------------------

#[test]
fn plan_006_arrangements_are_stated() {
    // The FAQ fixes the arrangements and bases the guidance on the plan ("aangezien de verdere
    // begeleiding hierop gebaseerd is"), but does not say the plan states them: an unstated one
    // warns, and the GUI rules wait for it.
    let report = check(&remove(base(), "/arrangements"));
    assert!(report.valid);
    assert_eq!(status(&report, "GUI-001"), Status::Unknown);
    assert_eq!(status(&report, "PLAN-006"), Status::Unknown);
    assert_eq!(
        missing(&report, "PLAN-006"),
        [
            "arrangements.reachableEveryWorkingDay",
            "arrangements.onSiteWithinWorkingDays",
            "arrangements.followUpIntervalDays"
        ]
    );
    for code in
        ["guidance.reachability_missing", "guidance.on_site_days_missing", "guidance.follow_up_interval_missing"]
    {
        assert_eq!(issue(&report, code).rule, "PLAN-006");
    }
    let report = check(&remove(base(), "/collegaCoach/dailyFollowUp"));
    fails(&report, "guidance.daily_follow_up_missing", "PLAN-006", Status::Unknown);
}

// --- PLAN-007..009 -----------------------------------------------------------------------

#[test]
fn plan_007_involvement_is_information() {
    let report = check(&remove(base(), "/employeeInvolvement"));
    assert!(report.valid);
    fails(&report, "plan.involvement_not_recorded", "PLAN-007", Status::Unknown);
}

#[test]
fn plan_008_action_points() {
    let none = check(&set(base(), "/actionPoints", json!([])));
    assert!(none.valid, "information");
    fails(&none, "plan.no_action_points", "PLAN-008", Status::Unknown);
    // HIVA: "Hoewel het POP in de huidige conceptnota geen plaats krijgt, is het een erg nuttig
    // middel": information, once a warning.
    assert_eq!(issue(&none, "plan.no_action_points").severity, Severity::Info);

    let ownerless = check(&remove(base(), "/actionPoints/2/owner"));
    fails(&ownerless, "plan.action_point_incomplete", "PLAN-008", Status::Unknown);
    assert_eq!(missing(&ownerless, "PLAN-008"), ["actionPoints[2].owner"]);

    let misdated = check(&set(base(), "/actionPoints/0/followUpDate", json!("2026-02-30")));
    assert_eq!(issue(&misdated, "plan.invalid_date").field, "actionPoints[0].followUpDate");
}

#[test]
fn plan_009_indication() {
    let report = check(&remove(base(), "/indication"));
    assert!(report.valid);
    fails(&report, "plan.indication_missing", "PLAN-009", Status::Unknown);
    // The regime is asked for only where the indication gives one.
    let report = check(&remove(base(), "/indication/regime"));
    assert_eq!(status(&report, "PLAN-009"), Status::Met);
    assert!(!report.has("plan.indication_missing"));
}

// --- PLAN-010 ----------------------------------------------------------------------------

#[test]
fn plan_010_completeness_counts_the_required_facts() {
    let full = check(&base());
    let form = remove(remove(base(), "/employer/kbo"), "/arrangements/followUpIntervalDays");
    let report = check(&form);
    assert_eq!(report.completeness.required, full.completeness.required);
    assert_eq!(report.completeness.filled, full.completeness.required - 2);
    assert_eq!(report.completeness.missing, ["employer.kbo", "arrangements.followUpIntervalDays"]);
    assert_eq!(status(&report, "PLAN-010"), Status::Unknown);
    assert_eq!(missing(&report, "PLAN-010"), ["employer.kbo", "arrangements.followUpIntervalDays"]);
    let explanation = &report.requirements.iter().find(|r| r.rule == "PLAN-010").unwrap().explanation;
    assert_eq!(
        *explanation,
        format!("{} van de {} vereiste gegevens ingevuld.", full.completeness.required - 2, full.completeness.required)
    );
}

// --- GUI-001..005 ------------------------------------------------------------------------

#[test]
fn gui_001_reachable_every_working_day() {
    let report = check(&set(base(), "/arrangements/reachableEveryWorkingDay", json!(false)));
    assert!(!report.valid);
    fails(&report, "guidance.not_reachable_daily", "GUI-001", Status::NotMet);
}

#[test]
fn gui_002_at_most_five_working_days() {
    let report = check(&set(base(), "/arrangements/onSiteWithinWorkingDays", json!(6)));
    assert!(!report.valid);
    fails(&report, "guidance.on_site_too_late", "GUI-002", Status::NotMet);
    assert_eq!(param(&report, "guidance.on_site_too_late", "max"), json!(5));
    let same_day = check(&set(base(), "/arrangements/onSiteWithinWorkingDays", json!(0)));
    assert_eq!(status(&same_day, "GUI-002"), Status::Met);
}

#[test]
fn gui_002_visit_deadline_skips_ascension() {
    // Request Friday 8 May 2026: Mon 11, Tue 12, Wed 13, (Thu 14 Ascension), Fri 15, Mon 18.
    assert_eq!(status(&check(&base()), "GUI-002"), Status::Met);
    let form = set(base(), "/arrangements/onSiteVisit", json!("2026-05-19"));
    let report = check(&form);
    assert!(!report.valid);
    fails(&report, "guidance.visit_too_late", "GUI-002", Status::NotMet);
    assert_eq!(param(&report, "guidance.visit_too_late", "deadline"), json!("2026-05-18"));
    let at_request = validate_field_json(
        Kind::SupportPlan,
        &form.to_string(),
        &Path::parse("arrangements.lastOnSiteRequest").unwrap(),
        &ctx(),
    )
    .unwrap();
    assert!(at_request.iter().any(|i| i.code.as_str() == "guidance.visit_too_late"));
}

#[test]
fn gui_002_eleventh_of_july_is_a_parameter() {
    // Request Monday 7 July 2025; Friday 11 July is a day off by default: deadline Tuesday 15.
    let form = set(base(), "/arrangements/lastOnSiteRequest", json!("2025-07-07"));
    let form = set(form, "/arrangements/onSiteVisit", json!("2025-07-15"));
    assert_eq!(status(&check(&form), "GUI-002"), Status::Met);
    let working =
        Context::from_options_json(r#"{"asOf":"2026-11-23","parameters":{"flemishCommunityDayOff":false}}"#, None)
            .unwrap();
    let report = check_in(&form, &working);
    fails(&report, "guidance.visit_too_late", "GUI-002", Status::NotMet);
    assert_eq!(param(&report, "guidance.visit_too_late", "deadline"), json!("2025-07-14"));
}

#[test]
fn gui_002_an_open_request_is_due_or_overdue_as_of_the_date() {
    // The last visit came before a new request of Friday 6 November 2026: Mon 9, Tue 10,
    // (Wed 11 Armistice), Thu 12, Fri 13, Mon 16.
    let form = set(base(), "/arrangements/lastOnSiteRequest", json!("2026-11-06"));
    let form = set(form, "/arrangements/onSiteVisit", json!("2026-10-02"));
    let overdue = check(&form);
    fails(&overdue, "guidance.visit_overdue", "GUI-002", Status::NotMet);
    assert_eq!(param(&overdue, "guidance.visit_overdue", "deadline"), json!("2026-11-16"));
    let earlier = Context::from_options_json(r#"{"asOf":"2026-11-16"}"#, None).unwrap();
    let due = check_in(&form, &earlier);
    assert!(due.valid);
    fails(&due, "guidance.visit_due", "GUI-002", Status::Met);
}

#[test]
fn gui_003_follow_up_every_two_weeks() {
    let report = check(&set(base(), "/arrangements/followUpIntervalDays", json!(15)));
    assert!(!report.valid);
    fails(&report, "guidance.follow_up_too_rare", "GUI-003", Status::NotMet);
    assert_eq!(param(&report, "guidance.follow_up_too_rare", "max"), json!(14));
    let weekly = check(&set(base(), "/arrangements/followUpIntervalDays", json!(7)));
    assert_eq!(status(&weekly, "GUI-003"), Status::Met);
}

#[test]
fn gui_004_the_coach_is_a_colleague() {
    // The FAQ says what the coach does ("De collega-coach staat in voor de dagelijkse opvolging
    // van de werknemer met een arbeidsbeperking"), not who may be one: a colleague at the same
    // employer is our reading of "collega", so a coach elsewhere warns and does not block.
    let report = check(&set(base(), "/collegaCoach/sameEmployer", json!(false)));
    assert!(report.valid);
    fails(&report, "guidance.coach_other_employer", "GUI-004", Status::NotMet);

    let report = check(&set(base(), "/collegaCoach/isEmployee", json!(true)));
    fails(&report, "guidance.coach_is_employee", "GUI-004", Status::NotMet);

    let report = check(&remove(base(), "/collegaCoach/sameEmployer"));
    fails(&report, "guidance.coach_employer_missing", "GUI-004", Status::Unknown);

    // Declarations left empty: the names still tell.
    let form = remove(base(), "/collegaCoach/isEmployee");
    let form = set(form, "/collegaCoach/name", json!("THOMAS  janssens"));
    let report = check(&form);
    assert_eq!(issue(&report, "guidance.coach_is_employee").field, "collegaCoach.name");
}

#[test]
fn gui_004_validating_the_coach_shows_the_cross_field_issues() {
    let form = set(base(), "/collegaCoach/name", json!("An Peeters"));
    let form = set(form, "/backups/supervisor", json!("Els De Smet"));
    let text = form.to_string();
    let at_coach =
        validate_field_json(Kind::SupportPlan, &text, &Path::parse("collegaCoach").unwrap(), &ctx()).unwrap();
    let codes: Vec<&str> = at_coach.iter().map(|i| i.code.as_str()).collect();
    assert_eq!(codes, ["guidance.coach_is_supervisor"]);
    // The FAQ names two roles ("De gekwalificeerd begeleider dient ..." and "De collega-coach
    // staat in voor de dagelijkse opvolging") and does not forbid one person to hold both.
    assert_eq!(at_coach[0].severity, Severity::Warning);
    assert_eq!(status(&check(&form), "GUI-004"), Status::Met);
    assert_eq!(at_coach[0].rule, "GUI-004");
    assert_eq!(at_coach[0].field, "collegaCoach.name");
    // The same issue shows at the supervisor's name, which it involves.
    let at_supervisor =
        validate_field_json(Kind::SupportPlan, &text, &Path::parse("supervisor.name").unwrap(), &ctx()).unwrap();
    assert!(at_supervisor.iter().any(|i| i.code.as_str() == "guidance.coach_is_supervisor"));
    // And nothing of it at an unrelated field.
    let at_employer = validate_field_json(Kind::SupportPlan, &text, &Path::parse("employer").unwrap(), &ctx()).unwrap();
    assert!(at_employer.is_empty());
}

#[test]
fn gui_005_backups_are_recommended() {
    let report = check(&remove(base(), "/backups"));
    assert!(report.valid, "a recommendation");
    fails(&report, "guidance.supervisor_backup_missing", "GUI-005", Status::Unknown);
    assert!(report.has("guidance.coach_backup_missing"));
    assert_eq!(missing(&report, "GUI-005"), ["backups.supervisor", "backups.coach"]);

    let report = check(&set(base(), "/backups/coach", json!("Els De Smet")));
    fails(&report, "guidance.backup_is_same_person", "GUI-005", Status::NotMet);
    let at_coach = validate_field_json(
        Kind::SupportPlan,
        &set(base(), "/backups/coach", json!("els de smet")).to_string(),
        &Path::parse("collegaCoach.name").unwrap(),
        &ctx(),
    )
    .unwrap();
    assert!(at_coach.iter().any(|i| i.code.as_str() == "guidance.backup_is_same_person"));
}

// --- catalogue ---------------------------------------------------------------------------

// `rules()` is native only: the package's `rules` reads the generated data.
#[cfg(not(target_arch = "wasm32"))]
#[test]
fn the_catalogue_lists_the_plan_guidance_and_calendar_rules() {
    let rules = maatwerk::rules(Locale::En);
    let find = |id: &str| rules.iter().find(|r| r.id == id).unwrap_or_else(|| panic!("no {id}"));
    for n in 1..=10 {
        let rule = find(&format!("PLAN-{n:03}"));
        assert_eq!(rule.effective_from, "2023-07-01");
    }
    for n in 1..=5 {
        assert_eq!(find(&format!("GUI-{n:03}")).effective_from, "2023-07-01");
    }
    let plan_002 = find("PLAN-002");
    // The most a finding weighs: PLAN-002 has warnings and errors.
    assert_eq!(plan_002.severity, "E");
    assert_eq!(plan_002.parameters[0].name, "planFirstMonths");
    assert_eq!(plan_002.parameters[0].default, json!(3));
    let cal = find("CAL-001");
    assert_eq!(cal.parameters[0].name, "flemishCommunityDayOff");
    assert_eq!(cal.parameters[0].default, json!(true));
    assert!(find("GUI-002").codes.contains(&"guidance.visit_too_late".to_owned()));
    assert!(find("PLAN-003").codes.contains(&"plan.not_revised".to_owned()));
    // Every plan and guidance code reports on a rule the catalogue holds.
    for code in maatwerk::codes().filter(|c| c.as_str().starts_with("plan.") || c.as_str().starts_with("guidance.")) {
        assert!(rules.iter().any(|r| r.id == code.rule()), "{} has no rule", code.as_str());
    }
}
