//! The context of a verdict: the date it is given as of, the language of the messages, and
//! the parameters that the sources leave uncertain.
//!
//! The core never reads a clock: the caller passes the as-of date (the wasm layer defaults it
//! to today in the browser), so the same input gives the same verdict everywhere.

pub(crate) mod decode;
mod diplomas;

use crate::calendar::iso;
pub use crate::locale::Locale;
use crate::mapping::{Mapping, MappingError};
use crate::model::decode::{Expected, ShapeKind, Unfit};
use crate::model::Path;
use chrono::NaiveDate;
pub use diplomas::{is_listed, DiplomaEntry};
use serde::{Deserialize, Serialize};
use std::borrow::Cow;

/// The values the sources leave uncertain, each with the default the catalogue gives.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Parameters {
    /// PLAN-002: months after the start of the employment within which the support plan is
    /// drawn up ("liefst in de eerste maanden"). Default 3.
    pub plan_first_months: u32,
    /// CAL: whether 11 July (Flemish Community holiday) is a day off for deadlines. Default true.
    pub flemish_community_day_off: bool,
    /// SUP-003: the relevant diplomas. Default: the recognised list of collectief maatwerk
    /// (MB 4 March 2024).
    pub relevant_diplomas: Cow<'static, [DiplomaEntry]>,
    /// APP-008: from which date an application must be filed during the employment.
    /// Default 2024-01-01.
    #[serde(serialize_with = "iso::serialize")]
    pub application_during_employment_from: NaiveDate,
}

impl Default for Parameters {
    fn default() -> Self {
        Self {
            plan_first_months: 3,
            flemish_community_day_off: true,
            relevant_diplomas: Cow::Borrowed(&diplomas::DEFAULT),
            application_during_employment_from: NaiveDate::from_ymd_opt(2024, 1, 1).unwrap_or_default(),
        }
    }
}

/// Overrides for [`Parameters`]; what is absent keeps its default.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase", default, deny_unknown_fields)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct ParameterOverrides {
    /// See [`Parameters::plan_first_months`].
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub plan_first_months: Option<u32>,
    /// See [`Parameters::flemish_community_day_off`].
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub flemish_community_day_off: Option<bool>,
    /// See [`Parameters::relevant_diplomas`]; replaces the whole list.
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub relevant_diplomas: Option<Vec<DiplomaEntry>>,
    /// See [`Parameters::application_during_employment_from`]; `YYYY-MM-DD`.
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub application_during_employment_from: Option<String>,
}

/// The options every validator takes: `{ asOf?, locale?, parameters? }`.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase", default, deny_unknown_fields)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct Options {
    /// The date of the verdict, `YYYY-MM-DD`; in the browser it defaults to today.
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub as_of: Option<String>,
    /// Language of the messages; default Dutch.
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub locale: Option<Locale>,
    /// Overrides of the uncertain parameters.
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub parameters: Option<ParameterOverrides>,
    /// The portal's form shape (see [`Mapping`]): the forms are read through it, and issues
    /// carry the portal's paths. Not part of a verdict's context: a validator takes it.
    #[cfg_attr(target_arch = "wasm32", tsify(optional, type = "Mapping"))]
    pub mapping: Option<Mapping>,
}

impl Options {
    /// Options from JSON text: an object with `asOf`, `locale` and `parameters`, each optional;
    /// `null` or empty text for none. An unknown key or a value of another type is refused.
    pub fn from_json(text: &str) -> Result<Self, OptionsError> {
        if text.trim().is_empty() {
            return Ok(Self::default());
        }
        let wire: decode::OptionsWire = crate::model::decode::from_json_strict(text).map_err(OptionsError::of_unfit)?;
        let mapping = match wire.mapping {
            Some(raw) => Some(Mapping::from_json(&raw.0).map_err(OptionsError::Mapping)?),
            None => None,
        };
        Ok(Self { as_of: wire.as_of, locale: wire.locale, parameters: wire.parameters, mapping })
    }
}

/// Options a program (not a user) got wrong: reported as an error, not as an issue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OptionsError {
    /// Options are not an object with the known keys and types.
    Malformed,
    /// `asOf` is not a `YYYY-MM-DD` date.
    InvalidAsOf,
    /// No `asOf` and no clock to default it from.
    MissingAsOf,
    /// `parameters.applicationDuringEmploymentFrom` is not a `YYYY-MM-DD` date.
    InvalidParameterDate,
    /// `parameters.relevantDiplomas` has more entries than
    /// [`MAX_LIST_ITEMS`](crate::model::bounds::MAX_LIST_ITEMS): every diploma of a form is
    /// looked up in it.
    TooManyDiplomas,
    /// Options as JSON larger than [`MAX_INPUT_BYTES`](crate::model::bounds::MAX_INPUT_BYTES).
    TooLarge,
    /// A value of another type than the option at `at` takes.
    WrongType {
        /// The option, from the options' root (`parameters.planFirstMonths`).
        at: Path,
        /// What it takes.
        expected: Expected,
    },
    /// `locale` is none of the locales.
    InvalidLocale,
    /// A text longer than [`MAX_TEXT_CHARS`](crate::model::bounds::MAX_TEXT_CHARS) at `at`.
    TooLong {
        /// The option.
        at: Path,
    },
    /// Nested deeper than [`MAX_DEPTH`](crate::model::bounds::MAX_DEPTH).
    TooDeep,
    /// `mapping` is not a mapping a validator can read.
    Mapping(MappingError),
    /// A key the object at `at` does not take.
    UnknownKey {
        /// The object: the options themselves, `parameters` or a diploma entry.
        at: Path,
    },
}

impl OptionsError {
    /// The refusal that names what is wrong, from where strict reading stopped.
    fn of_unfit(unfit: Unfit) -> Self {
        let problem = match unfit {
            Unfit::NotJson => return Self::Malformed,
            Unfit::TooLarge => return Self::TooLarge,
            Unfit::UnknownKey(at) => return Self::UnknownKey { at },
            Unfit::Problem(problem) => problem,
        };
        let at = problem.path;
        match problem.kind {
            ShapeKind::WrongType(expected) => Self::WrongType { at, expected },
            ShapeKind::UnknownChoice { .. } => Self::InvalidLocale,
            ShapeKind::TooLong => Self::TooLong { at },
            // The one list of the options.
            ShapeKind::TooManyItems | ShapeKind::TooManyItemsInForm => Self::TooManyDiplomas,
            ShapeKind::TooDeep => Self::TooDeep,
            ShapeKind::TooLarge => Self::TooLarge,
        }
    }
}

/// `options.` and the path, or `options` for the root.
fn option_name(at: &Path, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
    match at.text() {
        text if text.is_empty() => f.write_str("options"),
        text => write!(f, "options.{text}"),
    }
}

impl std::fmt::Display for OptionsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let in_diplomas = |at: &Path| at.segments().len() == 3;
        match self {
            Self::WrongType { at, expected } => {
                option_name(at, f)?;
                return f.write_str(match expected {
                    Expected::Group if in_diplomas(at) => " must be an object with code and title, both text",
                    Expected::Group => " must be an object",
                    Expected::Text => " must be text",
                    Expected::Number => " must be a whole number from 0",
                    Expected::YesNo => " must be true or false",
                    Expected::List => " must be a list",
                    Expected::Choice => " must be one of its choices",
                });
            }
            Self::TooLong { at } => {
                option_name(at, f)?;
                return f.write_str(" is longer than 2,000 characters");
            }
            Self::UnknownKey { at } => {
                option_name(at, f)?;
                return f.write_str(match at.segments().len() {
                    0 => " has a key it does not take: only asOf, locale, parameters and mapping",
                    1 => {
                        " has a key it does not take: only planFirstMonths, flemishCommunityDayOff, relevantDiplomas \
                         and applicationDuringEmploymentFrom"
                    }
                    _ => " has a key it does not take: only code and title",
                });
            }
            Self::Mapping(error) => return error.fmt(f),
            _ => {}
        }
        f.write_str(match self {
            Self::Malformed => "options must be an object with asOf, locale, parameters and mapping",
            Self::InvalidAsOf => "options.asOf must be a date YYYY-MM-DD",
            Self::MissingAsOf => "options.asOf is required outside the browser",
            Self::InvalidParameterDate => {
                "options.parameters.applicationDuringEmploymentFrom must be a date YYYY-MM-DD"
            }
            Self::TooManyDiplomas => "options.parameters.relevantDiplomas holds at most 100 entries",
            Self::TooLarge => "options are larger than 1 MB as JSON",
            Self::InvalidLocale => "options.locale must be one of nl, fr, en and de",
            Self::TooDeep => "options are nested deeper than 8 levels",
            Self::WrongType { .. } | Self::TooLong { .. } | Self::UnknownKey { .. } | Self::Mapping(_) => "",
        })
    }
}

impl std::error::Error for OptionsError {}

/// Everything a rule may know besides the form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Context {
    /// The date the verdict is given as of.
    pub as_of: NaiveDate,
    /// Language of messages.
    pub locale: Locale,
    /// The uncertain values.
    pub params: Parameters,
}

impl Context {
    /// A context as of `as_of`, in Dutch, with the default parameters.
    pub fn new(as_of: NaiveDate) -> Self {
        Self { as_of, locale: Locale::default(), params: Parameters::default() }
    }

    /// The same context in another language.
    pub fn with_locale(mut self, locale: Locale) -> Self {
        self.locale = locale;
        self
    }

    /// Builds the context from options; `today` is the fallback for a missing `asOf` (the wasm
    /// layer passes the browser's date, the core has none).
    pub fn from_options(options: &Options, today: Option<NaiveDate>) -> Result<Self, OptionsError> {
        let as_of = match &options.as_of {
            Some(text) => iso::parse(text).ok_or(OptionsError::InvalidAsOf)?,
            None => today.ok_or(OptionsError::MissingAsOf)?,
        };
        let mut params = Parameters::default();
        if let Some(overrides) = &options.parameters {
            if let Some(months) = overrides.plan_first_months {
                params.plan_first_months = months;
            }
            if let Some(day_off) = overrides.flemish_community_day_off {
                params.flemish_community_day_off = day_off;
            }
            if let Some(list) = &overrides.relevant_diplomas {
                if list.len() > crate::model::bounds::MAX_LIST_ITEMS {
                    return Err(OptionsError::TooManyDiplomas);
                }
                params.relevant_diplomas = Cow::Owned(list.clone());
            }
            if let Some(text) = &overrides.application_during_employment_from {
                params.application_during_employment_from =
                    iso::parse(text).ok_or(OptionsError::InvalidParameterDate)?;
            }
        }
        Ok(Self { as_of, locale: options.locale.unwrap_or_default(), params })
    }

    /// Parses options from JSON text (`{}` or empty text for none).
    pub fn from_options_json(text: &str, today: Option<NaiveDate>) -> Result<Self, OptionsError> {
        Self::from_options(&Options::from_json(text)?, today)
    }

    /// The holiday options that follow from the parameters.
    pub fn holiday_options(&self) -> crate::calendar::holidays::HolidayOptions {
        crate::calendar::holidays::HolidayOptions { flemish_community_day_off: self.params.flemish_community_day_off }
    }
}
