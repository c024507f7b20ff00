//! The custom events the binding dispatches on the form.

use wasm_bindgen::JsValue;
use web_sys::{CustomEvent, CustomEventInit, HtmlFormElement};

/// After every validation, with the Report in `detail`: what a requirement panel listens to.
pub(super) const REPORT: &str = "maatwerk:report";
/// On a submit without errors when the form has no `action`, with the Report in `detail`: the
/// page sends the data itself.
pub(super) const VALID: &str = "maatwerk:valid";

/// Dispatches `name` on the form; it bubbles, so a listener on `document` hears it too.
pub(super) fn dispatch(form: &HtmlFormElement, name: &str, detail: &JsValue) -> Result<(), JsValue> {
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_detail(detail);
    let event = CustomEvent::new_with_event_init_dict(name, &init)?;
    form.dispatch_event(&event)?;
    Ok(())
}
