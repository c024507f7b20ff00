//! The size of a form, the same however its JSON was written.
//!
//! The bound of [`MAX_INPUT_BYTES`] is on the form, not on its spelling: its size is the
//! length in UTF-8 bytes of the JSON text `JSON.stringify` writes for it (what a browser hands
//! over). Whitespace between values does not count, nor does an escape count more than the
//! character `JSON.stringify` writes for it: the same form, compact or pretty-printed, on an
//! NDJSON line or in a file, gets the same verdict in the browser and in the command line.
//! Numbers count as written.

use crate::model::bounds::MAX_INPUT_BYTES;

/// Whether `text` holds a form (or a value) within [`MAX_INPUT_BYTES`]. Only a text longer
/// than the bound is measured: no spelling makes a value larger than `JSON.stringify` writes it.
pub(crate) fn fits(text: &str) -> bool {
    text.len() <= MAX_INPUT_BYTES || size(text) <= MAX_INPUT_BYTES
}

/// The size of the value in `text` (see the module docs). Text that is not JSON is measured
/// all the same; the reader refuses it after.
pub(crate) fn size(text: &str) -> usize {
    let bytes = text.as_bytes();
    let (mut size, mut at, mut in_string) = (0, 0, false);
    while let Some(&byte) = bytes.get(at) {
        at += 1;
        if !in_string {
            if !matches!(byte, b' ' | b'\t' | b'\n' | b'\r') {
                size += 1;
                in_string = byte == b'"';
            }
            continue;
        }
        match byte {
            b'"' => {
                size += 1;
                in_string = false;
            }
            b'\\' => {
                let escape = bytes.get(at).copied();
                at += 1;
                size += match escape {
                    Some(b'u') => {
                        let unit = bytes.get(at..at + 4).and_then(hex);
                        at += 4;
                        unit.map_or(6, escaped_unit)
                    }
                    // `\/` is written `/`; the others as they are.
                    Some(b'/') => 1,
                    _ => 2,
                };
            }
            _ => size += 1,
        }
    }
    size
}

/// Four hex digits as a number.
fn hex(digits: &[u8]) -> Option<u32> {
    digits.iter().try_fold(0, |value, &b| Some(value * 16 + char::from(b).to_digit(16)?))
}

/// How many bytes `JSON.stringify` writes for the UTF-16 unit of a `\uXXXX` escape: a
/// control character or a surrogate as the escape again (a surrogate pair is two units: 2
/// bytes each for its 4 UTF-8 bytes), the rest as UTF-8.
fn escaped_unit(unit: u32) -> usize {
    match unit {
        0x08 | 0x09 | 0x0a | 0x0c | 0x0d | 0x22 | 0x5c => 2,
        0..=0x1f => 6,
        0x20..=0x7f => 1,
        0x80..=0x7ff => 2,
        // A pair's two escapes make one 4-byte character; a lone surrogate stays escaped
        // (counted as a pair's half: the rare lone one is a little under-counted).
        0xd800..=0xdfff => 2,
        _ => 3,
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::size;

    #[test]
    fn a_value_s_size_is_that_of_its_compact_text() {
        let pretty = "{\n  \"name\": \"An Peeters\",\n  \"list\": [ 1, 2 ]\n}\n";
        let compact = r#"{"name":"An Peeters","list":[1,2]}"#;
        assert_eq!(size(pretty), compact.len());
        assert_eq!(size(compact), compact.len());
        // Spaces inside a text count; escapes count as JSON.stringify writes them.
        assert_eq!(size(r#""a b""#), 5);
        assert_eq!(size(r#""\u00e9\/\n\u0001\ud83d\ude00""#), "\"é/\\n\\u0001😀\"".len());
    }
}
