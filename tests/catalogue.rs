//! The catalogue and the code list: every rule of the domain is there, every code belongs to a
//! catalogued rule, and the full code list is snapshotted so a rename shows.
// `rules()` is native only; tests/js/consumer/catalogue.test.mjs checks the package's copy.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

use maatwerk::rules;
use maatwerk::Locale;
use std::collections::BTreeSet;

#[test]
fn every_rule_of_the_domain_catalogue_is_listed() {
    let ids: BTreeSet<String> = rules(Locale::Nl).into_iter().map(|r| r.id.to_string()).collect();
    let expected = (1..=14)
        .map(|n| format!("APP-{n:03}"))
        .chain((1..=5).map(|n| format!("SUP-{n:03}")))
        .chain((1..=5).map(|n| format!("GUI-{n:03}")))
        .chain((1..=10).map(|n| format!("PLAN-{n:03}")))
        .chain((1..=9).map(|n| format!("EXT-{n:03}")))
        .chain(["ID-INSZ", "ID-KBO", "ID-IBAN", "ID-POST", "CAL-001", "FORM-001"].map(String::from));
    for id in expected {
        assert!(ids.contains(&id), "{id} is not in the catalogue");
    }
}

/// Codes emitted where their field lives for a rule of another family, each with the reason.
/// Every other code's family (its first part) is its rule's family in the catalogue.
const CROSS_FAMILY: &[(&str, &str)] = &[
    ("plan.team_unexplained", "SUP-004 asks the support plan to explain a team's set-up"),
    ("guidance.reachability_missing", "PLAN-006: the plan states the arrangement"),
    ("guidance.on_site_days_missing", "PLAN-006: the plan states the arrangement"),
    ("guidance.follow_up_interval_missing", "PLAN-006: the plan states the arrangement"),
    ("guidance.daily_follow_up_missing", "PLAN-006: the plan states the coach's daily follow-up"),
];

#[test]
fn every_code_belongs_to_a_catalogued_rule_of_its_family() {
    let catalogue = rules(Locale::En);
    for code in maatwerk::codes() {
        let name = code.as_str();
        let rule = catalogue.iter().find(|r| r.id == code.rule()).unwrap_or_else(|| panic!("{name}: no rule"));
        let family = name.split_once('.').map(|(family, _)| family).unwrap();
        if CROSS_FAMILY.iter().any(|(listed, _)| *listed == name) {
            assert_ne!(rule.family, family, "{name} is listed as cross-family but is not");
        } else {
            assert_eq!(rule.family, family, "{name} reports on {}, a rule of another family", rule.id);
        }
    }
    for (listed, _) in CROSS_FAMILY {
        assert!(maatwerk::codes().any(|code| code.as_str() == *listed), "{listed} is no code");
    }
}

#[test]
fn every_rule_has_texts_in_four_languages_and_a_source() {
    for locale in Locale::ALL {
        for rule in rules(locale) {
            assert!(!rule.title.trim().is_empty(), "{} {locale:?}", rule.id);
            assert!(!rule.text.trim().is_empty(), "{} {locale:?}", rule.id);
            assert!(!rule.source.label.is_empty(), "{}", rule.id);
            assert!(maatwerk::calendar::iso::parse(&rule.effective_from).is_some(), "{}", rule.id);
            assert!(!rule.family.is_empty(), "{}", rule.id);
        }
    }
    let nl = rules(Locale::Nl);
    let de = rules(Locale::De);
    assert_ne!(nl[0].text, de[0].text);
}

#[test]
fn every_code_has_a_message_in_four_languages() {
    for code in maatwerk::codes() {
        let texts = code.texts().wordings();
        for text in texts {
            assert!(!text.trim().is_empty(), "{}", code.as_str());
        }
        assert_eq!(texts.iter().collect::<BTreeSet<_>>().len(), 4, "{}: four different languages", code.as_str());
    }
}

#[test]
fn the_parameters_show_their_defaults() {
    let catalogue = rules(Locale::En);
    let param = |rule: &str, name: &str| {
        let rule = catalogue.iter().find(|r| r.id == rule).unwrap();
        rule.parameters.iter().find(|p| p.name == name).unwrap().default.clone()
    };
    assert_eq!(param("PLAN-002", "planFirstMonths"), serde_json::json!(3));
    assert_eq!(param("CAL-001", "flemishCommunityDayOff"), serde_json::json!(true));
    assert_eq!(param("APP-008", "applicationDuringEmploymentFrom"), serde_json::json!("2024-01-01"));
    assert!(param("SUP-003", "relevantDiplomas").as_array().unwrap().len() >= 10);
}

/// Every parameter shows its dated values, from the date its rule holds; the latest is the
/// default, and the rules that read one parameter show one history.
#[test]
fn the_parameters_show_their_history() {
    let catalogue = rules(Locale::En);
    let history = |rule: &str, name: &str| {
        let rule = catalogue.iter().find(|r| r.id == rule).unwrap();
        rule.parameters.iter().find(|p| p.name == name).unwrap().history.clone()
    };
    assert_eq!(history("PLAN-002", "planFirstMonths"), serde_json::json!({ "2023-07-01": 3 }));
    assert_eq!(history("CAL-001", "flemishCommunityDayOff"), serde_json::json!({ "2023-07-01": true }));
    assert_eq!(history("GUI-002", "flemishCommunityDayOff"), history("CAL-001", "flemishCommunityDayOff"));
    // The values the sources state are dated parameters too.
    assert_eq!(history("SUP-001", "experienceMonths"), serde_json::json!({ "2023-07-01": 24 }));
    assert_eq!(history("SUP-002", "experienceMonths"), serde_json::json!({ "2023-07-01": 24 }));
    assert_eq!(history("GUI-002", "onSiteWorkingDays"), serde_json::json!({ "2023-07-01": 5 }));
    assert_eq!(history("GUI-003", "followUpDays"), serde_json::json!({ "2023-07-01": 14 }));
    assert_eq!(
        history("APP-008", "applicationDuringEmploymentFrom"),
        serde_json::json!({ "2024-01-01": "2024-01-01" })
    );
    let diplomas = history("SUP-003", "relevantDiplomas");
    let diplomas = diplomas.as_object().unwrap();
    assert_eq!(diplomas.keys().collect::<Vec<_>>(), ["2023-07-01"]);
    for rule in &catalogue {
        for parameter in &rule.parameters {
            let values = parameter.history.as_object().unwrap();
            assert!(!values.is_empty(), "{} {}", rule.id, parameter.name);
            // The first value holds from the rule's own first day or earlier.
            assert!(values.keys().next().unwrap().as_str() <= rule.effective_from.as_str(), "{}", rule.id);
            assert_eq!(values.values().next_back(), Some(&parameter.default), "{} {}", rule.id, parameter.name);
        }
    }
}

/// The full code list; a renamed or removed code fails here. Codes are never reused: add new
/// ones at their family's place and update this file (`UPDATE_CODES=1 cargo test --test catalogue`).
#[test]
fn code_list_snapshot() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots/codes.txt");
    let list: String = maatwerk::codes().map(|c| format!("{} {} {:?}\n", c.as_str(), c.rule(), c.severity())).collect();
    if std::env::var_os("UPDATE_CODES").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, &list).unwrap();
    }
    let snapshot = std::fs::read_to_string(&path).unwrap();
    assert_eq!(list, snapshot);
}

/// A message names the same params in every locale, and a count with its noun in every locale
/// with both forms (`{months|maand|maanden}`): a locale cannot lose a plural.
#[test]
fn every_code_has_the_same_placeholders_and_plurals_in_every_locale() {
    for code in maatwerk::codes() {
        let [nl, fr, en, de] = code.texts().wordings().map(placeholders);
        for (other, locale) in [fr, en, de].iter().zip(["fr", "en", "de"]) {
            assert_eq!(other, &nl, "{} ({locale})", code.as_str());
        }
    }
}

/// The placeholders of `text`, each with whether it has the two forms of a plural.
fn placeholders(text: &str) -> BTreeSet<(&str, bool)> {
    assert_eq!(text.matches('{').count(), text.matches('}').count(), "unbalanced braces: {text}");
    text.split('{')
        .skip(1)
        .map(|rest| {
            let inner = rest.split_once('}').map_or(rest, |(inner, _)| inner);
            match *inner.split('|').collect::<Vec<_>>() {
                [name] => (name, false),
                [name, one, other] if !one.is_empty() && !other.is_empty() => (name, true),
                _ => panic!("not a placeholder: {{{inner}}} in {text}"),
            }
        })
        .collect()
}
