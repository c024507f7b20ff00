//! All-or-nothing reading for what is not a form: options and a path given as a list. A form
//! is read leniently, each misfit an issue at its field; these either fit exactly or are
//! refused as a whole, as a caller's programming error.

use super::decoder::Decoder;
use super::group::decode;
use super::problem::ShapeProblem;
use super::reader::Token;
use super::traits::Decode;
use crate::model::bounds::{MAX_INPUT_BYTES, MAX_PATH_CHARS};
use crate::model::keys::Key;
use crate::model::path::{Path, PathError, Segment};

/// Why a text does not fit exactly, at the first place it does not: so that a refusal names
/// what is wrong and the bound it broke, not only what fits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Unfit {
    /// Not JSON, or another type than `T` at the top.
    NotJson,
    /// Larger than [`MAX_INPUT_BYTES`].
    TooLarge,
    /// A value that does not fit, or passes a bound, at its place.
    Problem(ShapeProblem),
    /// A key that names no field, in the group at this place.
    UnknownKey(Path),
}

/// `text` as a `T` when it is JSON `null` (the default) or fits `T` exactly: no value of
/// another type, no unknown key, no bound passed.
pub(crate) fn from_json_strict<T: Decode + Default>(text: &str) -> Result<T, Unfit> {
    if text.len() > MAX_INPUT_BYTES {
        return Err(Unfit::TooLarge);
    }
    let mut de = Decoder::new(text);
    if !matches!(de.reader.peek(), Ok(Token::Null | Token::Object)) {
        return Err(Unfit::NotJson);
    }
    let value = decode::<T>(&mut de).map_err(|_| Unfit::NotJson)?.unwrap_or_default();
    de.reader.end().map_err(|_| Unfit::NotJson)?;
    if let Some(problem) = de.problems.first() {
        return Err(Unfit::Problem(problem.clone()));
    }
    match de.first_skipped {
        Some(group) => Err(Unfit::UnknownKey(group)),
        None => Ok(value),
    }
}

impl Path {
    /// A path written as a JSON list of keys and indexes (`["experience", 1, "to"]`):
    /// [`PathError::Malformed`] for anything else (an index that is not a whole number),
    /// [`PathError::NoSuchField`] for a key no form has or a list deeper than any form.
    pub fn from_json(text: &str) -> Result<Path, PathError> {
        if text.len() > MAX_PATH_CHARS {
            return Err(PathError::TooLong);
        }
        let mut unknown = false;
        let path = path_from_json(text, &mut unknown).ok_or(PathError::Malformed)?;
        if unknown {
            return Err(PathError::NoSuchField);
        }
        Ok(path)
    }
}

fn path_from_json(text: &str, unknown: &mut bool) -> Option<Path> {
    if text.len() > MAX_PATH_CHARS {
        return None;
    }
    let mut de = Decoder::new(text);
    let reader = &mut de.reader;
    if reader.peek().ok()? != Token::Array {
        return None;
    }
    reader.begin_array().ok()?;
    let mut path = Path::root();
    let mut first = true;
    while reader.next_item(first).ok()? {
        first = false;
        let segment = match reader.peek().ok()? {
            Token::String => Key::of(&reader.string().ok()?).map(Segment::key),
            Token::Number => {
                // Every index past the largest a segment holds names the same nothing.
                let index = reader.number().ok()?.parse::<u64>().ok()?;
                Some(Segment::index(usize::try_from(index).unwrap_or(usize::MAX)))
            }
            _ => return None,
        };
        match segment {
            Some(segment) => *unknown |= !path.push(segment),
            None => *unknown = true,
        }
    }
    reader.end().ok()?;
    Some(path)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::context::Options;

    #[test]
    fn options_fit_exactly_or_not_at_all() {
        let options: Option<Options> = Options::from_json(r#"{"asOf":"2026-03-02","locale":"fr"}"#).ok();
        assert_eq!(options.as_ref().and_then(|o| o.as_of.as_deref()), Some("2026-03-02"));
        assert_eq!(Options::from_json("null").ok(), Some(Options::default()));
        for refused in [r#"{"asof":"2026-03-02"}"#, r#"{"locale":"nl-BE"}"#, r#"{"asOf":20260302}"#, "[]", "{", "{} {}"]
        {
            assert_eq!(Options::from_json(refused).ok(), None, "{refused}");
        }
    }

    #[test]
    fn paths_as_lists_of_keys_and_indexes() {
        assert_eq!(Path::from_json(r#"["experience",1,"to"]"#).map(|p| p.text()), Ok("experience[1].to".to_owned()));
        assert_eq!(Path::from_json("[]"), Ok(Path::root()));
        let far = Path::from_json(r#"["experience",4294967296]"#).map(|p| p.text());
        assert_eq!(far, Ok("experience[32767]".to_owned()));
        for refused in [
            r#"["experience",1.5]"#,
            r#"["experience",-1]"#,
            r#"["experience",1e3]"#,
            r#"["experience",null]"#,
            r#"[["experience"]]"#,
            r#""experience""#,
        ] {
            assert_eq!(Path::from_json(refused), Err(PathError::Malformed), "{refused}");
        }
        assert_eq!(Path::from_json(r#"["experiance",1]"#), Err(PathError::NoSuchField));
    }
}
