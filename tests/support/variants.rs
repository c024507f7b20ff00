//! Shared by the engine's own tests and the integration tests.
//!
//! The fixtures of tests/fixtures, and variants of each form that drive the rules down other
//! branches: each value left out, and each value replaced by one of another type.

// Each test that includes this file uses a part of it.
#![allow(dead_code)]

use serde_json::{Map, Value};
use std::path::Path as FsPath;

/// A fixture: its kind, its options and its form.
pub struct Fixture {
    pub name: String,
    pub kind: String,
    pub options: Value,
    pub form: Value,
}

/// Every fixture, sorted by name.
pub fn fixtures() -> Vec<Fixture> {
    let dir = FsPath::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut list: Vec<Fixture> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|e| e == "json"))
        .filter_map(|path| {
            let fixture: Value = serde_json::from_str(&std::fs::read_to_string(&path).ok()?).ok()?;
            let mut options = serde_json::Map::new();
            for key in ["asOf", "locale", "parameters"] {
                if let Some(value) = fixture.get(key) {
                    options.insert(key.to_owned(), value.clone());
                }
            }
            Some(Fixture {
                name: path.file_stem()?.to_string_lossy().into_owned(),
                kind: fixture.get("kind")?.as_str()?.to_owned(),
                options: Value::Object(options),
                form: fixture.get("form")?.clone(),
            })
        })
        .collect();
    list.sort_by(|a, b| a.name.cmp(&b.name));
    list
}

/// A path into a JSON value: keys and indexes.
#[derive(Debug, Clone)]
pub enum Step {
    Key(String),
    Index(usize),
}

/// The text form of a path, as the library reads it (`experience[1].to`).
pub fn text(path: &[Step]) -> String {
    let mut out = String::new();
    for step in path {
        match step {
            Step::Key(key) if out.is_empty() => out.push_str(key),
            Step::Key(key) => {
                out.push('.');
                out.push_str(key);
            }
            Step::Index(index) => out.push_str(&format!("[{index}]")),
        }
    }
    out
}

/// Every path in `value` (groups, lists and leaves), parents before children.
pub fn paths(value: &Value) -> Vec<Vec<Step>> {
    let mut found = Vec::new();
    walk(value, &mut Vec::new(), &mut found);
    found
}

fn walk(value: &Value, at: &mut Vec<Step>, found: &mut Vec<Vec<Step>>) {
    let children: Vec<(Step, &Value)> = match value {
        Value::Object(fields) => fields.iter().map(|(k, v)| (Step::Key(k.clone()), v)).collect(),
        Value::Array(items) => items.iter().enumerate().map(|(i, v)| (Step::Index(i), v)).collect(),
        _ => Vec::new(),
    };
    for (step, child) in children {
        at.push(step);
        found.push(at.clone());
        walk(child, at, found);
        at.pop();
    }
}

/// `value` with the value at `path` replaced (`None`: left out).
pub fn with(value: &Value, path: &[Step], replacement: Option<Value>) -> Value {
    let mut copy = value.clone();
    let Some((last, parents)) = path.split_last() else {
        return replacement.unwrap_or(Value::Null);
    };
    let mut at = &mut copy;
    for step in parents {
        let next = match (step, at) {
            (Step::Key(key), Value::Object(fields)) => fields.get_mut(key),
            (Step::Index(index), Value::Array(items)) => items.get_mut(*index),
            _ => None,
        };
        match next {
            Some(next) => at = next,
            None => return copy,
        }
    }
    match (last, at, replacement) {
        (Step::Key(key), Value::Object(fields), Some(value)) => {
            fields.insert(key.clone(), value);
        }
        (Step::Key(key), Value::Object(fields), None) => {
            fields.remove(key);
        }
        (Step::Index(index), Value::Array(items), replacement) => {
            if let Some(item) = items.get_mut(*index) {
                *item = replacement.unwrap_or(Value::Null);
            }
        }
        _ => {}
    }
    copy
}

/// Values of other types and shapes than `value`, to put in its place.
pub fn replacements(value: &Value) -> Vec<Option<Value>> {
    let mut list = vec![None, Some(Value::from(42)), Some(Value::from("2026-02-30"))];
    match value {
        Value::Bool(b) => list.push(Some(Value::Bool(!b))),
        Value::String(_) => list.extend([Some(Value::from("")), Some(Value::from("2024-01-01"))]),
        Value::Number(_) => list.push(Some(Value::from(3))),
        _ => list.push(Some(Value::Bool(true))),
    }
    list
}

/// The form of every fixture and its variants, with the fixture's kind and options.
pub fn forms() -> Vec<(String, Value, Value)> {
    let mut all = Vec::new();
    for fixture in fixtures() {
        all.push((fixture.kind.clone(), fixture.options.clone(), fixture.form.clone()));
        for path in paths(&fixture.form) {
            let current = lookup(&fixture.form, &path).cloned().unwrap_or(Value::Null);
            for replacement in replacements(&current) {
                all.push((fixture.kind.clone(), fixture.options.clone(), with(&fixture.form, &path, replacement)));
            }
        }
    }
    all
}

/// The value at `path`.
pub fn lookup<'a>(value: &'a Value, path: &[Step]) -> Option<&'a Value> {
    path.iter().try_fold(value, |at, step| match (step, at) {
        (Step::Key(key), Value::Object(fields)) => fields.get(key),
        (Step::Index(index), Value::Array(items)) => items.get(*index),
        _ => None,
    })
}

/// Sets `value` at `path` in the portal's copy of the form: groups and lists created where
/// something else (or nothing) was, a list extended with nulls up to the index.
pub fn set_in(form: &mut Value, path: &[Step], value: Value) {
    let mut at = form;
    for step in path {
        at = match step {
            Step::Key(key) => {
                if !at.is_object() {
                    *at = Value::Object(Map::new());
                }
                let Value::Object(fields) = at else { return };
                fields.entry(key.clone()).or_insert(Value::Null)
            }
            Step::Index(index) => {
                if !at.is_array() {
                    *at = Value::Array(Vec::new());
                }
                let Value::Array(items) = at else { return };
                if items.len() <= *index {
                    items.resize(index + 1, Value::Null);
                }
                let Some(item) = items.get_mut(*index) else { return };
                item
            }
        };
    }
    *at = value;
}
