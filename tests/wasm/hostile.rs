//! JavaScript that throws while the module reads an argument: a revoked Proxy, a Proxy whose
//! traps throw, a getter that throws. Each is an error for that call, caught at the boundary,
//! and thousands of them leave the module working. Shared by the Node and the Chromium runs.

use js_sys::{Function, Object, Proxy, Reflect, JSON};
use maatwerk::wasm::exports::{check_insz, check_supervisor, validate_field};
use maatwerk::wasm::validator::JsValidator;
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::*;

fn revoked() -> JsValue {
    let pair = Proxy::revocable(&Object::new(), &Object::new());
    let revoke: Function = Reflect::get(&pair, &"revoke".into()).unwrap().into();
    revoke.call0(&JsValue::NULL).unwrap();
    Reflect::get(&pair, &"proxy".into()).unwrap()
}

/// A Proxy over a list whose every trap throws.
fn throwing_list() -> JsValue {
    let thrower = Function::new_no_args("throw new TypeError('trap')");
    let handler = Object::new();
    for trap in ["get", "has", "ownKeys", "getOwnPropertyDescriptor", "getPrototypeOf"] {
        Reflect::set(&handler, &trap.into(), &thrower).unwrap();
    }
    Proxy::new(&js_sys::Array::new(), &handler).into()
}

fn options() -> JsValue {
    JSON::parse(r#"{"asOf":"2026-11-23","locale":"en"}"#).unwrap()
}

#[wasm_bindgen_test]
fn what_javascript_throws_is_an_error_for_that_call_only() {
    let getter =
        Function::new_no_args("return { get name() { throw new Error('getter'); } };").call0(&JsValue::NULL).unwrap();
    for _ in 0..3_000 {
        assert!(check_supervisor(revoked(), Some(options())).is_err());
        assert!(check_supervisor(getter.clone(), Some(options())).is_err());
        assert!(check_supervisor(Object::new().into(), Some(revoked())).is_err());
        assert!(validate_field("supervisor".into(), Object::new().into(), throwing_list(), Some(options())).is_err());
        assert!(validate_field("supervisor".into(), Object::new().into(), revoked(), Some(options())).is_err());
    }
    let validator = JsValidator::new("supervisor".into(), Some(options())).unwrap();
    let mut session = validator.session(Object::new().into()).unwrap();
    assert!(session.set(throwing_list(), "An".into()).is_err());
    assert!(session.set("name".into(), revoked()).is_err());
    // The module still gives the right answers.
    let valid = check_insz("85.07.30-033.28".into(), Some(options())).unwrap();
    assert_eq!(Reflect::get(&valid, &"valid".into()).unwrap(), JsValue::TRUE);
    let delta = session.set("name".into(), "An Peeters".into()).unwrap();
    assert_eq!(Reflect::get(&delta, &"at".into()).map(|at| js_sys::Array::from(&at).length()).unwrap(), 0);
}

#[wasm_bindgen_test]
fn numbers_and_dates_at_the_edges_are_errors_or_exact_answers() {
    use maatwerk::wasm::exports::{add_working_days, holidays, is_working_day};
    let day = || JsValue::from_str("2026-05-08");
    // Nothing wraps: 2^32 + 5 is not 5, 1.9 is not 1, 2^53 is not 0.
    for n in [4_294_967_301.0, 1.9, 9_007_199_254_740_992.0, -1.0, f64::NAN, f64::INFINITY, 6e7] {
        assert!(add_working_days(day(), n, None).is_err(), "{n}");
    }
    assert_eq!(add_working_days(day(), 0.0, None).unwrap(), "2026-05-08");
    // A deadline after the last four-digit date is an error, never "10000-01-07".
    assert!(add_working_days(JsValue::from_str("9999-12-31"), 5.0, None).is_err());
    assert_eq!(add_working_days(JsValue::from_str("9999-12-23"), 5.0, None).unwrap(), "9999-12-30");
    assert!(is_working_day(JsValue::from_str("9999-12-30"), None).unwrap());
    for year in [-1.0, f64::NAN, 1e9, 1582.0, 10_000.0, 2026.5] {
        assert!(holidays(year, None).is_err(), "{year}");
    }
    assert_eq!(js_sys::Array::from(&holidays(9999.0, None).unwrap()).length(), 11);
}

#[wasm_bindgen_test]
fn text_a_user_can_type_is_never_a_throw() {
    // A lone surrogate (what a paste can produce) and nesting far deeper than the bound.
    let form = Function::new_no_args(
        "let deep = {}; let at = deep; for (let i = 0; i < 1000; i++) { at.x = {}; at = at.x; } \
         return { name: 'An\\udc00 Peeters', competences: deep };",
    )
    .call0(&JsValue::NULL)
    .unwrap();
    let report = check_supervisor(form, Some(options())).unwrap();
    let issues = js_sys::Array::from(&Reflect::get(&report, &"issues".into()).unwrap());
    let fields: Vec<String> =
        issues.iter().map(|issue| Reflect::get(&issue, &"field".into()).unwrap().as_string().unwrap()).collect();
    assert!(!fields.contains(&"name".to_owned()), "{fields:?}");
}
