//! Conversions between JS values and the core's JSON, and the default as-of date.

use crate::context::{Context, Options, OptionsError};
use crate::engine::{Kind, Validator};
use crate::json::ToJson;
use crate::mapping::{Mapping, MappingError};
use crate::model::bounds::{MAX_INPUT_BYTES, MAX_PATH_CHARS};
use crate::model::decode::{InputError, Text};
use crate::model::UnknownKind;
use crate::model::{Path, PathError};
use chrono::NaiveDate;
use std::borrow::Cow;
use wasm_bindgen::prelude::*;

/// Today in the browser's time zone: the as-of date when the options give none.
fn today() -> Option<NaiveDate> {
    let date = today_number();
    NaiveDate::from_ymd_opt(i32::try_from(date / 10_000).ok()?, date / 100 % 100, date % 100)
}

/// The context from JS options (`undefined` or `null` for none). The clock is read only when
/// the options give no `asOf`.
pub(super) fn context(options: Option<&JsValue>) -> Result<Context, JsError> {
    context_of(&options_of(options)?)
}

/// The context from JS options, for a call that answers in words: its locale's texts must be
/// loaded.
pub(super) fn speaking_context(options: Option<&JsValue>) -> Result<Context, JsError> {
    let context = context(options)?;
    super::texts::require(context.locale)?;
    Ok(context)
}

/// A validator of `kind` forms with `options`, their mapping included.
pub(super) fn validator(kind: Kind, options: Option<&JsValue>) -> Result<Validator, JsError> {
    let mut options = options_of(options)?;
    let context = context_of(&options)?;
    super::texts::require(context.locale)?;
    let validator = Validator::new(kind, context);
    match options.mapping.take() {
        Some(mapping) => validator.with_mapping(mapping).map_err(|error| refusal(&error)),
        None => Ok(validator),
    }
}

fn options_of(options: Option<&JsValue>) -> Result<Options, JsError> {
    match options.filter(|o| !o.is_undefined() && !o.is_null()) {
        None => Ok(Options::default()),
        Some(options) => match read(options, MAX_INPUT_BYTES)? {
            Json::Text(text) => Options::from_json(&text).map_err(|error| refusal(&error)),
            Json::TooLarge => Err(refusal(&OptionsError::TooLarge)),
            Json::TooDeep => Err(refusal(&OptionsError::TooDeep)),
        },
    }
}

fn context_of(options: &Options) -> Result<Context, JsError> {
    let today = if options.as_of.is_none() { today() } else { None };
    Context::from_options(options, today).map_err(|error| refusal(&error))
}

// `JSON.stringify` in a function that never throws: an exception thrown into the module would
// unwind through its frames and lose their stack. What the module must not copy (a text over
// `max` UTF-16 units, which is at least as many UTF-8 bytes) is measured here and stays in
// JavaScript. The answer is the text's length in UTF-16 units, the text held for `take_text`,
// or why there is none: -1 not JSON (a cycle, a BigInt, a getter, trap or `toJSON` that
// throws, a function), -2 too large, -3 too deep for JavaScript's stack (V8 and WebKit throw a
// RangeError, Firefox an InternalError), -4 the page left too little stack to write even a
// small value. Every step after the catch is guarded too: a thrown value can be a Proxy whose
// traps throw. `take_text` writes the held text straight into the module's memory with
// `encodeInto`: a string crossing as a `String` is copied one character at a time in
// JavaScript, which cost a form as much as `JSON.stringify` itself.
#[wasm_bindgen(inline_js = "
const PROBE = JSON.parse('['.repeat(32) + ']'.repeat(32));
const ENCODER = new TextEncoder();
let held = '';
export function json_text(value, max) {
  let error;
  try {
    const text = JSON.stringify(value);
    if (typeof text !== 'string') return -1;
    if (text.length > max) return -2;
    held = text;
    return text.length;
  } catch (thrown) {
    error = thrown;
  }
  try {
    if (!(error instanceof RangeError) && error?.name !== 'InternalError') return -1;
  } catch (_) {
    return -1;
  }
  try {
    JSON.stringify(PROBE);
    return -3;
  } catch (_) {
    return -4;
  }
}
export function take_text(bytes) {
  const written = ENCODER.encodeInto(held, bytes).written;
  held = '';
  return written;
}
export function short_text(value, max) {
  return typeof value !== 'string' ? undefined : value.length > max ? 1 : value;
}
export function today_number() {
  const now = new Date();
  return now.getFullYear() * 10000 + (now.getMonth() + 1) * 100 + now.getDate();
}
export function parse_json(text) {
  try {
    return JSON.parse(text);
  } catch (_) {
    return undefined;
  }
}")]
extern "C" {
    /// The length of `value`'s JSON text, which [`take_text`] then takes, or a negative number
    /// that says why there is none (see above).
    fn json_text(value: &JsValue, max: usize) -> i32;
    /// Writes the text [`json_text`] held as UTF-8 into `bytes`, which has room for it, and
    /// answers how many bytes it wrote.
    fn take_text(bytes: &mut [u8]) -> usize;
    /// `value` when it is a string of at most `max` UTF-16 units, `1` for a longer string,
    /// `undefined` for anything else.
    fn short_text(value: &JsValue, max: usize) -> JsValue;
    /// Today in the browser's time zone as the number `yyyymmdd`.
    fn today_number() -> u32;
    /// `JSON.parse` of a text the module wrote, or `undefined` when it throws: the text is JSON,
    /// but a page short of memory or stack can still make the engine throw, and nothing may
    /// throw through the module's frames.
    fn parse_json(text: &str) -> JsValue;
}

/// What the module read of a JS value: its JSON text, or why it did not copy it.
pub(super) enum Json {
    /// The JSON text.
    Text(String),
    /// Longer than the bound: left in JavaScript.
    TooLarge,
    /// Nested deeper than `JSON.stringify` can write.
    TooDeep,
}

impl Json {
    /// As the decoder takes it.
    pub(super) fn text(&self) -> Text<'_> {
        match self {
            Self::Text(text) => Text::Json(text),
            Self::TooLarge => Text::TooLarge,
            Self::TooDeep => Text::TooDeep,
        }
    }
}

/// Reads a JS value through [`json_text`], at most `max` UTF-16 units. The one call into
/// JavaScript that runs page code (getters, `toJSON`, a Proxy's traps).
pub(super) fn read(value: &JsValue, max: usize) -> Result<Json, JsError> {
    let not_json = || {
        JsError::new(
            "the value cannot be read as JSON (a cycle, a BigInt, a function, or a getter, trap or toJSON that throws)",
        )
    };
    match json_text(value, max) {
        -2 => Ok(Json::TooLarge),
        -3 => Ok(Json::TooDeep),
        -4 => Err(JsError::new("too little JavaScript stack left to read the value: call from a shallower place")),
        length => {
            let units = usize::try_from(length).map_err(|_| not_json())?;
            super::utf8::utf8_of(value, units, |_, bytes| take_text(bytes)).map(Json::Text).ok_or_else(not_json)
        }
    }
}

/// A JS string of at most `max` UTF-16 units: `Ok(None)` for anything that is not a string,
/// `Err(())` for a longer one, which stays in JavaScript.
pub(super) fn text_of(value: &JsValue, max: usize) -> Result<Option<String>, ()> {
    let answer = short_text(value, max);
    match answer.as_string() {
        Some(text) => Ok(Some(text)),
        None if answer.is_undefined() => Ok(None),
        None => Err(()),
    }
}

/// A form as JSON text (or what stood in its way: too large, too deep, which are issues at the
/// form); anything but a plain object is an error. Whether a form is a list is read from its
/// JSON (a Proxy cannot make `Array.isArray` throw here).
pub(super) fn form_json(form: &JsValue) -> Result<Json, JsError> {
    let not_an_object = || refusal(&InputError::NotAnObject);
    if !form.is_object() {
        return Err(not_an_object());
    }
    let json = read(form, MAX_INPUT_BYTES)?;
    if matches!(&json, Json::Text(text) if !text.starts_with('{')) {
        return Err(not_an_object());
    }
    Ok(json)
}

/// A core value as a plain JS value: its JSON text, parsed by the engine's own parser, which
/// builds the objects faster than calls from wasm would, one property at a time.
// A trait object: one copy of this for every answer's type.
pub(super) fn to_js(value: &dyn Answer) -> Result<JsValue, JsError> {
    // Sized for a report with a few dozen issues, so the text is not copied as it grows.
    let mut text = String::with_capacity(16 * 1024);
    value.write(&mut text);
    let value = parse_json(&text);
    if value.is_undefined() {
        return Err(JsError::new("internal error: report not parseable"));
    }
    Ok(value)
}

/// What [`to_js`] takes: [`ToJson`] without its `to_json`, which a `dyn ToJson`'s vtable would
/// carry for every answer's type although the module never calls it.
pub(super) trait Answer {
    /// [`ToJson::write_json`].
    fn write(&self, out: &mut String);
}

impl<T: ToJson + ?Sized> Answer for T {
    fn write(&self, out: &mut String) {
        self.write_json(out);
    }
}

/// An input error as a JS `Error`.
pub(super) fn input_error(error: InputError) -> JsError {
    refusal(&error)
}

/// A refusal as a JS `Error` with its text.
#[inline(never)]
pub(super) fn refusal(error: &dyn Refusal) -> JsError {
    JsError::new(&error.text())
}

/// An error a call is refused with. Its text is taken from the error's own `message`, not from
/// its `Display`: a `Formatter` would bring the formatting machinery into the module.
pub(super) trait Refusal {
    /// What [`std::fmt::Display`] writes.
    fn text(&self) -> Cow<'static, str>;
}

impl Refusal for OptionsError {
    fn text(&self) -> Cow<'static, str> {
        self.message().into()
    }
}

impl Refusal for MappingError {
    fn text(&self) -> Cow<'static, str> {
        self.message().into()
    }
}

impl Refusal for PathError {
    fn text(&self) -> Cow<'static, str> {
        self.message().into()
    }
}

impl Refusal for InputError {
    fn text(&self) -> Cow<'static, str> {
        self.message().into()
    }
}

impl Refusal for UnknownKind {
    fn text(&self) -> Cow<'static, str> {
        Self::MESSAGE.into()
    }
}

/// A field's path in `validator`'s form: a path of the portal's form when it has a mapping
/// (text or a list of keys and indexes), else the wire's. A path that names no field throws.
pub(super) fn field_path_in(kind: Kind, mapping: Option<&Mapping>, value: &JsValue) -> Result<Path, JsError> {
    let Some(mapping) = mapping else { return field_path_of(kind, value) };
    match path_text(value)? {
        PathText::Text(text) => mapping.wire_path(kind, &text),
        PathText::List(json) => mapping.wire_path_of_list(kind, &json),
    }
    .map_err(|error| refusal(&error))
}

/// The path a JS value names, refused when it names no field of a `kind` form: a misspelt path
/// would otherwise always have no issues.
pub(super) fn field_path_of(kind: Kind, value: &JsValue) -> Result<Path, JsError> {
    let path = path_of(value)?;
    if kind.names_field(&path) {
        Ok(path)
    } else {
        Err(refusal(&PathError::NoSuchField))
    }
}

/// A path given as text (`experience[1].to`) or as segments (`["experience", 1, "to"]`).
pub(super) fn path_of(value: &JsValue) -> Result<Path, JsError> {
    match path_text(value)? {
        PathText::Text(text) => Path::parse(&text),
        PathText::List(json) => Path::from_json(&json),
    }
    .map_err(|error| refusal(&error))
}

/// How a JS value gives a path.
pub(super) enum PathText {
    /// As text.
    Text(String),
    /// As a list, in its JSON text.
    List(String),
}

/// The text of a path, or of its list of segments; what is too long or too deep is refused.
pub(super) fn path_text(value: &JsValue) -> Result<PathText, JsError> {
    let refused = |error: PathError| Err(refusal(&error));
    match text_of(value, MAX_PATH_CHARS) {
        Ok(Some(text)) => return Ok(PathText::Text(text)),
        Ok(None) => {}
        Err(()) => return refused(PathError::TooLong),
    }
    // Segments are read from their JSON, not by iterating the JS value: an iterator or a
    // Proxy's trap that throws then fails `JSON.stringify`, which catches.
    match read(value, MAX_PATH_CHARS)? {
        Json::Text(text) => Ok(PathText::List(text)),
        Json::TooLarge => refused(PathError::TooLong),
        Json::TooDeep => refused(PathError::Malformed),
    }
}
