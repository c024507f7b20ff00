//! Every fixture in tests/fixtures/*.json, validated natively, against its expectations.
//!
//! A fixture is `{ kind, asOf, locale?, parameters?, form, expect: { valid, codes?, absent?,
//! requirements? } }`: `codes` must all appear, `absent` must not, `requirements` maps a rule id
//! to the status it must have. The same files feed the parity test against the wasm module.
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

/// Writes each fixture's native report as JSON for the parity test in Node
/// (`tests/js/parity.test.mjs` compares the wasm module's reports byte for byte).
#[test]
fn native_reports_for_parity() {
    let out = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/parity");
    std::fs::create_dir_all(&out).unwrap();
    for (name, fixture) in fixtures() {
        let kind: Kind = serde_json::from_value(fixture["kind"].clone()).unwrap();
        let ctx = Context::from_options_json(&options(&fixture).to_string(), None).unwrap();
        let report = validate_json(kind, &fixture["form"].to_string(), &ctx).unwrap();
        std::fs::write(out.join(format!("{name}.json")), serde_json::to_string(&report).unwrap()).unwrap();
    }
}

fn typed_texts(value: &Value, out: &mut Vec<String>) {
    match value {
        Value::String(text) => out.push(text.trim().to_owned()),
        Value::Array(items) => items.iter().for_each(|item| typed_texts(item, out)),
        Value::Object(fields) => fields.values().for_each(|item| typed_texts(item, out)),
        _ => {}
    }
}

/// No typed value (a name, an INSZ, a KBO, a free text) reaches a message, a param or an
/// explanation, in any locale. Dates and choice names are left out of the comparison: the
/// report derives dates of its own and names the choices.
#[test]
fn no_typed_value_reaches_the_report() {
    for (name, fixture) in fixtures() {
        let mut typed = Vec::new();
        typed_texts(&fixture["form"], &mut typed);
        typed.retain(|text| {
            text.chars().count() >= 4
                && maatwerk::calendar::iso::parse(text).is_none()
                && !text.chars().all(|c| c.is_ascii_alphabetic())
        });
        let kind: Kind = serde_json::from_value(fixture["kind"].clone()).unwrap();
        for locale in ["nl", "fr", "en", "de"] {
            let options =
                format!(r#"{{"asOf":"{}","locale":"{locale}"}}"#, fixture["asOf"].as_str().unwrap_or("2026-11-23"));
            let ctx = Context::from_options_json(&options, None).unwrap();
            let report = validate_json(kind, &fixture["form"].to_string(), &ctx).unwrap();
            let mut shown: Vec<String> = Vec::new();
            for issue in &report.issues {
                shown.push(issue.message.clone());
                shown.push(serde_json::to_string(&issue.params).unwrap());
            }
            shown.extend(report.requirements.iter().map(|r| r.explanation.clone()));
            for text in &typed {
                assert!(!shown.iter().any(|s| s.contains(text.as_str())), "{name} ({locale}): a typed value is shown");
            }
        }
    }
}
