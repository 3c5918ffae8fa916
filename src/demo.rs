//! The hosted demo page: its `<role-compare data-rc-demo>` element takes its
//! pair from the address (`?a=<id>&b=<id>`) and writes the reader's changes
//! back without reloading (unknown ids are reported by the card itself); the
//! embed generator is mounted into `#rc-generator`.

use std::cell::RefCell;

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use web_sys::{CustomEvent, Element, HtmlElement};

use crate::builtin;
use crate::components::EmbedGenerator;
use crate::dataset::RoleId;
use crate::selection::{parse_query, to_query};

/// Connects the demo page's card and generator, if this page is the demo.
pub fn start() {
    connect_card();
    // The generator sits below the fold: build it after the card has painted.
    if let Some(window) = web_sys::window() {
        let later = Closure::once_into_js(mount_generator);
        if window
            .set_timeout_with_callback_and_timeout_and_arguments_0(later.unchecked_ref(), 300)
            .is_err()
        {
            mount_generator();
        }
    }
}

fn mount_generator() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(target) = document.get_element_by_id("rc-generator") else {
        return;
    };
    let base = document.base_uri().ok().flatten().unwrap_or_default();
    let absolute = |path: &str| {
        web_sys::Url::new_with_base(path, &base)
            .map(|u| u.href())
            .unwrap_or_default()
    };
    let (script_url, page_url) = (absolute("role-compare.js"), absolute("index.html"));
    target.set_text_content(None);
    let target: HtmlElement = target.unchecked_into();
    mount_to(
        target,
        move || view! { <EmbedGenerator data=builtin::dataset() script_url page_url /> },
    )
    .forget();
}

fn connect_card() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(card) = window.document().and_then(|d| {
        d.query_selector("role-compare[data-rc-demo]")
            .ok()
            .flatten()
    }) else {
        return;
    };
    let (a, b) = parse_query(&window.location().search().unwrap_or_default());
    set_attribute(&card, "role-a", a);
    set_attribute(&card, "role-b", b);
    let on_change = Closure::<dyn Fn(CustomEvent)>::new(|event: CustomEvent| {
        let detail = event.detail();
        let read = |key: &str| {
            js_sys::Reflect::get(&detail, &JsValue::from_str(key))
                .ok()
                .and_then(|v| v.as_string())
        };
        if let (Some(a), Some(b)) = (read("roleA"), read("roleB")) {
            if let (Ok(a), Ok(b)) = (RoleId::parse(&a), RoleId::parse(&b)) {
                remember_pair(&a, &b);
            }
        }
    });
    let _ = card.add_event_listener_with_callback(
        "role-compare:change",
        on_change.as_ref().unchecked_ref(),
    );
    // The listener lives as long as the page.
    on_change.forget();
}

fn set_attribute(card: &Element, name: &str, value: Option<String>) {
    if let Some(value) = value {
        let _ = card.set_attribute(name, &value);
    }
}

thread_local! {
    /// The address waiting to be written, if a write is scheduled.
    static PENDING_QUERY: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Writes the pair into the address without reloading or adding history
/// entries. The write waits for a task of its own: `replaceState` costs a few
/// milliseconds, which the card's update should not wait for, and quick
/// changes (arrow keys in a select) then write only the last pair.
fn remember_pair(a: &RoleId, b: &RoleId) {
    let scheduled = PENDING_QUERY.with(|q| q.replace(Some(to_query(a, b))).is_some());
    if scheduled {
        return;
    }
    let write = Closure::once_into_js(write_pending_query);
    let later = web_sys::window().and_then(|w| {
        w.set_timeout_with_callback_and_timeout_and_arguments_0(write.unchecked_ref(), 0)
            .ok()
    });
    if later.is_none() {
        write_pending_query();
    }
}

fn write_pending_query() {
    let Some(query) = PENDING_QUERY.with(RefCell::take) else {
        return;
    };
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&query));
    }
}
