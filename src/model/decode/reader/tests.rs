#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

use super::{Reader, Token};
use crate::model::decode::InputError;
use std::borrow::Cow;

fn string(json: &str) -> Result<String, InputError> {
    let mut reader = Reader::new(json);
    let text = reader.string()?.into_owned();
    reader.end()?;
    Ok(text)
}

fn skipped(json: &str) -> Result<(), InputError> {
    let mut reader = Reader::new(json);
    reader.skip_value()?;
    reader.end()
}

#[test]
fn a_string_without_escapes_is_borrowed() {
    assert!(matches!(Reader::new(r#""Sara Janssens""#).string(), Ok(Cow::Borrowed("Sara Janssens"))));
    assert!(matches!(Reader::new(r#""""#).string(), Ok(Cow::Borrowed(""))));
    assert_eq!(string(r#""één €""#).unwrap(), "één €");
}

#[test]
fn every_escape_is_read() {
    assert_eq!(string(r#""a\"b\\c\/d\be\ff\ng\rh\ti""#).unwrap(), "a\"b\\c/d\u{8}e\u{c}f\ng\rh\ti");
    assert_eq!(string(r#""caf\u00e9 \u20AC""#).unwrap(), "café €");
    assert_eq!(string(r#""\u0000""#).unwrap(), "\0");
}

#[test]
fn a_surrogate_pair_is_one_character() {
    assert_eq!(string(r#""\ud83d\ude00!""#).unwrap(), "😀!");
    assert_eq!(string(r#""\uD834\uDD1E""#).unwrap(), "𝄞");
}

#[test]
fn a_lone_surrogate_becomes_the_replacement_character() {
    assert_eq!(string(r#""\udc00""#).unwrap(), "\u{fffd}");
    assert_eq!(string(r#""a\ud800b""#).unwrap(), "a\u{fffd}b");
    assert_eq!(string(r#""\ud800""#).unwrap(), "\u{fffd}");
    // A high surrogate followed by an escape that is not a low one: both are kept apart.
    assert_eq!(string(r#""\ud800\u0041""#).unwrap(), "\u{fffd}A");
    assert_eq!(string(r#""\ud800\ud83d\ude00""#).unwrap(), "\u{fffd}😀");
    assert_eq!(string(r#""\ude00\ud83d""#).unwrap(), "\u{fffd}\u{fffd}");
    assert_eq!(skipped(r#"["\udc00", "\ud800"]"#), Ok(()));
}

#[test]
fn a_malformed_string_is_not_json() {
    for json in [r#""\x""#, r#""\u12G4""#, r#""\u12""#, "\"a\nb\"", "\"open", "\"\\", r#""\ud800\u12""#] {
        assert_eq!(string(json), Err(InputError::NotJson), "{json:?}");
        assert_eq!(skipped(json), Err(InputError::NotJson), "{json:?}");
    }
}

#[test]
fn numbers_are_read_as_their_text() {
    for json in ["0", "-0", "7", "-3", "12.5", "12.5e-3", "1E+2", "1e400", "123456789012345678901234567890"] {
        let mut reader = Reader::new(json);
        assert_eq!(reader.peek(), Ok(Token::Number), "{json}");
        assert_eq!(reader.number(), Ok(json), "{json}");
        assert_eq!(reader.end(), Ok(()), "{json}");
    }
    for json in ["01", "1.", ".5", "-", "1e", "1e+", "+1", "0x10", "1.5.5", "NaN", "-Infinity"] {
        assert_eq!(skipped(json), Err(InputError::NotJson), "{json}");
    }
}

#[test]
fn literals_are_read() {
    let mut reader = Reader::new(" [ true , false , null ] ");
    reader.begin_array().unwrap();
    assert!(reader.next_item(true).unwrap());
    assert_eq!(reader.peek(), Ok(Token::Bool));
    assert_eq!(reader.bool(), Ok(true));
    assert!(reader.next_item(false).unwrap());
    assert_eq!(reader.bool(), Ok(false));
    assert!(reader.next_item(false).unwrap());
    assert_eq!(reader.peek(), Ok(Token::Null));
    assert_eq!(reader.null(), Ok(()));
    assert!(!reader.next_item(false).unwrap());
    assert_eq!(reader.end(), Ok(()));
    for json in ["tru", "nul", "True", "falsey"] {
        assert_eq!(skipped(json), Err(InputError::NotJson), "{json}");
    }
}

#[test]
fn objects_are_read_key_by_key() {
    let mut reader = Reader::new(r#"{ "a" : 1, "b\u0063" : {} }"#);
    reader.begin_object().unwrap();
    assert_eq!(reader.next_key(true).unwrap().as_deref(), Some("a"));
    assert_eq!(reader.number(), Ok("1"));
    assert_eq!(reader.next_key(false).unwrap().as_deref(), Some("bc"));
    reader.skip_value().unwrap();
    assert_eq!(reader.next_key(false).unwrap(), None);
    assert_eq!(reader.end(), Ok(()));
    let mut empty = Reader::new("{}");
    empty.begin_object().unwrap();
    assert_eq!(empty.next_key(true).unwrap(), None);
}

#[test]
fn skipping_checks_the_syntax() {
    for json in [r#"{"a":[1,{"b":null}],"c":"d"}"#, "[]", "{}", "[[],{}]", " 1 ", r#""x""#] {
        assert_eq!(skipped(json), Ok(()), "{json}");
    }
    for json in ["[}", "{]", "[1,]", "[,1]", "{\"a\" 1}", "{\"a\":1,}", "{1:2}", "[1 2]", "[", "{\"a\":", "]"] {
        assert_eq!(skipped(json), Err(InputError::NotJson), "{json}");
    }
}

#[test]
fn nesting_of_100_000_levels_is_skipped_without_stack() {
    let arrays = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    let objects = format!("{}1{}", r#"{"a":"#.repeat(100_000), "}".repeat(100_000));
    let unbalanced = format!("{}{}", "[".repeat(100_000), "]".repeat(99_999));
    // A small stack: a recursive skip would overflow it within a few thousand levels.
    let outcome = std::thread::Builder::new()
        .stack_size(64 * 1024)
        .spawn(move || (skipped(&arrays), skipped(&objects), skipped(&unbalanced)))
        .unwrap()
        .join()
        .unwrap();
    assert_eq!(outcome, (Ok(()), Ok(()), Err(InputError::NotJson)));
}

#[test]
fn trailing_garbage_and_empty_input_are_not_json() {
    assert_eq!(skipped("{} x"), Err(InputError::NotJson));
    assert_eq!(skipped("{}{}"), Err(InputError::NotJson));
    assert_eq!(skipped("1 2"), Err(InputError::NotJson));
    assert_eq!(skipped(""), Err(InputError::NotJson));
    assert_eq!(skipped("  \n "), Err(InputError::NotJson));
    assert_eq!(skipped(" \t{}\r\n"), Ok(()));
}

#[test]
fn a_word_ends_a_run_exactly_when_one_of_its_bytes_does() {
    let ends = |b: u8| b == b'"' || b == b'\\' || b < 0x20;
    for filler in [b'a', b' ', 0xC3, 0x80, 0xFF, b'!', b'#'] {
        for at in 0..8 {
            for byte in 0..=255u8 {
                let mut bytes = [filler; 8];
                bytes[at] = byte;
                let expected = bytes.iter().any(|b| ends(*b));
                assert_eq!(super::ends_run(u64::from_le_bytes(bytes)), expected, "{bytes:?}");
            }
        }
    }
}

#[test]
fn long_strings_with_escapes_anywhere_read_whole() {
    for at in 0..20 {
        let mut text = "é".repeat(7) + &"x".repeat(13);
        text.insert_str(text.char_indices().nth(at).map_or(text.len(), |(i, _)| i), "\\\"");
        let json = format!("\"{text}\"");
        let mut reader = Reader::new(&json);
        let read = reader.string().unwrap();
        assert_eq!(read.chars().filter(|c| *c == '"').count(), 1, "{json}");
        assert_eq!(read.chars().count(), 21);
    }
}
