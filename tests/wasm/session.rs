//! `Validator` and `Session` through the JS boundary: options read once, a change of one field
//! answered with its delta, `issuesAt`, `report`, and errors for a misspelt path (`free` is the
//! JS glue's, tested by the package's consumer test).
//! Shared by the Node and the Chromium runs.

use js_sys::{Array, Reflect, JSON};
use maatwerk::wasm::exports::validate_support_plan;
use maatwerk::wasm::validator::JsValidator;
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::*;

fn js(text: &str) -> JsValue {
    JSON::parse(text).unwrap()
}

fn get(value: &JsValue, key: &str) -> JsValue {
    Reflect::get(value, &JsValue::from_str(key)).unwrap()
}

fn codes(issues: &JsValue) -> Vec<String> {
    Array::from(issues).iter().map(|issue| get(&issue, "code").as_string().unwrap()).collect()
}

fn options() -> JsValue {
    js(r#"{"asOf":"2026-11-23","locale":"en"}"#)
}

/// A supervisor with 19 months of relevant experience: not qualified yet.
fn short_supervisor() -> JsValue {
    js(r#"{"name":"Sara Janssens","experience":[{"from":"2025-04-01","relevant":true}]}"#)
}

#[wasm_bindgen_test]
fn a_session_answers_a_change_with_its_delta() {
    let validator = JsValidator::new("supervisor".into(), Some(options())).unwrap();
    let mut session = validator.session(short_supervisor()).unwrap();
    assert!(codes(&get(&session.report().unwrap(), "issues")).contains(&"supervisor.experience_too_short".into()));

    // Five more years of experience: the shortfall at `experience` goes, the form is valid.
    let delta = session.set("experience[0].from".into(), "2020-04-01".into()).unwrap();
    assert_eq!(get(&delta, "valid"), JsValue::TRUE, "{:?}", JSON::stringify(&delta));
    assert!(codes(&get(&delta, "at")).is_empty());
    assert_eq!(codes(&get(&delta, "removed")), vec!["supervisor.experience_too_short"]);
    assert!(codes(&get(&delta, "added")).is_empty());

    // Cleared again (undefined clears like null): the start is missing, at the field itself.
    let delta = session.set(js(r#"["experience", 0, "from"]"#), JsValue::UNDEFINED).unwrap();
    assert_eq!(codes(&get(&delta, "at")), vec!["supervisor.period_from_missing"]);
    assert_eq!(codes(&session.issues_at("experience[0].from".into()).unwrap()), vec!["supervisor.period_from_missing"]);
}

#[wasm_bindgen_test]
fn a_session_gives_what_a_stateless_validation_gives() {
    let form = js(r#"{"guidanceIndicated":true,"planDate":"2026-02-16","employmentStart":"2026-01-05"}"#);
    let validator = JsValidator::new("supportPlan".into(), Some(options())).unwrap();
    let mut session = validator.session(form).unwrap();
    session.set("arrangements.followUpIntervalDays".into(), JsValue::from(30)).unwrap();
    let changed = js(
        r#"{"guidanceIndicated":true,"planDate":"2026-02-16","employmentStart":"2026-01-05","arrangements":{"followUpIntervalDays":30}}"#,
    );
    let fresh = validate_support_plan(changed.clone(), Some(options())).unwrap();
    assert_eq!(JSON::stringify(&session.report().unwrap()).unwrap(), JSON::stringify(&fresh).unwrap());
    assert_eq!(JSON::stringify(&validator.validate(changed).unwrap()).unwrap(), JSON::stringify(&fresh).unwrap());
}

#[wasm_bindgen_test]
fn a_wrong_value_is_an_issue_and_a_misspelt_path_an_error() {
    let validator = JsValidator::new("supervisor".into(), Some(options())).unwrap();
    let mut session = validator.session(short_supervisor()).unwrap();
    let delta = session.set("experience".into(), JsValue::from(5)).unwrap();
    let at = Array::from(&get(&delta, "at"));
    let wrong = at.iter().find(|issue| get(issue, "code").as_string().as_deref() == Some("form.wrong_type")).unwrap();
    assert_eq!(get(&wrong, "field").as_string().as_deref(), Some("experience"));
    assert!(session.set("experiense[0].from".into(), "2020-01-01".into()).is_err());
    assert!(session.set("name.first".into(), "A".into()).is_err());
    // The session still works after the errors.
    let delta = session.set("experience".into(), js(r#"[{"from":"2020-04-01","relevant":true}]"#)).unwrap();
    assert_eq!(get(&delta, "valid"), JsValue::TRUE);
}

#[wasm_bindgen_test]
fn a_validator_refuses_a_kind_or_options_it_does_not_know() {
    assert!(JsValidator::new("plan".into(), Some(options())).is_err());
    assert!(JsValidator::new("supervisor".into(), Some(js(r#"{"asOf":"23/11/2026"}"#))).is_err());
    assert!(JsValidator::new("supervisor".into(), Some(js(r#"{"asof":"2026-11-23"}"#))).is_err());
}
