//! Setting one field of an already decoded form (`decode_at`), and telling a misspelt path
//! from an empty field, and what it names (`expected_at`).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

use maatwerk::model::decode::{
    decode_at, expected_at, from_json, Expected, InputError, SetError, ShapeKind, ShapeProblem,
};
use maatwerk::model::plan::SupportPlan;
use maatwerk::model::provider::{ProviderRegistration, Province};
use maatwerk::model::supervisor::ExperiencePeriod;
use maatwerk::model::{Path, PathError, Supervisor};
use serde_json::Value;

fn path(text: &str) -> Path {
    Path::parse(text).unwrap()
}

fn set<T: maatwerk::model::decode::Decode + Default>(
    form: &mut T,
    at: &str,
    text: &str,
) -> Result<Vec<ShapeProblem>, SetError> {
    decode_at(form, &path(at), text)
}

fn problem(at: &str, kind: ShapeKind) -> ShapeProblem {
    ShapeProblem { path: path(at), kind }
}

fn complete_plan() -> String {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/plan-complete-valid.json"));
    serde_json::from_str::<Value>(&text.unwrap()).unwrap()["form"].to_string()
}

#[test]
fn a_field_is_set_and_its_absent_groups_are_created() {
    let mut plan = SupportPlan::default();
    assert_eq!(set(&mut plan, "arrangements.followUpIntervalDays", "14"), Ok(vec![]));
    assert_eq!(plan.arrangements.unwrap().follow_up_interval_days, Some(14));
}

#[test]
fn an_item_past_the_end_extends_the_list_with_empty_items() {
    let mut plan = SupportPlan::default();
    assert_eq!(set(&mut plan, "supervisor.experience[1].from", r#""2020-01-01""#), Ok(vec![]));
    let experience = plan.supervisor.as_ref().unwrap().experience.as_ref().unwrap();
    assert_eq!(
        experience,
        &vec![ExperiencePeriod::default(), ExperiencePeriod { from: Some("2020-01-01".into()), ..Default::default() }]
    );
    let mut provider = ProviderRegistration::default();
    assert_eq!(set(&mut provider, "workingArea.provinces[2]", r#""limburg""#), Ok(vec![]));
    assert_eq!(provider.working_area.unwrap().provinces, Some(vec![None, None, Some(Province::Limburg)]));
}

#[test]
fn what_does_not_fit_is_a_problem_at_its_full_path_and_left_empty() {
    let mut plan = from_json::<SupportPlan>(&complete_plan()).unwrap().form;
    assert_eq!(
        set(&mut plan, "arrangements.followUpIntervalDays", r#""veertien""#),
        Ok(vec![problem("arrangements.followUpIntervalDays", ShapeKind::WrongType(Expected::Number))])
    );
    assert_eq!(plan.arrangements.as_ref().unwrap().follow_up_interval_days, None);
    assert!(plan.arrangements.as_ref().unwrap().follow_up_mode.is_some());
    assert_eq!(
        set(&mut plan, "supervisor.experience", r#"[{"from":"2020-01-01"},7]"#),
        Ok(vec![problem("supervisor.experience[1]", ShapeKind::WrongType(Expected::Group))])
    );
    assert_eq!(plan.supervisor.as_ref().unwrap().experience.as_ref().unwrap().len(), 2);
    assert_eq!(
        set(&mut plan, "supervisor.experience[0].from", &format!("\"{}\"", "x".repeat(2_001))),
        Ok(vec![problem("supervisor.experience[0].from", ShapeKind::TooLong)])
    );
    let many = format!("[{}{{}}]", "{},".repeat(150));
    assert_eq!(
        set(&mut plan, "supervisor.experience", &many),
        Ok(vec![problem("supervisor.experience", ShapeKind::TooManyItems)])
    );
    assert_eq!(plan.supervisor.as_ref().unwrap().experience.as_ref().unwrap().len(), 100);
}

#[test]
fn null_clears_the_field() {
    let mut plan = from_json::<SupportPlan>(&complete_plan()).unwrap().form;
    assert_eq!(set(&mut plan, "planDate", "null"), Ok(vec![]));
    assert_eq!(plan.plan_date, None);
    let before = plan.action_points.as_ref().unwrap().len();
    assert_eq!(set(&mut plan, "actionPoints[0]", "null"), Ok(vec![]));
    let action_points = plan.action_points.as_ref().unwrap();
    assert_eq!((action_points.len(), action_points[0].description.as_ref()), (before, None));
    assert_eq!(set(&mut plan, "supervisor", "null"), Ok(vec![]));
    assert_eq!(plan.supervisor, None);
}

#[test]
fn an_index_past_the_bound_fills_the_list_up_to_the_bound_and_sets_nothing() {
    // The same form read fresh: a list of 101 items, of which the first 100 are kept (empty
    // where nothing was set) and the last left out.
    let mut plan = SupportPlan::default();
    assert_eq!(
        set(&mut plan, "supervisor.experience[100].from", r#""2020-01-01""#),
        Ok(vec![problem("supervisor.experience", ShapeKind::TooManyItems)])
    );
    let experience = plan.supervisor.as_ref().and_then(|supervisor| supervisor.experience.as_ref()).unwrap();
    assert_eq!(experience.len(), 100);
    assert!(experience.iter().all(|period| *period == Default::default()));
    // Items already there stay as they are.
    set(&mut plan, "supervisor.experience[3].from", r#""2020-01-01""#).unwrap();
    set(&mut plan, "supervisor.experience[200]", r#"{}"#).unwrap();
    let experience = plan.supervisor.as_ref().and_then(|supervisor| supervisor.experience.as_ref()).unwrap();
    assert_eq!((experience.len(), experience[3].from.as_deref()), (100, Some("2020-01-01")));
}

#[test]
fn the_empty_path_sets_the_whole_form() {
    let mut plan = SupportPlan { plan_date: Some("2026-02-16".into()), ..Default::default() };
    assert_eq!(
        set(&mut plan, "", r#"{"employmentStart":"2026-01-05","guidanceIndicated":"ja"}"#),
        Ok(vec![problem("guidanceIndicated", ShapeKind::WrongType(Expected::YesNo))])
    );
    assert_eq!(plan, SupportPlan { employment_start: Some("2026-01-05".into()), ..Default::default() });
    for text in ["null", "42", "[]"] {
        assert_eq!(set(&mut plan, "", text), Err(SetError::Input(InputError::NotAnObject)), "{text}");
    }
}

#[test]
fn field_by_field_gives_the_same_form_as_the_whole_text() {
    let text = complete_plan();
    let whole = from_json::<SupportPlan>(&text).unwrap().form;
    let mut by_field = SupportPlan::default();
    for (key, value) in serde_json::from_str::<serde_json::Map<String, Value>>(&text).unwrap() {
        assert_eq!(set(&mut by_field, &key, &value.to_string()), Ok(vec![]), "{key}");
    }
    assert_eq!(by_field, whole);
}

#[test]
fn a_path_outside_the_shape_is_an_error_and_changes_nothing() {
    let mut plan = SupportPlan::default();
    // Keys some form has, in places this form does not have them.
    for at in [
        "arrangements.name",
        "supervisor[0]",
        "planDate.date",
        "supervisor.experience.from",
        "supervisor.experience[0].from.to",
        "actionPoints[0][1]",
    ] {
        assert_eq!(set(&mut plan, at, "1"), Err(SetError::UnknownPath), "{at}");
    }
    assert_eq!(plan, SupportPlan::default());
    // Keys no form has are refused as the path is read.
    for at in ["arrangements.followUpIntervalDay", "planDate.day", "supervisor.experience[0].from.year"] {
        assert_eq!(Path::parse(at), Err(PathError::NoSuchField), "{at}");
    }
}

#[test]
fn text_that_is_not_json_is_an_error_and_changes_nothing() {
    let mut plan = SupportPlan::default();
    for text in ["", "{", r#""open"#, "14 15", r#"{"from":"2020-01-01"} x"#, "[1,]"] {
        assert_eq!(set(&mut plan, "supervisor.experience[0]", text), Err(SetError::Input(InputError::NotJson)));
    }
    assert_eq!(plan, SupportPlan::default());
}

#[test]
fn a_value_over_1_mb_clears_its_field_and_is_one_problem_there() {
    let mut plan = SupportPlan::default();
    assert_eq!(set(&mut plan, "planDate", r#""2026-02-16""#), Ok(vec![]));
    let huge = format!("\"{}\"", "x".repeat(1_100_000));
    assert_eq!(set(&mut plan, "planDate", &huge), Ok(vec![problem("planDate", ShapeKind::TooLarge)]));
    assert_eq!(plan, SupportPlan::default());
    // A path that names no field is still refused first.
    assert_eq!(set(&mut plan, "supervisor.planDate", &huge), Err(SetError::UnknownPath));
}

#[test]
fn expected_at_tells_a_misspelt_path_from_an_empty_field() {
    for at in
        ["", "planDate", "supervisor", "supervisor.experience", "supervisor.experience[3].from", "actionPoints[500]"]
    {
        assert!(expected_at::<SupportPlan>(&path(at)).is_some(), "{at}");
    }
    for at in
        ["supervisor.planDate", "supervisor.experience.from", "supervisor[0]", "planDate.date", "indication.regime[0]"]
    {
        assert!(expected_at::<SupportPlan>(&path(at)).is_none(), "{at}");
    }
    assert_eq!(Path::parse("plandate"), Err(PathError::NoSuchField));
    assert!(expected_at::<ProviderRegistration>(&path("workingArea.provinces[2]")).is_some());
    assert!(expected_at::<ProviderRegistration>(&path("workingArea.provinces[2].name")).is_none());
    assert_eq!(expected_at::<Supervisor>(&path("experience[0].relevant")), Some(Expected::YesNo));
    assert_eq!(expected_at::<Supervisor>(&path("experience")), Some(Expected::List));
    assert_eq!(expected_at::<Supervisor>(&path("experience[3]")), Some(Expected::Group));
    assert_eq!(expected_at::<Supervisor>(&path("experience[0].from")), Some(Expected::Text));
    assert!(expected_at::<Supervisor>(&path("supervisor.experience")).is_none());
}
