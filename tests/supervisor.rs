//! SUP-001..005: the qualification of a qualified supervisor, natively.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

use chrono::NaiveDate;
use maatwerk::{check_supervisor, validate_json, Context, Kind, Locale, Report, Status};
use serde_json::json;

fn ctx() -> Context {
    Context::new(NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()).with_locale(Locale::En)
}

fn check(form: serde_json::Value) -> Report {
    validate_json(Kind::Supervisor, &form.to_string(), &ctx()).unwrap()
}

fn requirement<'a>(report: &'a Report, rule: &str) -> &'a maatwerk::Requirement {
    report.requirements.iter().find(|r| r.rule == rule).unwrap()
}

fn codes_at(report: &Report, field: &str) -> Vec<&'static str> {
    report.issues.iter().filter(|i| i.field == field).map(|i| i.code.as_str()).collect()
}

#[test]
fn faq_technical_secondary_diploma_with_20_years_on_the_work_floor_qualifies() {
    let report = check(json!({
        "name": "Jan Claes",
        "diplomas": [{ "title": "TSO elektromechanica", "obtained": "1998-06-30" }],
        "experience": [{ "from": "2006-09-01", "relevant": true }]
    }));
    let sup001 = requirement(&report, "SUP-001");
    assert_eq!(sup001.status, Status::Met);
    assert!(sup001.explanation.contains("242 months"), "{}", sup001.explanation);
    assert!(report.valid);
    // The unlisted diploma still shows, as a warning that someone judges it.
    assert_eq!(codes_at(&report, "diplomas[0].title"), vec!["supervisor.diploma_unlisted"]);
}

#[test]
fn a_listed_diploma_qualifies_without_experience() {
    let report =
        check(json!({ "name": "An Peeters", "diplomas": [{ "code": "ba-orthopedagogie", "obtained": "2015-06-30" }] }));
    assert_eq!(requirement(&report, "SUP-001").status, Status::Met);
    assert_eq!(requirement(&report, "SUP-001").explanation, "Qualified through a relevant diploma.");
    assert!(report.valid);
}

#[test]
fn nineteen_of_twenty_four_months_explains_the_shortfall() {
    let report = check(json!({ "name": "Sara Janssens", "experience": [{ "from": "2025-04-01", "relevant": true }] }));
    let sup001 = requirement(&report, "SUP-001");
    assert_eq!(sup001.status, Status::NotMet);
    assert_eq!(sup001.explanation, "No relevant diploma and 19 of 24 months of relevant experience: 5 months to go.");
    let issue = report.issues.iter().find(|i| i.code.as_str() == "supervisor.experience_too_short").unwrap();
    assert_eq!(issue.field, "experience");
    assert_eq!(issue.rule, "SUP-002");
    assert_eq!(serde_json::to_value(&issue.params).unwrap(), json!({ "months": 19, "required": 24, "short": 5 }));
    assert!(!report.valid);
}

#[test]
fn exactly_two_years_qualifies_and_one_day_less_does_not() {
    let two_years =
        check(json!({ "name": "A", "experience": [{ "from": "2022-03-01", "to": "2024-02-29", "relevant": true }] }));
    assert_eq!(requirement(&two_years, "SUP-001").status, Status::Met);
    let short =
        check(json!({ "name": "A", "experience": [{ "from": "2022-03-01", "to": "2024-02-28", "relevant": true }] }));
    assert_eq!(requirement(&short, "SUP-001").status, Status::NotMet);
    assert!(short.issues.iter().any(|i| i.params.get("months") == Some(&maatwerk::report::Param::Number(23))));
}

#[test]
fn overlapping_periods_count_once() {
    // 2021-01-01..2022-06-30 and 2022-01-01..2022-12-31 overlap six months: 24 months, not 30.
    let report = check(json!({ "name": "A", "experience": [
        { "from": "2021-01-01", "to": "2022-06-30", "relevant": true },
        { "from": "2022-01-01", "to": "2022-12-31", "relevant": true }
    ]}));
    assert!(requirement(&report, "SUP-001").explanation.contains("24 months"));
    let without_overlap = check(json!({ "name": "A", "experience": [
        { "from": "2021-01-01", "to": "2021-06-30", "relevant": true },
        { "from": "2022-01-01", "to": "2022-12-31", "relevant": true }
    ]}));
    assert_eq!(requirement(&without_overlap, "SUP-001").status, Status::NotMet);
    assert!(without_overlap
        .issues
        .iter()
        .any(|i| i.params.get("months") == Some(&maatwerk::report::Param::Number(18))));
}

#[test]
fn irrelevant_experience_does_not_count() {
    let report = check(json!({ "name": "A", "experience": [{ "from": "2010-01-01", "relevant": false }] }));
    assert_eq!(requirement(&report, "SUP-001").status, Status::NotMet);
    assert_eq!(codes_at(&report, "experience"), vec!["supervisor.not_qualified"]);
}

#[test]
fn ongoing_periods_end_at_the_as_of_date() {
    let form = json!({ "name": "A", "experience": [{ "from": "2025-01-01", "relevant": true }] });
    let before = validate_json(Kind::Supervisor, &form.to_string(), &ctx()).unwrap();
    assert_eq!(requirement(&before, "SUP-001").status, Status::NotMet);
    let later = Context::new(NaiveDate::from_ymd_opt(2027, 1, 1).unwrap());
    let after = validate_json(Kind::Supervisor, &form.to_string(), &later).unwrap();
    assert_eq!(requirement(&after, "SUP-001").status, Status::Met);
}

#[test]
fn unanswered_relevance_leaves_the_verdict_open() {
    let report = check(json!({ "name": "A", "experience": [{ "from": "2015-01-01" }] }));
    let sup001 = requirement(&report, "SUP-001");
    assert_eq!(sup001.status, Status::Unknown);
    assert_eq!(sup001.missing, vec!["experience[0].relevant"]);
    assert_eq!(codes_at(&report, "experience[0].relevant"), vec!["supervisor.period_relevance_missing"]);
}

#[test]
fn an_unlisted_diploma_is_a_warning_and_leaves_the_verdict_to_a_person() {
    let report = check(json!({ "name": "A", "diplomas": [{ "title": "Master in de rechten" }] }));
    assert_eq!(requirement(&report, "SUP-001").status, Status::Unknown);
    assert!(report.valid, "a warning does not block: {:?}", report.issues);
    assert_eq!(report.count(maatwerk::Severity::Warning), 1);
}

#[test]
fn the_diploma_list_is_a_parameter() {
    let options = r#"{"asOf":"2026-11-23","parameters":{"relevantDiplomas":[{"code":"ma-rechten","title":"Master in de rechten"}]}}"#;
    let ctx = Context::from_options_json(options, None).unwrap();
    let form = json!({ "name": "A", "diplomas": [{ "code": "ma-rechten" }] }).to_string();
    let report = validate_json(Kind::Supervisor, &form, &ctx).unwrap();
    assert_eq!(requirement(&report, "SUP-001").status, Status::Met);
    let default = check(json!({ "name": "A", "diplomas": [{ "code": "ma-rechten" }] }));
    assert_eq!(requirement(&default, "SUP-001").status, Status::Unknown);
}

#[test]
fn dates_are_checked_where_they_are_typed() {
    let report = check(
        json!({ "name": "A", "diplomas": [{ "code": "ba-sociaal-werk", "obtained": "2027-06-30" }], "experience": [
            { "from": "2020-13-45", "relevant": true },
            { "from": "2024-05-01", "to": "2023-05-01", "relevant": true },
            { "to": "2023-05-01", "relevant": true },
            { "from": "2027-01-01", "relevant": true }
        ]}),
    );
    assert_eq!(codes_at(&report, "diplomas[0].obtained"), vec!["supervisor.diploma_in_future"]);
    assert_eq!(codes_at(&report, "experience[0].from"), vec!["supervisor.invalid_date"]);
    assert_eq!(codes_at(&report, "experience[1].to"), vec!["supervisor.period_reversed"]);
    assert_eq!(codes_at(&report, "experience[2].from"), vec!["supervisor.period_from_missing"]);
    assert_eq!(codes_at(&report, "experience[3].from"), vec!["supervisor.period_in_future"]);
    // The diploma from the future does not qualify.
    assert_ne!(requirement(&report, "SUP-001").status, Status::Met);
}

#[test]
fn one_named_person_is_responsible() {
    let unnamed = check(json!({ "name": "  ", "responsible": true, "diplomas": [{ "code": "ba-sociaal-werk" }] }));
    assert_eq!(codes_at(&unnamed, "name"), vec!["supervisor.name_missing"]);
    assert_eq!(requirement(&unnamed, "SUP-004").status, Status::Unknown);
    assert_eq!(requirement(&unnamed, "SUP-004").missing, ["name"]);
    let named = check(json!({ "name": "Els Maes", "responsible": true, "diplomas": [{ "code": "ba-sociaal-werk" }] }));
    assert_eq!(requirement(&named, "SUP-004").status, Status::Met);
    assert!(!named.issues.iter().any(|issue| issue.rule == "SUP-004"), "{:?}", named.issues);
}

#[test]
fn sup_004_follows_who_is_responsible() {
    // Not said: unknown, with the answer missing; no issue, a portal asks when it needs to.
    let unsaid = check(json!({ "name": "Els Maes", "diplomas": [{ "code": "ba-sociaal-werk" }] }));
    assert_eq!(requirement(&unsaid, "SUP-004").status, Status::Unknown);
    assert_eq!(requirement(&unsaid, "SUP-004").missing, ["responsible"]);
    assert!(unsaid.valid);
    // Not responsible: a supervisor's own form cannot name anyone else, the support plan names
    // who is. Not applicable here, with a warning that the plan must name them.
    let not = check(json!({ "name": "Els Maes", "responsible": false, "diplomas": [{ "code": "ba-sociaal-werk" }] }));
    let sup004 = requirement(&not, "SUP-004");
    assert_eq!(sup004.status, Status::NotApplicable);
    assert!(sup004.explanation.contains("the support plan says"), "{}", sup004.explanation);
    assert_eq!(codes_at(&not, "responsible"), vec!["supervisor.not_responsible"]);
    assert!(not.valid);
}

#[test]
fn core_competences_are_information() {
    let report = check(
        json!({ "name": "A", "diplomas": [{ "code": "ba-sociaal-werk" }], "competences": { "communicating": true } }),
    );
    let issue = report.issues.iter().find(|i| i.rule == "SUP-005").unwrap();
    assert_eq!(issue.severity, maatwerk::Severity::Info);
    assert!(report.valid);
    let declared = check(json!({ "name": "A", "diplomas": [{ "code": "ba-sociaal-werk" }], "competences":
        { "workingTogether": true, "communicating": true, "personCentred": true, "tailoredAdvice": true } }));
    assert!(declared.issues.is_empty(), "{:?}", declared.issues);
}

#[test]
fn an_empty_form_lists_what_is_missing() {
    let report = check(json!({}));
    assert!(!report.valid);
    assert_eq!(report.completeness.required, 2);
    assert_eq!(report.completeness.filled, 0);
    assert_eq!(report.completeness.missing, vec!["name", "diplomas"]);
    assert_eq!(requirement(&report, "SUP-001").missing, vec!["diplomas", "experience"]);
}

#[test]
fn malformed_values_are_issues_at_their_path_and_the_rest_is_checked() {
    let report =
        check(json!({ "name": 42, "diplomas": 3, "experience": [{ "from": "2015-01-01", "relevant": "yes" }, 7] }));
    // One problem, one issue: a value of the wrong type is not also reported as missing.
    assert_eq!(codes_at(&report, "name"), vec!["form.wrong_type"]);
    assert_eq!(codes_at(&report, "diplomas"), vec!["form.wrong_type"]);
    assert_eq!(codes_at(&report, "experience[0].relevant"), vec!["form.wrong_type"]);
    // ... but it is still a fact the form lacks.
    assert!(report.completeness.missing.contains(&"experience[0].relevant".to_owned()));
    assert_eq!(codes_at(&report, "experience[1]"), vec!["form.wrong_type"]);
    let wrong = report.issues.iter().find(|i| i.field == "diplomas").unwrap();
    assert_eq!(serde_json::to_value(&wrong.params).unwrap(), json!({ "expected": "list" }));
    assert_eq!(wrong.message, "This field expects a list.");
}

#[test]
fn messages_never_contain_what_was_typed() {
    let report = check(json!({ "name": "Mohamed El Amrani", "diplomas": [{ "title": "Bachelor Rechten Gent" }],
        "experience": [{ "from": "1999-99-99", "description": "Coach bij Firma Vandenbroucke" }] }));
    let text = serde_json::to_string(&report).unwrap();
    for typed in ["Mohamed", "Amrani", "Rechten", "1999-99-99", "Vandenbroucke"] {
        assert!(!text.contains(typed), "{typed} leaked into {text}");
    }
}

#[test]
fn issues_are_sorted_by_path_then_code() {
    let report = check(json!({ "experience": [
        { "from": "x" }, { "from": "y" }, { "from": "z" }, { "from": "1" }, { "from": "2" }, { "from": "3" },
        { "from": "4" }, { "from": "5" }, { "from": "6" }, { "from": "7" }, { "from": "8" }
    ]}));
    let paths: Vec<_> = report.issues.iter().map(|i| i.path).collect();
    let mut sorted = paths.clone();
    sorted.sort();
    assert_eq!(paths, sorted);
    let fields: Vec<&str> = report.issues.iter().map(|i| i.field.as_str()).collect();
    let ten = fields.iter().position(|f| f.starts_with("experience[10]")).unwrap();
    let two = fields.iter().position(|f| f.starts_with("experience[2]")).unwrap();
    assert!(two < ten, "experience[2] sorts before experience[10]");
    for pair in report.issues.windows(2) {
        if pair[0].path == pair[1].path {
            assert!(pair[0].code.as_str() < pair[1].code.as_str(), "codes at one path sort by name");
        }
    }
}

#[test]
fn typed_and_json_entry_points_agree() {
    let form = maatwerk::Supervisor {
        name: Some("A".into()),
        experience: Some(vec![maatwerk::ExperiencePeriod {
            from: Some("2025-04-01".into()),
            relevant: Some(true),
            ..Default::default()
        }]),
        ..Default::default()
    };
    let typed = check_supervisor(&form, &ctx());
    let json = validate_json(Kind::Supervisor, &serde_json::to_string(&form).unwrap(), &ctx()).unwrap();
    assert_eq!(typed, json);
}

#[test]
fn one_month_short_is_said_in_the_singular_in_every_locale() {
    // December 2024 to October 2026: 23 whole months.
    let form = json!({ "name": "Lotte Maes", "responsible": true,
        "experience": [{ "from": "2024-12-01", "to": "2026-10-31", "relevant": true }] });
    let message = |locale| {
        let ctx = ctx().with_locale(locale);
        let report = validate_json(Kind::Supervisor, &form.to_string(), &ctx).unwrap();
        let issue = report.issues.iter().find(|i| i.code.as_str() == "supervisor.experience_too_short").unwrap();
        (issue.message.clone(), requirement(&report, "SUP-001").explanation.clone())
    };
    let (nl, nl_explanation) = message(Locale::Nl);
    assert!(nl.contains("23 van de 24 maanden") && nl.contains("nog 1 maand te gaan"), "{nl}");
    assert!(nl_explanation.contains("nog 1 maand te gaan"), "{nl_explanation}");
    let (en, en_explanation) = message(Locale::En);
    assert!(en.contains("1 month is still missing"), "{en}");
    assert!(en_explanation.contains("1 month to go"), "{en_explanation}");
    assert!(message(Locale::De).0.contains("noch 1 Monat offen"));
    assert!(message(Locale::Fr).0.contains("il manque encore 1 mois"));
}
