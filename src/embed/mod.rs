//! Embedding: the Rust side of the `<role-compare>` element.
//!
//! `public/role-compare.js` defines the custom element (and upgrades
//! `<div data-role-compare>`); for each instance it calls [`mount`], which
//! reads the configuration, renders the card in the element's open shadow
//! root (or takes over the card pre-rendered there), and returns a
//! [`Mounted`] handle whose `free()` unmounts it.

mod events;
mod styles;
mod takeover;

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
use takeover::{Prior, MOUNT_POINT};

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
        dimensions: attribute(host, "dimensions"),
        roles_json,
    }
}

/// Mounts a card into `host`'s open shadow root (created on first mount),
/// or takes over the card pre-rendered there (declarative shadow DOM) without
/// a visible change, honouring the roles the reader picked in it.
/// `pages` is the address of the hosted pages (the folder of
/// `role-compare.js`), which the card links to its pair's page under.
///
/// Problems with the configuration are shown in the card, logged to the
/// console, and sent as a `role-compare:error` event.
#[wasm_bindgen]
pub fn mount(host: HtmlElement, pages: Option<String>) -> Result<Mounted, JsValue> {
    let root = match host.shadow_root() {
        Some(root) => root,
        None => host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))?,
    };
    styles::adopt(&root)?;
    let prior = Prior::read(&root);
    let mut input = host_input(&host);
    let picked = prior.as_ref().map(|p| p.picks.clone()).unwrap_or_default();
    let reader_picked = picked.0.is_some() || picked.1.is_some();
    input.role_a = picked.0.or(input.role_a);
    input.role_b = picked.1.or(input.role_b);
    let config = CardConfig::new(builtin::dataset(), &input);

    let document = host.owner_document().ok_or("the element has no document")?;
    let container: HtmlElement = document.create_element("div")?.unchecked_into();
    container.set_attribute(MOUNT_POINT, "")?;
    if prior.is_none() {
        root.append_child(&container)?;
    }

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
        dimensions,
        shown,
        ..
    } = config;
    let picked_pair = (selection.a.clone(), selection.b.clone());
    let events_host = host.clone();
    let handle = mount_to(container.clone(), move || {
        // Created inside the mount so the card's owner disposes of them on unmount.
        provide_context(StylesProvided);
        provide_context(CardSetup {
            notices: shown,
            pair_pages: pages,
            without_script: false,
        });
        let (role_a, role_b) = (RwSignal::new(selection.a), RwSignal::new(selection.b));
        let on_change = Callback::new(move |(a, b): (RoleId, RoleId)| {
            events::change(&events_host, a.as_str(), b.as_str());
        });
        view! { <RoleCompare data role_a role_b theme on_change dimensions=dimensions.unwrap_or_default() /> }
            .into_any()
    });
    if let Some(prior) = prior {
        // Built apart from the page; swapped in now, in this task, so no frame shows both.
        prior.replace_with(&container);
        if reader_picked {
            events::change(&host, picked_pair.0.as_str(), picked_pair.1.as_str());
        }
    }
    Ok(Mounted {
        handle: Some(handle),
        container: container.into(),
    })
}
