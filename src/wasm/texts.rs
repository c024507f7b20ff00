//! The texts the page loads (`loadTexts`), and the check that a call's locale has them: a
//! message is never rendered from a table that is not there.

use crate::locale::Locale;
use crate::texts::loaded;
use wasm_bindgen::prelude::*;

/// Takes a locale's texts (a table of the package's `texts/` entries, which `init` and
/// `loadLocale` hand over) and answers its locale. A locale loaded before keeps its texts.
#[wasm_bindgen(js_name = loadTexts, unchecked_return_type = "Locale")]
pub fn load_texts(#[wasm_bindgen(unchecked_param_type = "string")] table: JsValue) -> Result<JsValue, JsError> {
    let table =
        table.as_string().ok_or_else(|| JsError::new("maatwerk: texts must be a table of the package's texts/"))?;
    let locale = loaded::load(table).map_err(|error| JsError::new(&error.message()))?;
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
