//! The exported functions, named as the JS contract names them.

use super::convert::{context, form_json, input_error, to_js};
use crate::context::Locale;
use crate::rules::registry;
use crate::validate::{validate_json, Kind};
use wasm_bindgen::prelude::*;

/// Checks one qualified supervisor's qualification (SUP-001..005). Throws only when
/// `supervisor` is not an object or `options` are malformed.
#[wasm_bindgen(js_name = checkSupervisor, unchecked_return_type = "Report")]
pub fn check_supervisor(
    #[wasm_bindgen(unchecked_param_type = "Supervisor")] supervisor: JsValue,
    #[wasm_bindgen(unchecked_param_type = "Options | undefined")] options: JsValue,
) -> Result<JsValue, JsError> {
    let ctx = context(&options)?;
    let report = validate_json(Kind::Supervisor, &form_json(&supervisor)?, &ctx).map_err(input_error)?;
    to_js(&report)
}

/// The rule catalogue in a locale (default Dutch).
#[wasm_bindgen(js_name = rules, unchecked_return_type = "RuleInfo[]")]
pub fn rules(#[wasm_bindgen(unchecked_param_type = "Locale | undefined")] locale: JsValue) -> Result<JsValue, JsError> {
    let locale = match locale.as_string() {
        None if locale.is_undefined() || locale.is_null() => Locale::default(),
        Some(text) => serde_json::from_value(serde_json::Value::String(text))
            .map_err(|_| JsError::new("locale must be one of nl, fr, en, de"))?,
        None => return Err(JsError::new("locale must be one of nl, fr, en, de")),
    };
    to_js(&registry::rules(locale))
}
