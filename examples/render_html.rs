//! Renders a comparison card to HTML natively, as a server or a static-site
//! build would: `cargo run --example render_html --features ssr -- team-leader plant-manager`.
//!
//! It prints a whole UTF-8 document (open it in a browser as it is); the
//! card itself, [`render`], carries its stylesheet in a `<style>` element, so
//! it can be dropped into any page's body.

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

/// [`render`]'s card as a whole page: its charset said first, so a browser
/// reads the file as UTF-8.
pub fn document(a: RoleId, b: RoleId) -> String {
    let title = role_compare::words::pair_title(&dataset().title(&a), &dataset().title(&b));
    format!(
        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{}</title></head>\n<body>{}</body></html>",
        role_compare::summary::escape_html(&title),
        render(a, b)
    )
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
        Ok((a, b)) => println!("{}", document(a, b)),
        Err(message) => {
            eprintln!("render_html: {message}");
            std::process::exit(2);
        }
    }
}
