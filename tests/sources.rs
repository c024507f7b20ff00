//! The catalogue against its sources: every quoted passage is in the seeds (docs/sources/), word
//! for word, and a rule refuses a form (an error) only where its source says the rule in so many
//! words (confidence high, with the passage quoted).
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

use maatwerk::{codes, rules, Confidence, Locale, RuleInfo, Severity};

/// The sources the project holds (docs/sources/), as words: markdown's emphasis, headings,
/// list bullets and line breaks are not part of a passage.
fn words(text: &str) -> String {
    let unmarked: String =
        text.lines().map(|line| line.trim_start().trim_start_matches("- ")).collect::<Vec<_>>().join("\n");
    unmarked.replace(['*', '#'], " ").split_whitespace().collect::<Vec<_>>().join(" ")
}

fn seeds() -> [(&'static str, String); 2] {
    [("FAQ", words(include_str!("../docs/sources/faq.md"))), ("HIVA", words(include_str!("../docs/sources/hiva.md")))]
}

/// The identifiers' rules quote the published algorithms, and FORM-001 is this library's
/// contract: neither is a rule of the scheme the seeds describe.
fn of_the_scheme(rule: &RuleInfo) -> bool {
    !matches!(rule.family.as_str(), "id" | "form")
}

#[test]
fn every_quote_is_found_word_for_word_in_the_seeds() {
    let seeds = seeds();
    for rule in rules(Locale::Nl).iter().filter(|rule| of_the_scheme(rule) && !rule.quote.is_empty()) {
        // A rule may quote several passages, joined by "(…)".
        for passage in rule.quote.split("(…)").map(words).filter(|passage| !passage.is_empty()) {
            assert!(
                seeds.iter().any(|(_, seed)| seed.contains(&passage)),
                "{}: this passage is in no source: {passage}",
                rule.id
            );
        }
    }
}

#[test]
fn a_rule_of_high_confidence_quotes_its_passage() {
    for rule in rules(Locale::Nl) {
        if rule.confidence == Confidence::High {
            assert!(!rule.quote.trim().is_empty(), "{} is high without a quoted passage", rule.id);
        }
    }
}

#[test]
fn a_rule_below_high_confidence_never_refuses_a_form() {
    for rule in rules(Locale::Nl).iter().filter(|rule| of_the_scheme(rule)) {
        if rule.confidence == Confidence::High {
            continue;
        }
        for code in codes().filter(|code| code.rule() == rule.id) {
            assert_ne!(
                code.severity(),
                Severity::Error,
                "{} is {:?}, yet {} is an error",
                rule.id,
                rule.confidence,
                code.as_str()
            );
        }
    }
}

/// The test above can fail: a rule of medium confidence with an error code would be caught.
#[test]
fn the_catalogue_has_rules_below_high_and_they_do_report() {
    let catalogue = rules(Locale::Nl);
    let below: Vec<&RuleInfo> =
        catalogue.iter().filter(|rule| of_the_scheme(rule) && rule.confidence != Confidence::High).collect();
    assert!(below.iter().any(|rule| !rule.codes.is_empty()), "no rule below high reports anything");
}
