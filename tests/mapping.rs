//! A portal's form shape mapped to the wire's (`maatwerk::Mapping`), both ways: every golden
//! vector written in a portal's shape (other keys at every level, yes/no as "ja"/"nee") gives
//! the wire form's report, each issue at the portal's path that maps back to its wire path; a
//! Form.io-like shape nested differently from the wire; a session set at portal paths agrees
//! with a fresh validation; a mapping a program got wrong is refused naming its entry.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic, missing_docs)]

#[path = "support/golden.rs"]
mod golden;
#[path = "support/variants.rs"]
mod variants;

use maatwerk::model::decode::Expected;
use maatwerk::{Context, Kind, Mapping, MappingError, Path, Report, ToJson, Validator};
use serde_json::{json, Map, Value};
use std::collections::BTreeSet;

/// The portal's name of a wire key.
fn portal_key(key: &str) -> String {
    format!("p_{key}")
}

/// Every wire path pattern in `value` (`experience[*].from`), and the portal's form: each key
/// renamed, each yes/no written as "ja"/"nee".
fn to_portal(value: &Value, at: &str, patterns: &mut BTreeSet<String>) -> Value {
    match value {
        Value::Object(fields) => {
            let mut out = Map::new();
            for (key, field) in fields {
                let path = if at.is_empty() { key.clone() } else { format!("{at}.{key}") };
                patterns.insert(path.clone());
                out.insert(portal_key(key), to_portal(field, &path, patterns));
            }
            Value::Object(out)
        }
        Value::Array(rows) => {
            Value::Array(rows.iter().map(|row| to_portal(row, &format!("{at}[*]"), patterns)).collect())
        }
        Value::Bool(yes) => Value::from(if *yes { "ja" } else { "nee" }),
        other => other.clone(),
    }
}

/// The portal's path of a wire path text: each key renamed.
fn portal_text(wire: &str) -> String {
    let mut out = String::new();
    for (at, part) in wire.split('.').enumerate() {
        if at > 0 {
            out.push('.');
        }
        let (key, rows) = part.split_at(part.find('[').unwrap_or(part.len()));
        if !key.is_empty() {
            out.push_str(&portal_key(key));
        }
        out.push_str(rows);
    }
    out
}

/// Whether a form holds a value the mapping's conversions read otherwise than the wire does
/// ("ja" as yes, "" as no answer where the wire takes no text, "on" as yes, numeric text as a
/// number, a number as text): such vectors test the wire reading a wrong type, which a portal's
/// mapping converts on purpose.
fn converted_by_mapping(kind: Kind, value: &Value, at: &str) -> bool {
    let expected = || Path::parse(at).ok().and_then(|path| kind.expected_at(&path));
    match value {
        Value::Object(fields) => fields.iter().any(|(key, field)| {
            converted_by_mapping(kind, field, &if at.is_empty() { key.clone() } else { format!("{at}.{key}") })
        }),
        Value::Array(rows) => {
            rows.iter().enumerate().any(|(i, row)| converted_by_mapping(kind, row, &format!("{at}[{i}]")))
        }
        Value::String(text) => match expected() {
            _ if ["ja", "nee"].contains(&text.as_str()) => true,
            Some(Expected::YesNo) => ["", "on", "off", "true", "false"].contains(&text.as_str()),
            Some(Expected::Number) => true,
            Some(Expected::Choice | Expected::List | Expected::Group) => text.is_empty(),
            _ => false,
        },
        Value::Number(_) => expected() == Some(Expected::Text),
        _ => false,
    }
}

fn without_portal_paths(report: &Report) -> Value {
    let mut value: Value = serde_json::from_str(&report.to_json()).unwrap();
    for issue in value["issues"].as_array_mut().unwrap() {
        issue.as_object_mut().unwrap().remove("portalPath");
    }
    value
}

fn validator(kind: &str, options: &Value) -> Validator {
    let kind: Kind = kind.parse().unwrap();
    Validator::new(kind, Context::from_options_json(&options.to_string(), None).unwrap())
}

#[test]
fn every_vector_in_a_portal_shape_gets_the_wire_report_at_the_portal_paths() {
    let mut compared = std::collections::BTreeMap::<&str, usize>::new();
    let vectors = golden::vectors();
    // The portal's mapping names every field any vector of the kind fills.
    let mut every = std::collections::BTreeMap::<&str, BTreeSet<String>>::new();
    for vector in &vectors {
        to_portal(&vector.form, "", every.entry(vector.kind.as_str()).or_default());
    }
    for vector in &vectors {
        if converted_by_mapping(vector.kind.parse().unwrap(), &vector.form, "") {
            continue;
        }
        let patterns = &every[vector.kind.as_str()];
        let portal = to_portal(&vector.form, "", &mut BTreeSet::new());
        let plain = validator(&vector.kind, &vector.options);
        let kind = plain.kind();
        let fields: Map<String, Value> = patterns
            .iter()
            .filter(|wire| Path::parse(&wire.replace("[*]", "[0]")).is_ok_and(|path| kind.names_field(&path)))
            .map(|wire| (portal_text(wire), Value::from(wire.as_str())))
            .collect();
        let mapping = json!({ "fields": fields, "values": { "ja": true, "nee": false } });
        let mapped = plain.clone().with_mapping(Mapping::from_json(&mapping.to_string()).unwrap()).unwrap();

        let expected = plain.validate(vector.form.to_string().as_str()).unwrap();
        let report = mapped.validate(portal.to_string().as_str()).unwrap();
        assert_eq!(without_portal_paths(&report), without_portal_paths(&expected), "{}", vector.id);
        for issue in &report.issues {
            let portal_path = issue.portal_path.as_deref().unwrap();
            assert_eq!(portal_path, portal_text(&issue.field), "{}: {}", vector.id, issue.code.as_str());
            if !issue.field.is_empty() {
                assert_eq!(mapped.mapping().unwrap().wire_path(kind, portal_path), Ok(issue.path), "{}", vector.id);
            }
        }
        *compared.entry(vector.kind.as_str()).or_default() += 1;
    }
    assert!(compared.len() == 4 && compared.values().all(|n| *n >= 20), "too few vectors compared: {compared:?}");
    eprintln!("compared: {compared:?}");
}

/// A supervisor as a Form.io form holds one: a panel for the person, a datagrid of periods
/// with the portal's own words and codes, numbers typed as text.
fn formio_supervisor() -> Validator {
    let mapping = json!({
        "fields": {
            "persoon.naam": "name",
            "persoon.verantwoordelijk": "responsible",
            "ervaring[*].van": "experience[*].from",
            "ervaring[*].tot": "experience[*].to",
            "ervaring[*].relevant": { "path": "experience[*].relevant", "values": { "J": true, "N": false } },
        },
        "values": { "ja": true, "nee": false }
    });
    let ctx = Context::from_options_json(r#"{"asOf": "2026-11-23"}"#, None).unwrap();
    Validator::new(Kind::Supervisor, ctx).with_mapping(Mapping::from_json(&mapping.to_string()).unwrap()).unwrap()
}

#[test]
fn a_shape_nested_otherwise_reads_as_the_wire_form() {
    let validator = formio_supervisor();
    let portal = json!({
        "persoon": { "naam": "A. Peeters", "verantwoordelijk": "ja" },
        "ervaring": [{ "van": "2025-04-01", "relevant": "J" }, { "van": "2026-13-01", "relevant": "on" }],
        "submit": true
    });
    let wire = json!({
        "name": "A. Peeters", "responsible": true,
        "experience": [{ "from": "2025-04-01", "relevant": true }, { "from": "2026-13-01", "relevant": true }]
    });
    let report = validator.validate(portal.to_string().as_str()).unwrap();
    let plain = Validator::new(Kind::Supervisor, validator.context().clone());
    assert_eq!(
        without_portal_paths(&report),
        without_portal_paths(&plain.validate(wire.to_string().as_str()).unwrap())
    );
    let at: Vec<(&str, &str)> =
        report.issues.iter().map(|issue| (issue.field.as_str(), issue.portal_path.as_deref().unwrap())).collect();
    assert!(at.contains(&("experience[1].from", "ervaring[1].van")), "{at:?}");
    assert!(at.contains(&("competences", "competences")), "a field the mapping leaves alone: {at:?}");

    let short = json!({ "persoon": { "naam": "A. Peeters" }, "ervaring": [{ "van": "2025-04-01", "relevant": "J" }] });
    let report = validator.validate(short.to_string().as_str()).unwrap();
    let too_short =
        report.issues.iter().find(|issue| issue.code.as_str() == "supervisor.experience_too_short").unwrap();
    assert_eq!((too_short.field.as_str(), too_short.portal_path.as_deref()), ("experience", Some("ervaring")));
}

#[test]
fn a_session_at_portal_paths_agrees_with_a_fresh_validation() {
    let validator = formio_supervisor();
    let mut portal = json!({ "persoon": { "naam": "A. Peeters" }, "ervaring": [] });
    let mut session = validator.session(portal.to_string().as_str()).unwrap();
    let steps = [
        ("ervaring", json!([{ "van": "2025-04-01", "tot": "2026-10-31", "relevant": "J" }])),
        ("ervaring[0].van", json!("2020-01-01")),
        ("persoon.verantwoordelijk", json!("nee")),
        ("ervaring[1]", json!({ "van": "2019-01-01", "relevant": "N" })),
        ("ervaring[1].relevant", json!("J")),
        ("persoon.naam", json!("")),
    ];
    for (path, value) in steps {
        let delta = session.set_mapped(path, value.to_string().as_str()).unwrap_or_else(|e| panic!("{path}: {e:?}"));
        set_in(&mut portal, path, value);
        let fresh = validator.validate(portal.to_string().as_str()).unwrap();
        assert_eq!(session.report().to_json(), fresh.to_json(), "after {path}");
        assert_eq!(delta.valid, fresh.valid);
        assert!(delta.at.iter().chain(&delta.added).all(|issue| issue.portal_path.is_some()));
    }
    assert!(session.set_mapped("ervaring[0].kleur", r#""rood""#).is_err(), "a path that maps to no field");
    // A group whose fields the mapping spreads over the wire's root has no one wire place.
    assert!(session.set_mapped("persoon", r#"{"naam": "B. Peeters"}"#).is_err());
}

/// Sets `value` at a path text like `ervaring[1].van` in a JSON value (rows appended).
fn set_in(root: &mut Value, path: &str, value: Value) {
    let mut at = root;
    for part in path.split('.') {
        let (key, rows) = part.split_at(part.find('[').unwrap_or(part.len()));
        at = &mut at[key];
        for index in rows.split(['[', ']']).filter(|s| !s.is_empty()) {
            let index: usize = index.parse().unwrap();
            let list = at.as_array_mut().unwrap();
            while list.len() <= index {
                list.push(json!({}));
            }
            at = &mut list[index];
        }
    }
    *at = value;
}

#[test]
fn a_mapping_a_program_got_wrong_is_refused_naming_the_entry() {
    let refused = |text: &str| {
        Mapping::from_json(text).and_then(|mapping| {
            let ctx = Context::from_options_json(r#"{"asOf": "2026-11-23"}"#, None).unwrap();
            Validator::new(Kind::Supervisor, ctx).with_mapping(mapping).map(|_| ())
        })
    };
    assert_eq!(
        refused(r#"{"fields": {"naam": "nmae"}}"#),
        Err(MappingError::NoSuchField { portal: "naam".into(), kind: Kind::Supervisor })
    );
    assert_eq!(
        refused(r#"{"fields": {"ervaring[*].van": "experience.from"}}"#),
        Err(MappingError::RowsDiffer("ervaring[*].van".into()))
    );
    assert_eq!(refused(r#"{"fields": {"naam": 3}}"#), Err(MappingError::BadTarget("naam".into())));
    assert_eq!(refused(r#"{"fields": {"a..b": "name"}}"#), Err(MappingError::BadPortalPath("a..b".into())));
    assert_eq!(refused(r#"{"values": {"ja": [true]}}"#), Err(MappingError::BadValue("mapping.values[\"ja\"]".into())));
    assert_eq!(refused(r#"{"field": {}}"#), Err(MappingError::Malformed));
    assert_eq!(
        refused(r#"{"fields": {"x": "planDate"}}"#).unwrap_err().to_string(),
        "options.mapping.fields[\"x\"] names no field of a supervisor form"
    );
    assert_eq!(refused("null"), Ok(()));
}

/// The portal cases of tests/mapped/: each form in a platform's shape with its mapping, and the
/// issues it must have at the portal's paths. The JS tests send the same cases through the
/// package in Node and Chromium and through the command, and compare with these reports.
#[test]
fn the_portal_cases_meet_their_expectations() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/mapped");
    let mut names: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|entry| entry.unwrap().path()).collect();
    names.sort();
    assert!(names.len() >= 3);
    for path in names {
        let case: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        let options = json!({ "asOf": case["asOf"], "mapping": case["mapping"] });
        let options = maatwerk::Options::from_json(&options.to_string()).unwrap();
        let kind: Kind = case["kind"].as_str().unwrap().parse().unwrap();
        let validator = Validator::new(kind, Context::from_options(&options, None).unwrap())
            .with_mapping(options.mapping.clone().unwrap())
            .unwrap();
        let report = validator.validate(case["form"].to_string().as_str()).unwrap();
        if std::env::var_os("SHOW_MAPPED").is_some() {
            eprintln!("{}: {}", path.display(), report.to_json());
        }
        assert_eq!(Value::from(report.valid), case["expect"]["valid"], "{}", path.display());
        for (code, portal) in case["expect"]["at"].as_object().unwrap() {
            let issue = report.issues.iter().find(|issue| issue.code.as_str() == code);
            let issue = issue.unwrap_or_else(|| panic!("{}: no {code}", path.display()));
            assert_eq!(issue.portal_path.as_deref(), portal.as_str(), "{}: {code}", path.display());
        }
        assert!(report.issues.iter().all(|issue| issue.portal_path.is_some()));
    }
}
