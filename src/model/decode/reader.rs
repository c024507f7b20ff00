//! A pull reader over JSON text: the decoder asks for the value it expects next, so a form is
//! read in one pass without a tree in between.
//!
//! Any syntax error is [`InputError::NotJson`] for the whole input: the text normally comes
//! from `JSON.stringify`, so a broken one is no typing mistake to point at.

use super::problem::InputError;
use std::borrow::Cow;

/// What the next value is, told by its first byte.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Token {
    Null,
    Bool,
    Number,
    String,
    Array,
    Object,
}

/// What a read returns; the only error is [`InputError::NotJson`].
pub(crate) type Read<T> = Result<T, InputError>;

const NOT_JSON: InputError = InputError::NotJson;

/// `JSON.stringify` writes a lone UTF-16 surrogate (text a user pasted) as an escape that no
/// Rust string can hold; it becomes the replacement character, as a browser shows it.
const REPLACEMENT: char = '\u{fffd}';

/// A position in JSON text.
pub(crate) struct Reader<'a> {
    text: &'a str,
    pos: usize,
}

impl<'a> Reader<'a> {
    /// A reader at the start of `text`.
    pub(crate) fn new(text: &'a str) -> Self {
        Self { text, pos: 0 }
    }

    /// What the next value is; the reader stays before it.
    pub(crate) fn peek(&mut self) -> Read<Token> {
        self.skip_whitespace();
        match self.byte() {
            Some(b'n') => Ok(Token::Null),
            Some(b't' | b'f') => Ok(Token::Bool),
            Some(b'-' | b'0'..=b'9') => Ok(Token::Number),
            Some(b'"') => Ok(Token::String),
            Some(b'[') => Ok(Token::Array),
            Some(b'{') => Ok(Token::Object),
            _ => Err(NOT_JSON),
        }
    }

    /// Reads `null`.
    pub(crate) fn null(&mut self) -> Read<()> {
        self.skip_whitespace();
        self.literal(b"null")
    }

    /// Reads `true` or `false`.
    pub(crate) fn bool(&mut self) -> Read<bool> {
        self.skip_whitespace();
        if self.byte() == Some(b't') {
            self.literal(b"true").map(|()| true)
        } else {
            self.literal(b"false").map(|()| false)
        }
    }

    /// Reads a number and returns its text, which has the JSON grammar (a subset of what
    /// Rust's number parsing takes).
    pub(crate) fn number(&mut self) -> Read<&'a str> {
        self.skip_whitespace();
        let start = self.pos;
        self.eat(b'-');
        match self.byte() {
            Some(b'0') => self.pos += 1,
            Some(b'1'..=b'9') => self.digits(),
            _ => return Err(NOT_JSON),
        }
        if self.eat(b'.') {
            self.required_digits()?;
        }
        if matches!(self.byte(), Some(b'e' | b'E')) {
            self.pos += 1;
            if matches!(self.byte(), Some(b'+' | b'-')) {
                self.pos += 1;
            }
            self.required_digits()?;
        }
        self.text.get(start..self.pos).ok_or(NOT_JSON)
    }

    /// Reads a string; borrowed from the input unless it holds escapes.
    pub(crate) fn string(&mut self) -> Read<Cow<'a, str>> {
        self.skip_whitespace();
        self.expect(b'"')?;
        let start = self.pos;
        self.plain_run();
        let plain = self.text.get(start..self.pos).ok_or(NOT_JSON)?;
        if self.eat(b'"') {
            return Ok(Cow::Borrowed(plain));
        }
        let mut owned = String::from(plain);
        loop {
            match self.byte() {
                Some(b'"') => {
                    self.pos += 1;
                    return Ok(Cow::Owned(owned));
                }
                Some(b'\\') => {
                    self.pos += 1;
                    owned.push(self.escape()?);
                }
                // A raw control character or the end of the input.
                _ => return Err(NOT_JSON),
            }
            let start = self.pos;
            self.plain_run();
            owned.push_str(self.text.get(start..self.pos).ok_or(NOT_JSON)?);
        }
    }

    /// Enters an array; [`Self::next_item`] then tells whether an item follows.
    pub(crate) fn begin_array(&mut self) -> Read<()> {
        self.skip_whitespace();
        self.expect(b'[')
    }

    /// Whether another item of the array follows (the reader then stands before it), or the
    /// array ended. `first` is true for the first call after [`Self::begin_array`].
    pub(crate) fn next_item(&mut self, first: bool) -> Read<bool> {
        self.skip_whitespace();
        if self.eat(b']') {
            return Ok(false);
        }
        if !first {
            self.expect(b',')?;
        }
        Ok(true)
    }

    /// Enters an object; [`Self::next_key`] then reads its keys.
    pub(crate) fn begin_object(&mut self) -> Read<()> {
        self.skip_whitespace();
        self.expect(b'{')
    }

    /// The next key of the object (the reader then stands before its value), or `None` when
    /// the object ended. `first` is true for the first call after [`Self::begin_object`].
    pub(crate) fn next_key(&mut self, first: bool) -> Read<Option<Cow<'a, str>>> {
        self.skip_whitespace();
        if self.eat(b'}') {
            return Ok(None);
        }
        if !first {
            self.expect(b',')?;
        }
        let key = self.string()?;
        self.skip_whitespace();
        self.expect(b':')?;
        Ok(Some(key))
    }

    /// Skips one value, checking its syntax. Iterative, so any nesting costs no stack: only
    /// one byte per open level, to tell `]` from `}`.
    pub(crate) fn skip_value(&mut self) -> Read<()> {
        let mut closers: Vec<u8> = Vec::new();
        loop {
            match self.peek()? {
                Token::Array => {
                    self.pos += 1;
                    self.skip_whitespace();
                    if !self.eat(b']') {
                        closers.push(b']');
                        continue;
                    }
                }
                Token::Object => {
                    self.pos += 1;
                    self.skip_whitespace();
                    if !self.eat(b'}') {
                        closers.push(b'}');
                        self.skip_key()?;
                        continue;
                    }
                }
                Token::String => self.skip_string()?,
                Token::Number => self.number().map(|_| ())?,
                Token::Bool => self.bool().map(|_| ())?,
                Token::Null => self.null()?,
            }
            // A value ended: close the containers that end with it, then go on to the next item.
            loop {
                let Some(&closer) = closers.last() else { return Ok(()) };
                self.skip_whitespace();
                if self.eat(closer) {
                    closers.pop();
                    continue;
                }
                self.expect(b',')?;
                if closer == b'}' {
                    self.skip_key()?;
                }
                break;
            }
        }
    }

    /// The next value's text, skipped (its syntax checked): for what has a reader of its own.
    pub(crate) fn raw_value(&mut self) -> Read<&'a str> {
        self.skip_whitespace();
        let start = self.pos;
        self.skip_value()?;
        self.text.get(start..self.pos).ok_or(NOT_JSON)
    }

    /// Checks that nothing but whitespace follows.
    pub(crate) fn end(&mut self) -> Read<()> {
        self.skip_whitespace();
        if self.pos == self.text.len() {
            Ok(())
        } else {
            Err(NOT_JSON)
        }
    }

    #[inline(always)]
    fn byte(&self) -> Option<u8> {
        self.text.as_bytes().get(self.pos).copied()
    }

    #[inline(always)]
    fn eat(&mut self, byte: u8) -> bool {
        let found = self.byte() == Some(byte);
        if found {
            self.pos += 1;
        }
        found
    }

    #[inline(always)]
    fn expect(&mut self, byte: u8) -> Read<()> {
        if self.eat(byte) {
            Ok(())
        } else {
            Err(NOT_JSON)
        }
    }

    fn literal(&mut self, word: &[u8]) -> Read<()> {
        let end = self.pos + word.len();
        if self.text.as_bytes().get(self.pos..end) == Some(word) {
            self.pos = end;
            Ok(())
        } else {
            Err(NOT_JSON)
        }
    }

    #[inline(always)]
    fn skip_whitespace(&mut self) {
        while matches!(self.byte(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.pos += 1;
        }
    }

    fn digits(&mut self) {
        while matches!(self.byte(), Some(b'0'..=b'9')) {
            self.pos += 1;
        }
    }

    fn required_digits(&mut self) -> Read<()> {
        let start = self.pos;
        self.digits();
        if self.pos == start {
            Err(NOT_JSON)
        } else {
            Ok(())
        }
    }

    /// Moves past the bytes a string holds as they are: up to a quote, a backslash or a
    /// control character. Those are ASCII, so the position stays on a character boundary.
    fn plain_run(&mut self) {
        let rest = self.text.as_bytes().get(self.pos..).unwrap_or_default();
        // Eight bytes at a time while none of them ends the run: strings are most of a form's
        // text, and a byte-by-byte scan was the decoder's largest cost.
        let mut chunks = rest.chunks_exact(8);
        let mut plain = 0;
        for chunk in chunks.by_ref() {
            let word = u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8]));
            if ends_run(word) {
                break;
            }
            plain += 8;
        }
        let tail = rest.get(plain..).unwrap_or_default();
        self.pos += plain + tail.iter().position(|&b| b == b'"' || b == b'\\' || b < 0x20).unwrap_or(tail.len());
    }

    /// The character of the escape after a backslash.
    fn escape(&mut self) -> Read<char> {
        let byte = self.byte().ok_or(NOT_JSON)?;
        self.pos += 1;
        Ok(match byte {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => self.unicode_escape()?,
            _ => return Err(NOT_JSON),
        })
    }

    /// The character of a `\uXXXX` escape (the reader stands after the `u`), joining a
    /// surrogate pair.
    fn unicode_escape(&mut self) -> Read<char> {
        let unit = self.hex_at(self.pos).ok_or(NOT_JSON)?;
        self.pos += 4;
        if !(0xd800..0xdc00).contains(&unit) {
            // A lone low surrogate is no character: from_u32 refuses it.
            return Ok(char::from_u32(unit).unwrap_or(REPLACEMENT));
        }
        let low = self
            .text
            .as_bytes()
            .get(self.pos..)
            .filter(|rest| rest.starts_with(b"\\u"))
            .and_then(|_| self.hex_at(self.pos + 2))
            .filter(|low| (0xdc00..0xe000).contains(low));
        let Some(low) = low else { return Ok(REPLACEMENT) };
        self.pos += 6;
        Ok(char::from_u32(0x10000 + ((unit - 0xd800) << 10) + (low - 0xdc00)).unwrap_or(REPLACEMENT))
    }

    /// The four hex digits at `at`, as a number.
    fn hex_at(&self, at: usize) -> Option<u32> {
        let digits = self.text.as_bytes().get(at..at + 4)?;
        digits.iter().try_fold(0, |value, &b| Some(value * 16 + char::from(b).to_digit(16)?))
    }

    fn skip_string(&mut self) -> Read<()> {
        self.skip_whitespace();
        self.expect(b'"')?;
        loop {
            self.plain_run();
            match self.byte() {
                Some(b'"') => {
                    self.pos += 1;
                    return Ok(());
                }
                Some(b'\\') => {
                    self.pos += 1;
                    self.escape()?;
                }
                _ => return Err(NOT_JSON),
            }
        }
    }

    fn skip_key(&mut self) -> Read<()> {
        self.skip_string()?;
        self.skip_whitespace();
        self.expect(b':')
    }
}

/// Whether any byte of `word` is a quote, a backslash or a control character (below 0x20):
/// the classic "has a zero byte" test on the word xor'ed with each wanted byte, and "has a byte
/// less than n" for the control characters. Exact: no false positives or negatives.
fn ends_run(word: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    let has_zero = |v: u64| v.wrapping_sub(ONES) & !v & HIGHS != 0;
    let below_space = word.wrapping_sub(ONES * 0x20) & !word & HIGHS != 0;
    has_zero(word ^ (ONES * u64::from(b'"'))) || has_zero(word ^ (ONES * u64::from(b'\\'))) || below_space
}

#[cfg(test)]
mod tests;
