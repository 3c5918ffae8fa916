//! The demo page's own code (the address, the embed generator), loaded by
//! `public/demo.js` beside the embed core.

#[cfg(target_arch = "wasm32")]
fn main() {
    role_compare_site::demo::start();
}

/// Native builds have no page to connect.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("the demo runs in the browser: see the README (make demo).");
}
