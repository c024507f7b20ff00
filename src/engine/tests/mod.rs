//! Tests of the engine against every fixture and systematic variants of them.

mod applicability;
mod reads;
#[path = "../../../tests/support/variants.rs"]
mod variants;
