//! The context of a verdict: the date it is given as of, the language of the messages, and
//! the parameters in force on that date (each parameter has dated values, see [`Dated`]).
//!
//! The core never reads a clock: the caller passes the as-of date (the wasm layer defaults it
//! to today in the browser), so the same input gives the same verdict everywhere.

mod dated;
pub(crate) mod decode;
mod diplomas;

use crate::calendar::iso;
pub use crate::locale::Locale;
use crate::mapping::{Mapping, MappingError};
use crate::model::decode::{Expected, ShapeKind, Unfit};
use crate::model::Path;
use chrono::NaiveDate;
pub use dated::{Dated, DatedValues};
pub use diplomas::{is_listed, DiplomaEntry};
use serde::{Deserialize, Serialize};
use std::borrow::Cow;

/// The parameters' values in force on one date ([`ParameterHistory::at`]): the values the
/// sources leave uncertain, and those they state but a change of the law may date.
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
    /// SUP-001, SUP-002: the months of relevant experience that qualify a supervisor without a
    /// relevant diploma (FAQ: "minimaal 2 jaar relevante ervaring"). Default 24.
    pub experience_months: u32,
    /// GUI-002: the working days within which the supervisor is on the work floor after a
    /// request (FAQ: "binnen de 5 werkdagen"). Default 5.
    pub on_site_working_days: u32,
    /// GUI-003: the most days between two follow-ups (FAQ: "minstens om de twee weken").
    /// Default 14.
    pub follow_up_days: u32,
}

impl Default for Parameters {
    /// The most recent built-in values.
    fn default() -> Self {
        ParameterHistory::default().latest()
    }
}

/// The day the scheme came into force (decree and BVR): the first value of every parameter
/// holds from it, unless its rule holds from later.
const SCHEME_START: NaiveDate = iso::date(2023, 7, 1);

/// Every parameter's values over time: the built-in history ([`Default`]), or that history
/// with a portal's overrides. The context's as-of date picks the values in force
/// ([`Self::at`]): a verdict is given by the law of its day, and a back office that re-judges
/// an old file passes that file's date as `asOf`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ParameterHistory {
    /// See [`Parameters::plan_first_months`].
    pub plan_first_months: Dated<u32>,
    /// See [`Parameters::flemish_community_day_off`].
    pub flemish_community_day_off: Dated<bool>,
    /// See [`Parameters::relevant_diplomas`].
    pub relevant_diplomas: Dated<Cow<'static, [DiplomaEntry]>>,
    /// See [`Parameters::application_during_employment_from`].
    #[serde(serialize_with = "serialize_dates")]
    pub application_during_employment_from: Dated<NaiveDate>,
    /// See [`Parameters::experience_months`].
    pub experience_months: Dated<u32>,
    /// See [`Parameters::on_site_working_days`].
    pub on_site_working_days: Dated<u32>,
    /// See [`Parameters::follow_up_days`].
    pub follow_up_days: Dated<u32>,
}

impl Default for ParameterHistory {
    /// Today's values, each the first value from the date its rule holds: no value has changed
    /// since. Out of line: it is built in four places, and inlined it was a copy in each.
    #[inline(never)]
    fn default() -> Self {
        Self {
            plan_first_months: Dated::from(SCHEME_START, 3),
            flemish_community_day_off: Dated::from(SCHEME_START, true),
            relevant_diplomas: Dated::from(SCHEME_START, Cow::Borrowed(&diplomas::DEFAULT)),
            // APP-008 holds from the 2024 amendment, the date this parameter gives.
            application_during_employment_from: Dated::from(iso::date(2024, 1, 1), iso::date(2024, 1, 1)),
            experience_months: Dated::from(SCHEME_START, 24),
            on_site_working_days: Dated::from(SCHEME_START, 5),
            follow_up_days: Dated::from(SCHEME_START, 14),
        }
    }
}

impl ParameterHistory {
    /// The values in force on `date`.
    pub fn at(&self, date: NaiveDate) -> Parameters {
        Parameters {
            plan_first_months: *self.plan_first_months.at(date),
            flemish_community_day_off: *self.flemish_community_day_off.at(date),
            relevant_diplomas: self.relevant_diplomas.at(date).clone(),
            application_during_employment_from: *self.application_during_employment_from.at(date),
            experience_months: *self.experience_months.at(date),
            on_site_working_days: *self.on_site_working_days.at(date),
            follow_up_days: *self.follow_up_days.at(date),
        }
    }

    /// The most recent values.
    pub fn latest(&self) -> Parameters {
        Parameters {
            plan_first_months: *self.plan_first_months.latest(),
            flemish_community_day_off: *self.flemish_community_day_off.latest(),
            relevant_diplomas: self.relevant_diplomas.latest().clone(),
            application_during_employment_from: *self.application_during_employment_from.latest(),
            experience_months: *self.experience_months.latest(),
            on_site_working_days: *self.on_site_working_days.latest(),
            follow_up_days: *self.follow_up_days.latest(),
        }
    }

    /// The built-in history with `overrides` in force: see [`ParameterOverrides`].
    pub fn with_overrides(overrides: &ParameterOverrides) -> Result<Self, OptionsError> {
        let mut history = Self::default();
        let refused = |option: &'static str| OptionsError::InvalidDatedValues { option };
        if !apply(&mut history.plan_first_months, overrides.plan_first_months.as_ref()) {
            return Err(refused("planFirstMonths"));
        }
        if !apply(&mut history.flemish_community_day_off, overrides.flemish_community_day_off.as_ref()) {
            return Err(refused("flemishCommunityDayOff"));
        }
        let lists = match &overrides.relevant_diplomas {
            Some(values) => Some(values.try_map(|list| {
                // Every diploma of a form is looked up in the list.
                if list.len() > crate::model::bounds::MAX_LIST_ITEMS {
                    return Err(OptionsError::TooManyDiplomas);
                }
                Ok(Cow::Owned(list.clone()))
            })?),
            None => None,
        };
        if !apply(&mut history.relevant_diplomas, lists.as_ref()) {
            return Err(refused("relevantDiplomas"));
        }
        let dates = match &overrides.application_during_employment_from {
            Some(values) => Some(values.try_map(|text| iso::parse(text).ok_or(OptionsError::InvalidParameterDate))?),
            None => None,
        };
        if !apply(&mut history.application_during_employment_from, dates.as_ref()) {
            return Err(refused("applicationDuringEmploymentFrom"));
        }
        if !apply(&mut history.experience_months, overrides.experience_months.as_ref()) {
            return Err(refused("experienceMonths"));
        }
        if !apply(&mut history.on_site_working_days, overrides.on_site_working_days.as_ref()) {
            return Err(refused("onSiteWorkingDays"));
        }
        if !apply(&mut history.follow_up_days, overrides.follow_up_days.as_ref()) {
            return Err(refused("followUpDays"));
        }
        Ok(history)
    }
}

/// Puts `values`, if any, in force in `dated`; false when they are refused. Out of line: one
/// copy per type of value, where inlined it was one per parameter; the caller names the
/// option, so that the copies for values of one size are the same code, which wasm-opt keeps
/// once.
#[inline(never)]
fn apply<T: Clone>(dated: &mut Dated<T>, values: Option<&DatedValues<T>>) -> bool {
    let Some(values) = values else { return true };
    match dated.overridden(values) {
        Some(overridden) => {
            *dated = overridden;
            true
        }
        None => false,
    }
}

/// A history of dates as an object of `YYYY-MM-DD` dates to `YYYY-MM-DD` values.
fn serialize_dates<S: serde::Serializer>(dated: &Dated<NaiveDate>, serializer: S) -> Result<S::Ok, S::Error> {
    use serde::ser::SerializeMap;
    let mut map = serializer.serialize_map(None)?;
    for (from, value) in dated.values() {
        map.serialize_entry(&iso::format(from), &iso::format(*value))?;
    }
    map.end()
}

/// Overrides for [`Parameters`]; what is absent keeps its built-in history. Each takes one
/// value, in force at every date, or dated values (`{ "2024-01-01": 3, "2027-01-01": 6 }`),
/// each in force from its date until the next one's; the built-in values before the first of
/// those dates are kept.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase", default, deny_unknown_fields)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
pub struct ParameterOverrides {
    /// See [`Parameters::plan_first_months`].
    #[cfg_attr(feature = "typescript", tsify(optional, type = "number | Record<string, number>"))]
    pub plan_first_months: Option<DatedValues<u32>>,
    /// See [`Parameters::flemish_community_day_off`].
    #[cfg_attr(feature = "typescript", tsify(optional, type = "boolean | Record<string, boolean>"))]
    pub flemish_community_day_off: Option<DatedValues<bool>>,
    /// See [`Parameters::relevant_diplomas`]; a list replaces the whole list.
    #[cfg_attr(feature = "typescript", tsify(optional, type = "DiplomaEntry[] | Record<string, DiplomaEntry[]>"))]
    pub relevant_diplomas: Option<DatedValues<Vec<DiplomaEntry>>>,
    /// See [`Parameters::application_during_employment_from`]; `YYYY-MM-DD`.
    #[cfg_attr(feature = "typescript", tsify(optional, type = "string | Record<string, string>"))]
    pub application_during_employment_from: Option<DatedValues<String>>,
    /// See [`Parameters::experience_months`]: the sources state it, so only a change of the
    /// law (a portal ahead of a release) overrides it.
    #[cfg_attr(feature = "typescript", tsify(optional, type = "number | Record<string, number>"))]
    pub experience_months: Option<DatedValues<u32>>,
    /// See [`Parameters::on_site_working_days`]; as `experienceMonths`, stated by the sources.
    #[cfg_attr(feature = "typescript", tsify(optional, type = "number | Record<string, number>"))]
    pub on_site_working_days: Option<DatedValues<u32>>,
    /// See [`Parameters::follow_up_days`]; as `experienceMonths`, stated by the sources.
    #[cfg_attr(feature = "typescript", tsify(optional, type = "number | Record<string, number>"))]
    pub follow_up_days: Option<DatedValues<u32>>,
}

/// The options every validator takes: `{ asOf?, locale?, parameters? }`.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase", default, deny_unknown_fields)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
pub struct Options {
    /// The date of the verdict, `YYYY-MM-DD`; in the browser it defaults to today.
    #[cfg_attr(feature = "typescript", tsify(optional))]
    pub as_of: Option<String>,
    /// Language of the messages; default Dutch.
    #[cfg_attr(feature = "typescript", tsify(optional))]
    pub locale: Option<Locale>,
    /// Overrides of the uncertain parameters.
    #[cfg_attr(feature = "typescript", tsify(optional))]
    pub parameters: Option<ParameterOverrides>,
    /// The portal's form shape (see [`Mapping`]): the forms are read through it, and issues
    /// carry the portal's paths. Not part of a verdict's context: a validator takes it.
    #[cfg_attr(feature = "typescript", tsify(optional, type = "Mapping"))]
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
    /// The dated values of `parameters.<option>` are no dated values: a key is not a
    /// `YYYY-MM-DD` date, two keys name one date, or there is none.
    InvalidDatedValues {
        /// The parameter, as in `options.parameters` (`planFirstMonths`).
        option: &'static str,
    },
    /// The dated values of the option at `at` hold more than
    /// [`MAX_LIST_ITEMS`](crate::model::bounds::MAX_LIST_ITEMS) dates.
    TooManyDates {
        /// The option (`parameters.planFirstMonths`).
        at: Path,
    },
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
    /// The refusal that names what is wrong, from where strict reading stopped. Out of line:
    /// V8 compiles a function whole at its first call, and every page's first validation reads
    /// options that are right.
    #[cold]
    #[inline(never)]
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
            // The one list of the options, and its dated values; the other parameters' only
            // collection is their dated values. Not a guard on the pattern: a guard is a copy
            // for each of its alternatives.
            ShapeKind::TooManyItems | ShapeKind::TooManyItemsInForm => {
                if at.text() == "parameters.relevantDiplomas" || at.segments().len() > 2 {
                    Self::TooManyDiplomas
                } else {
                    Self::TooManyDates { at }
                }
            }
            ShapeKind::TooDeep => Self::TooDeep,
            ShapeKind::TooLarge => Self::TooLarge,
        }
    }
}

/// `options.` and the path, or `options` for the root.
fn option_name(at: &Path, out: &mut String) {
    match at.text() {
        text if text.is_empty() => out.push_str("options"),
        text => {
            out.push_str("options.");
            out.push_str(&text);
        }
    }
}

impl OptionsError {
    /// What is wrong, in words. The messages are written with `push_str` alone: a `Formatter`
    /// would bring the formatting machinery into the wasm module.
    pub(crate) fn message(&self) -> String {
        let mut out = String::new();
        let in_diplomas = |at: &Path| at.segments().len() == 3;
        match self {
            Self::WrongType { at, expected } => {
                option_name(at, &mut out);
                out.push_str(match expected {
                    Expected::Group if in_diplomas(at) => " must be an object with code and title, both text",
                    Expected::Group => " must be an object",
                    Expected::Text => " must be text",
                    Expected::Number => " must be a whole number from 0",
                    Expected::YesNo => " must be true or false",
                    Expected::List => " must be a list",
                    Expected::Choice => " must be one of its choices",
                });
                // A parameter takes a value, or its dated values.
                if at.segments().len() == 2 {
                    out.push_str(", or an object of such values by date (\"YYYY-MM-DD\")");
                }
            }
            Self::TooManyDates { at } => {
                option_name(at, &mut out);
                out.push_str(" holds at most 100 dates");
            }
            Self::InvalidDatedValues { option } => {
                out.push_str("options.parameters.");
                out.push_str(option);
                out.push_str(
                    " must be a value or an object of dated values whose keys are distinct dates YYYY-MM-DD, at \
                     least one",
                );
            }
            Self::TooLong { at } => {
                option_name(at, &mut out);
                out.push_str(" is longer than 2,000 characters");
            }
            Self::UnknownKey { at } => {
                option_name(at, &mut out);
                out.push_str(match at.segments().len() {
                    0 => " has a key it does not take: only asOf, locale, parameters and mapping",
                    1 => {
                        " has a key it does not take: only planFirstMonths, flemishCommunityDayOff, relevantDiplomas, \
                         applicationDuringEmploymentFrom, experienceMonths, onSiteWorkingDays and followUpDays"
                    }
                    _ => " has a key it does not take: only code and title",
                });
            }
            Self::Mapping(error) => return error.message(),
            Self::Malformed => out.push_str("options must be an object with asOf, locale, parameters and mapping"),
            Self::InvalidAsOf => out.push_str("options.asOf must be a date YYYY-MM-DD"),
            Self::MissingAsOf => out.push_str("options.asOf is required outside the browser"),
            Self::InvalidParameterDate => {
                out.push_str("options.parameters.applicationDuringEmploymentFrom must be a date YYYY-MM-DD");
            }
            Self::TooManyDiplomas => out.push_str("options.parameters.relevantDiplomas holds at most 100 entries"),
            Self::TooLarge => out.push_str("options are larger than 1 MB as JSON"),
            Self::InvalidLocale => out.push_str("options.locale must be one of nl, fr, en and de"),
            Self::TooDeep => out.push_str("options are nested deeper than 8 levels"),
        }
        out
    }
}

impl std::fmt::Display for OptionsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message())
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
    /// A context as of `as_of`, in Dutch, with the built-in parameters in force that day.
    pub fn new(as_of: NaiveDate) -> Self {
        Self { as_of, locale: Locale::default(), params: ParameterHistory::default().at(as_of) }
    }

    /// The same context in another language.
    pub fn with_locale(mut self, locale: Locale) -> Self {
        self.locale = locale;
        self
    }

    /// Builds the context from options; `today` is the fallback for a missing `asOf` (the wasm
    /// layer passes the browser's date, the core has none). The parameters are those in force
    /// on the as-of date: the built-in history with the options' overrides.
    pub fn from_options(options: &Options, today: Option<NaiveDate>) -> Result<Self, OptionsError> {
        let as_of = match &options.as_of {
            Some(text) => iso::parse(text).ok_or(OptionsError::InvalidAsOf)?,
            None => today.ok_or(OptionsError::MissingAsOf)?,
        };
        let history = match &options.parameters {
            Some(overrides) => ParameterHistory::with_overrides(overrides)?,
            None => ParameterHistory::default(),
        };
        Ok(Self { as_of, locale: options.locale.unwrap_or_default(), params: history.at(as_of) })
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

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use crate::calendar::iso::date;

    fn params(options: &str, as_of: &str) -> Result<Parameters, String> {
        let options = options.replace("AS_OF", as_of);
        Context::from_options_json(&options, None).map(|ctx| ctx.params).map_err(|error| error.to_string())
    }

    /// The as-of date picks the value in force, from an override's dated values.
    #[test]
    fn the_as_of_date_picks_the_value_in_force() {
        let options = r#"{"asOf":"AS_OF","parameters":{"planFirstMonths":{"2024-01-01":3,"2027-01-01":6}}}"#;
        assert_eq!(params(options, "2026-12-31").unwrap().plan_first_months, 3);
        assert_eq!(params(options, "2027-01-01").unwrap().plan_first_months, 6);
        let dates = r#"{"asOf":"AS_OF","parameters":{"applicationDuringEmploymentFrom":{"2027-01-01":"2027-01-01"}}}"#;
        // Before the override's first date, the built-in value.
        assert_eq!(params(dates, "2026-06-01").unwrap().application_during_employment_from, date(2024, 1, 1));
        assert_eq!(params(dates, "2027-06-01").unwrap().application_during_employment_from, date(2027, 1, 1));
    }

    /// A malformed date key, or a malformed date value, is refused naming the option.
    #[test]
    fn malformed_dates_are_refused_naming_the_option() {
        for (options, expected) in [
            (
                r#"{"asOf":"2026-01-01","parameters":{"planFirstMonths":{"2024-13-01":3}}}"#,
                "options.parameters.planFirstMonths must be",
            ),
            (
                r#"{"asOf":"2026-01-01","parameters":{"flemishCommunityDayOff":{}}}"#,
                "options.parameters.flemishCommunityDayOff must be",
            ),
            (
                r#"{"asOf":"2026-01-01","parameters":{"relevantDiplomas":{"1 March 2024":[]}}}"#,
                "options.parameters.relevantDiplomas must be",
            ),
            (
                r#"{"asOf":"2026-01-01","parameters":{"applicationDuringEmploymentFrom":{"2024-01-01":"2024-1-1"}}}"#,
                "options.parameters.applicationDuringEmploymentFrom must be a date YYYY-MM-DD",
            ),
        ] {
            let error = params(options, "").unwrap_err();
            assert!(error.starts_with(expected), "{error}");
        }
    }

    /// The built-in history starts where the rules start, with today's values.
    #[test]
    fn the_built_in_history_starts_with_the_scheme() {
        let history = ParameterHistory::default();
        assert_eq!(history.at(date(2023, 7, 1)), Parameters::default());
        assert_eq!(history.plan_first_months.values().collect::<Vec<_>>(), [(date(2023, 7, 1), &3)]);
        assert_eq!(
            serde_json::to_value(&history).unwrap().get("applicationDuringEmploymentFrom").cloned().unwrap(),
            serde_json::json!({ "2024-01-01": "2024-01-01" })
        );
    }
}
