//! Conversions between JS values and the core's JSON, and the default as-of date.

use crate::context::{Context, Options};
use crate::json::ToJson;
use crate::model::decode::InputError;
use crate::model::Path;
use chrono::NaiveDate;
use js_sys::{Date, JSON};
use wasm_bindgen::prelude::*;

/// Today in the browser's time zone: the as-of date when the options give none.
fn today() -> Option<NaiveDate> {
    let now = Date::new_0();
    let month = now.get_month().checked_add(1)?;
    NaiveDate::from_ymd_opt(i32::try_from(now.get_full_year()).ok()?, month, now.get_date())
}

/// The context from JS options (`undefined` or `null` for none). The clock is read only when
/// the options give no `asOf`.
pub(super) fn context(options: Option<&JsValue>) -> Result<Context, JsError> {
    let options = match options.filter(|o| !o.is_undefined() && !o.is_null()) {
        None => Options::default(),
        Some(options) => {
            let text = json_text(options).ok_or_else(|| JsError::new("options cannot be read as JSON"))?;
            Options::from_json(&text).map_err(|error| JsError::new(&error.to_string()))?
        }
    };
    let today = if options.as_of.is_none() { today() } else { None };
    Context::from_options(&options, today).map_err(|e| JsError::new(&e.to_string()))
}

#[wasm_bindgen(
    inline_js = "export function json_text(value) { try { const text = JSON.stringify(value); return typeof text === 'string' ? text : undefined; } catch (_) { return undefined; } }"
)]
extern "C" {
    /// `JSON.stringify(value)`, or nothing when it throws or gives no text. The exception is
    /// caught in JavaScript and never reaches the module: wasm-bindgen's catching imports lose
    /// a slot of the externref table for each exception they take.
    pub(super) fn json_text(value: &JsValue) -> Option<String>;
}

/// A form as JSON text; anything but a plain object is an error. What the module reads of a
/// form, options, a path or a value, it reads through [`json_text`]: the one call into
/// JavaScript that runs page code (getters, `toJSON`, a Proxy's traps). Whether a form is a list
/// is read from its JSON (a Proxy cannot make `Array.isArray` throw here).
pub(super) fn form_json(form: &JsValue) -> Result<String, JsError> {
    let not_an_object = || JsError::new(&InputError::NotAnObject.to_string());
    if !form.is_object() {
        return Err(not_an_object());
    }
    let text = json_text(form).ok_or_else(|| JsError::new("the form cannot be read as JSON (a cycle, a BigInt, a getter that throws, or nesting deeper than JavaScript can write)"))?;
    if !text.starts_with('{') {
        return Err(not_an_object());
    }
    Ok(text)
}

/// A core value as a plain JS value: its JSON text, parsed by the engine's own parser, which
/// builds the objects faster than calls from wasm would, one property at a time.
pub(super) fn to_js(value: &(impl ToJson + ?Sized)) -> Result<JsValue, JsError> {
    // Sized for a report with a few dozen issues, so the text is not copied as it grows.
    let mut text = String::with_capacity(16 * 1024);
    value.write_json(&mut text);
    JSON::parse(&text).map_err(|_| JsError::new("internal error: report not parseable"))
}

/// An input error as a JS `Error`.
pub(super) fn input_error(error: InputError) -> JsError {
    JsError::new(&error.to_string())
}

/// A path given as text (`experience[1].to`) or as segments (`["experience", 1, "to"]`).
pub(super) fn path_of(value: &JsValue) -> Result<Path, JsError> {
    let invalid = || JsError::new("path must be text like experience[1].to or a list of keys and indexes");
    if let Some(text) = value.as_string() {
        return Path::parse(&text).ok_or_else(invalid);
    }
    // Segments are read from their JSON, not by iterating the JS value: an iterator or a
    // Proxy's trap that throws then fails `JSON.stringify`, which catches.
    json_text(value).and_then(|text| Path::from_json(&text)).ok_or_else(invalid)
}
