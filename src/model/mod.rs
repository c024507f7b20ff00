//! The forms as plain data: what a portal sends, every field optional (a form being typed is
//! partial). No rule lives here and nothing knows about JavaScript.

pub mod bounds;
pub mod decode;
pub mod path;
pub mod supervisor;

pub use path::{Path, Segment};
pub use supervisor::{Competences, Diploma, ExperiencePeriod, Supervisor};
