//! `maatwerk rules` and `maatwerk schema`: the library's catalogue and the schemas derived from
//! its model types.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

mod support;

use maatwerk::Locale;
use serde_json::Value;
use support::{run, status, stdout};

#[test]
fn rules_as_json_is_the_library_catalogue() {
    for (name, locale) in [("nl", Locale::Nl), ("fr", Locale::Fr), ("en", Locale::En), ("de", Locale::De)] {
        let output = run(&["rules", "--locale", name, "--format", "json"], "");
        assert_eq!(status(&output), 0);
        assert_eq!(stdout(&output), serde_json::to_string(&maatwerk::rules(locale)).unwrap() + "\n");
    }
}

#[test]
fn rules_as_markdown_has_a_section_per_rule_with_its_codes() {
    let output = run(&["rules", "--locale", "en"], "");
    assert_eq!(status(&output), 0);
    let text = stdout(&output);
    for rule in maatwerk::rules(Locale::En) {
        assert!(text.contains(&format!("\n## {}: {}\n", rule.id, rule.title)), "{}", rule.id);
        for code in &rule.codes {
            assert!(text.contains(&format!("`{code}`")), "{code}");
        }
    }
    assert!(text.contains("## SUP-002: "));
}

#[test]
fn schema_of_each_kind_is_2020_12_with_the_field_docs() {
    for (kind, title) in [
        ("application", "Application"),
        ("providerRegistration", "ProviderRegistration"),
        ("supportPlan", "SupportPlan"),
        ("supervisor", "Supervisor"),
    ] {
        let output = run(&["schema", kind], "");
        assert_eq!(status(&output), 0, "{kind}");
        let schema: Value = serde_json::from_str(&stdout(&output)).unwrap();
        assert_eq!(schema["$schema"], "https://json-schema.org/draft/2020-12/schema");
        assert_eq!(schema["title"], title);
        assert_eq!(schema["type"], "object");
        assert!(schema.get("required").is_none(), "a form being typed is partial: {kind}");
    }
    let plan: Value = serde_json::from_str(&stdout(&run(&["schema", "supportPlan"], ""))).unwrap();
    assert_eq!(
        plan["properties"]["planDate"]["description"],
        "The date the plan was drawn up, `YYYY-MM-DD` (PLAN-002)."
    );
    let regime = plan["$defs"]["Regime"].to_string();
    for choice in ["laag", "midden", "hoog"] {
        assert!(regime.contains(&format!("\"{choice}\"")), "{regime}");
    }
    assert_eq!(status(&run(&["schema", "plan"], "")), 2);
}
