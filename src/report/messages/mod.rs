//! Message texts in Dutch, French, English and German, and their rendering.
//!
//! A text names its params in braces (`{months}`); rendering fills them in. Texts never hold a
//! value the user typed: params are counts, dates and wire names only.

mod words;

use super::codes::Code;
use super::finding::{Param, Params};
use crate::locale::{Locale, Texts};

/// The message of an issue in a locale, params filled in.
pub fn issue_message(code: Code, params: &Params, locale: Locale) -> String {
    render(locale.pick(&code.texts()), params, locale)
}

/// The explanation of a requirement in a locale, params filled in.
pub fn explanation(texts: &Texts, params: &Params, locale: Locale) -> String {
    render(locale.pick(texts), params, locale)
}

/// Fills `{name}` placeholders; an unknown placeholder stays as it is, visible in tests.
fn render(template: &str, params: &Params, locale: Locale) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let (before, after) = rest.split_at(open);
        out.push_str(before);
        let Some(close) = after.find('}') else {
            out.push_str(after);
            return out;
        };
        let (placeholder, tail) = after.split_at(close + 1);
        let name = placeholder.trim_start_matches('{').trim_end_matches('}');
        match params.get(name) {
            Some(Param::Number(n)) => out.push_str(itoa::Buffer::new().format(*n)),
            Some(Param::Text(text)) => out.push_str(words::localize(text, locale)),
            Some(Param::List(items)) => out.push_str(&items.join(", ")),
            None => out.push_str(placeholder),
        }
        rest = tail;
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_has_a_message_in_every_locale() {
        for code in Code::all() {
            for text in code.texts() {
                assert!(!text.trim().is_empty(), "{} lacks a message", code.as_str());
            }
        }
    }

    #[test]
    fn placeholders_are_filled() {
        let mut params = Params::new();
        params.insert("months", Param::Number(19));
        params.insert("required", Param::Number(24));
        let text = render("{months} of {required} months, {unknown}", &params, Locale::En);
        assert_eq!(text, "19 of 24 months, {unknown}");
    }
}
