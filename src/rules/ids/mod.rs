//! Family `id`: Belgian identifiers wherever a form holds one, and the single-value checks
//! the contract exports (`checkInsz`, `checkKbo`, `checkIban`): one file per rule (ID-INSZ,
//! ID-KBO, ID-IBAN, ID-POST) with its codes; here the readers every family calls.

pub mod id_iban;
pub mod id_insz;
pub mod id_kbo;
pub mod id_post;

use super::outcome::Outcome;
use crate::ids::iban;
use crate::ids::insz::{self, Insz};
use crate::ids::kbo;
use crate::locale::Locale;
use crate::model::Path;
use crate::report::{messages, Code, Finding, Params};
use serde::Serialize;

/// Reads an identifier field: `None` when empty (a completeness gap, not an issue) or
/// invalid (reported at `path`).
pub(crate) fn field<T, E: Into<Code>>(
    text: Option<&str>,
    path: Path,
    check: impl Fn(&str) -> Result<T, E>,
    out: &mut Outcome,
) -> Option<T> {
    let text = text.map(str::trim).filter(|t| !t.is_empty())?;
    match check(text) {
        Ok(value) => Some(value),
        Err(error) => {
            out.push(Finding::new(error.into(), path));
            None
        }
    }
}

/// An INSZ field.
pub fn insz_field(text: Option<&str>, path: Path, out: &mut Outcome) -> Option<Insz> {
    field(text, path, insz::check, out)
}

/// A KBO field; the normalized 10 digits when valid.
pub fn kbo_field(text: Option<&str>, path: Path, out: &mut Outcome) -> Option<String> {
    field(text, path, kbo::check, out).map(|kbo| kbo.normalized)
}

pub use id_post::postcode_field;

/// The answer of `checkInsz`, `checkKbo` and `checkIban`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
pub struct IdCheck {
    /// Whether the identifier is valid.
    pub valid: bool,
    /// Digits only (`BE` + digits for an IBAN), when valid.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "typescript", tsify(optional))]
    pub normalized: Option<String>,
    /// The usual written form (`0403.019.261`, `BE68 5390 0754 7034`), when valid.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "typescript", tsify(optional))]
    pub formatted: Option<String>,
    /// The issue code, when invalid.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "typescript", tsify(optional))]
    pub code: Option<String>,
    /// What is wrong, in the requested locale, when invalid.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "typescript", tsify(optional))]
    pub message: Option<String>,
    /// INSZ only: `national`, `bisSexUnknown` or `bisSexKnown`.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "typescript", tsify(optional))]
    pub kind: Option<String>,
    /// INSZ only: the birth date in the number, when known (`YYYY-MM-DD`).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "typescript", tsify(optional))]
    pub birth_date: Option<String>,
}

/// The answer for a checked identifier: its written forms when valid, else its code and
/// message.
fn answer<E: Into<Code>>(checked: Result<(String, String), E>, locale: Locale) -> IdCheck {
    match checked {
        Ok((normalized, formatted)) => {
            IdCheck { valid: true, normalized: Some(normalized), formatted: Some(formatted), ..IdCheck::default() }
        }
        Err(error) => {
            let code: Code = error.into();
            IdCheck {
                code: Some(code.as_str().to_owned()),
                message: Some(messages::issue_message(code, &Params::new(), locale)),
                ..IdCheck::default()
            }
        }
    }
}

/// `checkInsz`: `None` stands for a value that is not text.
pub fn check_insz(text: Option<&str>, locale: Locale) -> IdCheck {
    let checked = insz::check(text.unwrap_or_default());
    let mut answer =
        answer(checked.as_ref().map(|number| (number.normalized.clone(), number.formatted())).map_err(|e| *e), locale);
    if let Ok(number) = checked {
        answer.kind = Some(number.kind.wire_name().to_owned());
        answer.birth_date = number.birth_date.map(crate::calendar::iso::format);
    }
    answer
}

/// `checkKbo`: `None` stands for a value that is not text.
pub fn check_kbo(text: Option<&str>, locale: Locale) -> IdCheck {
    answer(kbo::check(text.unwrap_or_default()).map(|number| (number.normalized.clone(), number.formatted())), locale)
}

/// `checkIban`: `None` stands for a value that is not text.
pub fn check_iban(text: Option<&str>, locale: Locale) -> IdCheck {
    answer(iban::check(text.unwrap_or_default()).map(|number| (number.normalized.clone(), number.formatted())), locale)
}

impl crate::json::ToJson for IdCheck {
    fn write_json(&self, out: &mut String) {
        let mut object = crate::json::Object::new(out);
        object
            .field("valid", &self.valid)
            .optional("normalized", &self.normalized)
            .optional("formatted", &self.formatted)
            .optional("code", &self.code)
            .optional("message", &self.message)
            .optional("kind", &self.kind)
            .optional("birthDate", &self.birth_date);
        object.end();
    }
}
