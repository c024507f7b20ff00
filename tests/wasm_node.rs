//! The wasm boundary tests, run in Node (`wasm-bindgen-test-runner`).
#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

#[path = "wasm/boundary.rs"]
mod boundary;

#[path = "wasm/session.rs"]
mod session;

#[path = "wasm/hostile.rs"]
mod hostile;
