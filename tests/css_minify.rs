//! The build-time stylesheet minifier (`build/css.rs`, used by `build.rs`),
//! tested natively: its own unit tests run as part of this test crate.
#![cfg(not(target_arch = "wasm32"))]

#[path = "../build/css.rs"]
mod css;
