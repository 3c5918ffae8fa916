//! The card's stylesheet, and how the card brings it wherever it renders.
//!
//! - In the embed, each custom element's shadow root adopts one shared
//!   constructable sheet made from `role-compare.css`, which the loader
//!   fetches beside the core (`embed`), and pre-rendered cards link the same
//!   file (`prerender`): the card brings no copy of its own there.
//! - In a client-side app (`csr`), the first card adds one
//!   `<style id="role-compare-styles">` to the document's head.
//! - Server-rendered (`ssr`, and `hydrate` in the browser), the first card of
//!   each render carries that `<style>` element in its own HTML, so the page
//!   is styled before any script runs.

use leptos::prelude::*;

/// The card's CSS: `style/role-compare.css`, minified at build time. Every
/// class starts with `rc-`; `.rc-root` resets what a host page would
/// otherwise pass down (fonts, colours, spacing), so a card looks the same on
/// any page.
pub const STYLESHEET: &str = include_str!(concat!(env!("OUT_DIR"), "/role-compare.min.css"));

/// The id of the `<style>` element a card adds to a page.
#[cfg(any(feature = "ssr", feature = "hydrate", target_arch = "wasm32"))]
const STYLE_ID: &str = "role-compare-styles";

/// What a card renders (or does) to bring its own stylesheet: see the module
/// docs. Only [`crate::RoleCompare`] names it (through its setup), so a build
/// whose cards all get the sheet from elsewhere (the embed core, which adopts
/// the `role-compare.css` its loader fetched) carries no copy of the CSS.
pub(crate) fn card_styles() -> AnyView {
    inline_style().into_any()
}

/// Server-rendered cards: the first card of the render carries the sheet.
#[cfg(any(feature = "ssr", feature = "hydrate"))]
fn inline_style() -> Option<impl IntoView> {
    // The sheet is our own constant, never data: it is written as the
    // element's raw text (escaped text would break selectors such as `a > b`).
    first_in_render().then(|| view! { <style id=STYLE_ID inner_html=STYLESHEET></style> })
}

/// Client-side cards: the first card adds the sheet to the document's head.
#[cfg(not(any(feature = "ssr", feature = "hydrate")))]
fn inline_style() -> Option<()> {
    #[cfg(target_arch = "wasm32")]
    {
        let document = leptos::prelude::document();
        if document.get_element_by_id(STYLE_ID).is_none() {
            if let (Ok(style), Some(head)) = (document.create_element("style"), document.head()) {
                style.set_id(STYLE_ID);
                style.set_text_content(Some(STYLESHEET));
                let _ = head.append_child(&style);
            }
        }
    }
    None
}

/// True for the first card rendered under the current reactive root (one
/// server response, or one hydrated page), false for the others.
#[cfg(any(feature = "ssr", feature = "hydrate"))]
fn first_in_render() -> bool {
    #[derive(Clone, Copy)]
    struct StylesRendered;

    let Some(mut root) = Owner::current() else {
        return true;
    };
    while let Some(parent) = root.parent() {
        root = parent;
    }
    root.with(|| {
        let first = use_context::<StylesRendered>().is_none();
        if first {
            provide_context(StylesRendered);
        }
        first
    })
}
