//! The demo page's address: `?a=<id>&b=<id>` names the pair shown.

use std::cell::RefCell;

use gloo_timers::callback::Timeout;
use gloo_utils::window;
use wasm_bindgen::JsValue;
use web_sys::UrlSearchParams;

/// The `a` and `b` parameters of a query string such as
/// `?a=team-leader&b=plant-manager`, decoded by the browser (the card checks
/// them and reports what it cannot use).
pub fn read_pair(search: &str) -> (Option<String>, Option<String>) {
    match UrlSearchParams::new_with_str(search) {
        Ok(params) => (params.get("a"), params.get("b")),
        Err(_) => (None, None),
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
pub fn remember_pair(a: &str, b: &str) {
    let query = UrlSearchParams::new().map(|params| {
        params.append("a", a);
        params.append("b", b);
        format!("?{}", String::from(params.to_string()))
    });
    let Ok(query) = query else {
        return;
    };
    let scheduled = PENDING_QUERY.with(|q| q.replace(Some(query)).is_some());
    if !scheduled {
        Timeout::new(0, write_pending_query).forget();
    }
}

fn write_pending_query() {
    let Some(query) = PENDING_QUERY.with(RefCell::take) else {
        return;
    };
    if let Ok(history) = window().history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&query));
    }
}
