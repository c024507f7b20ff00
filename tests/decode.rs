//! Lenient decoding: whatever a browser sends, each misfit is an issue at its path and the rest
//! of the form is still checked.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

use maatwerk::model::decode::{from_json, Expected, ShapeKind, ShapeProblem};
use maatwerk::model::plan::{Arrangements, SupportPlan};
use maatwerk::model::provider::{ProviderRegistration, Province};
use maatwerk::model::supervisor::ExperiencePeriod;
use maatwerk::model::{Path, Supervisor};
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
    for text in ["{", "", "{} x", "{\"planDate\": \"\\x\"}", "[1, 2"] {
        assert_eq!(validate_json(Kind::SupportPlan, text, &ctx).unwrap_err(), InputError::NotJson, "{text}");
    }
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

fn problem(path: &str, kind: ShapeKind) -> ShapeProblem {
    ShapeProblem { path: Path::parse(path).unwrap(), kind }
}

#[test]
fn nesting_of_any_depth_costs_no_stack_and_is_no_error() {
    let ctx = Context::from_options_json(r#"{"asOf":"2026-11-23"}"#, None).unwrap();
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    // Under a key the form does not have, it is skipped; under a field, it is one misfit.
    let report = validate_json(Kind::SupportPlan, &format!(r#"{{"a":{deep},"planDate":"2026-02-16"}}"#), &ctx).unwrap();
    assert!(!report.issues.iter().any(|i| i.code.as_str().starts_with("form.")), "{:?}", report.issues);
    let report = validate_json(Kind::SupportPlan, &format!(r#"{{"employee":{deep}}}"#), &ctx).unwrap();
    assert_eq!(codes_at(&report, "employee"), vec!["form.wrong_type"]);
}

#[test]
fn a_misfit_is_one_problem_at_its_field() {
    let decoded = from_json::<SupportPlan>(r#"{"employee":["x",3,{}],"planDate":[[[[[[[[[[1]]]]]]]]]]}"#).unwrap();
    assert_eq!(
        decoded.problems,
        vec![
            problem("employee", ShapeKind::WrongType(Expected::Group)),
            problem("planDate", ShapeKind::WrongType(Expected::Text)),
        ]
    );
    assert_eq!(decoded.form, SupportPlan::default());
}

#[test]
fn a_choice_that_is_not_text_is_a_wrong_type() {
    let decoded =
        from_json::<SupportPlan>(r#"{"indication":{"regime":3},"arrangements":{"followUpMode":{}}}"#).unwrap();
    assert_eq!(
        decoded.problems,
        vec![
            problem("indication.regime", ShapeKind::WrongType(Expected::Choice)),
            problem("arrangements.followUpMode", ShapeKind::WrongType(Expected::Choice)),
        ]
    );
}

#[test]
fn a_count_is_a_whole_number_in_range_and_a_percentage_any_finite_number() {
    let count = |json: &str| {
        let decoded = from_json::<SupportPlan>(&format!(r#"{{"arrangements":{{"followUpIntervalDays":{json}}}}}"#));
        let decoded = decoded.unwrap();
        (decoded.form.arrangements.and_then(|a| a.follow_up_interval_days), decoded.problems.len())
    };
    for json in ["14", "14.0", "1.4e1", "140e-1"] {
        assert_eq!(count(json), (Some(14), 0), "{json}");
    }
    assert_eq!(count("0"), (Some(0), 0));
    assert_eq!(count("4294967295"), (Some(u32::MAX), 0));
    for json in ["14.5", "-3", "4294967296", "1e400", "\"14\"", "true"] {
        assert_eq!(count(json), (None, 1), "{json}");
    }
    let decoded = from_json::<SupportPlan>(r#"{"arrangements":{"followUpIntervalDays":-3}}"#).unwrap();
    assert_eq!(
        decoded.problems,
        vec![problem("arrangements.followUpIntervalDays", ShapeKind::WrongType(Expected::Number))]
    );
    assert_eq!(decoded.form.arrangements, Some(Arrangements::default()));

    let percentage = |json: &str| {
        let text = format!(r#"{{"requestedPremiums":{{"ondersteuningspremiePercentage":{json}}}}}"#);
        let decoded = from_json::<maatwerk::model::Application>(&text).unwrap();
        (decoded.form.requested_premiums.and_then(|p| p.ondersteuningspremie_percentage), decoded.problems.len())
    };
    assert_eq!(percentage("33.5"), (Some(33.5), 0));
    assert_eq!(percentage("-2E1"), (Some(-20.0), 0));
    // Beyond f64: the field is a misfit, the form is still read (serde_json refused the whole text).
    assert_eq!(percentage("1e400"), (None, 1));
}

#[test]
fn list_items_that_do_not_fit_keep_the_indexes_of_the_others() {
    let text = r#"{"workingArea":{"provinces":["brussel","limburg",3,null]},"supervisors":[null,7,{"name":"A"}]}"#;
    let decoded = from_json::<ProviderRegistration>(text).unwrap();
    let area = decoded.form.working_area.unwrap();
    assert_eq!(area.provinces, Some(vec![None, Some(Province::Limburg), None, None]));
    let supervisors = decoded.form.supervisors.unwrap();
    assert_eq!(supervisors.len(), 3);
    assert_eq!(supervisors[2].name.as_deref(), Some("A"));
    assert_eq!(supervisors[0], Supervisor::default());
    let allowed = ["antwerpen", "limburg", "oostVlaanderen", "vlaamsBrabant", "westVlaanderen"];
    assert_eq!(
        decoded.problems,
        vec![
            problem(
                "workingArea.provinces[0]",
                ShapeKind::UnknownChoice { allowed: allowed.map(String::from).to_vec() }
            ),
            problem("workingArea.provinces[2]", ShapeKind::WrongType(Expected::Choice)),
            // A null row is an empty row, as a session's cleared row is.
            problem("supervisors[1]", ShapeKind::WrongType(Expected::Group)),
        ]
    );
}

#[test]
fn a_long_list_keeps_its_first_items_and_a_long_text_is_dropped() {
    let periods: Vec<_> = (0..150).map(|n| json!({ "description": n.to_string() })).collect();
    let text = json!({ "experience": periods, "name": "é".repeat(2_000), "title": "x" }).to_string();
    let decoded = from_json::<Supervisor>(&text).unwrap();
    let experience = decoded.form.experience.unwrap();
    assert_eq!(experience.len(), 100);
    assert_eq!(experience[99], ExperiencePeriod { description: Some("99".into()), ..Default::default() });
    assert_eq!(decoded.form.name.map(|n| n.chars().count()), Some(2_000));
    assert_eq!(decoded.problems, vec![problem("experience", ShapeKind::TooManyItems)]);

    let decoded = from_json::<Supervisor>(&json!({ "name": "x".repeat(2_001) }).to_string()).unwrap();
    assert_eq!(decoded.problems, vec![problem("name", ShapeKind::TooLong)]);
    assert_eq!(decoded.form.name, None);
    // The items past the bound are skipped, but still have to be JSON.
    let broken = format!(r#"{{"experience":[{}{{"from":}}]}}"#, "{},".repeat(120));
    assert_eq!(from_json::<Supervisor>(&broken).unwrap_err(), InputError::NotJson);
}

#[test]
fn pasted_text_with_a_lone_surrogate_is_read() {
    // JSON.stringify writes half of a surrogate pair as an escape; it reads as U+FFFD.
    let decoded =
        from_json::<Supervisor>(r#"{"name":"Sara \udc00 Janssens","experience":[{"description":"\ud83d\ude00"}]}"#);
    let decoded = decoded.unwrap();
    assert_eq!(decoded.form.name.as_deref(), Some("Sara \u{fffd} Janssens"));
    assert_eq!(decoded.form.experience.unwrap()[0].description.as_deref(), Some("😀"));
    assert!(decoded.problems.is_empty());
}

#[test]
fn unknown_keys_are_skipped_and_a_repeated_key_takes_its_last_value() {
    let text = r#"{"nickname":{"a":[1,{"b":"x"}]},"name":"A","name":"B","experience":null}"#;
    let decoded = from_json::<Supervisor>(text).unwrap();
    assert_eq!(decoded.form, Supervisor { name: Some("B".into()), ..Default::default() });
    assert!(decoded.problems.is_empty());
}
