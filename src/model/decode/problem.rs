//! What can go wrong while decoding: a value that does not fit (an issue at its field) or input
//! that is not a form at all (an error).

use crate::model::path::Path;

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
    /// A text longer than [`MAX_TEXT_CHARS`](crate::model::bounds::MAX_TEXT_CHARS).
    TooLong,
    /// A list longer than [`MAX_LIST_ITEMS`](crate::model::bounds::MAX_LIST_ITEMS); the items after the bound were left out.
    TooManyItems,
    /// The form's lists hold more than
    /// [`MAX_FORM_ITEMS`](crate::model::bounds::MAX_FORM_ITEMS) items together; the items of
    /// this list from there on were left out.
    TooManyItemsInForm,
    /// Nesting deeper than [`MAX_DEPTH`](crate::model::bounds::MAX_DEPTH).
    TooDeep,
    /// A form, or a field's value, larger than
    /// [`MAX_INPUT_BYTES`](crate::model::bounds::MAX_INPUT_BYTES) as JSON: not read.
    TooLarge,
}

/// A form, or one field's value, as it reaches the decoder: JSON text, or what the caller
/// found instead of text it could hand over (JavaScript measures a value before copying it, and
/// cannot write nesting deeper than its stack). What was not read is an issue at its place.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Text<'a> {
    /// JSON text.
    Json(&'a str),
    /// Larger than [`MAX_INPUT_BYTES`](crate::model::bounds::MAX_INPUT_BYTES) as JSON.
    TooLarge,
    /// Nested deeper than the caller could write as JSON.
    TooDeep,
}

impl<'a> From<&'a str> for Text<'a> {
    fn from(text: &'a str) -> Self {
        Self::Json(text)
    }
}

impl<'a> From<&'a String> for Text<'a> {
    fn from(text: &'a String) -> Self {
        Self::Json(text)
    }
}

/// A value that did not fit the form, and where it is.
#[derive(Debug, PartialEq, Eq)]
pub struct ShapeProblem {
    /// Where the value is.
    pub path: Path,
    /// What is wrong with it.
    pub kind: ShapeKind,
}

// Out of line, unlike a derived `clone`: the list of a session's problems and a refused
// option's problem clone through one copy of it instead of one inlined in each. Its signature
// is the derived one's, as the API snapshot lists it.
impl Clone for ShapeProblem {
    #[inline(never)]
    fn clone(&self) -> ShapeProblem {
        ShapeProblem { path: self.path, kind: self.kind.clone() }
    }
}

/// Input that cannot be read as a form at all: the only failures that reach the caller as
/// errors instead of issues.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputError {
    /// The value is not an object (null, a number, a list, ...).
    NotAnObject,
    /// The text is not JSON.
    NotJson,
}

impl InputError {
    /// What is wrong, in words (the wasm module passes it on without a `Formatter`).
    pub(crate) fn message(self) -> &'static str {
        match self {
            Self::NotAnObject => "the form must be an object",
            Self::NotJson => "the form is not valid JSON",
        }
    }
}

impl std::fmt::Display for InputError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.message())
    }
}

impl std::error::Error for InputError {}

/// Why one field of a decoded form could not be set (see [`super::decode_at`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SetError {
    /// The path names no field of the form: a misspelt key, an index where a key belongs, a
    /// key below a text.
    UnknownPath,
    /// The text cannot be read (not JSON; at the root, not an object).
    Input(InputError),
}

impl From<InputError> for SetError {
    fn from(error: InputError) -> Self {
        Self::Input(error)
    }
}

impl std::fmt::Display for SetError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::UnknownPath => f.write_str("the path names no field of the form"),
            Self::Input(error) => error.fmt(f),
        }
    }
}

impl std::error::Error for SetError {}

/// A decoded form and what did not fit in it.
#[derive(Debug, Clone, Default)]
pub struct Decoded<T> {
    /// The form, without the values that did not fit.
    pub form: T,
    /// The values that did not fit, each at its path.
    pub problems: Vec<ShapeProblem>,
}
