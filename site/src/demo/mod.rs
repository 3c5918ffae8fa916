//! The hosted demo page: its card (`#rc-demo-card role-compare`) takes its
//! pair from the address (`?a=<id>&b=<id>`) and writes the reader's changes
//! back without reloading (unknown ids are reported by the card itself); the
//! embed generator is mounted into `#rc-generator`.

mod address;
mod fallback;
mod generator;
mod prerendered;

use gloo_events::EventListener;
use gloo_timers::callback::Timeout;
use gloo_utils::{document, window};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{CustomEvent, HtmlElement};

use generator::EmbedGenerator;

/// Connects the demo page's card and generator, if this page is the demo.
pub fn start() {
    connect_card();
    // The generator sits below the fold: build it after the card has painted.
    Timeout::new(300, mount_generator).forget();
}

fn mount_generator() {
    let Some(target) = document().get_element_by_id("rc-generator") else {
        return;
    };
    let base = document().base_uri().ok().flatten().unwrap_or_default();
    let absolute = |path: &str| {
        web_sys::Url::new_with_base(path, &base)
            .map(|u| u.href())
            .unwrap_or_default()
    };
    let (script_url, page_url, site_url) = (
        absolute("role-compare.js"),
        absolute("index.html"),
        absolute("./"),
    );
    // Served from this computer or a private network, the addresses handed
    // out work only here: the generator says so.
    let location = window().location();
    let local_host = location
        .hostname()
        .ok()
        .filter(|name| crate::snippet::is_local_host(name))
        .map(|name| location.host().unwrap_or(name));
    target.set_text_content(None);
    let target: HtmlElement = target.unchecked_into();
    // The generator lives as long as the page.
    mount_to(
        target,
        move || view! { <EmbedGenerator script_url page_url site_url local_host /> },
    )
    .forget();
}

fn connect_card() {
    let Ok(Some(card)) = document().query_selector("#rc-demo-card role-compare") else {
        return;
    };
    let (a, b) = address::read_pair(&window().location().search().unwrap_or_default());
    for (name, value) in [("role-a", a), ("role-b", b)] {
        if let Some(value) = value {
            let _ = card.set_attribute(name, &value);
        }
    }
    let listener = EventListener::new(&card, "role-compare:change", |event| {
        let Some(event) = event.dyn_ref::<CustomEvent>() else {
            return;
        };
        let detail = event.detail();
        let read = |key: &str| {
            js_sys::Reflect::get(&detail, &key.into())
                .ok()
                .and_then(|v| v.as_string())
        };
        if let (Some(a), Some(b)) = (read("roleA"), read("roleB")) {
            address::remember_pair(&a, &b);
        }
    });
    // Kept for the page's life; dropping it would remove the listener.
    CARD_LISTENER.with(|kept| kept.replace(Some(listener)));
}

thread_local! {
    /// The demo card's change listener.
    static CARD_LISTENER: std::cell::RefCell<Option<EventListener>> = const { std::cell::RefCell::new(None) };
}
