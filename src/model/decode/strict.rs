//! All-or-nothing reading for what is not a form: options and a path given as a list. A form
//! is read leniently, each misfit an issue at its field; these either fit exactly or are
//! refused as a whole, as a caller's programming error.

use super::decoder::Decoder;
use super::reader::Token;
use super::traits::Decode;
use crate::model::path::{Path, Segment};

/// The largest list index a path may name: far beyond any list's bound, below any overflow.
const MAX_INDEX: u64 = 1_000_000;

/// `text` as a `T` when it is JSON `null` (the default) or fits `T` exactly: no value of
/// another type, no unknown key, no bound passed.
pub(crate) fn from_json_strict<T: Decode + Default>(text: &str) -> Option<T> {
    let mut de = Decoder::new(text).ok()?;
    let value = T::decode(&mut de).ok()?.unwrap_or_default();
    de.reader.end().ok()?;
    de.fitted().then_some(value)
}

impl Path {
    /// A path written as a JSON list of keys and indexes (`["experience", 1, "to"]`); `None`
    /// for anything else (an index that is not a whole number up to 1,000,000 included).
    pub fn from_json(text: &str) -> Option<Path> {
        path_from_json(text)
    }
}

fn path_from_json(text: &str) -> Option<Path> {
    let mut de = Decoder::new(text).ok()?;
    let reader = &mut de.reader;
    if reader.peek().ok()? != Token::Array {
        return None;
    }
    reader.begin_array().ok()?;
    let mut segments = Vec::new();
    while reader.next_item(segments.is_empty()).ok()? {
        let segment = match reader.peek().ok()? {
            Token::String => Segment::Key(reader.string().ok()?.into_owned().into()),
            Token::Number => {
                let index = reader.number().ok()?.parse::<u64>().ok().filter(|index| *index <= MAX_INDEX)?;
                Segment::Index(usize::try_from(index).ok()?)
            }
            _ => return None,
        };
        segments.push(segment);
    }
    reader.end().ok()?;
    Some(Path::from(segments))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::context::Options;

    #[test]
    fn options_fit_exactly_or_not_at_all() {
        let options: Option<Options> = from_json_strict(r#"{"asOf":"2026-03-02","locale":"fr"}"#);
        assert_eq!(options.as_ref().and_then(|o| o.as_of.as_deref()), Some("2026-03-02"));
        assert_eq!(from_json_strict::<Options>("null"), Some(Options::default()));
        for refused in [r#"{"asof":"2026-03-02"}"#, r#"{"locale":"nl-BE"}"#, r#"{"asOf":20260302}"#, "[]", "{", "{} {}"]
        {
            assert_eq!(from_json_strict::<Options>(refused), None, "{refused}");
        }
    }

    #[test]
    fn paths_as_lists_of_keys_and_indexes() {
        assert_eq!(path_from_json(r#"["experience",1,"to"]"#).map(|p| p.text()), Some("experience[1].to".to_owned()));
        assert_eq!(path_from_json("[]"), Some(Path::root()));
        for refused in
            [r#"["a",1.5]"#, r#"["a",-1]"#, r#"["a",1e3]"#, r#"["a",null]"#, r#"[["a"]]"#, r#""a""#, r#"["a",1000001]"#]
        {
            assert_eq!(path_from_json(refused), None, "{refused}");
        }
    }
}
