//! `Validator` and `Session`, the classes of the JS contract: options read once, and a form
//! kept inside the module so that a keystroke sends one path and one value.

use super::convert::{
    field_path_in, form_json, input_error, path_of, path_text, read, refusal, text_of, to_js, validator, Json, PathText,
};
use crate::engine::{self, CheckIssue, Kind};
use crate::model::bounds::MAX_INPUT_BYTES;
use crate::model::decode::SetError;
use crate::model::{PathError, Step};
use crate::report::Severity;
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
        report(&self.inner, &form)
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
        let issues = self.inner.check(form_json(&form)?.text(), warnings.unwrap_or(false)).map_err(input_error)?;
        match compact(&issues) {
            Some(text) => Ok(issues_of(&text)),
            None => to_js(&issues),
        }
    }

    /// The issues at or under `path` in a form, with the cross-field issues that involve it. A
    /// path that names no field of the form throws.
    #[wasm_bindgen(js_name = issuesAt, unchecked_return_type = "Issue[]")]
    pub fn issues_at(
        &self,
        #[wasm_bindgen(unchecked_param_type = "object")] form: JsValue,
        #[wasm_bindgen(unchecked_param_type = "string | (string | number)[]")] path: JsValue,
    ) -> Result<JsValue, JsError> {
        issues_at(&self.inner, &form, &path)
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

/// The report on a form: the body of `Validator.validate` and of the `validate…` functions,
/// kept once.
pub(super) fn report(validator: &engine::Validator, form: &JsValue) -> Result<JsValue, JsError> {
    to_js(&validator.validate(form_json(form)?.text()).map_err(input_error)?)
}

/// The issues at or under `path` in a form: the body of `Validator.issuesAt` and of
/// `validateField`, kept once.
pub(super) fn issues_at(validator: &engine::Validator, form: &JsValue, path: &JsValue) -> Result<JsValue, JsError> {
    let path = field_path_in(validator.kind(), validator.mapping(), path)?;
    to_js(&validator.issues_at(form_json(form)?.text(), &path).map_err(input_error)?)
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
            // A path as text (a control's name) is the portal's path already: `set_mapped` maps
            // it once. A list is mapped to the wire's path and written back as the portal's.
            Some(mapping) => match path_text(&path)? {
                PathText::Text(portal) => self.inner.set_mapped(&portal, json.text()),
                PathText::List(json_path) => {
                    let wire = mapping.wire_path_of_list(self.kind, &json_path).map_err(|error| refusal(&error))?;
                    self.inner.set_mapped(&mapping.portal_path(&wire), json.text())
                }
            },
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

// The lean answer crosses as one text that `issues_of` cuts into the issues: on a broken form
// `JSON.parse` of the same issues was a fifth of the call. Each issue is the severity's initial,
// `1` when a portal path follows (else `0`), the code and US (\x1f); each path segment and GS
// (\x1d), then US; the portal path and US; the message and RS (\x1e). An index segment is
// digits, a key never starts with one (wire names are camelCase). The objects have the fields
// of a `CheckIssue`'s JSON, in its order.
#[wasm_bindgen(inline_js = "
export function issues_of(text) {
  const issues = [];
  let at = 0;
  while (at < text.length) {
    const initial = text.charCodeAt(at);
    const severity = initial === 101 ? 'error' : initial === 119 ? 'warning' : 'info';
    const mapped = text.charCodeAt(at + 1) === 49;
    let end = text.indexOf('\\x1f', at + 2);
    const code = text.slice(at + 2, end);
    at = end + 1;
    const path = [];
    while (text.charCodeAt(at) !== 31) {
      end = text.indexOf('\\x1d', at);
      const segment = text.slice(at, end);
      path.push(text.charCodeAt(at) < 58 ? Number(segment) : segment);
      at = end + 1;
    }
    at += 1;
    let portalPath = '';
    if (mapped) {
      end = text.indexOf('\\x1f', at);
      portalPath = text.slice(at, end);
      at = end + 1;
    }
    end = text.indexOf('\\x1e', at);
    const message = text.slice(at, end);
    at = end + 1;
    issues.push(mapped ? { code, severity, path, message, portalPath } : { code, severity, path, message });
  }
  return issues;
}")]
extern "C" {
    /// The issues [`compact`] wrote, as `CheckIssue` objects.
    fn issues_of(text: &str) -> JsValue;
}

/// The issues as the text `issues_of` reads, or `None` when a message or portal path holds a
/// control character (a separator there; none of the library's texts has one, a mapping's
/// path might), and the issues cross as JSON.
fn compact(issues: &[CheckIssue]) -> Option<String> {
    let plain = |text: &str| !text.bytes().any(|byte| byte < 0x20);
    let mut out = String::with_capacity(issues.iter().map(|issue| issue.message.len() + 64).sum());
    for issue in issues {
        out.push(match issue.severity {
            Severity::Error => 'e',
            Severity::Warning => 'w',
            Severity::Info => 'i',
        });
        out.push(if issue.portal_path.is_some() { '1' } else { '0' });
        out.push_str(issue.code.as_str());
        out.push('\u{1f}');
        for segment in issue.path.segments() {
            match segment.step() {
                Step::Key(key) => out.push_str(key.name()),
                Step::Index(index) => out.push_str(itoa::Buffer::new().format(index)),
            }
            out.push('\u{1d}');
        }
        out.push('\u{1f}');
        if let Some(portal) = &issue.portal_path {
            if !plain(portal) {
                return None;
            }
            out.push_str(portal);
            out.push('\u{1f}');
        }
        if !plain(&issue.message) {
            return None;
        }
        out.push_str(&issue.message);
        out.push('\u{1e}');
    }
    Some(out)
}
