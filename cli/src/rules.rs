//! `maatwerk rules`: the library's catalogue (`maatwerk::rules(locale)`), as JSON or as
//! Markdown for people.

use crate::args::RulesFormat;
use maatwerk::{Locale, RuleInfo};
use std::fmt::Write;

/// The catalogue in `locale`, in `format`, with a final newline.
pub fn render(locale: Locale, format: RulesFormat) -> String {
    let rules = maatwerk::rules(locale);
    match format {
        // Ids, texts and JSON values only: writing them to a string cannot fail.
        RulesFormat::Json => serde_json::to_string(&rules).unwrap_or_default() + "\n",
        RulesFormat::Markdown => markdown(&rules),
    }
}

/// A section per rule: id and title, what it weighs and from when, its text, source,
/// parameters and codes.
fn markdown(rules: &[RuleInfo]) -> String {
    let mut out = String::from("# individueel maatwerk: rule catalogue\n");
    for rule in rules {
        // Writing to a String cannot fail.
        let _ = write!(
            out,
            "\n## {}: {}\n\nSeverity {}, confidence {}, from {}.\n\n{}\n\nSource: ",
            rule.id,
            rule.title,
            rule.severity,
            json_text(&rule.confidence),
            rule.effective_from,
            rule.text
        );
        match rule.source.url {
            Some(url) => {
                let _ = write!(out, "[{}]({url})", rule.source.label);
            }
            None => out.push_str(rule.source.label),
        }
        out.push('\n');
        if !rule.parameters.is_empty() {
            let parameters: Vec<String> =
                rule.parameters.iter().map(|p| format!("`{}` (default `{}`)", p.name, p.default)).collect();
            let _ = writeln!(out, "\nParameters: {}.", parameters.join(", "));
        }
        if !rule.codes.is_empty() {
            let codes: Vec<String> = rule.codes.iter().map(|code| format!("`{code}`")).collect();
            let _ = writeln!(out, "\nCodes: {}.", codes.join(", "));
        }
    }
    out
}

/// A value's wire name (an enum written as a JSON string), without the quotes.
fn json_text<T: serde::Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(text)) => text,
        _ => String::new(),
    }
}
