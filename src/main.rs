//! The wasm entry point. `public/role-compare.js` loads this module; `main`
//! runs once at start-up and only connects the demo page, if this is it.
//! The cards themselves are mounted through `role_compare::embed::mount`.

#[cfg(target_arch = "wasm32")]
fn main() {
    role_compare::demo::start();
}

/// Native builds have no page to mount; the logic is tested with `cargo test`.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("role-compare runs in the browser: see the README (make demo).");
}
