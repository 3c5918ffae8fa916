//! The widget's own site: the hosted demo page and what only it uses (the
//! address, the embed generator and the snippet it writes), and the
//! pre-rendered pages (a page per pair, an index, a sitemap). The card itself
//! is the `role-compare` library.

pub mod snippet;

#[cfg(not(target_arch = "wasm32"))]
pub mod frame;
#[cfg(not(target_arch = "wasm32"))]
pub mod jsonld;
#[cfg(not(target_arch = "wasm32"))]
pub mod oembed;
#[cfg(not(target_arch = "wasm32"))]
pub mod pages;
#[cfg(not(target_arch = "wasm32"))]
pub mod picture;

#[cfg(target_arch = "wasm32")]
pub mod demo;
