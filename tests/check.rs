//! The lean check (`Validator::check`) against the full report on every golden vector, in
//! every locale: the same errors (and warnings, when asked), with the same codes, paths and
//! messages, in the same order; and its JSON as serde writes it.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic, missing_docs)]

#[path = "support/golden.rs"]
mod golden;
#[path = "support/variants.rs"]
mod variants;

use maatwerk::{Context, Kind, Severity, ToJson, Validator};

#[test]
fn check_answers_the_reports_errors_and_warnings() {
    let mut compared = 0;
    for vector in golden::vectors() {
        for locale in golden::LOCALES {
            let mut options = vector.options.clone();
            options["locale"] = serde_json::Value::from(locale);
            let kind: Kind = vector.kind.parse().unwrap();
            let validator = Validator::new(kind, Context::from_options_json(&options.to_string(), None).unwrap());
            let form = vector.form.to_string();
            let report = validator.validate(form.as_str()).unwrap();
            for warnings in [false, true] {
                let wanted: Vec<_> = report
                    .issues
                    .iter()
                    .filter(|issue| {
                        issue.severity == Severity::Error || (warnings && issue.severity == Severity::Warning)
                    })
                    .map(|issue| (issue.code, issue.severity, issue.path, issue.message.clone()))
                    .collect();
                let checked = validator.check(form.as_str(), warnings).unwrap();
                let got: Vec<_> = checked
                    .iter()
                    .map(|issue| (issue.code, issue.severity, issue.path, issue.message.clone()))
                    .collect();
                assert_eq!(got, wanted, "{} in {locale}, warnings {warnings}", vector.id);
                assert_eq!(checked.to_json(), serde_json::to_string(&checked).unwrap());
                if !warnings {
                    assert_eq!(checked.is_empty(), report.valid, "{}", vector.id);
                }
            }
            compared += 1;
        }
    }
    assert!(compared > 1000, "{compared}");
}
