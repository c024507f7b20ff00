//! Tests of the engine against every fixture and systematic variants of them.

mod reads;
mod variants;
