//! The demo page's entry point: it only mounts the demo.

#[cfg(target_arch = "wasm32")]
fn main() {
    role_compare::demo::mount_demo();
}

/// Native builds have no page to mount; the logic is tested with `cargo test`.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("role-compare runs in the browser: see the README (make demo).");
}
