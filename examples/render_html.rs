//! Renders a comparison card to HTML natively, as a server or a static-site
//! build would: `cargo run --example render_html --features ssr -- team-leader plant-manager`.
//!
//! The HTML carries the card's stylesheet in a `<style>` element, so it can be
//! dropped into any page; add the `hydrate` side in the browser to make it
//! interactive, as a server-rendered Leptos app does.

use leptos::prelude::*;
use role_compare::builtin::{dataset, DEFAULT_PAIR};
use role_compare::{RoleCompare, RoleId};

/// The card for roles `a` and `b` of the built-in dataset, as HTML.
pub fn render(a: RoleId, b: RoleId) -> String {
    let owner = Owner::new();
    owner.with(|| {
        let (role_a, role_b) = (RwSignal::new(a), RwSignal::new(b));
        view! { <RoleCompare role_a role_b /> }.to_html()
    })
}

/// A role id given on the command line, or why it cannot be used.
fn role(arg: Option<String>, default: RoleId) -> Result<RoleId, String> {
    let Some(arg) = arg else {
        return Ok(default);
    };
    let id = RoleId::parse(&arg).map_err(|e| format!("{arg:?} is not a role id: {e}"))?;
    match dataset().role(&id) {
        Some(_) => Ok(id),
        None => Err(format!("there is no built-in role {arg:?}")),
    }
}

fn main() {
    let mut args = std::env::args().skip(1);
    let pair =
        role(args.next(), DEFAULT_PAIR.0).and_then(|a| Ok((a, role(args.next(), DEFAULT_PAIR.1)?)));
    match pair {
        Ok((a, b)) => println!("{}", render(a, b)),
        Err(message) => {
            eprintln!("render_html: {message}");
            std::process::exit(2);
        }
    }
}
