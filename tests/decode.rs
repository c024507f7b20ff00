//! Lenient decoding: whatever a browser sends, each misfit is an issue at its path and the rest
//! of the form is still checked.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

use maatwerk::{validate_json, Context, InputError, Kind, Report};
use serde_json::json;

fn check(kind: Kind, form: serde_json::Value) -> Report {
    let ctx = Context::from_options_json(r#"{"asOf":"2026-11-23","locale":"en"}"#, None).unwrap();
    validate_json(kind, &form.to_string(), &ctx).unwrap()
}

fn codes_at(report: &Report, field: &str) -> Vec<&'static str> {
    report.issues.iter().filter(|i| i.field == field).map(|i| i.code.as_str()).collect()
}

#[test]
fn a_list_where_a_group_belongs_is_a_misfit_not_a_group_by_position() {
    let report =
        check(Kind::Application, json!({ "vdabIndication": { "date": "2025-01-10", "measures": [true, false] } }));
    assert!(codes_at(&report, "vdabIndication.measures").contains(&"form.wrong_type"), "{:?}", report.issues);
    let issue = report.issues.iter().find(|i| i.field == "vdabIndication.measures").unwrap();
    assert_eq!(serde_json::to_value(&issue.params).unwrap(), json!({ "expected": "group" }));
}

#[test]
fn one_bad_item_in_a_list_of_texts_keeps_the_others() {
    let report = check(
        Kind::ProviderRegistration,
        json!({ "workingArea": { "municipalities": ["9000 Gent", 42, "1000 Brussel"] } }),
    );
    assert_eq!(codes_at(&report, "workingArea.municipalities[1]"), vec!["form.wrong_type"]);
    // The third item is still read and checked: Brussels is outside Flanders.
    assert!(!codes_at(&report, "workingArea.municipalities[2]").is_empty(), "{:?}", report.issues);
}

#[test]
fn an_unknown_choice_lists_the_allowed_ones() {
    let report = check(Kind::SupportPlan, json!({ "indication": { "regime": "extreem" } }));
    let issue = report.issues.iter().find(|i| i.field == "indication.regime").unwrap();
    assert_eq!(issue.code.as_str(), "form.unknown_choice");
    assert_eq!(serde_json::to_value(&issue.params).unwrap(), json!({ "allowed": ["laag", "midden", "hoog"] }));
    assert!(!issue.message.contains("extreem"));
}

#[test]
fn only_a_non_object_or_non_json_is_an_error() {
    let ctx = Context::from_options_json(r#"{"asOf":"2026-11-23"}"#, None).unwrap();
    for text in ["null", "42", "\"text\"", "[]", "[{}]"] {
        assert_eq!(validate_json(Kind::SupportPlan, text, &ctx).unwrap_err(), InputError::NotAnObject, "{text}");
    }
    assert_eq!(validate_json(Kind::SupportPlan, "{", &ctx).unwrap_err(), InputError::NotJson);
    let deep = format!("{}{}", "[".repeat(500), "]".repeat(500));
    assert_eq!(validate_json(Kind::SupportPlan, &format!("{{\"a\":{deep}}}"), &ctx).unwrap_err(), InputError::NotJson);
    let huge = format!("{{\"planDate\":\"{}\"}}", "x".repeat(1_100_000));
    assert_eq!(validate_json(Kind::SupportPlan, &huge, &ctx).unwrap_err(), InputError::TooLarge);
}

#[test]
fn bounds_are_reported_at_their_path() {
    let periods: Vec<_> = (0..150).map(|_| json!({ "from": "2020-01-01", "relevant": true })).collect();
    let report = check(Kind::Supervisor, json!({ "name": "A", "experience": periods }));
    assert_eq!(codes_at(&report, "experience"), vec!["form.too_many_items"]);
    let nested = json!({ "name": "A", "experience": [[[[[[[[[[1]]]]]]]]]] });
    let report = check(Kind::Supervisor, nested);
    assert!(report.issues.iter().any(|i| i.code.as_str().starts_with("form.")));
}

#[test]
fn every_kind_survives_every_wrong_type_at_its_root_fields() {
    let wrong = [json!(1), json!("x"), json!(true), json!([1, 2]), json!({ "a": 1 }), json!(null)];
    let fields = [
        (
            Kind::Application,
            vec![
                "employer",
                "employee",
                "selfEmployed",
                "vdabIndication",
                "contract",
                "applicationDate",
                "requestedPremiums",
                "guidance",
            ],
        ),
        (
            Kind::ProviderRegistration,
            vec!["organisation", "procedure", "workingArea", "supervisors", "conditions", "registration"],
        ),
        (
            Kind::SupportPlan,
            vec!["planDate", "employee", "supervisor", "collegaCoach", "arrangements", "actionPoints", "signatures"],
        ),
        (Kind::Supervisor, vec!["name", "responsible", "diplomas", "experience", "competences"]),
    ];
    for (kind, names) in fields {
        for name in names {
            for value in &wrong {
                let report = check(kind, json!({ name: value }));
                assert!(!report.requirements.is_empty(), "{kind:?}.{name} = {value}");
            }
        }
    }
}
