//! The state of one decode: the reader, where in the form it is, and the problems found.
//!
//! The place is a stack of segments (the model's static keys and list indexes), so reading a
//! value costs no allocation; a [`Path`] is built only for a problem.

use super::problem::{Expected, ShapeKind, ShapeProblem};
use super::reader::{Read, Reader, Token};
use crate::model::bounds::{MAX_DEPTH, MAX_TEXT_CHARS};
use crate::model::keys::Key;
use crate::model::path::{Path, Segment};
use std::borrow::Cow;

/// The reading state of a decode. Only the crate's form types read through it.
pub struct Decoder<'a> {
    pub(super) reader: Reader<'a>,
    path: Path,
    pub(super) problems: Vec<ShapeProblem>,
    /// The group of the first key that names no field: a form ignores such keys; strict input
    /// (options) refuses them.
    pub(super) first_skipped: Option<Path>,
    /// List items read so far, in every list, and the default items a set added in front of
    /// the one it names. The form-wide bound is judged on the whole form, after reading (see
    /// [`super::limit::limit_form_items`]): which items it leaves out must not depend on the
    /// order of the keys in the text.
    pub(super) items: usize,
    /// List items inside the values a set replaced: with [`Self::items`], how a set moved the
    /// form's count.
    pub(super) replaced: usize,
    /// The outermost place a set created (a group or list that was absent, a list extended) or
    /// replaced: every rule reading at or under it may judge otherwise now.
    pub(super) touched: Option<Path>,
    /// A set past a list's bound only fills the list up to its bound: nothing is decoded.
    pub(super) pad_only: bool,
}

impl<'a> Decoder<'a> {
    /// A decoder at the start of `text` (its size is checked by the caller, before reading).
    pub(super) fn new(text: &'a str) -> Self {
        Self {
            reader: Reader::new(text),
            path: Path::root(),
            problems: Vec::new(),
            first_skipped: None,
            items: 0,
            replaced: 0,
            touched: None,
            pad_only: false,
        }
    }

    pub(super) fn into_problems(self) -> Vec<ShapeProblem> {
        self.problems
    }

    /// Notes that a set created or replaced the value at the current place (the first place
    /// noted is the outermost: a set goes down its path).
    // Not inlined: one call is smaller than the copy of a path at each place a set notes.
    #[inline(never)]
    pub(super) fn touch(&mut self) {
        if self.touched.is_none() {
            self.touched = Some(self.path);
        }
    }

    /// Runs `read` with the place one segment further.
    pub(crate) fn at<R>(&mut self, segment: Segment, read: impl FnOnce(&mut Self) -> R) -> R {
        // The depth bound stops a decode before its place could outgrow a path.
        let pushed = self.path.push(segment);
        let result = read(self);
        if pushed {
            self.path.pop();
        }
        result
    }

    /// Runs `read` at the field `key` of the group being read.
    pub(crate) fn at_key<R>(&mut self, key: Key, read: impl FnOnce(&mut Self) -> R) -> R {
        self.at(Segment::key(key), read)
    }

    /// Records a problem at the current place.
    pub(crate) fn problem(&mut self, kind: ShapeKind) {
        self.problems.push(ShapeProblem { path: self.path, kind });
    }

    /// Records a value of the wrong type and skips it.
    pub(crate) fn misfit<T>(&mut self, expected: Expected) -> Read<Option<T>> {
        self.problem(ShapeKind::WrongType(expected));
        self.reader.skip_value()?;
        Ok(None)
    }

    /// Reads an object, handing each key to `read_field`, which reads the value and returns
    /// true, or returns false for a key the form does not have (the value is skipped). False
    /// when nothing was read: null, another type, or too deep.
    pub(crate) fn group(&mut self, mut read_field: impl FnMut(&mut Self, &str) -> Read<bool>) -> Read<bool> {
        if !self.container(Token::Object, Expected::Group)? {
            return Ok(false);
        }
        self.reader.begin_object()?;
        let mut first = true;
        while let Some(key) = self.reader.next_key(first)? {
            first = false;
            if !read_field(self, &key)? {
                self.skip_unknown()?;
            }
        }
        Ok(true)
    }

    /// Skips the value of a key that names no field of the group being read.
    pub(super) fn skip_unknown(&mut self) -> Read<()> {
        self.first_skipped = self.first_skipped.or(Some(self.path));
        self.reader.skip_value()
    }

    /// Whether the next value is a container of the `wanted` kind that may be read here;
    /// anything else is consumed (and recorded, unless it is null).
    pub(super) fn container(&mut self, wanted: Token, expected: Expected) -> Read<bool> {
        let token = self.reader.peek()?;
        if token == Token::Null {
            self.reader.null()?;
            return Ok(false);
        }
        if token != wanted {
            return self.misfit::<()>(expected).map(|_| false);
        }
        if self.path.segments().len() > MAX_DEPTH {
            self.problem(ShapeKind::TooDeep);
            self.reader.skip_value()?;
            return Ok(false);
        }
        Ok(true)
    }

    /// Whether the next value is an object: for a value that is either one value or an object
    /// of them (an option's dated values).
    pub(crate) fn next_is_object(&mut self) -> Read<bool> {
        Ok(self.reader.peek()? == Token::Object)
    }

    /// Whether the next value is null.
    pub(crate) fn next_is_null(&mut self) -> Read<bool> {
        Ok(self.reader.peek()? == Token::Null)
    }

    /// The next value's JSON text, skipped: for what has a reader of its own.
    pub(crate) fn raw(&mut self) -> Read<&'a str> {
        self.reader.raw_value()
    }

    /// Reads a text into the form; `None` for null, another type, or a text over
    /// [`MAX_TEXT_CHARS`].
    pub(crate) fn text(&mut self) -> Read<Option<String>> {
        Ok(self.bounded_string(Expected::Text)?.map(Cow::into_owned))
    }

    /// Reads a text, or records a value of another type as a misfit of `expected`.
    pub(crate) fn bounded_string(&mut self, expected: Expected) -> Read<Option<Cow<'a, str>>> {
        match self.reader.peek()? {
            Token::String => {}
            Token::Null => return self.reader.null().map(|()| None),
            _ => return self.misfit(expected),
        }
        let text = self.reader.string()?;
        // A character takes at least one byte: only a long text needs counting.
        if text.len() > MAX_TEXT_CHARS && text.chars().nth(MAX_TEXT_CHARS).is_some() {
            self.problem(ShapeKind::TooLong);
            return Ok(None);
        }
        Ok(Some(text))
    }

    /// Reads yes or no.
    pub(crate) fn yes_no(&mut self) -> Read<Option<bool>> {
        match self.reader.peek()? {
            Token::Bool => self.reader.bool().map(Some),
            Token::Null => self.reader.null().map(|()| None),
            _ => self.misfit(Expected::YesNo),
        }
    }

    /// Reads a number that `convert` accepts; any other number is of the wrong type too.
    pub(crate) fn number<T>(&mut self, convert: impl FnOnce(f64) -> Option<T>) -> Read<Option<T>> {
        match self.reader.peek()? {
            Token::Number => {}
            Token::Null => return self.reader.null().map(|()| None),
            _ => return self.misfit(Expected::Number),
        }
        // A number beyond f64's range parses as infinite, which no conversion accepts.
        let value = super::number::parse(self.reader.number()?).and_then(convert);
        if value.is_none() {
            self.problem(ShapeKind::WrongType(Expected::Number));
        }
        Ok(value)
    }
}
