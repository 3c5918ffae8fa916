//! The widget's own site: the hosted demo page and what only it uses (the
//! address, the embed generator and the snippet it writes). The card itself
//! is the `role-compare` library.

pub mod snippet;

#[cfg(target_arch = "wasm32")]
pub mod demo;
