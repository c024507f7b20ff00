//! Lenient decoding of a form that is being typed.
//!
//! The wire types are strict Rust types (they generate the TypeScript types), but a form in
//! a browser can hold anything: a number where a list belongs, a made-up choice, a pasted
//! novel. Decoding never fails on such values: each misfit is reported as a [`ShapeProblem`]
//! at its path and dropped, and the rest of the form is decoded and checked as usual.

use super::bounds::{MAX_DEPTH, MAX_INPUT_BYTES, MAX_LIST_ITEMS, MAX_TEXT_CHARS};
use super::path::{Path, Segment};
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::{Map, Value};

/// What kind of value a field expected, for a message that says what to type instead.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expected {
    /// Text.
    Text,
    /// A number.
    Number,
    /// Yes or no.
    YesNo,
    /// A list.
    List,
    /// A group of fields.
    Group,
    /// One of a fixed set of choices.
    Choice,
}

impl Expected {
    /// Stable name used in issue params.
    pub fn name(self) -> &'static str {
        match self {
            Self::Text => "text",
            Self::Number => "number",
            Self::YesNo => "yesNo",
            Self::List => "list",
            Self::Group => "group",
            Self::Choice => "choice",
        }
    }
}

/// Why a value did not fit the form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ShapeKind {
    /// The value has another type than the field.
    WrongType(Expected),
    /// The value is not one of the field's choices; `allowed` lists them.
    UnknownChoice {
        /// The choices, as wire names.
        allowed: Vec<String>,
    },
    /// A text longer than [`MAX_TEXT_CHARS`].
    TooLong,
    /// A list longer than [`MAX_LIST_ITEMS`]; the items after the bound were left out.
    TooManyItems,
    /// Nesting deeper than [`MAX_DEPTH`].
    TooDeep,
}

/// A value that did not fit the form, and where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShapeProblem {
    /// Where the value is.
    pub path: Path,
    /// What is wrong with it.
    pub kind: ShapeKind,
}

/// Input that cannot be read as a form at all: the only failures that reach the caller as
/// errors instead of issues.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputError {
    /// The value is not an object (null, a number, a list, ...).
    NotAnObject,
    /// The text is not JSON.
    NotJson,
    /// The input is larger than [`MAX_INPUT_BYTES`].
    TooLarge,
}

impl std::fmt::Display for InputError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Self::NotAnObject => "the form must be an object",
            Self::NotJson => "the form is not valid JSON",
            Self::TooLarge => "the form is larger than 1 MB",
        })
    }
}

impl std::error::Error for InputError {}

/// A decoded form and what did not fit in it.
#[derive(Debug, Clone, Default)]
pub struct Decoded<T> {
    /// The form, without the values that did not fit.
    pub form: T,
    /// The values that did not fit, each at its path.
    pub problems: Vec<ShapeProblem>,
}

/// Decodes JSON text (the back office's entry point).
pub fn from_json<T: DeserializeOwned + Serialize + Default>(text: &str) -> Result<Decoded<T>, InputError> {
    if text.len() > MAX_INPUT_BYTES {
        return Err(InputError::TooLarge);
    }
    let value: Value = serde_json::from_str(text).map_err(|_| InputError::NotJson)?;
    from_value(value)
}

/// Decodes a JSON value.
pub fn from_value<T: DeserializeOwned + Serialize + Default>(mut value: Value) -> Result<Decoded<T>, InputError> {
    if !value.is_object() {
        return Err(InputError::NotAnObject);
    }
    let mut problems = Vec::new();
    enforce_bounds(&mut value, &Path::root(), 0, &mut problems);
    let mut form: T = decode_repairing(&mut value, &mut problems);
    // serde reads a list into a group field by field position (`[true, false]` as
    // `{ loonpremie: true, guidance: false }`); what was a list in the input and became a group
    // is a misfit too. Each pass drops at least one value, so this ends.
    for _ in 0..MAX_REPAIRS {
        let mut misread = Vec::new();
        lists_read_as_groups(&value, &serde_json::to_value(&form).unwrap_or_default(), &Path::root(), &mut misread);
        if misread.is_empty() {
            break;
        }
        for path in misread {
            replace(&mut value, &path, Value::Null);
            problems.push(ShapeProblem { path, kind: ShapeKind::WrongType(Expected::Group) });
        }
        form = decode_repairing(&mut value, &mut problems);
    }
    Ok(Decoded { form, problems })
}

/// The paths where the input holds a list and the decoded form a group.
fn lists_read_as_groups(input: &Value, decoded: &Value, path: &Path, found: &mut Vec<Path>) {
    match (input, decoded) {
        (Value::Array(_), Value::Object(_)) => found.push(path.clone()),
        (Value::Object(inputs), Value::Object(fields)) => {
            for (key, field) in fields {
                if let Some(input) = inputs.get(key) {
                    lists_read_as_groups(input, field, &child(path, key), found);
                }
            }
        }
        (Value::Array(inputs), Value::Array(items)) => {
            for (index, (input, item)) in inputs.iter().zip(items).enumerate() {
                lists_read_as_groups(input, item, &path.index(index), found);
            }
        }
        _ => {}
    }
}

fn child(path: &Path, key: &str) -> Path {
    let mut segments = path.segments().to_vec();
    segments.push(Segment::Key(key.to_owned().into()));
    segments.into()
}

fn enforce_bounds(value: &mut Value, path: &Path, depth: usize, problems: &mut Vec<ShapeProblem>) {
    let too_deep = depth > MAX_DEPTH && matches!(value, Value::Array(_) | Value::Object(_));
    if too_deep {
        problems.push(ShapeProblem { path: path.clone(), kind: ShapeKind::TooDeep });
        *value = Value::Null;
        return;
    }
    match value {
        Value::String(text) if text.chars().nth(MAX_TEXT_CHARS).is_some() => {
            problems.push(ShapeProblem { path: path.clone(), kind: ShapeKind::TooLong });
            *value = Value::Null;
        }
        Value::Array(items) => {
            if items.len() > MAX_LIST_ITEMS {
                problems.push(ShapeProblem { path: path.clone(), kind: ShapeKind::TooManyItems });
                items.truncate(MAX_LIST_ITEMS);
            }
            for (index, item) in items.iter_mut().enumerate() {
                enforce_bounds(item, &path.index(index), depth + 1, problems);
            }
        }
        Value::Object(fields) => {
            for (key, item) in fields.iter_mut() {
                enforce_bounds(item, &child(path, key), depth + 1, problems);
            }
        }
        _ => {}
    }
}

/// Each misfit costs one extra pass; a form has far fewer fields than this.
const MAX_REPAIRS: usize = 256;

fn decode_repairing<T: DeserializeOwned + Default>(value: &mut Value, problems: &mut Vec<ShapeProblem>) -> T {
    let mut last: Option<(Path, u8)> = None;
    for _ in 0..MAX_REPAIRS {
        let error = match serde_path_to_error::deserialize::<_, T>(&*value) {
            Ok(form) => return form,
            Err(error) => error,
        };
        let path = wire_path(error.path());
        let attempt = match &last {
            Some((previous, n)) if *previous == path => n.saturating_add(1),
            _ => {
                problems.push(ShapeProblem { path: path.clone(), kind: classify(&error.inner().to_string()) });
                0
            }
        };
        // A dropped value becomes null (an absent optional field); a list item that must be a
        // group becomes an empty group, one that must be text an empty text; failing all, the
        // parent is dropped.
        let replacement = match attempt {
            0 => Value::Null,
            1 => Value::Object(Map::new()),
            2 => Value::String(String::new()),
            _ => {
                let parent: Path =
                    path.segments().split_last().map(|(_, rest)| rest.to_vec()).unwrap_or_default().into();
                replace(value, &parent, Value::Null);
                last = Some((parent, 0));
                continue;
            }
        };
        if !replace(value, &path, replacement) {
            return T::default();
        }
        last = Some((path, attempt));
    }
    T::default()
}

fn wire_path(path: &serde_path_to_error::Path) -> Path {
    path.iter()
        .filter_map(|segment| match segment {
            serde_path_to_error::Segment::Seq { index } => Some(Segment::Index(*index)),
            serde_path_to_error::Segment::Map { key } => Some(Segment::Key(key.clone().into())),
            _ => None,
        })
        .collect::<Vec<_>>()
        .into()
}

/// Reads serde's error text for the kind only: the text also quotes the value, which must
/// never reach a message (it can be personal data).
fn classify(error: &str) -> ShapeKind {
    if let Some(rest) = error.strip_prefix("unknown variant") {
        let allowed = rest
            .split_once("expected")
            .map(|(_, list)| list.split('`').skip(1).step_by(2).map(str::to_owned).collect())
            .unwrap_or_default();
        return ShapeKind::UnknownChoice { allowed };
    }
    let expected = error.rsplit_once("expected").map(|(_, e)| e).unwrap_or("");
    let kind = if expected.contains("sequence") {
        Expected::List
    } else if expected.contains("bool") {
        Expected::YesNo
    } else if expected.contains("string") || expected.contains("char") {
        Expected::Text
    } else if expected.contains("integer")
        || expected.contains("float")
        || expected.contains("number")
        || expected.contains(" u")
        || expected.contains(" i")
        || expected.contains(" f")
    {
        Expected::Number
    } else if expected.contains("variant") || expected.contains("one of") {
        Expected::Choice
    } else {
        Expected::Group
    };
    ShapeKind::WrongType(kind)
}

fn replace(root: &mut Value, path: &Path, replacement: Value) -> bool {
    let mut at = root;
    for segment in path.segments() {
        let next = match (segment, at) {
            (Segment::Key(key), Value::Object(fields)) => fields.get_mut(key.as_ref()),
            (Segment::Index(index), Value::Array(items)) => items.get_mut(*index),
            _ => None,
        };
        match next {
            Some(next) => at = next,
            None => return false,
        }
    }
    *at = replacement;
    true
}
