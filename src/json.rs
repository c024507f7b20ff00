//! JSON text of what the library answers, written straight from the typed values.
//!
//! One writer for every answer (reports, session changes, identifier checks, holidays), used by
//! the wasm module and by native callers alike, so the bytes are the same everywhere. It writes
//! what serde_json writes for the same values (field order, escapes, skipped empty options): a
//! test compares the two on every fixture. A writer of its own keeps serde_json's generic
//! serializer and its float formatting out of the wasm module and writes a report in one pass.

/// A value the library answers with, as JSON text.
pub trait ToJson {
    /// Appends this value's JSON to `out`.
    fn write_json(&self, out: &mut String);

    /// This value's JSON.
    fn to_json(&self) -> String {
        let mut out = String::with_capacity(1024);
        self.write_json(&mut out);
        out
    }
}

/// An object being written: fields go in the order they are given, as serde writes a struct.
pub(crate) struct Object<'a> {
    out: &'a mut String,
    first: bool,
}

impl<'a> Object<'a> {
    /// Opens an object.
    pub(crate) fn new(out: &'a mut String) -> Self {
        out.push('{');
        Self { out, first: true }
    }

    /// A field named by a wire name (plain ASCII, never escaped).
    pub(crate) fn field(&mut self, name: &str, value: &(impl ToJson + ?Sized)) -> &mut Self {
        self.name(name);
        value.write_json(self.out);
        self
    }

    /// A field written only when it has a value (serde's `skip_serializing_if = "Option::is_none"`).
    pub(crate) fn optional<T: ToJson>(&mut self, name: &str, value: &Option<T>) -> &mut Self {
        if let Some(value) = value {
            self.field(name, value);
        }
        self
    }

    fn name(&mut self, name: &str) {
        if !self.first {
            self.out.push(',');
        }
        self.first = false;
        self.out.push('"');
        self.out.push_str(name);
        self.out.push_str("\":");
    }

    /// Closes the object.
    pub(crate) fn end(self) {
        self.out.push('}');
    }
}

/// Writes `text` as a JSON string with serde_json's escapes: `"`, `\` and control characters;
/// everything else (non-ASCII included) as it is.
pub(crate) fn write_str(text: &str, out: &mut String) {
    out.push('"');
    let mut run_start = 0;
    for (at, byte) in text.bytes().enumerate() {
        let escape = match byte {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            b'\n' => "\\n",
            b'\r' => "\\r",
            b'\t' => "\\t",
            0x08 => "\\b",
            0x0c => "\\f",
            0..=0x1f => "",
            _ => continue,
        };
        out.push_str(text.get(run_start..at).unwrap_or_default());
        if escape.is_empty() {
            const HEX: &[u8; 16] = b"0123456789abcdef";
            out.push_str("\\u00");
            out.push(char::from(HEX.get(usize::from(byte >> 4)).copied().unwrap_or(b'0')));
            out.push(char::from(HEX.get(usize::from(byte & 0xf)).copied().unwrap_or(b'0')));
        } else {
            out.push_str(escape);
        }
        run_start = at + 1;
    }
    out.push_str(text.get(run_start..).unwrap_or_default());
    out.push('"');
}

impl ToJson for str {
    fn write_json(&self, out: &mut String) {
        write_str(self, out);
    }
}

impl ToJson for String {
    fn write_json(&self, out: &mut String) {
        write_str(self, out);
    }
}

impl ToJson for &str {
    fn write_json(&self, out: &mut String) {
        write_str(self, out);
    }
}

impl ToJson for bool {
    fn write_json(&self, out: &mut String) {
        out.push_str(if *self { "true" } else { "false" });
    }
}

impl ToJson for i64 {
    fn write_json(&self, out: &mut String) {
        out.push_str(itoa::Buffer::new().format(*self));
    }
}

impl ToJson for u32 {
    fn write_json(&self, out: &mut String) {
        out.push_str(itoa::Buffer::new().format(*self));
    }
}

impl<T: ToJson> ToJson for [T] {
    fn write_json(&self, out: &mut String) {
        out.push('[');
        for (at, item) in self.iter().enumerate() {
            if at > 0 {
                out.push(',');
            }
            item.write_json(out);
        }
        out.push(']');
    }
}

impl<T: ToJson> ToJson for Vec<T> {
    fn write_json(&self, out: &mut String) {
        self.as_slice().write_json(out);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_escape_as_serde_json_does() {
        let text = "a\"b\\c\nd\re\tf\u{8}g\u{c}h\u{1}i\u{1f}j\u{7f}k/é😀";
        assert_eq!(text.to_json(), serde_json::to_string(text).unwrap_or_default());
        assert_eq!("".to_json(), "\"\"");
    }

    #[test]
    fn numbers_and_lists_as_serde_json_writes_them() {
        assert_eq!(i64::MIN.to_json(), i64::MIN.to_string());
        assert_eq!(vec![1_i64, -2, 3].to_json(), "[1,-2,3]");
        assert_eq!(Vec::<i64>::new().to_json(), "[]");
    }
}
