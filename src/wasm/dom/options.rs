//! `attachForm`'s options: the core's `{ asOf?, locale?, parameters? }` plus the binding's own
//! `{ debounceMs?, fieldNames?, summaryTitle? }`, split so the core only sees its own keys (it
//! refuses unknown ones).

use super::super::convert::context;
use crate::context::Context;
use crate::model::Path;
use js_sys::{Array, JSON};
use serde_json::{Map, Value};
use std::collections::BTreeMap;
use wasm_bindgen::prelude::*;

/// Default pause after the last keystroke before validating, in milliseconds.
const DEFAULT_DEBOUNCE_MS: u32 = 150;
/// Longest accepted pause: beyond it a "live" check is no longer live.
const MAX_DEBOUNCE_MS: f64 = 10_000.0;

/// What the binding itself was asked.
#[derive(Debug, Clone)]
pub(super) struct Settings {
    /// Pause after `input`/`change` before validating.
    pub debounce_ms: u32,
    /// Control name -> wire path, for portals whose controls have their own names.
    pub field_names: BTreeMap<String, Path>,
    /// Replaces the localised summary title.
    pub summary_title: Option<String>,
}

impl Default for Settings {
    fn default() -> Self {
        Self { debounce_ms: DEFAULT_DEBOUNCE_MS, field_names: BTreeMap::new(), summary_title: None }
    }
}

/// The core's context and the binding's settings from one options value.
pub(super) fn split(options: Option<&JsValue>) -> Result<(Context, Settings), JsError> {
    let Some(options) = options.filter(|o| !o.is_undefined() && !o.is_null()) else {
        return Ok((context(None)?, Settings::default()));
    };
    if !options.is_object() || Array::is_array(options) {
        return Err(JsError::new("options must be an object"));
    }
    let text = JSON::stringify(options)
        .ok()
        .and_then(|s| s.as_string())
        .ok_or_else(|| JsError::new("options cannot be read as JSON"))?;
    let Ok(Value::Object(mut map)) = serde_json::from_str::<Value>(&text) else {
        return Err(JsError::new("options must be an object"));
    };
    let settings = Settings {
        debounce_ms: debounce(map.remove("debounceMs"))?,
        field_names: field_names(map.remove("fieldNames"))?,
        summary_title: summary_title(map.remove("summaryTitle"))?,
    };
    let core = JSON::parse(&Value::Object(map).to_string())
        .map_err(|_| JsError::new("internal error: options not parseable"))?;
    Ok((context(Some(&core))?, settings))
}

fn debounce(value: Option<Value>) -> Result<u32, JsError> {
    let Some(value) = value else { return Ok(DEFAULT_DEBOUNCE_MS) };
    match value.as_f64() {
        Some(ms) if ms.is_finite() && ms >= 0.0 => {
            // Clamped and rounded first, so the cast cannot truncate.
            Ok(ms.min(MAX_DEBOUNCE_MS).round() as u32)
        }
        _ => Err(JsError::new("options.debounceMs must be a number of milliseconds (0 to 10000)")),
    }
}

fn field_names(value: Option<Value>) -> Result<BTreeMap<String, Path>, JsError> {
    let Some(value) = value else { return Ok(BTreeMap::new()) };
    let Value::Object(map) = value else {
        return Err(JsError::new("options.fieldNames must map control names to wire paths"));
    };
    names(map)
}

fn names(map: Map<String, Value>) -> Result<BTreeMap<String, Path>, JsError> {
    let mut out = BTreeMap::new();
    for (control, wire) in map {
        let path = wire.as_str().and_then(Path::parse).filter(|path| !path.segments().is_empty()).ok_or_else(|| {
            JsError::new(&format!("options.fieldNames[{control:?}] must be a wire path such as \"experience[0].from\""))
        })?;
        out.insert(control, path);
    }
    Ok(out)
}

fn summary_title(value: Option<Value>) -> Result<Option<String>, JsError> {
    match value {
        None => Ok(None),
        Some(Value::String(title)) => Ok(Some(title)),
        Some(_) => Err(JsError::new("options.summaryTitle must be a string")),
    }
}
