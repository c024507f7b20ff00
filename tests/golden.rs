//! The golden vectors (tests/support/golden.rs): their verdicts against the committed
//! summaries, every code rendered in every locale with its params filled in, and the native
//! reports the JS tests compare the wasm module's with.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic, missing_docs)]

#[path = "support/golden.rs"]
mod golden;
#[path = "support/variants.rs"]
mod variants;

use golden::{fingerprint, summaries, summary, summary_file, vectors, KINDS, LOCALES};
use maatwerk::report::Code;
use maatwerk::{Locale, ToJson};
use serde_json::{json, Value};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// The summaries of every vector's verdict are the committed ones: a change of a verdict is a
/// diff in tests/golden/. `UPDATE_GOLDEN=1` rewrites them.
#[test]
fn verdicts_are_the_committed_ones() {
    let vectors = vectors();
    let mut changed = Vec::new();
    for kind in KINDS {
        let path = summary_file(kind);
        let now = summaries(kind, &vectors);
        if std::env::var_os("UPDATE_GOLDEN").is_some() {
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(&path, &now).unwrap();
        }
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        if committed != now {
            changed.push(path.display().to_string());
        }
    }
    assert!(
        changed.is_empty(),
        "verdicts changed in {changed:?}: review, then UPDATE_GOLDEN=1 cargo test --test golden"
    );
}

#[test]
fn there_are_enough_vectors_and_each_is_one() {
    let vectors = vectors();
    assert!(vectors.len() >= 300, "{} vectors", vectors.len());
    let ids: BTreeSet<&str> = vectors.iter().map(|v| v.id.as_str()).collect();
    assert_eq!(ids.len(), vectors.len(), "ids are unique");
    for kind in KINDS {
        assert!(vectors.iter().filter(|v| v.kind == kind).count() >= 15, "{kind}");
    }
    // Each family of variants is there.
    for part in [" ~ without ", " = 42", " = \"yes\"", " ~ asOf ", " ~ parameters ", " ~ empty"] {
        assert!(vectors.iter().any(|v| v.id.contains(part)), "{part}");
    }
}

/// A report's words never differ in what they judge: the summary is the same in every locale.
#[test]
fn the_verdict_is_the_same_in_every_locale() {
    for vector in vectors() {
        let en = summary(&vector.report("en"));
        for locale in LOCALES {
            assert_eq!(summary(&vector.report(locale)), en, "{} ({locale})", vector.id);
        }
    }
}

/// One of the identifiers' own checks (`checkInsz`, `checkKbo`, `checkIban`).
type IdChecker = fn(Option<&str>, Locale) -> maatwerk::IdCheck;

/// The `{name}`s of a text (of a count with its noun, `{name|one|other}`, the name).
fn placeholders(text: &str) -> BTreeSet<&str> {
    text.split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(inner, _)| inner.split('|').next().unwrap_or(inner)))
        .collect()
}

/// Every code is emitted by some vector, and rendered in every locale with every placeholder
/// filled; so is every requirement's explanation. A message names the same params in every
/// locale.
#[test]
fn every_code_is_rendered_in_every_locale_without_a_placeholder_left() {
    for code in maatwerk::codes() {
        let [nl, fr, en, de] = Locale::ALL.map(|locale| code.message(locale));
        let names = placeholders(nl);
        for text in [fr, en, de] {
            assert_eq!(placeholders(text), names, "{}: {text}", code.as_str());
        }
    }
    let mut rendered: BTreeMap<&'static str, BTreeSet<&str>> = BTreeMap::new();
    for vector in vectors() {
        for locale in LOCALES {
            let report = vector.report(locale);
            for issue in &report.issues {
                assert!(!issue.message.contains(['{', '}']), "{} ({locale}): {}", vector.id, issue.message);
                rendered.entry(issue.code.as_str()).or_default().insert(locale);
            }
            for requirement in &report.requirements {
                let text = &requirement.explanation;
                assert!(!text.contains(['{', '}']), "{} ({locale}) {}: {text}", vector.id, requirement.rule);
                assert!(!text.trim().is_empty(), "{} {}", vector.id, requirement.rule);
            }
        }
    }
    // The identifiers' own checks give the codes no form can: an empty value (a form reads it
    // as missing) and the IBAN (no form holds one).
    let checks: [(IdChecker, &[&str]); 3] = [
        (maatwerk::check_insz, &[""]),
        (maatwerk::check_kbo, &[""]),
        (
            maatwerk::check_iban,
            &[
                "",
                "NL91 ABNA 0417 1643 00",
                "BE68 5390 0754 703",
                "BE68 5390 0754 70x4",
                "BE69 5390 0754 7034",
                "BE41 5390 0754 7035",
            ],
        ),
    ];
    for (check, inputs) in checks {
        for input in inputs {
            for locale in Locale::ALL {
                let answer = check(Some(input), locale);
                let (Some(code), Some(message)) = (answer.code, answer.message) else { panic!("{input:?} is valid") };
                assert!(!message.contains(['{', '}']), "{code}: {message}");
                let code = maatwerk::codes().map(Code::as_str).find(|c| *c == code).unwrap();
                rendered.entry(code).or_default().insert(locale.pick(&LOCALES));
            }
        }
    }
    let unrendered: Vec<&str> = maatwerk::codes()
        .map(Code::as_str)
        .filter(|code| rendered.get(code).is_none_or(|locales| locales.len() < LOCALES.len()))
        .collect();
    // The model nests less deeply than the bound, so no form is too deep; the text has no
    // placeholder to fill. The bounds on a whole form (1 MB, 1,000 items, 200 issues) would
    // make vectors of megabytes: tests/bounded.rs renders them in every locale.
    assert_eq!(
        unrendered,
        ["form.too_many_items_in_form", "form.too_deep", "form.too_large", "form.issues_left_out"],
        "no vector renders these"
    );
    let too_deep = maatwerk::codes().find(|code| code.as_str() == "form.too_deep").unwrap();
    assert!(Locale::ALL.iter().all(|locale| placeholders(too_deep.message(*locale)).is_empty()));
}

/// The library's JSON writer writes what serde_json writes for every vector's report in every
/// locale: the same bytes from the wasm module, the command line and a serde user.
#[test]
fn the_json_writer_writes_what_serde_writes() {
    for vector in vectors() {
        for locale in LOCALES {
            let report = vector.report(locale);
            assert_eq!(report.to_json(), serde_json::to_string(&report).unwrap(), "{} {locale}", vector.id);
        }
    }
}

/// Writes the vectors and their native reports in every locale (target/golden/native.json),
/// with a fingerprint of what decides them, for the JS tests that compare the wasm module's
/// reports in Node and in Chromium byte for byte. An explicit step of scripts/test.sh.
#[test]
#[ignore = "writes target/golden/native.json; run by scripts/test.sh as its own step"]
fn native_reports() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let vectors = vectors();
    let reports: Vec<Value> = vectors
        .iter()
        .map(|vector| {
            let texts: Vec<String> = LOCALES.iter().map(|locale| vector.report(locale).to_json()).collect();
            json!(texts)
        })
        .collect();
    let out = json!({
        "fingerprint": fingerprint(root),
        "locales": LOCALES,
        "vectors": vectors.iter().map(golden::Vector::to_json).collect::<Vec<_>>(),
        "reports": reports,
    });
    let dir = root.join("target/golden");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("native.json"), out.to_string()).unwrap();
    assert!(vectors.len() >= 300);
}
