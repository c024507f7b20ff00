//! Message texts in Dutch, French, English and German, and their rendering.
//!
//! A text names its params in braces (`{months}`); rendering fills them in. A count that a noun
//! follows names both forms, and the number picks one: `{short|maand|maanden}` renders as
//! "1 maand" or "5 maanden" (French also takes the singular for 0). Texts never hold a value the
//! user typed: params are counts, dates and wire names only.

pub(crate) mod words;

use super::codes::Code;
use super::finding::{Param, Params};
use crate::locale::Locale;
use crate::texts::Texts;

/// The message of an issue in a locale, params filled in.
pub fn issue_message(code: Code, params: &Params, locale: Locale) -> String {
    render(code.message(locale), params, locale)
}

/// The explanation of a requirement in a locale, params filled in.
pub fn explanation(texts: &Texts, params: &Params, locale: Locale) -> String {
    render(texts.get(locale), params, locale)
}

/// Fills `{name}` and `{name|one|other}` placeholders; an unknown placeholder stays as it is,
/// visible in tests.
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
        let inner = placeholder.trim_start_matches('{').trim_end_matches('}');
        let (name, forms) = inner.split_once('|').map_or((inner, None), |(name, forms)| (name, forms.split_once('|')));
        match params.get(name) {
            Some(Param::Number(n)) => {
                out.push_str(itoa::Buffer::new().format(*n));
                if let Some((one, other)) = forms {
                    out.push(' ');
                    out.push_str(if singular(*n, locale) { one } else { other });
                }
            }
            Some(Param::Text(text)) => out.push_str(words::localize(text, locale)),
            Some(Param::List(items)) => {
                // Written into `out`, not joined first: no buffer, and no copy of `join`.
                for (index, item) in items.iter().enumerate() {
                    if index > 0 {
                        out.push_str(", ");
                    }
                    out.push_str(item);
                }
            }
            None => out.push_str(placeholder),
        }
        rest = tail;
    }
    out.push_str(rest);
    out
}

/// Whether a count takes the singular: one, and in French zero too.
fn singular(n: i64, locale: Locale) -> bool {
    n == 1 || (n == 0 && locale == Locale::Fr)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::panic)]
    use super::*;

    #[test]
    fn placeholders_are_filled() {
        let mut params = Params::new();
        params.insert("months", Param::Number(19));
        params.insert("required", Param::Number(24));
        let text = render("{months} of {required} months, {unknown}", &params, Locale::En);
        assert_eq!(text, "19 of 24 months, {unknown}");
    }

    #[test]
    fn a_count_picks_its_noun() {
        let text = |n: i64, template, locale| {
            let mut params = Params::new();
            params.insert("short", Param::Number(n));
            render(template, &params, locale)
        };
        assert_eq!(text(1, "nog {short|maand|maanden}", Locale::Nl), "nog 1 maand");
        assert_eq!(text(5, "nog {short|maand|maanden}", Locale::Nl), "nog 5 maanden");
        assert_eq!(text(0, "{short|month is|months are} missing", Locale::En), "0 months are missing");
        assert_eq!(text(1, "{short|month is|months are} missing", Locale::En), "1 month is missing");
        assert_eq!(text(0, "{short|changement|changements}", Locale::Fr), "0 changement");
        assert_eq!(text(2, "{short|Monat|Monate}", Locale::De), "2 Monate");
    }
}
