//! A sequence of changes on a complete fixture of any kind: each a path (any text) and a value
//! (any text). `Path::parse`, `decode_at` through `Session::set`, `issues_at` and
//! `validate_field_json` never panic; a field's issues are those of the session after the
//! change; and after every change the session's report is the fresh report of the form as
//! changed (kept beside it as JSON, as a portal keeps its copy).
#![no_main]

use libfuzzer_sys::fuzz_target;
use maatwerk::model::bounds::MAX_INPUT_BYTES;
use maatwerk::{validate_field_json, Path, Step, Validator};
use serde_json::{Map, Value};

#[path = "../common/setup.rs"]
mod setup;

/// Sets `value` at `path` in the copy: groups and lists created on the way, a list extended
/// with nulls up to the index.
fn set_in(form: &mut Value, path: &Path, value: Value) {
    let mut at = form;
    for segment in path.segments() {
        at = match segment.step() {
            Step::Key(key) => {
                if !at.is_object() {
                    *at = Value::Object(Map::new());
                }
                let Value::Object(fields) = at else { return };
                fields.entry(key.name().to_owned()).or_insert(Value::Null)
            }
            Step::Index(index) => {
                if !at.is_array() {
                    *at = Value::Array(Vec::new());
                }
                let Value::Array(items) = at else { return };
                if items.len() <= index {
                    items.resize(index + 1, Value::Null);
                }
                let Some(item) = items.get_mut(index) else { return };
                item
            }
        };
    }
    *at = value;
}

fuzz_target!(|data: &[u8]| {
    let Some((&selector, rest)) = data.split_first() else { return };
    let kind = setup::kind(selector);
    let ctx = setup::context(selector >> 2);
    let rest = String::from_utf8_lossy(rest);
    let fixture = setup::fixture(kind);
    let validator = Validator::new(kind, ctx.clone());
    let Ok(mut session) = validator.session(fixture) else { return };
    let Ok(mut copy) = serde_json::from_str::<Value>(fixture) else { return };
    // Lines: a path, then its value's JSON text; again and again.
    let mut lines = rest.split('\n');
    let mut first = true;
    while let Some(path) = lines.next() {
        let value = lines.next().unwrap_or("null");
        let Ok(path) = Path::parse(path) else { continue };
        if first {
            let _ = validate_field_json(kind, fixture, &path, &ctx);
        }
        // The value as a portal's copy would write it (one spelling of each key); text that
        // copy cannot hold is set as it is, and the comparison ends there.
        let parsed = serde_json::from_str::<Value>(value).ok();
        let text = parsed.as_ref().map_or_else(|| value.to_owned(), Value::to_string);
        let Ok(delta) = session.set(&path, text.as_str()) else { continue };
        let now = serde_json::to_string(&session.issues_at(&path)).unwrap_or_default();
        assert_eq!(serde_json::to_string(&delta.at).unwrap_or_default(), now, "the delta's issues are the field's");
        let report = session.report();
        assert!(report.issues.len() <= maatwerk::model::bounds::MAX_ISSUES, "the cap holds");
        let Some(parsed) = parsed else { return };
        set_in(&mut copy, &path, parsed);
        let written = copy.to_string();
        if written.len() > MAX_INPUT_BYTES {
            return;
        }
        let fresh = validator.validate(written.as_str());
        assert_eq!(Ok(&report), fresh.as_ref(), "the session's report is the fresh one");
        first = false;
    }
});
