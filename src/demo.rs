//! The hosted demo page: the card mounted into `#rc-demo`, its pair kept in the
//! address (`?a=<id>&b=<id>`).

use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

use crate::builtin;
use crate::components::RoleCompare;
use crate::dataset::RoleId;
use crate::selection::{parse_query, select, to_query};

/// Mounts the demo card into the element with id `rc-demo` (or the body).
pub fn mount_demo() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let search = window.location().search().unwrap_or_default();
    let (a, b) = parse_query(&search);
    let data = builtin::dataset();
    let selection = select(data, a.as_deref(), b.as_deref());
    let notices: Vec<String> = selection.notices.iter().map(ToString::to_string).collect();
    for notice in &notices {
        web_sys::console::warn_1(&JsValue::from_str(&format!("role-compare: {notice}")));
    }
    let on_change = Callback::new(|(a, b): (RoleId, RoleId)| remember_pair(&a, &b));
    let card = move || {
        view! {
            <RoleCompare
                data=Arc::new(data.clone())
                a=selection.a
                b=selection.b
                notices
                on_change
            />
        }
    };
    let target = window
        .document()
        .and_then(|d| d.get_element_by_id("rc-demo"))
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
    match target {
        Some(target) => {
            // Replace the "Loading" placeholder with the card.
            target.set_text_content(None);
            mount_to(target, card).forget();
        }
        None => mount_to_body(card),
    }
}

/// Writes the pair into the address without reloading or adding history entries.
fn remember_pair(a: &RoleId, b: &RoleId) {
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&to_query(a, b)));
    }
}
