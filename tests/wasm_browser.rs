//! The wasm boundary tests, run in headless Chromium (`wasm-bindgen-test-runner` with
//! chromedriver).
#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);

#[path = "wasm/boundary.rs"]
mod boundary;

#[path = "wasm/session.rs"]
mod session;

#[path = "wasm/hostile.rs"]
mod hostile;
