//! Mounting a card in an element, and the handle that follows its attributes.

use std::any::Any;
use std::cell::Cell;
use std::rc::Rc;
use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use web_sys::{CssStyleSheet, Element, HtmlElement, ShadowRootInit, ShadowRootMode};

use super::config::{host_roles, CardConfig, CardSignals, HostInput};
use super::takeover::{Prior, FINGERPRINT, MOUNT_POINT};
use super::{events, styles};
use crate::builtin;
use crate::choice::announcement;
use crate::components::{card, CardInput, CardSetup, PayInput};
use crate::dataset::{Dataset, RoleId};
use crate::pair::Pair;
use crate::pay::{PaySource, StateCode, PAY_FILE};

/// How long after the live card is in the page a pick made before it is announced.
const ANNOUNCE_AFTER: std::time::Duration = std::time::Duration::from_millis(150);

/// A card mounted in an element. Its setters follow the element's attributes
/// (`role-compare.js` calls them): a changed attribute updates the card's
/// signals, so only what differs is rewritten. Dropping it (`free()` in JS)
/// unmounts the view, disposes its reactive state and removes its nodes.
#[wasm_bindgen]
pub struct Mounted {
    /// The mounted view (an `UnmountHandle`): dropping it unmounts the card.
    handle: Option<Box<dyn Any>>,
    container: Element,
    host: Element,
    /// The roles the card compares (built in, and the host's).
    data: Arc<Dataset>,
    /// Problems with the host's roles, reported with the attributes' own.
    roles_problems: Vec<String>,
    /// The attributes as last read.
    input: HostInput,
    /// The configuration they gave (its problems were reported).
    config: CardConfig,
    signals: CardSignals,
}

impl Drop for Mounted {
    fn drop(&mut self) {
        drop(self.handle.take());
        self.container.remove();
    }
}

#[wasm_bindgen]
impl Mounted {
    /// The `role-a` attribute changed (`None`: removed).
    pub fn set_role_a(&mut self, value: Option<String>) {
        self.input.role_a = value;
        self.reread();
    }

    /// The `role-b` attribute changed (`None`: removed).
    pub fn set_role_b(&mut self, value: Option<String>) {
        self.input.role_b = value;
        self.reread();
    }

    /// The `theme` attribute changed (`None`: removed).
    pub fn set_theme(&mut self, value: Option<String>) {
        self.input.theme = value;
        self.reread();
    }

    /// The `dimensions` attribute changed (`None`: removed).
    pub fn set_dimensions(&mut self, value: Option<String>) {
        self.input.dimensions = value;
        self.reread();
    }

    /// The `state` attribute changed (`None`: removed).
    pub fn set_state(&mut self, value: Option<String>) {
        self.input.state = value;
        self.reread();
    }

    /// Reads the attributes again and applies the whole configuration they
    /// give (only what it changed is written), shows its problems and
    /// reports new ones.
    fn reread(&mut self) {
        let config = CardConfig::read(self.data.clone(), self.roles_problems.clone(), &self.input);
        self.signals.follow(&self.config, &config);
        if config.problems != self.config.problems {
            report(&self.host, &config.problems);
        }
        self.config = config;
    }
}

/// Logs `problems` to the console and sends them as a `role-compare:error` event.
fn report(host: &Element, problems: &[String]) {
    if problems.is_empty() {
        return;
    }
    for problem in problems {
        web_sys::console::warn_1(&JsValue::from_str(&format!("role-compare: {problem}")));
    }
    events::error(host, problems);
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
        state: attribute(host, "state"),
        folded: attribute(host, "folded").is_some(),
        roles_json,
    }
}

/// Mounts a card into `host`'s open shadow root (created on first mount),
/// or takes over the card pre-rendered there (declarative shadow DOM) without
/// a visible change, keeping what the reader did in it: the roles picked in
/// its pickers (announced with `role-compare:change`), the disclosures opened
/// and the focus (its controls that need script are invisible placeholders,
/// so there is no click to carry over).
/// `pages` is the address of the hosted pages (the folder of
/// `role-compare.js`), which the card links to its pair's page under;
/// `sheet` is the card's stylesheet, made once by the loader from
/// `role-compare.css` and shared by the cards it draws from scratch (`None`
/// for a pre-rendered card, which links the file itself and keeps the link);
/// `pay` is the text of `pay-by-state.tsv` when the loader fetched it beside
/// the core (a card that starts with a state shows its figures at once;
/// otherwise the card fetches the file when a state is first chosen).
///
/// Problems with the configuration are shown in the card, logged to the
/// console, and sent as a `role-compare:error` event.
#[wasm_bindgen]
pub fn mount(
    host: HtmlElement,
    pages: Option<String>,
    sheet: Option<CssStyleSheet>,
    pay: Option<String>,
) -> Result<Mounted, JsValue> {
    let root = match host.shadow_root() {
        Some(root) => root,
        None => host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))?,
    };
    if let Some(sheet) = &sheet {
        styles::adopt(&root, sheet)?;
    }
    let prior = Prior::read(&root);
    let mut input = host_input(&host);
    let (data, roles_problems) = host_roles(builtin::dataset(), input.roles_json.take().as_deref());
    let config = CardConfig::read(data.clone(), roles_problems.clone(), &input);
    // The roles the reader picked in the pre-rendered card before the core was there.
    let picks = prior
        .as_ref()
        .map(|prior| prior.picks.clone())
        .unwrap_or_default();
    let picked = picks.a.is_some() || picks.b.is_some();
    let first = Pair::new(
        picks.a.unwrap_or_else(|| config.selection.a.clone()),
        picks.b.unwrap_or_else(|| config.selection.b.clone()),
    );
    let state_picked = prior.as_ref().and_then(|prior| prior.state);
    let first_state = state_picked.unwrap_or(config.state);
    // Where the state figures are: beside the loader; read now if it brought them.
    let pay_url = pages.as_ref().map(|pages| format!("{pages}{PAY_FILE}"));
    if let (Some(url), Some(text)) = (&pay_url, &pay) {
        // A text that does not read is not kept: the card fetches the file
        // itself, and says so if that fails too.
        let _ = crate::pay::remember(url, text);
    }

    let document = host.owner_document().ok_or("the element has no document")?;
    let container: HtmlElement = document.create_element("div")?.unchecked_into();
    container.set_attribute(MOUNT_POINT, FINGERPRINT)?;
    if prior.is_none() {
        root.append_child(&container)?;
    }
    report(&host, &config.problems);
    let kept = config.clone();

    let events_host = host.clone();
    let state_host = host.clone();
    let error_host = host.clone();
    let picks_host = host.clone();
    // The card's signals are created inside the mount, so its owner disposes
    // of them on unmount; they come out through this cell.
    let made = Rc::new(Cell::new(None));
    let handle = mount_to(container.clone(), {
        let made = made.clone();
        move || {
            let signals = CardSignals::new(&config, (first.a, first.b, first_state));
            let announced = RwSignal::new(String::new());
            made.set(Some((signals, announced)));
            let state = signals.state;
            let on_change = Callback::new(move |(a, b): (RoleId, RoleId)| {
                events::change(&events_host, &a, &b, state.get_untracked());
            });
            let (role_a, role_b) = (signals.role_a, signals.role_b);
            let on_state_change = Callback::new(move |picked: Option<StateCode>| {
                let (a, b) = (role_a.get_untracked(), role_b.get_untracked());
                events::change(&state_host, &a, &b, picked);
            });
            card(CardInput {
                data: config.data.clone(),
                role_a: signals.role_a,
                role_b: signals.role_b,
                theme: signals.theme.into(),
                on_change: Some(on_change),
                dimensions: signals.dimensions.into(),
                pay: PayInput {
                    source: pay_url.map(PaySource::Url),
                    state,
                    on_change: Some(on_state_change),
                },
                setup: CardSetup {
                    notices: signals.notices.into(),
                    pair_pages: pages,
                    without_script: false,
                    // The shadow root adopted the loader's sheet, or links the file.
                    styles: None,
                    folded: config.folded,
                    announced: Some(announced),
                    on_pay_error: Some(Callback::new(move |problem: String| {
                        report(&error_host, &[problem]);
                    })),
                },
            })
        }
    });
    let (signals, announced) = made.take().ok_or("the card was not mounted")?;
    if let Some(prior) = prior {
        // Built apart from the page; swapped in now, in this task, so no frame shows both.
        prior.replace_with(&container);
    }
    if picked || state_picked.is_some() {
        // The live card shows the reader's pick; the page hears of it as of any pick,
        // and so does a screen reader: once the new live region is in the page (a
        // region that appears with its text is not read), it says what is compared.
        let (a, b) = (
            signals.role_a.get_untracked(),
            signals.role_b.get_untracked(),
        );
        events::change(&picks_host, &a, &b, signals.state.get_untracked());
        let text = announcement(&data, &a, &b);
        set_timeout(
            move || announced.try_set(text).map_or((), drop),
            ANNOUNCE_AFTER,
        );
    }
    Ok(Mounted {
        handle: Some(Box::new(handle)),
        container: container.into(),
        host: host.into(),
        data,
        roles_problems,
        input,
        config: kept,
        signals,
    })
}
