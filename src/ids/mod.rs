//! Belgian identifiers as people type them: the national register number (INSZ, including BIS
//! numbers), the enterprise number (KBO), the Belgian IBAN and the postcode with its region.
//!
//! Every checker accepts the usual separators (spaces, dots, dashes, slashes) and surrounding
//! blanks, and reports why a value is rejected through a small error enum (mapped to the `id.*`
//! issue codes in `rules::ids`). The enums deliberately have no `Display`:
//! messages are rendered, per locale, by the report layer, and an error never carries the value
//! itself, which may be personal data.

mod digits;
pub mod iban;
pub mod insz;
pub mod kbo;
pub mod postcode;
