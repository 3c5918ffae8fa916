//! Taking over a pre-rendered card (`crate::prerender`) without a visible
//! change: the live card is built apart from the page, given what the reader
//! already did in the pre-rendered one (the roles picked in its pickers, the
//! disclosures opened, the focus), and swapped in within the same task, so
//! no frame shows anything in between.
//!
//! An element of the pre-rendered card is found again in the live one by its
//! class below the dimension and side it belongs to (`data-dimension`,
//! `data-side`), never by its position, so markup a host page wrapped or
//! reordered still carries over what it can. Markup from another dataset or
//! another version of the card (its fingerprint differs) carries nothing: the
//! live card replaces it as if it were mounted afresh.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlSelectElement, ShadowRoot};

use crate::dataset::RoleId;
use crate::pair::{Pair, Side};
use crate::pay::StateCode;

/// The attribute of the element a card is mounted in (pre-rendered or not);
/// its value is [`FINGERPRINT`].
pub const MOUNT_POINT: &str = "data-rc-mount";

pub(crate) use crate::builtin::MARKUP_FINGERPRINT as FINGERPRINT;

/// The attributes that name what a part of the card belongs to.
const KEYS: [&str; 2] = ["data-dimension", "data-side"];

/// What the reader did in a pre-rendered card before it was taken over.
pub struct Prior {
    /// The pre-rendered mount point, replaced by the new one.
    mount: Element,
    /// The open disclosures.
    open: Vec<String>,
    /// The focused element, if the focus is in the card.
    focus: Option<String>,
    /// The roles the reader picked in the pre-rendered pickers (`None`: the
    /// side's picker still shows the role it was rendered with).
    pub picks: Pair<Option<RoleId>>,
    /// The place the reader picked in the pre-rendered "Pay in" picker
    /// (`Some(None)`: the national figures; `None`: no pick).
    pub state: Option<Option<StateCode>>,
}

impl Prior {
    /// Reads the pre-rendered card in `root`, if there is one.
    pub fn read(root: &ShadowRoot) -> Option<Prior> {
        let children = root.children();
        let mount = (0..children.length())
            .filter_map(|i| children.item(i))
            .find(|child| child.has_attribute(MOUNT_POINT))?;
        if mount.get_attribute(MOUNT_POINT).as_deref() != Some(FINGERPRINT) {
            // Rendered from another dataset or version of the card: nothing in it is ours to read.
            return Some(Prior {
                mount,
                open: Vec::new(),
                focus: None,
                picks: Pair::default(),
                state: None,
            });
        }
        let open = mount
            .query_selector_all("details[open]")
            .map(|list| {
                (0..list.length())
                    .filter_map(|i| list.item(i)?.dyn_into::<Element>().ok())
                    .filter_map(|details| key(&mount, &details))
                    .collect()
            })
            .unwrap_or_default();
        let focus = root.active_element().and_then(|el| key(&mount, &el));
        let picks = Pair::new(pick(&mount, Side::A), pick(&mount, Side::B));
        let state =
            changed_value(&mount, ".rc-pay select").map(|value| StateCode::parse(&value).ok());
        Some(Prior {
            open,
            focus,
            picks,
            state,
            mount,
        })
    }

    /// Puts `fresh` (the new card's mount point, built apart from the page)
    /// where the pre-rendered card was, with its disclosures and focus.
    pub fn replace_with(self, fresh: &Element) {
        let find = |key: &str| {
            fresh
                .query_selector(key)
                .ok()
                .flatten()
                .and_then(|el| el.dyn_into::<HtmlElement>().ok())
        };
        for key in &self.open {
            if let Some(details) = find(key) {
                let _ = details.set_attribute("open", "");
            }
        }
        let _ = self.mount.replace_with_with_node_1(fresh);
        if let Some(focused) = self.focus.as_deref().and_then(find) {
            let _ = focused.focus();
        }
    }
}

/// The role picked in `side`'s pre-rendered picker, if the reader changed it
/// (its value is no longer that of the option it was rendered with).
fn pick(mount: &Element, side: Side) -> Option<RoleId> {
    let picker = format!(".rc-picker[data-side=\"{}\"] select", side.as_str());
    RoleId::parse(&changed_value(mount, &picker)?).ok()
}

/// The value of the pre-rendered `<select>` at `selector`, if the reader
/// changed it (it is no longer that of the option it was rendered with).
fn changed_value(mount: &Element, selector: &str) -> Option<String> {
    let select: HtmlSelectElement = mount.query_selector(selector).ok()??.dyn_into().ok()?;
    let rendered = select
        .query_selector("option[selected]")
        .ok()
        .flatten()
        .and_then(|option| option.get_attribute("value"));
    let value = select.value();
    (rendered.as_deref() != Some(value.as_str())).then_some(value)
}

/// A selector that finds `element` (below `mount`) again in a card made from
/// the same data: its class (or tag, and a link's address), below every
/// ancestor that names a dimension or a side, with that name.
fn key(mount: &Element, element: &Element) -> Option<String> {
    if !mount.contains(Some(element)) || mount.is_same_node(Some(element)) {
        return None;
    }
    let mut parts = Vec::new();
    let mut current = Some(element.clone());
    while let Some(el) = current.filter(|el| !el.is_same_node(Some(mount))) {
        let named: String = KEYS
            .iter()
            .filter_map(|name| {
                let value = el.get_attribute(name)?;
                Some(format!("[{name}=\"{}\"]", quoted(&value)))
            })
            .collect();
        if parts.is_empty() || !named.is_empty() {
            let mut part = match el.class_name().split_whitespace().next() {
                Some(class) => format!(".{class}"),
                None => el.local_name(),
            };
            if parts.is_empty() {
                if let Some(href) = el.get_attribute("href") {
                    part.push_str(&format!("[href=\"{}\"]", quoted(&href)));
                }
            }
            part.push_str(&named);
            parts.push(part);
        }
        current = el.parent_element();
    }
    parts.reverse();
    Some(parts.join(" "))
}

/// `value` escaped for a double-quoted CSS attribute selector.
fn quoted(value: &str) -> String {
    value.replace('\\', "\\\\").replace('"', "\\\"")
}
