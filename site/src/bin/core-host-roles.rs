//! The embed core that also reads a host page's own roles (with serde):
//! `public/role-compare.js` loads it instead of `role-compare-core` for
//! elements that have them. The same entry point, built with the
//! `core-host-roles` feature.

#[cfg(target_arch = "wasm32")]
pub use role_compare::embed::{mount, Mounted};

fn main() {}
