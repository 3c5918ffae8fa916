//! Embedding: the Rust side of the `<role-compare>` element.
//!
//! `public/role-compare.js` defines the custom element (and upgrades
//! `<div data-role-compare>`); for each instance it calls [`mount`], which
//! reads the configuration, renders the card in the element's open shadow
//! root (or takes over the card pre-rendered there), and returns a
//! [`Mounted`] handle: its setters follow the element's attributes, its
//! `free()` unmounts the card. `config` reads what the host page gave an
//! element (attributes, theme, host roles) into typed values and notices;
//! `takeover` adopts what the reader did in a pre-rendered card.

mod config;
#[cfg(feature = "embed")]
mod events;
#[cfg(feature = "embed")]
mod mount;
#[cfg(feature = "embed")]
mod styles;
#[cfg(feature = "embed")]
mod takeover;

#[cfg(feature = "embed")]
pub use mount::{mount, Mounted};
