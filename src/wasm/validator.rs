//! `Validator` and `Session`, the classes of the JS contract: options read once, and a form
//! kept inside the module so that a keystroke sends one path and one value.

use super::convert::{field_path_in, form_json, input_error, path_of, read, refusal, text_of, to_js, validator, Json};
use crate::engine::{self, Kind};
use crate::model::bounds::MAX_INPUT_BYTES;
use crate::model::decode::SetError;
use crate::model::PathError;
use wasm_bindgen::prelude::*;

/// The kind named by a JS value.
pub(super) fn kind_of(kind: &JsValue) -> Result<Kind, JsError> {
    // The longest kind's name is 20 characters: a longer text is not copied.
    text_of(kind, 32).ok().flatten().unwrap_or_default().parse::<Kind>().map_err(|error| refusal(&error))
}

/// A validator for one form kind; its options are read once.
#[wasm_bindgen(js_name = Validator)]
pub struct JsValidator {
    inner: engine::Validator,
}

#[wasm_bindgen(js_class = Validator)]
impl JsValidator {
    /// A validator of `kind` forms with `options` (`{ asOf?, locale?, parameters? }`).
    #[wasm_bindgen(constructor)]
    pub fn new(
        #[wasm_bindgen(unchecked_param_type = "Kind")] kind: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "Options")] options: Option<JsValue>,
    ) -> Result<JsValidator, JsError> {
        Ok(Self { inner: validator(kind_of(&kind)?, options.as_ref())? })
    }

    /// The report on a form.
    #[wasm_bindgen(unchecked_return_type = "Report")]
    pub fn validate(&self, #[wasm_bindgen(unchecked_param_type = "object")] form: JsValue) -> Result<JsValue, JsError> {
        to_js(&self.inner.validate(form_json(&form)?.text()).map_err(input_error)?)
    }

    /// The errors in a form (and its warnings, with `warnings`), each with its code, severity,
    /// path and message (and `portalPath` with a mapping): what a schema library answers,
    /// without the report's requirements, explanations and completeness.
    #[wasm_bindgen(unchecked_return_type = "CheckIssue[]")]
    pub fn check(
        &self,
        #[wasm_bindgen(unchecked_param_type = "object")] form: JsValue,
        warnings: Option<bool>,
    ) -> Result<JsValue, JsError> {
        to_js(&self.inner.check(form_json(&form)?.text(), warnings.unwrap_or(false)).map_err(input_error)?)
    }

    /// The issues at or under `path` in a form, with the cross-field issues that involve it. A
    /// path that names no field of the form throws.
    #[wasm_bindgen(js_name = issuesAt, unchecked_return_type = "Issue[]")]
    pub fn issues_at(
        &self,
        #[wasm_bindgen(unchecked_param_type = "object")] form: JsValue,
        #[wasm_bindgen(unchecked_param_type = "string | (string | number)[]")] path: JsValue,
    ) -> Result<JsValue, JsError> {
        let path = field_path_in(self.inner.kind(), self.inner.mapping(), &path)?;
        to_js(&self.inner.issues_at(form_json(&form)?.text(), &path).map_err(input_error)?)
    }

    /// A session on a form: the form stays in the module; `set` changes one field.
    pub fn session(
        &self,
        #[wasm_bindgen(unchecked_param_type = "object")] form: JsValue,
    ) -> Result<JsSession, JsError> {
        Ok(JsSession {
            kind: self.inner.kind(),
            inner: self.inner.session(form_json(&form)?.text()).map_err(input_error)?,
        })
    }
}

/// A form being edited inside the module.
#[wasm_bindgen(js_name = Session)]
pub struct JsSession {
    kind: Kind,
    inner: engine::Session,
}

#[wasm_bindgen(js_class = Session)]
impl JsSession {
    /// Gives the field at `path` a new value (`undefined` or `null` clears it) and answers with
    /// what changed: the issues now at the field, and those that appeared or disappeared
    /// elsewhere.
    #[wasm_bindgen(unchecked_return_type = "Delta")]
    pub fn set(
        &mut self,
        #[wasm_bindgen(unchecked_param_type = "string | (string | number)[]")] path: JsValue,
        #[wasm_bindgen(unchecked_param_type = "unknown")] value: JsValue,
    ) -> Result<JsValue, JsError> {
        let json = value_json(&value)?;
        let set = match self.inner.mapping() {
            Some(mapping) => {
                let path = field_path_in(self.kind, Some(mapping), &path)?;
                let portal = mapping.portal_path(&path);
                self.inner.set_mapped(&portal, json.text())
            }
            None => self.inner.set(&path_of(&path)?, json.text()),
        };
        let delta = set.map_err(|error| match error {
            SetError::UnknownPath => refusal(&PathError::NoSuchField),
            SetError::Input(error) => input_error(error),
        })?;
        to_js(&delta)
    }

    /// The issues at or under `path`, and the cross-field issues that involve it. A path that
    /// names no field of the form throws.
    #[wasm_bindgen(js_name = issuesAt, unchecked_return_type = "Issue[]")]
    pub fn issues_at(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string | (string | number)[]")] path: JsValue,
    ) -> Result<JsValue, JsError> {
        to_js(&self.inner.issues_at(&field_path_in(self.kind, self.inner.mapping(), &path)?))
    }

    /// The report on the form as it stands.
    #[wasm_bindgen(unchecked_return_type = "Report")]
    pub fn report(&self) -> Result<JsValue, JsError> {
        to_js(&self.inner.report())
    }
}

/// One field's value as JSON text (or too large or too deep, an issue at the field);
/// `undefined` clears the field like `null`.
fn value_json(value: &JsValue) -> Result<Json, JsError> {
    if value.is_undefined() {
        return Ok(Json::Text("null".to_owned()));
    }
    read(value, MAX_INPUT_BYTES)
}
