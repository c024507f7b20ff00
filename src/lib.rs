//! # maatwerk
//!
//! Validation of the forms of the Flemish employment-support scheme *individueel maatwerk*,
//! for the browser (WebAssembly) and the back office (native Rust) alike: the same input and
//! the same as-of date give the same [`Report`] everywhere.
//!
//! ```
//! use maatwerk::{check_supervisor, Context, Supervisor, ExperiencePeriod};
//! use chrono::NaiveDate;
//!
//! let ctx = Context::new(NaiveDate::from_ymd_opt(2026, 11, 23).unwrap());
//! let supervisor = Supervisor {
//!     name: Some("A. Peeters".into()),
//!     experience: Some(vec![ExperiencePeriod {
//!         from: Some("2025-04-01".into()),
//!         relevant: Some(true),
//!         ..Default::default()
//!     }]),
//!     ..Default::default()
//! };
//! let report = check_supervisor(&supervisor, &ctx);
//! assert!(report.has("supervisor.experience_too_short"));
//! assert_eq!(report.requirements[1].explanation,
//!     "Geen relevant diploma en 19 van de 24 maanden relevante ervaring: nog 5 maanden te gaan.");
//! // Whether this person is the one responsible for the guidance is not said: not decidable yet.
//! assert_eq!(report.requirements[0].status, maatwerk::Status::Unknown);
//! assert_eq!(report.requirements[0].missing, ["responsible"]);
//! ```
//!
//! Every [`Requirement`] is [`Status::Met`] or [`Status::NotMet`] only on facts the form gives;
//! while a deciding fact is missing it is [`Status::Unknown`] with that fact in `missing`, and
//! when a given fact makes the rule irrelevant (a self-employed person, an establishment outside
//! Flanders, an as-of date before the rule holds) it is [`Status::NotApplicable`], its
//! explanation naming that fact.
//!
//! A portal keeps a form open while the user types; a [`Session`] keeps it decoded in the
//! library, and each change of a field re-runs only the rules that read it:
//!
//! ```
//! use maatwerk::{Context, Kind, Path, Validator};
//! use chrono::NaiveDate;
//!
//! let validator = Validator::new(Kind::Supervisor, Context::new(NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()));
//! let mut session = validator.session(r#"{"name": "A. Peeters", "experience": [{"from": "2025-04-01", "relevant": true}]}"#).unwrap();
//! let delta = session.set(&Path::parse("experience[0].from").unwrap(), r#""2020-04-01""#).unwrap();
//! assert!(delta.removed.iter().any(|issue| issue.code.as_str() == "supervisor.experience_too_short"));
//! ```
//!
//! The API is what this page re-exports: the entry points ([`Validator`], [`Session`],
//! [`validate_json`], [`validate_field_json`], [`check_supervisor`], [`rules()`], the
//! identifier checks), the forms ([`model`]), the answers ([`report`]) and the [`Context`].
//! [`ids`] and [`calendar`] are the Belgian identifiers and the working-day calendar, for a back
//! office that needs them alone. The rules themselves are internal: each is one typed unit
//! (its [`RuleId`], the fields it reads, its check), run by the engine. The `wasm` module
//! (wasm32 only) converts and forwards.

pub mod calendar;
pub mod context;
mod engine;
pub mod ids;
mod json;
pub mod locale;
pub mod mapping;
pub mod model;
pub mod report;
pub mod rule_id;
pub(crate) mod rules;
mod short_sort;
pub mod text_tables;
pub mod texts;
#[cfg(feature = "typescript")]
pub mod typescript;
#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use context::{Context, Options, OptionsError, Parameters};
pub use engine::{
    check_supervisor, validate_field_json, validate_json, CheckIssue, Delta, Kind, Session, UnknownKind, Validator,
};
pub use json::ToJson;
pub use locale::Locale;
pub use mapping::{Mapping, MappingError};
pub use model::decode::{InputError, SetError};
pub use model::{
    Application, Diploma, ExperiencePeriod, Key, Path, PathError, ProviderRegistration, Segment, Step, Supervisor,
    SupportPlan,
};
pub use report::{Code, Completeness, Issue, Param, Report, Requirement, Severity, Source, Status};
pub use rule_id::RuleId;
pub use rules::catalogue::Confidence;
pub use rules::ids::{check_iban, check_insz, check_kbo, IdCheck};
#[cfg(not(target_arch = "wasm32"))]
pub use rules::info::rules;
pub use rules::info::{ParameterInfo, RuleInfo};
pub use rules::registry::codes;

/// The Rust blocks of README.md, run by `cargo test --doc`.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;

/// The Rust blocks of docs/rust.md, run by `cargo test --doc`.
#[cfg(doctest)]
#[doc = include_str!("../docs/rust.md")]
pub struct RustGuideDoctests;
