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

/// Sets each `(path, value)` in turn on a session of `form`, and checks after each that the
/// session's report is the fresh one of the form as changed; the last report.
fn set_one_by_one(name: &str, form: &str, steps: &[(&str, String)]) -> maatwerk::Report {
    let fixture = fixtures().into_iter().find(|fixture| fixture.name == name).unwrap();
    let kind: Kind = serde_json::from_value(fixture.kind.clone().into()).unwrap();
    let validator = Validator::new(kind, Context::from_options_json(&fixture.options.to_string(), None).unwrap());
    let mut session = validator.session(form).unwrap();
    let mut now: serde_json::Value = serde_json::from_str(form).unwrap();
    for (path, value) in steps {
        session.set(&Path::parse(path).unwrap(), value.as_str()).unwrap();
        let steps: Vec<variants::Step> = Path::parse(path)
            .unwrap()
            .segments()
            .iter()
            .map(|segment| match segment.step() {
                maatwerk::Step::Key(key) => variants::Step::Key(key.name().to_owned()),
                maatwerk::Step::Index(index) => variants::Step::Index(index),
            })
            .collect();
        variants::set_in(&mut now, &steps, serde_json::from_str(value).unwrap());
        assert_eq!(session.report(), validator.validate(&now.to_string()).unwrap(), "{name}: {path} = {value}");
    }
    session.report()
}

#[test]
fn a_group_created_by_a_set_below_it_is_judged_whole() {
    let form = fixtures().into_iter().find(|f| f.name == "application-complete-internal-guidance").unwrap().form;
    let steps = [
        ("employer", "42".to_owned()),
        ("employer", "{}".to_owned()),
        ("employer.name", r#""Bakkerij De Korenaar bv""#.to_owned()),
        ("employer.type", r#""privateEmployer""#.to_owned()),
        ("employer.inDifficulty", "false".to_owned()),
        ("employer.establishmentPostcode", r#""9000""#.to_owned()),
    ];
    // Set as a number first, then field by field: the group is created by its first field.
    let report = set_one_by_one(
        "application-complete-internal-guidance",
        &form.to_string(),
        &[&steps[..1], &steps[2..]].concat(),
    );
    assert!(report.issues.iter().any(|issue| issue.code.as_str() == "application.kbo_missing"));
    set_one_by_one("application-complete-internal-guidance", &form.to_string(), &steps);
}

#[test]
fn a_list_past_its_bound_stays_past_it_when_one_of_its_items_is_set() {
    let periods = vec![r#"{"from":"2020-01-01","to":"2020-12-31","relevant":true}"#; 101].join(",");
    let report = set_one_by_one(
        "supervisor-19-months",
        "{}",
        &[("experience", format!("[{periods}]")), ("experience[0].description", r#""x""#.to_owned())],
    );
    assert!(report.issues.iter().any(|issue| issue.code.as_str() == "form.too_many_items"));
    let report = set_one_by_one("supervisor-19-months", "{}", &[("experience[150]", "{}".to_owned())]);
    assert!(report.issues.iter().any(|issue| issue.code.as_str() == "form.too_many_items"));
}

#[test]
fn the_form_s_bound_on_items_holds_across_sets() {
    let periods = format!("[{}]", vec![r#"{"from":"2020-01-01"}"#; 100].join(","));
    let steps: Vec<(String, String)> =
        (0..12).map(|index| (format!("supervisors[{index}].experience"), periods.clone())).collect();
    let steps: Vec<(&str, String)> = steps.iter().map(|(path, value)| (path.as_str(), value.clone())).collect();
    let report = set_one_by_one("provider-complete-valid", "{}", &steps);
    assert!(report.issues.iter().any(|issue| issue.code.as_str() == "form.too_many_items_in_form"));
    // Cleared again, the items left out come back: the session kept them.
    let mut back = steps.clone();
    back.push(("supervisors[11]", "null".to_owned()));
    back.push(("supervisors[10].experience", "[]".to_owned()));
    back.push(("supervisors[9].experience", "[]".to_owned()));
    let report = set_one_by_one("provider-complete-valid", "{}", &back);
    assert!(!report.issues.iter().any(|issue| issue.code.as_str() == "form.too_many_items_in_form"));
}
