//! A path (any text, or as segments) and a value (any text) on a complete fixture of any kind:
//! `Path::parse`, `decode_at` through `Session::set`, `issues_at` and `validate_field_json`
//! never panic, and a field's issues are those of the session after the change.
#![no_main]

use libfuzzer_sys::fuzz_target;
use maatwerk::{validate_field_json, Path, Validator};

#[path = "../common/setup.rs"]
mod setup;

fuzz_target!(|data: &[u8]| {
    let Some((&selector, rest)) = data.split_first() else { return };
    let kind = setup::kind(selector);
    let ctx = setup::context(selector >> 2);
    let rest = String::from_utf8_lossy(rest);
    // The path, a newline, the value's JSON text.
    let (path, value) = rest.split_once('\n').unwrap_or((&rest, "null"));
    let Ok(path) = Path::parse(path) else { return };
    let fixture = setup::fixture(kind);
    let _ = validate_field_json(kind, fixture, &path, &ctx);
    let validator = Validator::new(kind, ctx);
    let Ok(mut session) = validator.session(fixture) else { return };
    if let Ok(delta) = session.set(&path, value) {
        let now = serde_json::to_string(&session.issues_at(&path)).unwrap_or_default();
        assert_eq!(serde_json::to_string(&delta.at).unwrap_or_default(), now, "the delta's issues are the field's");
        let report = session.report();
        assert!(report.issues.len() <= maatwerk::model::bounds::MAX_ISSUES, "the cap holds");
    }
});
