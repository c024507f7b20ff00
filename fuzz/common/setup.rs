//! What the targets share: a kind, a context and a fixture chosen by a byte of the input.
#![allow(dead_code)] // Each target uses only some of these.

use chrono::NaiveDate;
use std::sync::OnceLock;
use maatwerk::{Context, Kind, Locale};

/// The kind named by the low two bits.
pub fn kind(byte: u8) -> Kind {
    match byte & 3 {
        0 => Kind::Application,
        1 => Kind::ProviderRegistration,
        2 => Kind::SupportPlan,
        _ => Kind::Supervisor,
    }
}

/// The form of a complete fixture of `kind` as JSON text: what a field target changes. Read
/// once per kind.
pub fn fixture(kind: Kind) -> &'static str {
    static FORMS: [OnceLock<String>; 4] = [OnceLock::new(), OnceLock::new(), OnceLock::new(), OnceLock::new()];
    let (slot, file) = match kind {
        Kind::Application => (0, include_str!("../../tests/fixtures/application-complete-internal-guidance.json")),
        Kind::ProviderRegistration => (1, include_str!("../../tests/fixtures/provider-complete-valid.json")),
        Kind::SupportPlan => (2, include_str!("../../tests/fixtures/plan-complete-valid.json")),
        Kind::Supervisor => (3, include_str!("../../tests/fixtures/supervisor-19-months.json")),
    };
    // A fixture is `{ kind, asOf, form, expect }`.
    FORMS[slot].get_or_init(|| {
        serde_json::from_str::<serde_json::Value>(file).map(|v| v["form"].to_string()).unwrap_or_default()
    })
}

/// A context: the locale from the low two bits, the as-of date (the calendar's edges, the
/// scheme's start, an ordinary day) from the next three.
pub fn context(byte: u8) -> Context {
    let locale = match byte & 3 {
        0 => Locale::Nl,
        1 => Locale::Fr,
        2 => Locale::En,
        _ => Locale::De,
    };
    let (y, m, d) = match (byte >> 2) & 7 {
        0 => (0, 1, 1),
        1 => (9999, 12, 31),
        2 => (2023, 6, 30),
        3 => (2023, 7, 1),
        4 => (2024, 1, 1),
        _ => (2026, 11, 23),
    };
    Context::new(NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()).with_locale(locale)
}
