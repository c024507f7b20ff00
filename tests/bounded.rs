//! What any input costs is bounded: a form larger than 1 MB, or one that the caller could not
//! write, is one issue at the form; a report and a field's answer hold at most 200 issues, the
//! last counting the rest; the form's lists hold at most 1,000 items together; options and paths
//! are bounded too. Each test asserts a size or a count, never a time.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

use maatwerk::context::{DatedValues, DiplomaEntry, ParameterOverrides};
use maatwerk::model::bounds::{MAX_FORM_ITEMS, MAX_INPUT_BYTES, MAX_ISSUES};
use maatwerk::model::decode::Text;
use maatwerk::{
    validate_field_json, validate_json, Context, Kind, Options, OptionsError, Path, PathError, Report, Severity,
    Validator,
};

fn ctx(as_of: &str) -> Context {
    Context::from_options_json(&format!(r#"{{"asOf":"{as_of}"}}"#), None).unwrap()
}

/// A provider's registration with `supervisors` supervisors of `items` empty diplomas and
/// `items` empty periods each: every item is a handful of issues.
fn crowded(supervisors: usize, items: usize) -> String {
    let empties = vec!["{}"; items].join(",");
    let one = format!(r#"{{"diplomas":[{empties}],"experience":[{empties}]}}"#);
    format!(r#"{{"supervisors":[{}]}}"#, vec![one; supervisors].join(","))
}

fn codes(report: &Report) -> Vec<&str> {
    report.issues.iter().map(|issue| issue.code.as_str()).collect()
}

#[test]
fn a_form_over_1_mb_is_one_issue_at_the_form_not_an_error() {
    let huge = format!(r#"{{"planDate":"{}"}}"#, "x".repeat(MAX_INPUT_BYTES));
    let report = validate_json(Kind::SupportPlan, &huge, &ctx("2026-11-23")).unwrap();
    // Not read: the form is empty, with the issue at the form first.
    assert!(!report.valid);
    assert_eq!(codes(&report)[0], "form.too_large");
    assert!(report.issues[0].path.segments().is_empty());
    assert_eq!(report.issues.iter().filter(|i| i.code.as_str().starts_with("form.")).count(), 1);
    assert_eq!(report.completeness.filled, 0);
    // What JavaScript measured and did not copy gives the same report.
    assert_eq!(validate_json(Kind::SupportPlan, Text::TooLarge, &ctx("2026-11-23")).unwrap(), report);
}

#[test]
fn nesting_javascript_cannot_write_is_too_deep_at_the_form() {
    let report = validate_json(Kind::Supervisor, Text::TooDeep, &ctx("2026-11-23")).unwrap();
    assert_eq!(codes(&report)[0], "form.too_deep");
    assert_eq!(report.issues[0].field, "");
    assert_eq!(report.completeness.filled, 0);
}

#[test]
fn a_value_over_1_mb_is_one_issue_at_its_field_in_a_session() {
    let validator = Validator::new(Kind::Supervisor, ctx("2026-11-23"));
    let mut session = validator.session(r#"{"name":"An Peeters"}"#).unwrap();
    let huge = format!(r#""{}""#, "x".repeat(MAX_INPUT_BYTES));
    let delta = session.set(&Path::parse("name").unwrap(), huge.as_str()).unwrap();
    assert_eq!(
        delta.at.iter().map(|i| (i.code.as_str(), i.field.as_str())).collect::<Vec<_>>(),
        // One problem, one issue: the value that did not fit is not also reported as missing.
        [("form.too_large", "name")]
    );
    // The field was cleared: the name is now missing, as a fresh validation of an empty name says.
    let report = session.report();
    assert!(report.completeness.missing.contains(&"name".to_owned()), "{:?}", report.completeness);
    // The same for what JavaScript did not copy, and a shorter value afterwards clears it.
    let delta = session.set(&Path::parse("name").unwrap(), Text::TooDeep).unwrap();
    assert_eq!(delta.at[0].code.as_str(), "form.too_deep");
    assert!(session.set(&Path::parse("name").unwrap(), r#""An Peeters""#).unwrap().at.is_empty());
}

#[test]
fn a_report_holds_at_most_200_issues_and_says_how_many_were_left_out() {
    let text = crowded(3, 100);
    let report = validate_json(Kind::ProviderRegistration, text.as_str(), &ctx("2026-11-23")).unwrap();
    assert_eq!(report.issues.len(), MAX_ISSUES);
    let notice: Vec<_> = report.issues.iter().filter(|i| i.code.as_str() == "form.issues_left_out").collect();
    assert_eq!(notice.len(), 1);
    assert_eq!(notice[0].severity, Severity::Info);
    assert_eq!(notice[0].field, "");
    let left_out = serde_json::to_value(&notice[0].params).unwrap()["count"].as_u64().unwrap();
    assert!(left_out > 500, "{left_out}");
    // Still in the report's order, errors kept first, and not valid.
    let order: Vec<_> = report.issues.iter().map(|i| (i.path, i.code.as_str())).collect();
    let mut sorted = order.clone();
    sorted.sort();
    assert_eq!(order, sorted);
    assert!(!report.valid);
    assert_eq!(report.count(Severity::Error), MAX_ISSUES - 1);
    assert!(report.completeness.missing.len() <= MAX_ISSUES);
    assert!(report.requirements.iter().all(|r| r.missing.len() <= MAX_ISSUES));
    for locale in ["nl", "fr", "en", "de"] {
        let ctx = Context::from_options_json(&format!(r#"{{"asOf":"2026-11-23","locale":"{locale}"}}"#), None).unwrap();
        let report = validate_json(Kind::ProviderRegistration, text.as_str(), &ctx).unwrap();
        let message = &report.issues.iter().find(|i| i.code.as_str() == "form.issues_left_out").unwrap().message;
        assert!(message.contains(&left_out.to_string()), "{message}");
    }
}

#[test]
fn a_field_answer_and_a_session_delta_are_capped_too() {
    let text = crowded(3, 100);
    let ctx = ctx("2026-11-23");
    let at_root = validate_field_json(Kind::ProviderRegistration, text.as_str(), &Path::root(), &ctx).unwrap();
    assert_eq!(at_root.len(), MAX_ISSUES);
    let validator = Validator::new(Kind::ProviderRegistration, ctx);
    let mut session = validator.session("{}").unwrap();
    let supervisors = &text["{\"supervisors\":".len()..text.len() - 1];
    let delta = session.set(&Path::parse("supervisors").unwrap(), supervisors).unwrap();
    assert_eq!(delta.at.len(), MAX_ISSUES);
    assert!(!delta.valid);
    assert_eq!(session.report(), validator.validate(text.as_str()).unwrap());
}

#[test]
fn the_form_s_lists_hold_at_most_1000_items_together() {
    // 100 supervisors of 100 diplomas and 100 periods: 20,100 items, 30,000 issues before.
    let text = crowded(100, 100);
    let report = validate_json(Kind::ProviderRegistration, text.as_str(), &ctx("2026-11-23")).unwrap();
    assert!(report.has("form.too_many_items_in_form"));
    // The list where the count ran out (s0 to s3: 201 items each; s4 its own, 100 diplomas and
    // 95 periods), and every list around it whose rest was left out.
    for (field, expected) in
        [("supervisors", "supervisors"), ("supervisors[4].experience", "supervisors[4].experience")]
    {
        let path = Path::parse(field).unwrap();
        let issues = validate_field_json(Kind::ProviderRegistration, text.as_str(), &path, &ctx("2026-11-23")).unwrap();
        let bound: Vec<_> = issues
            .iter()
            .filter(|i| i.code.as_str() == "form.too_many_items_in_form")
            .map(|i| i.field.as_str())
            .collect();
        assert_eq!(bound[0], expected);
    }
    let json = serde_json::to_string(&report).unwrap();
    assert!(json.len() < 150_000, "{} bytes", json.len());
    // 1,000 items in small lists are all read.
    let text = crowded(333, 1);
    let report = validate_json(Kind::ProviderRegistration, text.as_str(), &ctx("2026-11-23")).unwrap();
    assert!(!report.has("form.too_many_items_in_form"), "{} items", 333 * 3);
    const { assert!(3 * 333 <= MAX_FORM_ITEMS) };
}

#[test]
fn options_bound_the_diploma_list() {
    let entries = vec![r#"{"code":"x","title":"X"}"#; 101].join(",");
    let options = format!(r#"{{"asOf":"2026-11-23","parameters":{{"relevantDiplomas":[{entries}]}}}}"#);
    // Read from JSON, the list's bound refuses it; built in Rust, the context does.
    assert!(Context::from_options_json(&options, None).is_err());
    let entry = DiplomaEntry { code: "x".into(), title: "X".into() };
    let built = Options {
        as_of: Some("2026-11-23".to_owned()),
        parameters: Some(ParameterOverrides {
            relevant_diplomas: Some(DatedValues::Always(vec![entry; 101])),
            ..Default::default()
        }),
        ..Default::default()
    };
    assert_eq!(Context::from_options(&built, None).unwrap_err(), OptionsError::TooManyDiplomas);
    let entries = vec![r#"{"code":"x","title":"X"}"#; 100].join(",");
    let options = format!(r#"{{"asOf":"2026-11-23","parameters":{{"relevantDiplomas":[{entries}]}}}}"#);
    assert!(Context::from_options_json(&options, None).is_ok());
}

#[test]
fn a_path_longer_than_1000_characters_is_refused_before_it_is_read() {
    let deepest = "supervisors[99].experience[99].description";
    let padded = format!("{deepest}{}", ".".repeat(1_000 - deepest.len()));
    assert_eq!(Path::parse(&padded).map(|path| path.text()), Ok(deepest.to_owned()));
    assert_eq!(Path::parse(&format!("{padded}.")), Err(PathError::TooLong));
    assert_eq!(Path::parse(&"a.".repeat(2_500_000)), Err(PathError::TooLong));
    assert!(PathError::TooLong.to_string().contains("1,000 characters"));
}

#[test]
fn the_bounds_issues_are_rendered_in_every_locale() {
    let crowded = crowded(100, 100);
    for locale in ["nl", "fr", "en", "de"] {
        let ctx = Context::from_options_json(&format!(r#"{{"asOf":"2026-11-23","locale":"{locale}"}}"#), None).unwrap();
        let validator = Validator::new(Kind::ProviderRegistration, ctx);
        let mut messages = Vec::new();
        for (text, code) in [
            (Text::TooLarge, "form.too_large"),
            (Text::TooDeep, "form.too_deep"),
            (Text::Json(&crowded), "form.too_many_items_in_form"),
            (Text::Json(&crowded), "form.issues_left_out"),
        ] {
            let report = validator.validate(text).unwrap();
            let issue = report.issues.iter().find(|i| i.code.as_str() == code).unwrap();
            assert!(!issue.message.is_empty() && !issue.message.contains(['{', '}']), "{code}: {}", issue.message);
            messages.push(issue.message.clone());
        }
        messages.dedup();
        assert_eq!(messages.len(), 4, "{locale}");
    }
}
