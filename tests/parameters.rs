#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]
//! Dated parameters: a value is in force from its date until the next one's, and the as-of
//! date of the verdict picks it. A form judged the day before a change and the day of it gets
//! the old and the new verdict; the built-in history gives today's values from the scheme's
//! start.

use maatwerk::context::{Dated, ParameterHistory, Parameters};
use maatwerk::{validate_json, Context, Kind, Report, Status};
use serde_json::{json, Value};

fn date(text: &str) -> chrono::NaiveDate {
    maatwerk::calendar::iso::parse(text).unwrap()
}

fn status(report: &Report, rule: &str) -> Status {
    report.requirements.iter().find(|r| r.rule == rule).unwrap_or_else(|| panic!("no requirement {rule}")).status
}

fn param(report: &Report, code: &str, name: &str) -> Value {
    let issue = report.issues.iter().find(|i| i.code.as_str() == code).unwrap_or_else(|| panic!("no {code}"));
    serde_json::to_value(issue.params.get(name).unwrap()).unwrap()
}

/// The complete, valid plan of the fixtures, drawn up `plan_date`: the employment started
/// 5 January 2026 (VDAB's indication is older), so its first 3 months end 5 April 2026.
fn plan(plan_date: &str) -> String {
    let fixture: Value = serde_json::from_str(include_str!("fixtures/plan-complete-valid.json")).unwrap();
    let mut form = fixture["form"].clone();
    assert_eq!(form["employmentStart"], json!("2026-01-05"));
    form["planDate"] = json!(plan_date);
    // The signatures are not before the plan (PLAN-004): sign on the plan's day.
    form["signatures"]["employee"]["date"] = json!(plan_date);
    form["signatures"]["employer"]["date"] = json!(plan_date);
    form.to_string()
}

fn judge(kind: Kind, form: &str, options: &Value) -> Report {
    let ctx = Context::from_options_json(&options.to_string(), None).unwrap();
    validate_json(kind, form, &ctx).unwrap()
}

/// "The first months" go from 3 to 6 on 1 January 2027: a plan drawn up 4 months after the
/// start is late as of 31 December 2026 and in time as of 1 January 2027.
#[test]
fn an_override_changes_the_verdict_on_its_date() {
    let parameters = json!({ "planFirstMonths": { "2023-07-01": 3, "2027-01-01": 6 } });
    let form = plan("2026-05-15");
    let before = judge(Kind::SupportPlan, &form, &json!({ "asOf": "2026-12-31", "parameters": parameters }));
    assert_eq!(status(&before, "PLAN-002"), Status::NotMet);
    assert!(before.has("plan.late"));
    assert_eq!(param(&before, "plan.late", "months"), json!(3));
    assert_eq!(param(&before, "plan.late", "deadline"), json!("2026-04-05"));

    let after = judge(Kind::SupportPlan, &form, &json!({ "asOf": "2027-01-01", "parameters": parameters }));
    assert_eq!(status(&after, "PLAN-002"), Status::Met);
    assert!(!after.has("plan.late"));

    // Without the override, the built-in 3 months hold on both days.
    for as_of in ["2026-12-31", "2027-01-01"] {
        let report = judge(Kind::SupportPlan, &form, &json!({ "asOf": as_of }));
        assert_eq!(status(&report, "PLAN-002"), Status::NotMet, "{as_of}");
    }
}

/// An override that names only the change keeps the built-in value before it.
#[test]
fn an_override_of_a_change_keeps_the_past() {
    let parameters = json!({ "planFirstMonths": { "2027-01-01": 6 } });
    let form = plan("2026-05-15");
    let before = judge(Kind::SupportPlan, &form, &json!({ "asOf": "2026-12-31", "parameters": parameters }));
    assert_eq!(param(&before, "plan.late", "months"), json!(3));
    let after = judge(Kind::SupportPlan, &form, &json!({ "asOf": "2027-01-01", "parameters": parameters }));
    assert_eq!(status(&after, "PLAN-002"), Status::Met);
    // A number is in force at every date, as before dated values.
    let always =
        judge(Kind::SupportPlan, &form, &json!({ "asOf": "2026-12-31", "parameters": { "planFirstMonths": 6 } }));
    assert_eq!(status(&always, "PLAN-002"), Status::Met);
}

/// The values the sources state (24 months, 5 working days, 14 days) are dated parameters
/// too: a portal can give a change of the law before a release does. Experience from
/// 1 April 2025, ongoing: 21 months as of 1 January 2027, short of 24, enough for 18.
#[test]
fn a_stated_value_changes_on_its_date_too() {
    let fixture: Value = serde_json::from_str(include_str!("fixtures/supervisor-19-months.json")).unwrap();
    let form = fixture["form"].to_string();
    let parameters = json!({ "experienceMonths": { "2027-01-01": 18 } });
    let before = judge(Kind::Supervisor, &form, &json!({ "asOf": "2026-12-31", "parameters": parameters }));
    assert_eq!(status(&before, "SUP-001"), Status::NotMet);
    assert_eq!(param(&before, "supervisor.experience_too_short", "required"), json!(24));
    let after = judge(Kind::Supervisor, &form, &json!({ "asOf": "2027-01-01", "parameters": parameters }));
    assert_eq!(status(&after, "SUP-001"), Status::Met);
    assert!(!after.has("supervisor.experience_too_short"));

    // The plan's arrangements: a follow-up every 15 days breaks GUI-003 while 14 days is the
    // most, not once 21 days are.
    let plan: Value = serde_json::from_str(include_str!("fixtures/plan-complete-valid.json")).unwrap();
    let mut plan = plan["form"].clone();
    plan["arrangements"]["followUpIntervalDays"] = json!(15);
    let plan = plan.to_string();
    let parameters = json!({ "followUpDays": { "2023-07-01": 14, "2027-01-01": 21 } });
    let before = judge(Kind::SupportPlan, &plan, &json!({ "asOf": "2026-12-31", "parameters": parameters }));
    assert_eq!(status(&before, "GUI-003"), Status::NotMet);
    let after = judge(Kind::SupportPlan, &plan, &json!({ "asOf": "2027-01-01", "parameters": parameters }));
    assert_eq!(status(&after, "GUI-003"), Status::Met);
}

/// APP-008's start is itself a dated parameter: here a portal moves it to 1 December 2026,
/// from 1 July 2026 on. An application filed before its employment breaks the rule as of
/// 30 June 2026 (the built-in start, 1 January 2024, is in force); as of 1 July 2026 the rule
/// starts only on 1 December, so it does not apply yet.
#[test]
fn a_dated_date_parameter_moves_a_rule_in_force() {
    let fixture: Value =
        serde_json::from_str(include_str!("fixtures/application-complete-internal-guidance.json")).unwrap();
    let mut form = fixture["form"].clone();
    // Filed the day before the contract starts: not during the employment.
    form["applicationDate"] = json!("2025-09-30");
    let form = form.to_string();
    let parameters = json!({ "applicationDuringEmploymentFrom": { "2026-07-01": "2026-12-01" } });

    // As of 30 June 2026 the built-in start (1 January 2024) is in force: the rule holds.
    let before = judge(Kind::Application, &form, &json!({ "asOf": "2026-06-30", "parameters": parameters }));
    assert_eq!(status(&before, "APP-008"), Status::NotMet);
    // From 1 July 2026 the rule starts 1 December 2026: not yet in force as of 1 July.
    let after = judge(Kind::Application, &form, &json!({ "asOf": "2026-07-01", "parameters": parameters }));
    assert_eq!(status(&after, "APP-008"), Status::NotApplicable);
}

/// The built-in history: every parameter's first value holds from the day its rule holds,
/// and is today's value; the as-of date picks it, also before the first date.
#[test]
fn the_built_in_history_is_picked_by_the_as_of_date() {
    let history = ParameterHistory::default();
    for as_of in ["2020-01-01", "2023-06-30", "2023-07-01", "2026-11-23", "2040-01-01"] {
        let ctx = Context::from_options_json(&json!({ "asOf": as_of }).to_string(), None).unwrap();
        assert_eq!(ctx.params, history.at(date(as_of)), "{as_of}");
        assert_eq!(ctx.params, Parameters::default(), "{as_of}");
        assert_eq!(Context::new(date(as_of)).params, ctx.params, "{as_of}");
    }
    let first = |values: Vec<chrono::NaiveDate>| values.first().copied().unwrap();
    assert_eq!(first(history.plan_first_months.values().map(|(d, _)| d).collect()), date("2023-07-01"));
    assert_eq!(first(history.flemish_community_day_off.values().map(|(d, _)| d).collect()), date("2023-07-01"));
    assert_eq!(first(history.relevant_diplomas.values().map(|(d, _)| d).collect()), date("2023-07-01"));
    assert_eq!(
        first(history.application_during_employment_from.values().map(|(d, _)| d).collect()),
        date("2024-01-01")
    );
    let today = Parameters::default();
    assert_eq!((today.experience_months, today.on_site_working_days, today.follow_up_days), (24, 5, 14));
    assert_eq!(first(history.experience_months.values().map(|(d, _)| d).collect()), date("2023-07-01"));

    // A history with a change, as a future release would hold it: the context of each day
    // takes the value of its day.
    let changed = ParameterHistory {
        plan_first_months: Dated::with_changes(date("2023-07-01"), 3, vec![(date("2027-01-01"), 6)]).unwrap(),
        ..ParameterHistory::default()
    };
    let form = plan("2026-05-15");
    for (as_of, expected) in [("2026-12-31", Status::NotMet), ("2027-01-01", Status::Met)] {
        let mut ctx = Context::new(date(as_of));
        ctx.params = changed.at(ctx.as_of);
        let report = validate_json(Kind::SupportPlan, form.as_str(), &ctx).unwrap();
        assert_eq!(status(&report, "PLAN-002"), expected, "{as_of}");
    }
}

/// A malformed date key or value is refused, naming the option.
#[test]
fn malformed_dated_values_are_refused() {
    let cases = [
        (json!({ "planFirstMonths": { "2027-02-30": 6 } }), "options.parameters.planFirstMonths must be"),
        (
            json!({ "planFirstMonths": { "2027-01-01": "6" } }),
            "options.parameters.planFirstMonths must be a whole number",
        ),
        (
            json!({ "planFirstMonths": { "2027-01-01": 6, " 2027-01-01": 7 } }),
            "options.parameters.planFirstMonths must be",
        ),
        (
            json!({ "flemishCommunityDayOff": { "2027-01-01": "no" } }),
            "options.parameters.flemishCommunityDayOff must be true or false",
        ),
        (json!({ "relevantDiplomas": { "someday": [] } }), "options.parameters.relevantDiplomas must be"),
        (
            json!({ "applicationDuringEmploymentFrom": { "2027-01-01": "1 January 2027" } }),
            "options.parameters.applicationDuringEmploymentFrom must be a date YYYY-MM-DD",
        ),
    ];
    for (parameters, expected) in cases {
        let options = json!({ "asOf": "2026-11-23", "parameters": parameters }).to_string();
        let error = Context::from_options_json(&options, None).unwrap_err().to_string();
        assert!(error.starts_with(expected), "{parameters}: {error}");
    }
}
