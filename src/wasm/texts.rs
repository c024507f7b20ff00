//! The texts the page loads (`loadTexts`), and the check that a call's locale has them: a
//! message is never rendered from a table that is not there.

use crate::locale::Locale;
use crate::texts::loaded;
use wasm_bindgen::prelude::*;

// A table crosses with `encodeInto`, straight into the module's memory: as a `String` it would
// be copied one character at a time by a loop that, run once, is still interpreted (1 ms for
// the Dutch table, 6 ms for the four that Node loads at `require`).
#[wasm_bindgen(inline_js = "
const ENCODER = new TextEncoder();
export function table_length(table) {
  return typeof table === 'string' ? table.length : -1;
}
export function table_bytes(table, bytes) {
  return ENCODER.encodeInto(table, bytes).written;
}")]
extern "C" {
    /// The length of `table` in UTF-16 units, or -1 when it is no string.
    fn table_length(table: &JsValue) -> i32;
    /// Writes `table` as UTF-8 into `bytes` (3 bytes a unit at most) and answers how many
    /// bytes it wrote.
    fn table_bytes(table: &JsValue, bytes: &mut [u8]) -> usize;
}

/// Takes a locale's texts (a table of the package's `texts/` entries, which `init` and
/// `loadLocale` hand over) and answers its locale. A locale loaded before keeps its texts.
#[wasm_bindgen(js_name = loadTexts, unchecked_return_type = "Locale")]
pub fn load_texts(#[wasm_bindgen(unchecked_param_type = "string")] table: JsValue) -> Result<JsValue, JsError> {
    let not_a_table = || JsError::new("maatwerk: texts must be a table of the package's texts/");
    let units = usize::try_from(table_length(&table)).map_err(|_| not_a_table())?;
    let mut table = super::utf8::utf8_of(&table, units, table_bytes).ok_or_else(not_a_table)?;
    table.shrink_to_fit();
    let locale = loaded::load(table, crate::text_tables::groups).map_err(|error| JsError::new(&error.message()))?;
    Ok(JsValue::from_str(locale.as_str()))
}

/// `Ok` when `locale`'s texts are loaded; otherwise an error that says how to load them.
pub(super) fn require(locale: Locale) -> Result<(), JsError> {
    if cfg!(feature = "embedded-texts") || loaded::is_loaded(locale) {
        return Ok(());
    }
    // Written with `concat` alone: a `Formatter` would bring the formatting machinery into the
    // module.
    let code = locale.as_str();
    let message = [
        "maatwerk: the texts of locale \"",
        code,
        "\" are not loaded: await loadLocale(\"",
        code,
        "\") (or init({ locales: [\"",
        code,
        "\"] })) first",
    ]
    .concat();
    Err(JsError::new(&message))
}
