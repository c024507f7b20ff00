//! The JavaScript face of the library: converts JS values to the core's JSON and back, and
//! forwards. No rule lives here.
//!
//! Forms cross the boundary as JSON (`JSON.stringify` in, `JSON.parse` out): the core then
//! sees exactly what the back office sees, so a report is byte for byte the same in both, and
//! a deeply nested or cyclic value fails inside JavaScript's own serializer, not in Rust.

// talc in place of the standard library's dlmalloc: 1.4 KB smaller gzipped and no slower
// (docs/decisions.md). The module is single-threaded, which `WasmDynamicTalc` requires.
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

mod convert;
pub mod exports;
pub mod texts;
mod utf8;
pub mod validator;

// The mapping's JSON has no Rust type of its own to derive from: the core reads it with its own
// reader (`crate::mapping`), so its TypeScript shape is declared here, once.
#[wasm_bindgen::prelude::wasm_bindgen(typescript_custom_section)]
const MAPPING_TYPES: &str = r#"
/** A value of the portal's form and the wire's value it stands for. */
export type MappedValue = string | number | boolean | null;

/**
 * A portal's form shape mapped to the wire's (`options.mapping`): each key of `fields` a path
 * of the portal's form (`"ervaring[*].tot"`, `[*]` for any row), each value the wire path
 * (`"experience[*].to"`) or `{ path, values }`; `values` maps the portal's values for every
 * field (`{ "ja": true, "nee": false }`). Forms are then given in the portal's shape, and each
 * issue carries `portalPath`.
 */
export interface Mapping {
  fields?: Record<string, string | { path: string; values?: Record<string, MappedValue> }>;
  values?: Record<string, MappedValue>;
}
"#;
