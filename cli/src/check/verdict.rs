//! One record's verdict, from the library's public API alone: an envelope is unwrapped, its
//! options (if any) become a context, and the form goes to `Validator::validate` (or
//! `validate_json` when the envelope brings options of its own).

use super::input::{Record, Unread};
use maatwerk::context::ParameterOverrides;
use maatwerk::{Context, InputError, Kind, Locale, Options, OptionsError, Report, Validator};
use serde::Deserialize;
use serde_json::value::RawValue;
use std::sync::Arc;

/// What a record turned out to be.
#[derive(Debug)]
pub struct Outcome {
    /// The file (or `-`) it comes from.
    pub source: Arc<str>,
    /// Its line, when the source is NDJSON.
    pub line: Option<u64>,
    /// Its kind, when known.
    pub kind: Option<Kind>,
    /// The library's report, or why there is none.
    pub verdict: Result<Report, Problem>,
}

/// Why a record has no report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// Not read (see [`Unread`]).
    Unread(Unread),
    /// Not JSON: where the syntax breaks (never the text itself, which may hold personal data).
    NotJson {
        /// Line within the record.
        line: usize,
        /// Column within that line.
        column: usize,
    },
    /// No `--kind` and no envelope naming one.
    NoKind,
    /// An envelope whose `kind`, `asOf`, `locale` or `parameters` is not what the options take.
    BadEnvelope(&'static str),
    /// The library refused the form (not an object, not JSON); a form over 1 MB is a report
    /// with the issue `form.too_large`.
    Input(InputError),
    /// The library refused the envelope's options.
    Options(OptionsError),
}

impl Problem {
    /// A stable name for machines.
    pub fn code(&self) -> &'static str {
        match self {
            Problem::Unread(Unread::Io(_)) => "unreadable",
            Problem::Unread(Unread::NotUtf8) => "notUtf8",
            Problem::Unread(Unread::TooLong) => "tooLong",
            Problem::NotJson { .. } => "notJson",
            Problem::NoKind => "noKind",
            Problem::BadEnvelope(_) => "badEnvelope",
            Problem::Input(InputError::NotAnObject) => "notAnObject",
            Problem::Input(InputError::NotJson) => "notJson",
            Problem::Options(_) => "badOptions",
        }
    }

    /// For people; it names no value of the form.
    pub fn message(&self) -> String {
        match self {
            Problem::Unread(Unread::Io(reason)) => format!("cannot read: {reason}"),
            Problem::Unread(Unread::NotUtf8) => "not UTF-8 text, so not JSON".to_owned(),
            Problem::Unread(Unread::TooLong) => {
                format!("longer than {} MB; a form may hold 1 MB", super::input::MAX_RECORD_BYTES >> 20)
            }
            Problem::NotJson { line, column } => format!("not JSON: syntax error at line {line}, column {column}"),
            Problem::NoKind => "no kind: give --kind, or send {\"kind\": ..., \"form\": ...}".to_owned(),
            Problem::BadEnvelope(key) => format!("the envelope's {key} is not what the options take"),
            Problem::Input(error) => error.to_string(),
            Problem::Options(error) => error.to_string(),
        }
    }

    /// Whether it is the batch's fault (a file not read, no kind given: status 2) rather than
    /// the form's (status 1).
    pub fn is_usage_or_read(&self) -> bool {
        matches!(self, Problem::Unread(Unread::Io(_)) | Problem::NoKind)
    }
}

/// `{"kind", "form", "asOf", "locale", "parameters"}`, every member read later and only if
/// `form` is there: a bare form may have members of these names too.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Envelope<'a> {
    #[serde(borrow)]
    form: Option<&'a RawValue>,
    #[serde(borrow)]
    kind: Option<&'a RawValue>,
    #[serde(borrow)]
    as_of: Option<&'a RawValue>,
    #[serde(borrow)]
    locale: Option<&'a RawValue>,
    #[serde(borrow)]
    parameters: Option<&'a RawValue>,
}

/// The library's refusal; for text that is not JSON, where its syntax breaks (read again only
/// on this path, which the library's error does not say).
fn refused(error: InputError, text: &str) -> Problem {
    match (error, serde_json::from_str::<serde::de::IgnoredAny>(text)) {
        (InputError::NotJson, Err(syntax)) => Problem::NotJson { line: syntax.line(), column: syntax.column() },
        _ => Problem::Input(error),
    }
}

/// Whether the text can hold a `form` member: not without the key spelt out or escaped. A
/// bare form is then read once, by the library, instead of twice.
fn may_be_envelope(text: &str) -> bool {
    text.contains("\"form\"") || text.contains("\\u")
}

/// What every record of a batch is judged with: the options of the command line.
pub struct Judge {
    kind: Option<Kind>,
    options: Options,
    validators: [Validator; 4],
}

impl Judge {
    /// A judge for `kind` (when given) with the command line's options; `today` stands in for a
    /// missing as-of date, as the browser's date does in the wasm module.
    /// The options' mapping is for the forms of `kind`.
    pub fn new(kind: Option<Kind>, options: Options, today: chrono::NaiveDate) -> Result<Self, OptionsError> {
        let ctx = Context::from_options(&options, Some(today))?;
        let options = Options { as_of: Some(ctx.as_of.format("%Y-%m-%d").to_string()), ..options };
        let validators = [Kind::Application, Kind::ProviderRegistration, Kind::SupportPlan, Kind::Supervisor]
            .map(|each| Validator::new(each, ctx.clone()));
        let mut judge = Self { kind, options, validators };
        if let (Some(kind), Some(mapping)) = (kind, &judge.options.mapping) {
            let mapped = Validator::new(kind, ctx).with_mapping(mapping.clone()).map_err(OptionsError::Mapping)?;
            let [application, provider, plan, supervisor] = &mut judge.validators;
            *match kind {
                Kind::Application => application,
                Kind::ProviderRegistration => provider,
                Kind::SupportPlan => plan,
                Kind::Supervisor => supervisor,
            } = mapped;
        }
        Ok(judge)
    }

    fn validator(&self, kind: Kind) -> &Validator {
        let [application, provider, plan, supervisor] = &self.validators;
        match kind {
            Kind::Application => application,
            Kind::ProviderRegistration => provider,
            Kind::SupportPlan => plan,
            Kind::Supervisor => supervisor,
        }
    }

    /// The record's outcome.
    pub fn judge(&self, record: Record) -> Outcome {
        let Record { source, line, body } = record;
        let (kind, verdict) = match body {
            Ok(text) => self.verdict(&text),
            Err(unread) => (self.kind, Err(Problem::Unread(unread))),
        };
        Outcome { source, line, kind, verdict }
    }

    fn verdict(&self, text: &str) -> (Option<Kind>, Result<Report, Problem>) {
        if text.trim_start().starts_with('{') && may_be_envelope(text) {
            match serde_json::from_str::<Envelope>(text) {
                Ok(Envelope { form: Some(form), kind, as_of, locale, parameters }) => {
                    return self.envelope(form, kind, as_of, locale, parameters);
                }
                Ok(_) => {}
                Err(error) if error.is_syntax() || error.is_eof() => {
                    return (self.kind, Err(Problem::NotJson { line: error.line(), column: error.column() }));
                }
                Err(_) => return (self.kind, Err(Problem::BadEnvelope("shape"))),
            }
        }
        let Some(kind) = self.kind else {
            let problem = match serde_json::from_str::<serde::de::IgnoredAny>(text) {
                Err(error) => Problem::NotJson { line: error.line(), column: error.column() },
                Ok(_) => Problem::NoKind,
            };
            return (None, Err(problem));
        };
        (Some(kind), self.validator(kind).validate(text).map_err(|error| refused(error, text)))
    }

    fn envelope(
        &self,
        form: &RawValue,
        kind: Option<&RawValue>,
        as_of: Option<&RawValue>,
        locale: Option<&RawValue>,
        parameters: Option<&RawValue>,
    ) -> (Option<Kind>, Result<Report, Problem>) {
        let kind = match kind.map(|raw| serde_json::from_str::<Kind>(raw.get())) {
            None => self.kind,
            Some(Ok(kind)) => Some(kind),
            Some(Err(_)) => return (None, Err(Problem::BadEnvelope("kind"))),
        };
        let Some(kind) = kind else { return (None, Err(Problem::NoKind)) };
        if as_of.is_none() && locale.is_none() && parameters.is_none() {
            return (Some(kind), self.validator(kind).validate(form.get()).map_err(|error| refused(error, form.get())));
        }
        let options = match self.envelope_options(as_of, locale, parameters) {
            Ok(options) => options,
            Err(problem) => return (Some(kind), Err(problem)),
        };
        let mapping = options.mapping.clone().filter(|_| self.kind == Some(kind));
        let verdict = Context::from_options(&options, None)
            .map_err(Problem::Options)
            .and_then(|ctx| match mapping {
                Some(mapping) => Validator::new(kind, ctx)
                    .with_mapping(mapping)
                    .map_err(|e| Problem::Options(OptionsError::Mapping(e))),
                None => Ok(Validator::new(kind, ctx)),
            })
            .and_then(|validator| validator.validate(form.get()).map_err(|error| refused(error, form.get())));
        (Some(kind), verdict)
    }

    /// The command line's options with what the envelope says instead.
    fn envelope_options(
        &self,
        as_of: Option<&RawValue>,
        locale: Option<&RawValue>,
        parameters: Option<&RawValue>,
    ) -> Result<Options, Problem> {
        let mut options = self.options.clone();
        if let Some(raw) = as_of {
            options.as_of = Some(serde_json::from_str::<String>(raw.get()).map_err(|_| Problem::BadEnvelope("asOf"))?);
        }
        if let Some(raw) = locale {
            options.locale =
                Some(serde_json::from_str::<Locale>(raw.get()).map_err(|_| Problem::BadEnvelope("locale"))?);
        }
        if let Some(raw) = parameters {
            options.parameters = Some(
                serde_json::from_str::<ParameterOverrides>(raw.get())
                    .map_err(|_| Problem::BadEnvelope("parameters"))?,
            );
        }
        Ok(options)
    }
}
