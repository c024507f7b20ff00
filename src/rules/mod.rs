//! The rules, one file per family; a rule is a pure function of the form and the
//! [`Context`](crate::context::Context) that records findings and verdicts in an
//! [`Outcome`]. The catalogue lists every rule with its id, codes, severity and source.

pub mod application;
pub mod calendar;
pub mod catalogue;
pub mod fields;
pub mod form;
pub mod guidance;
pub mod ids;
pub mod info;
pub mod outcome;
pub mod pattern;
pub mod plan;
pub mod provider;
pub mod registry;
pub mod rule;
pub mod supervisor;
pub(crate) mod support;

pub use outcome::Outcome;
