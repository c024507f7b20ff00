//! The JS boundary: partial input, wrong types, dates as strings, and the module still working
//! after bad input. Shared by the Node and the Chromium runs.

use js_sys::{Array, Object, Reflect, JSON};
use maatwerk::wasm::exports::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::*;

fn js(text: &str) -> JsValue {
    JSON::parse(text).unwrap()
}

fn options() -> JsValue {
    js(r#"{"asOf":"2026-11-23","locale":"en"}"#)
}

fn get(value: &JsValue, key: &str) -> JsValue {
    Reflect::get(value, &JsValue::from_str(key)).unwrap()
}

fn codes(report: &JsValue) -> Vec<String> {
    Array::from(&get(report, "issues")).iter().map(|issue| get(&issue, "code").as_string().unwrap()).collect()
}

fn issue_at(report: &JsValue, field: &str) -> Vec<String> {
    Array::from(&get(report, "issues"))
        .iter()
        .filter(|issue| get(issue, "field").as_string().as_deref() == Some(field))
        .map(|issue| get(&issue, "code").as_string().unwrap())
        .collect()
}

#[wasm_bindgen_test]
fn empty_form_is_a_report_not_an_error() {
    let report = check_supervisor(Object::new().into(), Some(options())).unwrap();
    assert_eq!(get(&report, "valid"), JsValue::FALSE);
    assert!(codes(&report).contains(&"supervisor.name_missing".to_owned()));
    let requirements = Array::from(&get(&report, "requirements"));
    let sup001 = requirements.iter().find(|r| get(r, "rule").as_string().as_deref() == Some("SUP-001")).unwrap();
    assert_eq!(get(&sup001, "status").as_string().as_deref(), Some("unknown"));
}

#[wasm_bindgen_test]
fn wrong_types_are_issues_at_their_path() {
    let report = check_supervisor(js(r#"{"name":"An","experience":5,"diplomas":[7]}"#), Some(options())).unwrap();
    assert_eq!(issue_at(&report, "experience"), vec!["form.wrong_type"]);
    assert!(issue_at(&report, "diplomas[0]").contains(&"form.wrong_type".to_owned()));
    let issue = Array::from(&get(&report, "issues")).get(0);
    let path = Array::from(&get(&issue, "path"));
    assert!(path.length() >= 1);
}

#[wasm_bindgen_test]
fn dates_are_strings_and_malformed_ones_are_issues() {
    let form = js(
        r#"{"name":"An","experience":[{"from":"2020-13-45","relevant":true},{"from":"2020-01-01","to":"2021-12-31","relevant":true}]}"#,
    );
    let report = check_supervisor(form, Some(options())).unwrap();
    assert_eq!(issue_at(&report, "experience[0].from"), vec!["supervisor.invalid_date"]);
    let message = Array::from(&get(&report, "issues"))
        .iter()
        .find(|i| get(i, "field").as_string().as_deref() == Some("experience[0].from"))
        .map(|i| get(&i, "message").as_string().unwrap())
        .unwrap();
    assert!(message.contains("YYYY-MM-DD"), "{message}");
}

#[wasm_bindgen_test]
fn qualification_explains_itself() {
    let form = js(r#"{"name":"An","experience":[{"from":"2025-04-01","relevant":true}]}"#);
    let report = check_supervisor(form, Some(options())).unwrap();
    let requirements = Array::from(&get(&report, "requirements"));
    let sup001 = requirements.iter().find(|r| get(r, "rule").as_string().as_deref() == Some("SUP-001")).unwrap();
    assert_eq!(get(&sup001, "status").as_string().as_deref(), Some("notMet"));
    let explanation = get(&sup001, "explanation").as_string().unwrap();
    assert!(explanation.contains("19 of 24 months"), "{explanation}");
}

#[wasm_bindgen_test]
fn non_objects_throw_and_the_module_keeps_working() {
    for bad in [JsValue::NULL, JsValue::UNDEFINED, JsValue::from_f64(5.0), JsValue::from_str("{}"), Array::new().into()]
    {
        assert!(check_supervisor(bad, Some(options())).is_err());
    }
    let cyclic = Object::new();
    Reflect::set(&cyclic, &"self".into(), &cyclic).unwrap();
    assert!(check_supervisor(cyclic.into(), Some(options())).is_err());
    assert!(check_supervisor(Object::new().into(), Some(js(r#"{"asOf":"2026-13-45"}"#))).is_err());
    assert!(check_supervisor(Object::new().into(), Some(js(r#"{"locale":"xx"}"#))).is_err());
    let report =
        check_supervisor(js(r#"{"name":"An","diplomas":[{"code":"ba-sociaal-werk"}]}"#), Some(options())).unwrap();
    assert_eq!(get(&report, "valid"), JsValue::TRUE);
}

#[wasm_bindgen_test]
fn deep_and_long_input_is_bounded() {
    let deep = format!("{}{}", r#"{"experience":"#.to_owned() + &"[".repeat(50), "]".repeat(50) + "}");
    let report = check_supervisor(js(&deep), Some(options())).unwrap();
    assert!(codes(&report).iter().any(|c| c.starts_with("form.")));
    let long = format!(r#"{{"name":"{}"}}"#, "x".repeat(5000));
    let report = check_supervisor(js(&long), Some(options())).unwrap();
    // The text is left out: one problem, one issue (not also the name missing).
    assert_eq!(issue_at(&report, "name"), vec!["form.too_long"]);
}

#[wasm_bindgen_test]
fn identifier_checks_take_any_value() {
    let valid = check_insz(JsValue::from_str("85.07.30-033.28"), None).unwrap();
    assert_eq!(get(&valid, "valid"), JsValue::TRUE);
    assert_eq!(get(&valid, "normalized").as_string().as_deref(), Some("85073003328"));
    for bad in [JsValue::UNDEFINED, JsValue::NULL, JsValue::from_f64(85073003328.0), Object::new().into()] {
        let answer = check_insz(bad, None).unwrap();
        assert_eq!(get(&answer, "valid"), JsValue::FALSE);
        assert_eq!(get(&answer, "code").as_string().as_deref(), Some("id.insz_empty"));
    }
    let kbo = check_kbo(JsValue::from_str("0431.150.351"), Some(options())).unwrap();
    assert_eq!(get(&kbo, "code").as_string().as_deref(), Some("id.kbo_check_digits"));
    let iban = check_iban(JsValue::from_str("BE68 5390 0754 7034"), None).unwrap();
    assert_eq!(get(&iban, "formatted").as_string().as_deref(), Some("BE68 5390 0754 7034"));
    assert_eq!(region_of_postcode(JsValue::from_str("1640")).unwrap().as_string().as_deref(), Some("flanders"));
    assert!(region_of_postcode(JsValue::from_f64(1000.0)).unwrap().is_null());
}

#[wasm_bindgen_test]
fn calendar_functions() {
    assert_eq!(add_working_days(JsValue::from_str("2026-05-08"), 5.0, None).unwrap(), "2026-05-18");
    assert!(!is_working_day(JsValue::from_str("2026-07-21"), None).unwrap());
    assert!(!is_working_day(JsValue::from_str("2025-07-11"), None).unwrap());
    let off = js(r#"{"parameters":{"flemishCommunityDayOff":false}}"#);
    assert!(is_working_day(JsValue::from_str("2025-07-11"), Some(off)).unwrap());
    assert!(add_working_days(JsValue::from_str("8 May"), 5.0, None).is_err());
    let list = Array::from(&holidays(2026.0, Some(js(r#"{"locale":"fr"}"#))).unwrap());
    assert_eq!(list.length(), 11);
    let ascension = list.iter().find(|h| get(h, "id").as_string().as_deref() == Some("ascension")).unwrap();
    assert_eq!(get(&ascension, "date").as_string().as_deref(), Some("2026-05-14"));
    assert_eq!(get(&ascension, "name").as_string().as_deref(), Some("Ascension"));
}

#[wasm_bindgen_test]
fn validate_field_takes_text_or_segments() {
    let form = js(r#"{"name":"An","experience":[{"from":"2020-13-45","relevant":true}]}"#);
    let by_text = validate_field("supervisor".into(), form.clone(), "experience[0]".into(), Some(options())).unwrap();
    let segments: JsValue = js(r#"["experience", 0, "from"]"#);
    let by_segments = validate_field("supervisor".into(), form.clone(), segments, Some(options())).unwrap();
    assert_eq!(Array::from(&by_text).length(), 1);
    assert_eq!(Array::from(&by_segments).length(), 1);
    let name_only = validate_field("supervisor".into(), form.clone(), "name".into(), Some(options())).unwrap();
    assert_eq!(Array::from(&name_only).length(), 0);
    assert!(validate_field("nonsense".into(), form.clone(), "name".into(), Some(options())).is_err());
    assert!(validate_field("supervisor".into(), form.clone(), "a[x]".into(), Some(options())).is_err());
    // A misspelt key, or an index where a key belongs, is an error, not an empty list; a field
    // left empty, an item past the form's rows, and the whole form are paths like any other.
    for misspelt in ["nmae", "experience[0].form", "name[0]", "experience.from"] {
        assert!(
            validate_field("supervisor".into(), form.clone(), misspelt.into(), Some(options())).is_err(),
            "{misspelt}"
        );
    }
    for empty in ["competences", "experience[3].to", ""] {
        assert!(validate_field("supervisor".into(), form.clone(), empty.into(), Some(options())).is_ok(), "{empty}");
    }
}
