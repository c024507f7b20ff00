//! The exported functions, named as the JS contract names them. Each converts its arguments,
//! calls the core, and converts the answer back.

use super::convert::{context, speaking_context, text_of, to_js, validator};
use super::validator::{issues_at, kind_of, report};
use crate::calendar::{iso, names, working_days};
use crate::engine::Kind;
use crate::ids::postcode;
use crate::locale::Locale;
use crate::model::bounds::MAX_TEXT_CHARS;
use crate::rules::ids;
use chrono::NaiveDate;
use wasm_bindgen::prelude::*;

fn validate(kind: Kind, form: &JsValue, options: Option<&JsValue>) -> Result<JsValue, JsError> {
    report(&validator(kind, options)?, form)
}

/// Validates an employer's (or self-employed person's) application.
#[wasm_bindgen(js_name = validateApplication, unchecked_return_type = "Report")]
pub fn validate_application(
    #[wasm_bindgen(unchecked_param_type = "Application")] form: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "Options")] options: Option<JsValue>,
) -> Result<JsValue, JsError> {
    validate(Kind::Application, &form, options.as_ref())
}

/// Validates an external service provider's registration.
#[wasm_bindgen(js_name = validateProviderRegistration, unchecked_return_type = "Report")]
pub fn validate_provider_registration(
    #[wasm_bindgen(unchecked_param_type = "ProviderRegistration")] form: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "Options")] options: Option<JsValue>,
) -> Result<JsValue, JsError> {
    validate(Kind::ProviderRegistration, &form, options.as_ref())
}

/// Validates a support plan (ondersteuningsplan) and its guidance arrangements.
#[wasm_bindgen(js_name = validateSupportPlan, unchecked_return_type = "Report")]
pub fn validate_support_plan(
    #[wasm_bindgen(unchecked_param_type = "SupportPlan")] form: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "Options")] options: Option<JsValue>,
) -> Result<JsValue, JsError> {
    validate(Kind::SupportPlan, &form, options.as_ref())
}

/// Checks one qualified supervisor's qualification (SUP-001..005).
#[wasm_bindgen(js_name = checkSupervisor, unchecked_return_type = "Report")]
pub fn check_supervisor(
    #[wasm_bindgen(unchecked_param_type = "Supervisor")] supervisor: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "Options")] options: Option<JsValue>,
) -> Result<JsValue, JsError> {
    validate(Kind::Supervisor, &supervisor, options.as_ref())
}

/// The issues at or under `path` in a form of `kind`, with the cross-field issues that involve
/// it: what a portal shows next to one field on each keystroke. A path that names no field of
/// the form (a misspelt key) throws, rather than answering an empty list.
#[wasm_bindgen(js_name = validateField, unchecked_return_type = "Issue[]")]
pub fn validate_field(
    #[wasm_bindgen(unchecked_param_type = "Kind")] kind: JsValue,
    #[wasm_bindgen(unchecked_param_type = "object")] form: JsValue,
    #[wasm_bindgen(unchecked_param_type = "string | (string | number)[]")] path: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "Options")] options: Option<JsValue>,
) -> Result<JsValue, JsError> {
    issues_at(&validator(kind_of(&kind)?, options.as_ref())?, &form, &path)
}

/// Stands for a text longer than any identifier, which stays in JavaScript: the checkers refuse
/// anything over 64 bytes before reading it, as they would the text itself.
const LONGER_THAN_AN_ID: &str = "-----------------------------------------------------------------";

/// An identifier's text: `None` when the value is not text.
fn id_text(value: &JsValue) -> Option<String> {
    text_of(value, LONGER_THAN_AN_ID.len() - 1).unwrap_or_else(|()| Some(LONGER_THAN_AN_ID.to_owned()))
}

/// An identifier's check in the options' locale: the three checks share this one body, taking
/// the checker as a pointer rather than each inlining its own copy.
#[inline(never)]
fn id_check(
    check: fn(Option<&str>, Locale) -> ids::IdCheck,
    value: &JsValue,
    options: Option<&JsValue>,
) -> Result<JsValue, JsError> {
    to_js(&check(id_text(value).as_deref(), speaking_context(options)?.locale))
}

/// Checks a national register or BIS number (INSZ). Any value is accepted: a non-string is
/// invalid, never an exception.
#[wasm_bindgen(js_name = checkInsz, unchecked_return_type = "IdCheck")]
pub fn check_insz(
    #[wasm_bindgen(unchecked_param_type = "unknown")] value: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "Options")] options: Option<JsValue>,
) -> Result<JsValue, JsError> {
    id_check(ids::check_insz, &value, options.as_ref())
}

/// Checks a Belgian enterprise number (KBO). Any value is accepted.
#[wasm_bindgen(js_name = checkKbo, unchecked_return_type = "IdCheck")]
pub fn check_kbo(
    #[wasm_bindgen(unchecked_param_type = "unknown")] value: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "Options")] options: Option<JsValue>,
) -> Result<JsValue, JsError> {
    id_check(ids::check_kbo, &value, options.as_ref())
}

/// Checks a Belgian IBAN. Any value is accepted.
#[wasm_bindgen(js_name = checkIban, unchecked_return_type = "IdCheck")]
pub fn check_iban(
    #[wasm_bindgen(unchecked_param_type = "unknown")] value: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "Options")] options: Option<JsValue>,
) -> Result<JsValue, JsError> {
    id_check(ids::check_iban, &value, options.as_ref())
}

/// The region of a Belgian postcode, or `null` for anything that is not one.
#[wasm_bindgen(js_name = regionOfPostcode, unchecked_return_type = "\"flanders\" | \"brussels\" | \"wallonia\" | null")]
pub fn region_of_postcode(
    #[wasm_bindgen(unchecked_param_type = "unknown")] value: JsValue,
) -> Result<JsValue, JsError> {
    match id_text(&value).as_deref().and_then(postcode::region_of) {
        Some(region) => to_js(&region),
        None => Ok(JsValue::NULL),
    }
}

fn date_arg(date: &JsValue) -> Result<NaiveDate, JsError> {
    // A date with more around it than a form's text may hold is not a date.
    text_of(date, MAX_TEXT_CHARS)
        .ok()
        .flatten()
        .as_deref()
        .and_then(iso::parse)
        .ok_or_else(|| JsError::new("date must be YYYY-MM-DD"))
}

/// A whole number from `min` to `max`, taken as a JS number so that nothing wraps (`2**32 + 5`
/// is not 5, `1.9` is not 1).
fn whole_number(value: f64, min: f64, max: f64) -> Option<f64> {
    Some(value).filter(|n| n.fract() == 0.0 && (min..=max).contains(n))
}

/// Most working days `addWorkingDays` counts: about 380 years, far beyond any deadline of the
/// scheme, and few enough that a call costs at most a few hundred steps (one per year).
const MAX_WORKING_DAYS: f64 = 100_000.0;

/// The `n`th working day after `date` ("within n working days of a request"). `n` is a whole
/// number from 0 to 100,000; a deadline after 9999-12-31 is an error.
#[wasm_bindgen(js_name = addWorkingDays)]
pub fn add_working_days(
    #[wasm_bindgen(unchecked_param_type = "string")] date: JsValue,
    n: f64,
    #[wasm_bindgen(unchecked_optional_param_type = "Options")] options: Option<JsValue>,
) -> Result<String, JsError> {
    let ctx = context(options.as_ref())?;
    let n = whole_number(n, 0.0, MAX_WORKING_DAYS)
        .ok_or_else(|| JsError::new("n must be a whole number of working days from 0 to 100000"))?;
    // Checked above: a whole number within u32's range converts exactly.
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let n = n as u32;
    working_days::add_working_days(date_arg(&date)?, n, &ctx.holiday_options())
        .map(iso::format)
        .ok_or_else(|| JsError::new("the deadline lies after 9999-12-31"))
}

/// Whether `date` is a working day (Monday to Friday, not a holiday).
#[wasm_bindgen(js_name = isWorkingDay)]
pub fn is_working_day(
    #[wasm_bindgen(unchecked_param_type = "string")] date: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "Options")] options: Option<JsValue>,
) -> Result<bool, JsError> {
    let ctx = context(options.as_ref())?;
    Ok(working_days::is_working_day(date_arg(&date)?, &ctx.holiday_options()))
}

/// The holidays of a year (a whole number from 1583, the first year of the Gregorian Easter,
/// to 9999), with names in the options' locale.
#[wasm_bindgen(js_name = holidays, unchecked_return_type = "HolidayEntry[]")]
pub fn holidays(
    year: f64,
    #[wasm_bindgen(unchecked_optional_param_type = "Options")] options: Option<JsValue>,
) -> Result<JsValue, JsError> {
    let ctx = speaking_context(options.as_ref())?;
    let year = whole_number(year, 1583.0, 9999.0)
        .ok_or_else(|| JsError::new("year must be a whole number from 1583 to 9999"))?;
    // Checked above: a whole number in that range converts exactly.
    #[allow(clippy::cast_possible_truncation)]
    let year = year as i32;
    to_js(&names::holiday_list(year, &ctx.holiday_options(), ctx.locale))
}
