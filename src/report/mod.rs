//! What the library answers: a [`Report`] of [`Issue`]s, [`Requirement`]s and completeness,
//! the issue [`Code`]s, and their messages in nl, fr, en and de.

pub mod codes;
pub mod finding;
pub mod issue;
pub mod messages;
pub mod outcome;
pub mod requirement;
pub mod severity;

pub use crate::model::Path;
pub use codes::Code;
pub use finding::{Finding, Param, Params};
pub use issue::{Issue, Source};
pub use outcome::{Completeness, Report};
pub use requirement::{Requirement, Status, Verdict};
pub use severity::Severity;
