//! Taking over a pre-rendered card (`crate::prerender`) without a visible
//! change: the new card is built apart from the page, given what the reader
//! already did in the pre-rendered one (the roles picked, the disclosures
//! opened, the focus), and swapped in within the same task, so no frame shows
//! anything in between.
//!
//! Both cards are the same component with the same data, so an element is
//! found again by its path of child positions below the mount point.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlSelectElement, ShadowRoot};

/// The attribute of the element a card is mounted in (pre-rendered or not).
pub const MOUNT_POINT: &str = "data-rc-mount";

/// What the reader did in a pre-rendered card before it was taken over.
pub struct Prior {
    /// The pre-rendered mount point, replaced by the new one.
    mount: Element,
    /// A role the reader picked in the first and second picker, if any.
    pub picks: (Option<String>, Option<String>),
    /// The paths of the open disclosures.
    open: Vec<Vec<u32>>,
    /// The path of the focused element, if the focus is in the card.
    focus: Option<Vec<u32>>,
}

impl Prior {
    /// Reads the pre-rendered card in `root`, if there is one.
    pub fn read(root: &ShadowRoot) -> Option<Prior> {
        let children = root.children();
        let mount = (0..children.length())
            .filter_map(|i| children.item(i))
            .find(|child| child.has_attribute(MOUNT_POINT))?;
        let pick = |side: &str| {
            let select: HtmlSelectElement = mount
                .query_selector(&format!(".rc-picker[data-side='{side}'] select"))
                .ok()
                .flatten()?
                .dyn_into()
                .ok()?;
            // The option the page was rendered with carries `selected`; another
            // value is the reader's choice.
            let rendered = select
                .query_selector("option[selected]")
                .ok()
                .flatten()
                .and_then(|o| o.get_attribute("value"));
            let value = select.value();
            (rendered.as_deref() != Some(value.as_str())).then_some(value)
        };
        let open = elements(&mount, "details[open]")
            .iter()
            .filter_map(|details| path(&mount, details))
            .collect();
        let focus = root.active_element().and_then(|el| path(&mount, &el));
        Some(Prior {
            picks: (pick("a"), pick("b")),
            open,
            focus,
            mount,
        })
    }

    /// Puts `fresh` (the new card's mount point, built apart from the page)
    /// where the pre-rendered card was, with its disclosures and focus.
    pub fn replace_with(self, fresh: &Element) {
        for path in &self.open {
            if let Some(details) = at(fresh, path) {
                let _ = details.set_attribute("open", "");
            }
        }
        let _ = self.mount.replace_with_with_node_1(fresh);
        if let Some(focused) = self.focus.and_then(|path| at(fresh, &path)) {
            if let Ok(focused) = focused.dyn_into::<HtmlElement>() {
                let _ = focused.focus();
            }
        }
    }
}

/// Every element below `root` that matches `selector`.
fn elements(root: &Element, selector: &str) -> Vec<Element> {
    let Ok(list) = root.query_selector_all(selector) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|node| node.dyn_into().ok())
        .collect()
}

/// The positions among its siblings of `element` and its ancestors below `root`.
fn path(root: &Element, element: &Element) -> Option<Vec<u32>> {
    let mut path = Vec::new();
    let mut current = element.clone();
    while !current.is_same_node(Some(root)) {
        let parent = current.parent_element()?;
        let children = parent.children();
        let index = (0..children.length()).find(|i| {
            children
                .item(*i)
                .is_some_and(|c| c.is_same_node(Some(&current)))
        })?;
        path.push(index);
        current = parent;
    }
    path.reverse();
    Some(path)
}

/// The element at `path` below `root`.
fn at(root: &Element, path: &[u32]) -> Option<Element> {
    path.iter().try_fold(root.clone(), |element, index| {
        element.children().item(*index)
    })
}
