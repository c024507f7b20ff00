//! Conversions between JS values and the core's JSON, and the default as-of date.

use crate::context::{Context, Options, OptionsError};
use crate::model::decode::InputError;
use crate::model::{Path, Segment};
use chrono::NaiveDate;
use js_sys::{Array, Date, JSON};
use serde::Serialize;
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
            let text = JSON::stringify(options)
                .ok()
                .and_then(|s| s.as_string())
                .ok_or_else(|| JsError::new("options cannot be read as JSON"))?;
            serde_json::from_str(&text).map_err(|_| JsError::new(&OptionsError::Malformed.to_string()))?
        }
    };
    let today = if options.as_of.is_none() { today() } else { None };
    Context::from_options(&options, today).map_err(|e| JsError::new(&e.to_string()))
}

/// A form as JSON text; anything but a plain object is an error.
pub(super) fn form_json(form: &JsValue) -> Result<String, JsError> {
    if !form.is_object() || Array::is_array(form) {
        return Err(JsError::new(&InputError::NotAnObject.to_string()));
    }
    JSON::stringify(form)
        .ok()
        .and_then(|s| s.as_string())
        .ok_or_else(|| JsError::new("the form cannot be read as JSON (a cycle or a BigInt)"))
}

/// A core value as a plain JS value.
pub(super) fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    // Sized for a report with a few dozen issues, so the text is not copied as it grows.
    let mut text = Vec::with_capacity(16 * 1024);
    serde_json::to_writer(&mut text, value).map_err(|_| JsError::new("internal error: report not serializable"))?;
    let text = String::from_utf8(text).map_err(|_| JsError::new("internal error: report not text"))?;
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
    if !Array::is_array(value) {
        return Err(invalid());
    }
    let mut segments = Vec::new();
    for item in Array::from(value).iter() {
        if let Some(key) = item.as_string() {
            segments.push(Segment::Key(key.into()));
        } else {
            let index = item.as_f64().filter(|n| n.fract() == 0.0 && *n >= 0.0 && *n <= 1e6).ok_or_else(invalid)?;
            // The filter above bounds the number, so the conversion is exact.
            #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
            segments.push(Segment::Index(index as usize));
        }
    }
    Ok(Path::from(segments))
}
