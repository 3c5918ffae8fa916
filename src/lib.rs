//! role-compare: a side-by-side comparison card for operations and
//! supply-chain job roles, built with Leptos and shipped as WebAssembly.
//!
//! The flow, module by module:
//! 1. [`dataset`]: the typed model and the validator (`parse_dataset`);
//! 2. [`builtin`]: the shipped `data/roles.json`, checked and embedded at build time;
//! 3. [`selection`]: outside input (attributes, the address) parsed into role ids;
//! 4. [`compare`]: the comparison of a pair, with its key differences;
//! 5. [`card`]: everything the card shows, as plain data;
//! 6. `components` (browser only): the Leptos views that display a comparison;
//! 7. `embed` (browser only): the custom element's side, with the card's
//!    stylesheet ([`css`] minifies it for `build.rs`);
//! 8. `main.rs`: mounts the demo page.

// Outside input must never crash the widget: no unwrap, expect, panic or unchecked
// indexing outside tests.
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::indexing_slicing
    )
)]

pub mod builtin;
pub mod card;
pub mod compare;
pub mod config;
pub mod css;
pub mod dataset;
pub mod selection;

#[cfg(target_arch = "wasm32")]
pub mod components;
#[cfg(target_arch = "wasm32")]
pub mod demo;
#[cfg(target_arch = "wasm32")]
pub mod embed;
