//! The short snippet's fallback in the demo's browser: the library's own
//! `fallback_view`, drawn into an element apart from the page and read back
//! as markup. (Leptos renders a view to a string only natively, with `ssr`;
//! natively the snippet takes `role_compare::summary::fallback_html`.)

use role_compare::summary::{fallback_view, without_markers, PairSummary};
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

/// `fallback_view(summary, href)` as HTML text, as the browser writes it.
pub fn in_browser(summary: &PairSummary, href: &str) -> String {
    let Some(holder) = gloo_utils::document()
        .create_element("div")
        .ok()
        .and_then(|el| el.dyn_into::<HtmlElement>().ok())
    else {
        return String::new();
    };
    let (summary, href) = (summary.clone(), href.to_owned());
    let handle = leptos::mount::mount_to(holder.clone(), move || fallback_view(&summary, &href));
    // Read back, never written: the text in it is the view's, escaped by the browser.
    let html = holder.inner_html();
    drop(handle);
    without_markers(&html)
}
