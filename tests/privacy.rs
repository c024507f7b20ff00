//! No typed value reaches what the library answers, in any locale: not a message, a param, an
//! explanation, a missing fact, a field's issues, a session's delta nor an error.
//!
//! Every string leaf of every fixture is replaced by a sentinel, all at once and one at a time,
//! and each answer is searched for every sentinel, case-insensitively. Sentinels are single
//! words of letters, as a surname is ("Peeters"). The fixtures' own values are searched for as
//! well, where the form holds them validly (a valid INSZ, also in its digits only).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic, missing_docs)]

#[path = "support/variants.rs"]
mod variants;

use maatwerk::{validate_field_json, validate_json, Context, Kind, Path, Validator};
use serde_json::Value;
use variants::{fixtures, lookup, paths, text, with, Step};

const LOCALES: [&str; 4] = ["nl", "fr", "en", "de"];

/// The `n`th sentinel: a word of letters no message holds ("Qxv" + letters + "zq").
fn sentinel(n: usize) -> String {
    let mut letters = String::new();
    let mut rest = n;
    loop {
        letters.push(char::from(b'a' + u8::try_from(rest % 26).unwrap()));
        rest /= 26;
        if rest == 0 {
            break;
        }
    }
    format!("Qxv{letters}zq")
}

fn kind_of(name: &str) -> Kind {
    serde_json::from_value(Value::from(name)).unwrap()
}

fn ctx(options: &Value, locale: &str) -> Context {
    let mut options = options.clone();
    options["locale"] = Value::from(locale);
    Context::from_options_json(&options.to_string(), None).unwrap()
}

/// The paths of the form's string leaves.
fn string_leaves(form: &Value) -> Vec<Vec<Step>> {
    paths(form).into_iter().filter(|path| lookup(form, path).is_some_and(Value::is_string)).collect()
}

/// Fails when `answer` (any answer as JSON or error text) holds one of `typed`.
#[track_caller]
fn assert_holds_none(answer: &str, typed: &[String], what: &str) {
    let answer = answer.to_lowercase();
    for value in typed {
        assert!(!answer.contains(&value.to_lowercase()), "{what}: a typed value ({value}) is in {answer}");
    }
}

/// Everything the library answers about `form` in every locale, checked for `typed`: the
/// report, the issues at each of `fields`, and a session's delta when each field is typed again.
fn check_answers(kind: Kind, options: &Value, form: &Value, fields: &[Vec<Step>], typed: &[String], what: &str) {
    for locale in LOCALES {
        let ctx = ctx(options, locale);
        let what = format!("{what} ({locale})");
        let report = validate_json(kind, &form.to_string(), &ctx).unwrap();
        assert_holds_none(&serde_json::to_string(&report).unwrap(), typed, &what);
        let validator = Validator::new(kind, ctx.clone());
        for field in fields {
            let Ok(path) = Path::parse(&text(field)) else { continue };
            let issues = validate_field_json(kind, &form.to_string(), &path, &ctx).unwrap();
            assert_holds_none(&serde_json::to_string(&issues).unwrap(), typed, &what);
            let Ok(mut session) = validator.session(&with(form, field, None).to_string()) else { continue };
            let value = lookup(form, field).cloned().unwrap_or_default();
            if let Ok(delta) = session.set(&path, &value.to_string()) {
                assert_holds_none(&serde_json::to_string(&delta).unwrap(), typed, &what);
            }
        }
    }
}

#[test]
fn no_sentinel_planted_in_a_string_leaf_reaches_an_answer() {
    let mut planted = 0;
    for fixture in fixtures() {
        let kind = kind_of(&fixture.kind);
        let leaves = string_leaves(&fixture.form);
        let sentinels: Vec<String> = (planted..planted + leaves.len()).map(sentinel).collect();
        planted += leaves.len();
        // All at once: every field holds a word the user typed, none of them valid.
        let all = leaves
            .iter()
            .zip(&sentinels)
            .fold(fixture.form.clone(), |form, (path, word)| with(&form, path, Some(Value::from(word.as_str()))));
        check_answers(kind, &fixture.options, &all, &leaves, &sentinels, &fixture.name);
        // One at a time, in an otherwise unchanged form: a name among valid values.
        for (path, word) in leaves.iter().zip(&sentinels) {
            let form = with(&fixture.form, path, Some(Value::from(word.as_str())));
            let what = format!("{} {}", fixture.name, text(path));
            check_answers(kind, &fixture.options, &form, std::slice::from_ref(path), std::slice::from_ref(word), &what);
        }
    }
    assert!(planted > 200, "{planted} sentinels");
}

/// Whether a fixture's value is one the report may hold by itself: an ISO date (the report
/// derives dates of its own), a choice's wire name (`internal`, `ba-sociaal-werk`), a country
/// code, or a number of four digits at most (a postcode here, a count or a year there). The
/// sentinels cover these fields.
fn report_may_name(value: &str) -> bool {
    maatwerk::calendar::iso::parse(value).is_some()
        || value.chars().next().is_some_and(|c| c.is_ascii_lowercase())
            && value.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        || value.len() <= 2 && value.chars().all(|c| c.is_ascii_uppercase())
        || value.len() <= 4 && value.chars().all(|c| c.is_ascii_digit())
}

#[test]
fn no_value_a_fixture_holds_reaches_an_answer() {
    for fixture in fixtures() {
        let kind = kind_of(&fixture.kind);
        let leaves = string_leaves(&fixture.form);
        let mut typed: Vec<String> = Vec::new();
        for path in &leaves {
            let value = lookup(&fixture.form, path).and_then(Value::as_str).unwrap().trim().to_owned();
            if value.is_empty() || report_may_name(&value) {
                continue;
            }
            // An identifier may come back normalized: its digits alone count too.
            let digits: String = value.chars().filter(char::is_ascii_digit).collect();
            if digits.len() >= 6 && digits.len() != value.len() {
                typed.push(digits);
            }
            typed.push(value);
        }
        check_answers(kind, &fixture.options, &fixture.form, &leaves, &typed, &fixture.name);
    }
}

#[test]
fn errors_hold_no_typed_value() {
    let word = sentinel(999_999);
    let ctx = ctx(&serde_json::json!({ "asOf": "2026-11-23" }), "nl");
    for kind in ["application", "providerRegistration", "supportPlan", "supervisor"].map(kind_of) {
        for text in [format!("\"{word}\""), format!("{{\"name\": {word}}}"), format!("[\"{word}\"]")] {
            let error = validate_json(kind, &text, &ctx).unwrap_err();
            assert_holds_none(&error.to_string(), std::slice::from_ref(&word), &text);
        }
        let mut session = Validator::new(kind, ctx.clone()).session("{}").unwrap();
        for (path, value) in [(word.clone(), "1".to_owned()), ("name".to_owned(), word.clone())] {
            let Ok(path) = Path::parse(&path) else { continue };
            if let Err(error) = session.set(&path, &value) {
                assert_holds_none(&error.to_string(), std::slice::from_ref(&word), "a session's error");
            }
        }
    }
    for options in [
        format!(r#"{{"asOf":"{word}"}}"#),
        format!(r#"{{"asOf":"2026-11-23","locale":"{word}"}}"#),
        format!(r#"{{"asOf":"2026-11-23","parameters":{{"applicationDuringEmploymentFrom":"{word}"}}}}"#),
        format!(r#"{{"asOf":"2026-11-23","{word}":1}}"#),
    ] {
        let error = Context::from_options_json(&options, None).unwrap_err();
        assert_holds_none(&error.to_string(), std::slice::from_ref(&word), &options);
    }
}
