//! The forms as plain data: what a portal sends, every field optional (a form being typed is
//! partial). No rule lives here and nothing calls JavaScript; with the `typescript` feature the
//! types derive their TypeScript declarations (tsify).

pub mod application;
pub mod bounds;
pub mod decode;
pub mod keys;
mod kind;
pub mod path;
pub mod plan;
pub mod provider;
pub mod supervisor;

pub use application::Application;
pub use keys::Key;
pub use kind::{Kind, UnknownKind};
pub use path::{Path, PathError, Segment, Step};
pub use plan::SupportPlan;
pub use provider::ProviderRegistration;
pub use supervisor::{Competences, Diploma, ExperiencePeriod, Supervisor};
