//! `maatwerk schema KIND`: the JSON Schema (2020-12) of a form's wire shape, derived by
//! schemars from the library's model types (the `json-schema` feature), their field docs as
//! descriptions. The schema describes the shape a portal sends; the library itself is more
//! lenient and reports a misfit as an issue at its field.

use maatwerk::{Application, Kind, ProviderRegistration, Supervisor, SupportPlan};

/// The schema of `kind`, pretty-printed, with a final newline.
pub fn render(kind: Kind) -> String {
    let schema = match kind {
        Kind::Application => schemars::schema_for!(Application),
        Kind::ProviderRegistration => schemars::schema_for!(ProviderRegistration),
        Kind::SupportPlan => schemars::schema_for!(SupportPlan),
        Kind::Supervisor => schemars::schema_for!(Supervisor),
    };
    // A schema is a tree of JSON values with text keys: writing it to a string cannot fail.
    let mut text = serde_json::to_string_pretty(&schema).unwrap_or_default();
    text.push('\n');
    text
}
