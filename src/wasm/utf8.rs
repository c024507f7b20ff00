//! A JS text read into the module as UTF-8, for the two readers of one: a value's JSON
//! (`convert`) and a table of texts (`texts`).

use wasm_bindgen::JsValue;

/// The text `write` encodes as UTF-8 (at most `units` UTF-16 units of `value`, and answering
/// the bytes written), or `None` when it is no UTF-8. A pointer, not a closure: the module's
/// two readers of a JS text share this one copy.
pub(super) fn utf8_of(value: &JsValue, units: usize, write: fn(&JsValue, &mut [u8]) -> usize) -> Option<String> {
    // A UTF-16 unit takes at most three bytes of UTF-8.
    let mut bytes = vec![0; units.saturating_mul(3)];
    let written = write(value, &mut bytes);
    bytes.truncate(written);
    String::from_utf8(bytes).ok()
}
