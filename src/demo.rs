//! The hosted demo page: its `<role-compare data-rc-demo>` element takes its
//! pair from the address (`?a=<id>&b=<id>`) and writes the reader's changes
//! back without reloading. Unknown ids are reported by the card itself.

use wasm_bindgen::prelude::*;
use web_sys::{CustomEvent, Element};

use crate::dataset::RoleId;
use crate::selection::{parse_query, to_query};

/// Connects the demo card, if this page has one, to the address.
pub fn start() {
    let Some(window) = web_sys::window() else { return };
    let Some(card) = window.document().and_then(|d| d.query_selector("role-compare[data-rc-demo]").ok().flatten())
    else {
        return;
    };
    let (a, b) = parse_query(&window.location().search().unwrap_or_default());
    set_attribute(&card, "role-a", a);
    set_attribute(&card, "role-b", b);
    let on_change = Closure::<dyn Fn(CustomEvent)>::new(|event: CustomEvent| {
        let detail = event.detail();
        let read = |key: &str| js_sys::Reflect::get(&detail, &JsValue::from_str(key)).ok().and_then(|v| v.as_string());
        if let (Some(a), Some(b)) = (read("roleA"), read("roleB")) {
            if let (Ok(a), Ok(b)) = (RoleId::parse(&a), RoleId::parse(&b)) {
                remember_pair(&a, &b);
            }
        }
    });
    let _ = card.add_event_listener_with_callback("role-compare:change", on_change.as_ref().unchecked_ref());
    // The listener lives as long as the page.
    on_change.forget();
}

fn set_attribute(card: &Element, name: &str, value: Option<String>) {
    if let Some(value) = value {
        let _ = card.set_attribute(name, &value);
    }
}

/// Writes the pair into the address without reloading or adding history entries.
fn remember_pair(a: &RoleId, b: &RoleId) {
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&to_query(a, b)));
    }
}
