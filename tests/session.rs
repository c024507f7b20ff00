//! Sessions: after any change of one field, the session's report is the report of the changed
//! form validated afresh, and its delta tells exactly how the issues changed. Run over every
//! fixture and, for each value of it, that value left out or replaced by another.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic, missing_docs)]

#[path = "support/variants.rs"]
mod variants;

use maatwerk::{Context, Issue, Kind, Path, PathError, ToJson, Validator};
use std::collections::BTreeSet;
use variants::{fixtures, lookup, paths, replacements, text, with};

fn key(issue: &Issue) -> String {
    serde_json::to_string(issue).unwrap()
}

fn keys(issues: &[Issue]) -> BTreeSet<String> {
    issues.iter().map(key).collect()
}

#[test]
fn a_change_gives_the_fresh_report_and_its_delta() {
    let mut changes = 0;
    for fixture in fixtures() {
        let kind: Kind = serde_json::from_value(fixture.kind.clone().into()).unwrap();
        let ctx = Context::from_options_json(&fixture.options.to_string(), None).unwrap();
        let validator = Validator::new(kind, ctx);
        for at in paths(&fixture.form) {
            let current = lookup(&fixture.form, &at).cloned().unwrap_or_default();
            for replacement in replacements(&current) {
                let mut session = validator.session(&fixture.form.to_string()).unwrap();
                let before = session.report();
                let value = replacement.clone().unwrap_or(serde_json::Value::Null);
                let path = Path::parse(&text(&at)).unwrap();
                // A malformed fixture holds values where the form has none (a list where a group
                // belongs): no field of the form is there to set.
                let Ok(delta) = session.set(&path, &value.to_string()) else {
                    assert!(fixture.name.contains("malformed"), "{}: {} is no field", fixture.name, text(&at));
                    continue;
                };
                let changed = with(&fixture.form, &at, Some(value.clone()));
                let fresh = validator.validate(&changed.to_string()).unwrap();
                let name = format!("{} {} = {value}", fixture.name, text(&at));
                assert_eq!(session.report(), fresh, "{name}: the session's report is not the fresh one");
                assert_eq!(delta.valid, fresh.valid, "{name}");
                assert_eq!(delta.to_json(), serde_json::to_string(&delta).unwrap(), "{name}: the JSON writer");
                let at_now = keys(&validator.issues_at(&changed.to_string(), &path).unwrap());
                let at_before = keys(&validator.issues_at(&fixture.form.to_string(), &path).unwrap());
                let (old, new) = (keys(&before.issues), keys(&fresh.issues));
                assert_eq!(keys(&delta.at), at_now, "{name}: at");
                let added: BTreeSet<String> = new.difference(&old).filter(|i| !at_now.contains(*i)).cloned().collect();
                let removed: BTreeSet<String> =
                    old.difference(&new).filter(|i| !at_before.contains(*i)).cloned().collect();
                assert_eq!(keys(&delta.added), added, "{name}: added");
                assert_eq!(keys(&delta.removed), removed, "{name}: removed");
                assert_eq!(keys(&session.issues_at(&path)), at_now, "{name}: issuesAt");
                changes += 1;
            }
        }
    }
    assert!(changes > 300, "{changes} changes");
}

#[test]
fn a_kind_names_every_field_its_forms_hold_and_no_misspelt_one() {
    let mut named = 0;
    for fixture in fixtures().into_iter().filter(|fixture| !fixture.name.contains("malformed")) {
        let kind: Kind = serde_json::from_value(fixture.kind.clone().into()).unwrap();
        for at in paths(&fixture.form) {
            assert!(kind.names_field(&Path::parse(&text(&at)).unwrap()), "{}: {}", fixture.name, text(&at));
            named += 1;
        }
    }
    assert!(named > 100, "{named} paths");
    let plan = Kind::SupportPlan;
    for field in ["supervisor.experience[3].from", "arrangements.followUpIntervalDays", "employer"] {
        assert!(plan.names_field(&Path::parse(field).unwrap()), "{field}");
    }
    // Another form's key, an index where a key belongs, a key below a date.
    for field in ["supervisor.kbo", "employer[0]", "planDate.date"] {
        assert!(!plan.names_field(&Path::parse(field).unwrap()), "{field}");
    }
    // A key no form has is not a path at all.
    assert_eq!(Path::parse("supervisor.experiance[0].from"), Err(PathError::NoSuchField));
}
