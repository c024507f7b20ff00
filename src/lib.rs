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
//! ```
//!
//! Layout: [`model`] holds the forms as plain data, [`rules`] one file per rule family and
//! the catalogue, [`report`] the report types, codes and messages, [`ids`] the Belgian
//! identifiers, [`calendar`] holidays, working days and months; [`context`] the as-of date,
//! locale and parameters. The `wasm` module (wasm32 only) converts and forwards.

pub mod calendar;
pub mod context;
mod engine;
pub mod ids;
pub mod locale;
pub mod model;
pub mod report;
pub mod rule_id;
pub mod rules;
#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use context::{Context, Options, Parameters};
pub use engine::{check_supervisor, validate_field_json, validate_json, Delta, Kind, Session, Validator};
pub use locale::Locale;
pub use model::decode::InputError;
pub use model::{Diploma, ExperiencePeriod, Path, Supervisor};
pub use report::{Code, Issue, Report, Requirement, Severity, Status};
pub use rule_id::RuleId;
