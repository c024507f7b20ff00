#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

use super::{decode, decode_struct, from_json, Choice, Decode, Decoder, ShapeKind, ShapeProblem};
use crate::model::application::EmployerType;
use crate::model::path::Path;
use crate::model::plan::{DailyMoment, FollowUpMode, ReachableBy, Regime};
use crate::model::provider::{OrganisationType, Procedure, Province};
use crate::model::supervisor::GuidanceOrganisation;
use serde::de::DeserializeOwned;
use serde::Serialize;
use std::fmt::Debug;

fn wire_names_round_trip<T: Choice + Decode + Serialize + DeserializeOwned + PartialEq + Debug>() {
    assert!(!T::ALL.is_empty());
    for &choice in T::ALL {
        let json = format!("\"{}\"", choice.wire_name());
        assert_eq!(serde_json::to_string(&choice).unwrap(), json);
        assert_eq!(serde_json::from_str::<T>(&json).unwrap(), choice);
        let mut de = Decoder::new(&json);
        assert_eq!(decode::<T>(&mut de), Ok(Some(choice)));
        assert!(de.into_problems().is_empty());
    }
}

#[test]
fn every_choice_has_serdes_wire_name() {
    wire_names_round_trip::<EmployerType>();
    wire_names_round_trip::<GuidanceOrganisation>();
    wire_names_round_trip::<OrganisationType>();
    wire_names_round_trip::<Procedure>();
    wire_names_round_trip::<Province>();
    wire_names_round_trip::<Regime>();
    wire_names_round_trip::<DailyMoment>();
    wire_names_round_trip::<ReachableBy>();
    wire_names_round_trip::<FollowUpMode>();
}

/// No form nests deeper than the bound; this one can.
#[derive(Debug, Default, PartialEq)]
pub(crate) struct Node {
    children: Option<Vec<Node>>,
}

decode_struct!(Node { children: "members" });

#[test]
fn a_group_or_list_deeper_than_the_bound_is_skipped_at_its_path() {
    // members(1) [0](2) members(3) [0](4) members(5) [0](6) members(7) [0](8) members(9)
    let json = r#"{"members":[{"members":[{"members":[{"members":[{"members":[{"members":[]}]}]}]}]}]}"#;
    let decoded = from_json::<Node>(json).unwrap();
    let path = Path::parse("members[0].members[0].members[0].members[0].members").unwrap();
    assert_eq!(decoded.problems, vec![ShapeProblem { path, kind: ShapeKind::TooDeep }]);
    let mut node = &decoded.form;
    for _ in 0..4 {
        node = &node.children.as_ref().unwrap()[0];
    }
    assert_eq!(node, &Node::default());
}

/// A session judges a form past the form-wide bound by moving the items past it out and back:
/// the form the rules see is a fresh read's, and the form afterwards is the one before. The cut
/// falls inside a list inside a list, so both get their items back, the inner one first.
#[test]
fn the_items_past_the_form_s_bound_are_put_back_as_they_were() {
    use super::{limit_form_items, read_text, restore_root, Decode, Decoded, Text};
    use crate::model::bounds::MAX_FORM_ITEMS;
    use crate::model::ProviderRegistration;
    let periods = |from: &str| vec![format!(r#"{{"from":{from},"relevant":true}}"#); 60].join(",");
    let supervisor = |from: &str| format!(r#"{{"name":"x","diplomas":[{{}}],"experience":[{}]}}"#, periods(from));
    let supervisors: Vec<String> = (0..20).map(|i| supervisor(if i == 19 { "5" } else { r#""2020-01-01""# })).collect();
    let text = format!(r#"{{"supervisors":[{}],"workingArea":{{"provinces":["antwerpen"]}}}}"#, supervisors.join(","));
    let (Decoded { mut form, problems }, items) = read_text::<ProviderRegistration>(Text::Json(&text)).unwrap();
    assert_eq!(items, 1 + 20 * 62);
    assert!(items > MAX_FORM_ITEMS && problems.len() == 60);
    let whole = form.clone();
    let mut limited = problems.clone();
    let cut = limit_form_items(&mut form, &mut limited);
    let fresh = from_json::<ProviderRegistration>(&text).unwrap();
    assert_eq!(form, fresh.form);
    assert_eq!(limited, fresh.problems);
    assert_eq!(form.supervisors.as_ref().map(Vec::len), Some(17));
    restore_root(form.form().unwrap(), cut);
    assert_eq!(form, whole);
}
