//! The embed core: `public/role-compare.js` loads this module and calls
//! `mount` for each `<role-compare>` element. It carries the card and the
//! dataset, and nothing of the demo page.

#[cfg(target_arch = "wasm32")]
pub use role_compare::embed::{mount, Mounted};

fn main() {}
