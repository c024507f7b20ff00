//! An issue as the contract shows it.

use super::codes::Code;
use super::finding::Params;
use super::severity::Severity;
use crate::json::{Object, ToJson};
use crate::model::Path;
use crate::rule_id::RuleId;
use serde::Serialize;

/// Where a rule comes from: a citation and, when public, where to read it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
pub struct Source {
    /// A short citation, e.g. "FAQ kwaliteitsvolle begeleiding, Departement WSE".
    #[cfg_attr(feature = "typescript", tsify(type = "string"))]
    pub label: &'static str,
    /// Where to read it, when public.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "typescript", tsify(optional, type = "string"))]
    pub url: Option<&'static str>,
}

/// One problem in a form, at one field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
pub struct Issue {
    /// Stable code, e.g. `supervisor.experience_too_short`.
    #[cfg_attr(feature = "typescript", tsify(type = "string"))]
    pub code: Code,
    /// How much it weighs.
    pub severity: Severity,
    /// Where, as typed segments: keys and 0-based indexes; `[]` is the whole form.
    #[cfg_attr(feature = "typescript", tsify(type = "(string | number)[]"))]
    pub path: Path,
    /// The same path as text: `experience[1].to`.
    pub field: String,
    /// Values the message is built from, typed per code.
    #[cfg_attr(feature = "typescript", tsify(type = "Record<string, number | string | string[]>"))]
    pub params: Params,
    /// What is wrong and what to do, in the requested locale.
    pub message: String,
    /// Catalogue rule id, e.g. `SUP-002`.
    #[cfg_attr(feature = "typescript", tsify(type = "string"))]
    pub rule: RuleId,
    /// Where the rule comes from.
    pub source: Source,
    /// The same place in the portal's form, when the form was read through a
    /// [`Mapping`](crate::Mapping): `ervaring[1].tot`.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "typescript", tsify(optional))]
    pub portal_path: Option<String>,
}

impl ToJson for Source {
    fn write_json(&self, out: &mut String) {
        let mut object = Object::new(out);
        object.field("label", self.label).optional("url", &self.url);
        object.end();
    }
}

impl ToJson for Issue {
    fn write_json(&self, out: &mut String) {
        let mut object = Object::new(out);
        object
            .field("code", self.code.as_str())
            .field("severity", &self.severity)
            .field("path", &self.path)
            .field("field", &self.field)
            .field("params", &self.params)
            .field("message", &self.message)
            .field("rule", self.rule.as_str())
            .field("source", &self.source)
            .optional("portalPath", &self.portal_path);
        object.end();
    }
}
