//! Embedding: the Rust side of the `<role-compare>` element.
//!
//! `public/role-compare.js` defines the custom element (and upgrades
//! `<div data-role-compare>`); for each instance it calls [`mount`], which
//! reads the configuration, renders the card in the element's open shadow
//! root, and returns a [`Mounted`] handle whose `free()` unmounts it.

mod events;
mod styles;

use leptos::mount::UnmountHandle;
use leptos::prelude::*;
use leptos::tachys::view::any_view::AnyViewState;
use wasm_bindgen::prelude::*;
use web_sys::{Element, HtmlElement, ShadowRootInit, ShadowRootMode};

use crate::builtin;
use crate::components::CardSetup;
use crate::host::{CardConfig, HostInput};
use crate::stylesheet::StylesProvided;
use crate::{RoleCompare, RoleId};

/// A card mounted in an element; dropping it (`free()` in JS) unmounts the
/// view, disposes its reactive state and removes its nodes.
#[wasm_bindgen]
pub struct Mounted {
    handle: Option<UnmountHandle<AnyViewState>>,
    container: Element,
}

impl Drop for Mounted {
    fn drop(&mut self) {
        drop(self.handle.take());
        self.container.remove();
    }
}

/// Reads one attribute, with the `data-` prefix for the `<div data-role-compare>` form.
fn attribute(host: &Element, name: &str) -> Option<String> {
    if host.tag_name().eq_ignore_ascii_case("role-compare") {
        host.get_attribute(name)
    } else {
        host.get_attribute(&format!("data-{name}"))
    }
}

/// What the host page configured on `host`.
fn host_input(host: &Element) -> HostInput {
    let roles_json = host
        .query_selector(":scope > script[type='application/json']")
        .ok()
        .flatten()
        .and_then(|script| script.text_content());
    HostInput {
        role_a: attribute(host, "role-a"),
        role_b: attribute(host, "role-b"),
        theme: attribute(host, "theme"),
        roles_json,
    }
}

/// Mounts a card into `host`'s open shadow root (created on first mount).
///
/// Problems with the configuration are shown in the card, logged to the
/// console, and sent as a `role-compare:error` event.
#[wasm_bindgen]
pub fn mount(host: HtmlElement) -> Result<Mounted, JsValue> {
    let config = CardConfig::new(builtin::dataset(), &host_input(&host));
    let root = match host.shadow_root() {
        Some(root) => root,
        None => host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))?,
    };
    styles::adopt(&root)?;
    let document = host.owner_document().ok_or("the element has no document")?;
    let container: HtmlElement = document.create_element("div")?.unchecked_into();
    root.append_child(&container)?;

    if !config.problems.is_empty() {
        for problem in &config.problems {
            web_sys::console::warn_1(&JsValue::from_str(&format!("role-compare: {problem}")));
        }
        events::error(&host, &config.problems);
    }

    let CardConfig {
        data,
        selection,
        theme,
        shown,
        ..
    } = config;
    let handle = mount_to(container.clone(), move || {
        // Created inside the mount so the card's owner disposes of them on unmount.
        provide_context(StylesProvided);
        provide_context(CardSetup { notices: shown });
        let (role_a, role_b) = (RwSignal::new(selection.a), RwSignal::new(selection.b));
        let on_change = Callback::new(move |(a, b): (RoleId, RoleId)| {
            events::change(&host, a.as_str(), b.as_str());
        });
        view! { <RoleCompare data role_a role_b theme on_change /> }.into_any()
    });
    Ok(Mounted {
        handle: Some(handle),
        container: container.into(),
    })
}
