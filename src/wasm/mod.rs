//! The JavaScript face of the library: converts JS values to the core's JSON and back, and
//! forwards. No rule lives here.
//!
//! Forms cross the boundary as JSON (`JSON.stringify` in, `JSON.parse` out): the core then
//! sees exactly what the back office sees, so a report is byte for byte the same in both, and
//! a deeply nested or cyclic value fails inside JavaScript's own serializer, not in Rust.

mod convert;
pub mod exports;
pub mod validator;
