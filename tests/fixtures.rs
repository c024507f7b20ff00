//! Every fixture in tests/fixtures/*.json, validated natively, against its expectations.
//!
//! A fixture is `{ kind, asOf, locale?, parameters?, form, expect: { valid, codes?, absent?,
//! requirements? } }`: `codes` must all appear, `absent` must not, `requirements` maps a rule id
//! to the status it must have. The same files are golden vectors (tests/golden.rs), which the
//! JS tests compare natively, in Node and in Chromium.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

use maatwerk::{validate_json, Context, Kind};
use serde_json::Value;
use std::path::Path;

fn fixtures() -> Vec<(String, Value)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut list: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|e| e == "json"))
        .map(|path| {
            let name = path.file_stem().unwrap().to_string_lossy().into_owned();
            (name, serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap())
        })
        .collect();
    list.sort_by(|a, b| a.0.cmp(&b.0));
    list
}

/// The options part of a fixture, as the wasm layer would get it.
fn options(fixture: &Value) -> Value {
    let mut options = serde_json::Map::new();
    for key in ["asOf", "locale", "parameters"] {
        if let Some(value) = fixture.get(key) {
            options.insert(key.to_owned(), value.clone());
        }
    }
    Value::Object(options)
}

#[test]
fn every_fixture_meets_its_expectations() {
    let all = fixtures();
    assert!(!all.is_empty());
    for (name, fixture) in all {
        let kind: Kind = serde_json::from_value(fixture["kind"].clone()).unwrap();
        let ctx = Context::from_options_json(&options(&fixture).to_string(), None).unwrap();
        let report = validate_json(kind, &fixture["form"].to_string(), &ctx).unwrap();
        let expect = &fixture["expect"];
        let codes: Vec<&str> = report.issues.iter().map(|i| i.code.as_str()).collect();
        assert_eq!(report.valid, expect["valid"].as_bool().unwrap(), "{name}: valid; issues {codes:?}");
        for code in expect["codes"].as_array().into_iter().flatten() {
            assert!(codes.contains(&code.as_str().unwrap()), "{name}: expected {code}, got {codes:?}");
        }
        for code in expect["absent"].as_array().into_iter().flatten() {
            assert!(!codes.contains(&code.as_str().unwrap()), "{name}: unexpected {code}");
        }
        for (rule, status) in expect["requirements"].as_object().into_iter().flatten() {
            let found = report.requirements.iter().find(|r| r.rule == rule.as_str());
            let found = found.unwrap_or_else(|| panic!("{name}: no requirement {rule}"));
            assert_eq!(serde_json::to_value(found.status).unwrap(), *status, "{name}: {rule}");
        }
    }
}
