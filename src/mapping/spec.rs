//! Reading a mapping from its JSON:
//! `{ "fields": { "<portal path>": "<wire path>" | { "path": "<wire path>", "values": {…} } },
//! "values": {…} }`. A mapping is a portal's configuration, not a user's typing: anything that
//! does not fit is refused whole, naming the entry.

use super::pattern;
use super::values::{Scalar, ValueTable};
use super::{Entry, MappingError};
use crate::model::bounds::MAX_INPUT_BYTES;
use crate::model::decode::reader::{Read, Reader, Token};
use std::borrow::Cow;

/// The entries and the mapping-wide value table, as written.
pub(super) fn read(text: &str) -> Result<(Vec<Entry>, Option<ValueTable>), MappingError> {
    if text.len() > MAX_INPUT_BYTES {
        return Err(MappingError::TooLarge);
    }
    let mut reader = Reader::new(text);
    let mut entries = Vec::new();
    let mut values = None;
    let read = (|| -> Result<(), MappingError> {
        object(
            &mut reader,
            &mut on_key(|reader, key| match key {
                "fields" => object(
                    reader,
                    &mut on_key(|reader, portal| {
                        entries.push(entry(reader, portal)?);
                        Ok(())
                    }),
                ),
                "values" => {
                    values = Some(table(reader, "mapping.values")?);
                    Ok(())
                }
                _ => Err(MappingError::Malformed),
            }),
        )?;
        reader.end().map_err(malformed)
    })();
    read.map(|()| (entries, values))
}

fn malformed<E>(_: E) -> MappingError {
    MappingError::Malformed
}

/// What [`object`] hands each key to, to read its value.
// Not `dyn FnMut`: its vtable would also carry the closure's `call_once`, a second copy of the
// closure's body that nothing calls.
trait OnKey {
    /// Reads the value of `key`.
    fn key(&mut self, reader: &mut Reader<'_>, key: &str) -> Result<(), MappingError>;
}

impl<F: FnMut(&mut Reader<'_>, &str) -> Result<(), MappingError>> OnKey for F {
    fn key(&mut self, reader: &mut Reader<'_>, key: &str) -> Result<(), MappingError> {
        self(reader, key)
    }
}

/// `on_key` as it is: gives a closure the signature an [`OnKey`] needs, which its own bound
/// cannot infer.
fn on_key<F: FnMut(&mut Reader<'_>, &str) -> Result<(), MappingError>>(on_key: F) -> F {
    on_key
}

/// Reads an object, handing each key to `field` (which reads its value).
fn object(reader: &mut Reader<'_>, field: &mut dyn OnKey) -> Result<(), MappingError> {
    if reader.peek().map_err(malformed)? != Token::Object {
        return Err(MappingError::Malformed);
    }
    reader.begin_object().map_err(malformed)?;
    let mut first = true;
    while let Some(key) = reader.next_key(first).map_err(malformed)? {
        first = false;
        field.key(reader, &key)?;
    }
    Ok(())
}

/// One entry of `fields`: a wire path, or `{ path, values }`.
fn entry(reader: &mut Reader<'_>, portal: &str) -> Result<Entry, MappingError> {
    let bad_target = || MappingError::BadTarget(portal.into());
    let portal_pattern = pattern::parse(portal).ok_or_else(|| MappingError::BadPortalPath(portal.into()))?;
    let (wire_text, values) = match reader.peek().map_err(malformed)? {
        Token::String => (reader.string().map_err(malformed)?, None),
        Token::Object => {
            let mut path = None;
            let mut values = None;
            let mut where_values = String::from("mapping.fields[");
            crate::json::write_str(portal, &mut where_values);
            where_values.push_str("].values");
            object(
                reader,
                &mut on_key(|reader, key| match key {
                    "path" if reader.peek().ok() == Some(Token::String) => {
                        path = Some(reader.string().map_err(malformed)?.into_owned());
                        Ok(())
                    }
                    "values" => {
                        values = Some(table(reader, &where_values)?);
                        Ok(())
                    }
                    _ => Err(bad_target()),
                }),
            )?;
            (Cow::Owned(path.ok_or_else(bad_target)?), values)
        }
        _ => return Err(bad_target()),
    };
    let wire = pattern::parse(&wire_text).ok_or_else(bad_target)?;
    if pattern::rows(&wire) != pattern::rows(&portal_pattern) {
        return Err(MappingError::RowsDiffer(portal.into()));
    }
    Ok(Entry { portal: portal_pattern, wire, values })
}

/// A value table: each key a portal's value, each value the wire's (text, number, yes or no,
/// or `null` for no answer).
fn table(reader: &mut Reader<'_>, at: &str) -> Result<ValueTable, MappingError> {
    let mut entries = Vec::new();
    object(
        reader,
        &mut on_key(|reader, raw| {
            let wire = scalar(reader).map_err(malformed)?.ok_or_else(|| {
                let mut entry = String::from(at);
                entry.push('[');
                crate::json::write_str(raw, &mut entry);
                entry.push(']');
                MappingError::BadValue(entry)
            })?;
            entries.push((raw.to_owned(), wire));
            Ok(())
        }),
    )?;
    Ok(ValueTable { entries })
}

/// A value that is no list or group; `None` (the value left unread) for a list or group.
pub(super) fn scalar(reader: &mut Reader<'_>) -> Read<Option<Scalar>> {
    Ok(Some(match reader.peek()? {
        Token::Null => {
            reader.null()?;
            Scalar::Null
        }
        Token::Bool => Scalar::Bool(reader.bool()?),
        Token::Number => Scalar::Number(reader.number()?.to_owned()),
        Token::String => Scalar::Text(reader.string()?.into_owned()),
        Token::Array | Token::Object => return Ok(None),
    }))
}
