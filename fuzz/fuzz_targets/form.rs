//! Any text as a form of any kind, as of a date at the calendar's edges, in any locale: the
//! validator and a session on it never panic, give the same report, and the report's issues
//! stay within the cap.
#![no_main]

use libfuzzer_sys::fuzz_target;
use maatwerk::Validator;

#[path = "../common/setup.rs"]
mod setup;

fuzz_target!(|data: &[u8]| {
    let Some((&selector, text)) = data.split_first() else { return };
    let kind = setup::kind(selector);
    let ctx = setup::context(selector >> 2);
    let text = String::from_utf8_lossy(text);
    let text: &str = &text;
    let validator = Validator::new(kind, ctx);
    let Ok(report) = validator.validate(text) else { return };
    assert!(report.issues.len() <= maatwerk::model::bounds::MAX_ISSUES, "the cap holds");
    let json = serde_json::to_string(&report).unwrap_or_default();
    let session = validator.session(text).unwrap_or_else(|_| unreachable!("validate read it"));
    assert_eq!(json, serde_json::to_string(&session.report()).unwrap_or_default(), "a session reports what validate does");
});
