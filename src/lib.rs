//! role-compare: a [Leptos](https://leptos.dev) component that compares two
//! operations and supply-chain job roles side by side: who each role suits,
//! official figures with their sources, the key differences of the pair and
//! fifteen dimensions, each with a small picture of where both roles sit.
//!
//! One component, three uses:
//! - in a Leptos app, client-side (feature `csr`) or server-rendered
//!   (`ssr` on the server, `hydrate` in the browser): [`RoleCompare`];
//! - as HTML rendered natively, on a server or at build time (`ssr`):
//!   [`prerender`] wraps the same component in the `<role-compare>`
//!   element's declarative shadow DOM, which the embed takes over later;
//! - as the `<role-compare>` custom element any page can embed (`embed`):
//!   `embed::mount`, loaded by `public/role-compare.js`.
//!
//! ```
//! use leptos::prelude::*;
//! use role_compare::{builtin::roles, RoleCompare};
//!
//! let owner = Owner::new();
//! owner.with(|| {
//!     // The pair lives in the app's own signals: the card shows it and writes
//!     // the reader's picks back.
//!     let role_a = RwSignal::new(roles::OPERATIONS_MANAGER);
//!     let role_b = RwSignal::new(roles::TEAM_LEADER);
//!     let card = view! { <RoleCompare role_a role_b /> };
//!     # #[cfg(feature = "ssr")]
//!     # {
//!     // With the `ssr` feature the card renders to HTML natively.
//!     let html = card.to_html();
//!     assert!(html.contains("Operations Manager compared with Team Leader"));
//!     # }
//! });
//! ```
//!
//! The flow, module by module: [`dataset`] (the typed model and its
//! validation, [`parse_dataset`]) → [`builtin`] (the shipped roles, checked
//! at build time) → the comparison of a pair and everything the card shows,
//! as plain data, in the card's words (private) → the views
//! ([`RoleCompare`]) → the uses ([`prerender`], `embed`).

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
#![warn(missing_docs)]
// On docs.rs (Cargo.toml's `package.metadata.docs.rs`), each item shows the
// feature it needs.
#![cfg_attr(docsrs, feature(doc_cfg))]
// The card's view types nest deeply; rendering them to HTML needs more room.
#![recursion_limit = "256"]

pub mod builtin;
mod card;
mod choice;
mod compare;
mod components;
/// The dataset's typed model and reader: the `role-compare-dataset` crate.
pub use role_compare_dataset as dataset;
mod meter;
mod moves;
mod pair;
pub mod pay;
mod stylesheet;
pub mod summary;
mod theme;
pub mod words;

#[cfg(any(feature = "embed", test))]
pub mod embed;
#[cfg(feature = "ssr")]
pub mod prerender;

pub use components::RoleCompare;
pub use dataset::{parse_dataset, Dataset, PayByState, Problem, RoleId};
pub use pay::{PaySource, StateCode};
pub use stylesheet::STYLESHEET;
pub use theme::{Theme, UnknownTheme};
