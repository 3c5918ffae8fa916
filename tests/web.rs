//! Browser tests (wasm-bindgen-test in headless Chromium): the card mounts
//! with the right selection and follows the reader's changes.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use role_compare::dataset::DimensionId;
use role_compare::{RoleCompare, RoleId};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{HtmlElement, HtmlInputElement, HtmlSelectElement};

wasm_bindgen_test_configure!(run_in_browser);

/// A card mounted as an app would (the pair in the app's own signals), in a
/// fresh container; unmounted and removed on drop.
struct Card {
    root: HtmlElement,
    role_a: RwSignal<RoleId>,
    role_b: RwSignal<RoleId>,
    // The app's owner: its signals live as long as the card.
    _owner: Owner,
    _handle: leptos::mount::UnmountHandle<leptos::tachys::view::any_view::AnyViewState>,
}

impl Card {
    fn mount(a: &str, b: &str) -> Self {
        Self::mount_with(a, b, Vec::new())
    }

    /// A card over only `dimensions` (all of them when empty).
    fn mount_with(a: &str, b: &str, dimensions: Vec<DimensionId>) -> Self {
        let document = web_sys::window().unwrap().document().unwrap();
        let root: HtmlElement = document.create_element("div").unwrap().unchecked_into();
        document.body().unwrap().append_child(&root).unwrap();
        let owner = Owner::new();
        let (role_a, role_b) = owner.with(|| {
            (
                RwSignal::new(RoleId::parse(a).unwrap()),
                RwSignal::new(RoleId::parse(b).unwrap()),
            )
        });
        let handle = owner.with(|| {
            mount_to(root.clone(), move || {
                view! { <RoleCompare role_a role_b dimensions /> }.into_any()
            })
        });
        Card {
            root,
            role_a,
            role_b,
            _owner: owner,
            _handle: handle,
        }
    }

    fn find(&self, selector: &str) -> web_sys::Element {
        self.root
            .query_selector(selector)
            .unwrap()
            .unwrap_or_else(|| panic!("nothing matches {selector}"))
    }

    fn count(&self, selector: &str) -> u32 {
        self.root.query_selector_all(selector).unwrap().length()
    }

    /// Dimensions the reader cannot see (laid out with no height: `display: none`).
    fn hidden_rows(&self) -> u32 {
        let rows = self.root.query_selector_all(".rc-dim").unwrap();
        (0..rows.length())
            .filter_map(|i| rows.item(i))
            .filter(|row| row.unchecked_ref::<HtmlElement>().offset_height() == 0)
            .count() as u32
    }

    fn text(&self, selector: &str) -> String {
        self.find(selector).text_content().unwrap_or_default()
    }

    fn select(&self, side: &str) -> HtmlSelectElement {
        self.find(&format!("[data-side='{side}'] select"))
            .unchecked_into()
    }

    /// Chooses a role as a reader would: set the value, fire `change`, let Leptos update.
    async fn choose(&self, side: &str, id: &str) {
        let select = self.select(side);
        select.set_value(id);
        select
            .dispatch_event(&web_sys::Event::new("change").unwrap())
            .unwrap();
        leptos::task::tick().await;
    }

    async fn click(&self, selector: &str) {
        self.find(selector).unchecked_into::<HtmlElement>().click();
        leptos::task::tick().await;
    }
}

impl Drop for Card {
    fn drop(&mut self) {
        self.root.remove();
    }
}

#[wasm_bindgen_test]
async fn initial_selection_is_shown_in_both_selects() {
    let card = Card::mount("team-leader", "fleet-manager");
    leptos::task::tick().await;
    assert_eq!(card.select("a").value(), "team-leader");
    assert_eq!(card.select("b").value(), "fleet-manager");
    assert_eq!(
        card.text(".rc-dims__title"),
        "Team Leader compared with Fleet Manager, dimension by dimension"
    );
    assert_eq!(card.count(".rc-dim"), 15);
}

#[wasm_bindgen_test]
async fn changing_a_select_updates_the_card() {
    let card = Card::mount("operations-manager", "procurement-manager");
    card.choose("b", "warehouse-manager").await;
    assert_eq!(
        card.text(".rc-dims__title"),
        "Operations Manager compared with Warehouse Manager, dimension by dimension"
    );
    assert!(
        card.text("[data-dimension='scope'] .rc-dim__role[data-side='b'] dd")
            .len()
            > 60
    );
    assert_eq!(
        card.text("[role='status']"),
        "Comparing Operations Manager with Warehouse Manager"
    );
    assert_eq!(card.select("b").value(), "warehouse-manager");
}

#[wasm_bindgen_test]
async fn the_pair_lives_in_the_apps_signals() {
    let card = Card::mount("operations-manager", "procurement-manager");
    // The reader's pick reaches the app's signal.
    card.choose("a", "plant-manager").await;
    assert_eq!(card.role_a.get_untracked().as_str(), "plant-manager");
    // The app's change reaches the card: caption and select follow.
    card.role_b.set(RoleId::parse("fleet-manager").unwrap());
    leptos::task::tick().await;
    assert_eq!(card.select("b").value(), "fleet-manager");
    assert!(card
        .text(".rc-dims__title")
        .starts_with("Plant Manager compared with Fleet Manager"));
}

#[wasm_bindgen_test]
async fn the_card_brings_its_stylesheet_once_per_document() {
    let first = Card::mount("team-leader", "plant-manager");
    // The page around the card sets its own text size, which must not reach in.
    first
        .root
        .style()
        .set_property("font-size", "30px")
        .unwrap();
    let _second = Card::mount("fleet-manager", "plant-manager");
    leptos::task::tick().await;
    let document = web_sys::window().unwrap().document().unwrap();
    assert_eq!(
        document
            .query_selector_all("head style#role-compare-styles")
            .unwrap()
            .length(),
        1
    );
    // The root reset applies: the card's font size is its own, not the page's.
    let style = web_sys::window()
        .unwrap()
        .get_computed_style(&first.find(".rc-card"))
        .unwrap()
        .unwrap();
    assert_eq!(style.get_property_value("font-size").unwrap(), "15px");
}

#[wasm_bindgen_test]
async fn swap_exchanges_the_roles_and_the_selects() {
    let card = Card::mount("plant-manager", "quality-manager");
    card.click(".rc-swap").await;
    assert_eq!(card.select("a").value(), "quality-manager");
    assert_eq!(card.select("b").value(), "plant-manager");
    assert!(card
        .text(".rc-dims__title")
        .starts_with("Quality Manager compared with Plant Manager"));
}

#[wasm_bindgen_test]
async fn differences_only_hides_the_equal_rows() {
    let card = Card::mount("fleet-manager", "warehouse-manager");
    leptos::task::tick().await;
    let equal = card.count(".rc-dim[data-equal]");
    assert!(equal > 0, "this pair should share some positions");
    assert_eq!(card.hidden_rows(), 0);
    let toggle: HtmlInputElement = card.find(".rc-toggle__input").unchecked_into();
    toggle.click();
    leptos::task::tick().await;
    assert_eq!(card.hidden_rows(), equal);
    assert_eq!(
        card.count("[data-differences-only] .rc-dim[data-equal]"),
        equal
    );
    toggle.click();
    leptos::task::tick().await;
    assert_eq!(card.hidden_rows(), 0);
}

#[wasm_bindgen_test]
async fn a_change_updates_the_card_in_place() {
    let card = Card::mount("operations-manager", "procurement-manager");
    leptos::task::tick().await;
    let header_a = card.find(".rc-role[data-side='a']");
    let first_row = card.find(".rc-dim");
    let a_title = card.text(".rc-role[data-side='a'] .rc-role__title");
    card.choose("b", "fleet-manager").await;
    // Same nodes, new content: the body was updated, not rebuilt.
    assert!(card
        .find(".rc-role[data-side='a']")
        .is_same_node(Some(&header_a)));
    assert!(card.find(".rc-dim").is_same_node(Some(&first_row)));
    assert_eq!(
        card.text(".rc-role[data-side='a'] .rc-role__title"),
        a_title
    );
    assert!(card
        .text(".rc-role[data-side='b'] .rc-role__title")
        .contains("Fleet Manager"));
    let label = card
        .find("[data-dimension='strategy'] svg")
        .get_attribute("aria-label")
        .unwrap();
    assert!(label.contains("Fleet Manager: "), "{label}");
}

#[wasm_bindgen_test]
async fn after_the_same_role_message_a_new_pair_shows_the_card_again() {
    let card = Card::mount("team-leader", "plant-manager");
    card.choose("b", "team-leader").await;
    assert_eq!(card.count(".rc-dims"), 0);
    assert!(card.text(".rc-message").contains("same role"));
    card.choose("b", "quality-manager").await;
    assert_eq!(card.count(".rc-message"), 0);
    assert_eq!(card.count(".rc-dim"), 15);
    assert_eq!(
        card.text(".rc-dims__title"),
        "Team Leader compared with Quality Manager, dimension by dimension"
    );
    assert!(card
        .text(".rc-role[data-side='b'] .rc-role__title")
        .contains("Quality Manager"));
}

#[wasm_bindgen_test]
async fn one_control_opens_and_closes_every_dimension() {
    let card = Card::mount("plant-manager", "fleet-manager");
    leptos::task::tick().await;
    assert_eq!(card.count("details.rc-dim__details[open]"), 0);
    let button = card.find(".rc-open-all");
    assert_eq!(button.text_content().unwrap(), "Open all dimensions");
    card.click(".rc-open-all").await;
    assert_eq!(card.count("details.rc-dim__details[open]"), 15);
    assert_eq!(button.text_content().unwrap(), "Close all dimensions");
    // Open, a dimension shows both roles' texts.
    let text = card.find("[data-dimension='vendors'] .rc-dim__role[data-side='a'] dd");
    assert!(text.unchecked_ref::<HtmlElement>().offset_height() > 0);
    card.click(".rc-open-all").await;
    assert_eq!(card.count("details.rc-dim__details[open]"), 0);
}

#[wasm_bindgen_test]
async fn a_subset_of_dimensions_shows_those_rows_in_order() {
    let ids = ["strategy", "scope", "vendors"].map(|id| DimensionId::parse(id).unwrap());
    let card = Card::mount_with("operations-manager", "procurement-manager", ids.to_vec());
    leptos::task::tick().await;
    let rows = card.root.query_selector_all(".rc-dim").unwrap();
    let shown: Vec<String> = (0..rows.length())
        .filter_map(|i| rows.item(i))
        .map(|row| {
            row.unchecked_into::<web_sys::Element>()
                .get_attribute("data-dimension")
                .unwrap()
        })
        .collect();
    assert_eq!(shown, ["strategy", "scope", "vendors"]);
    // Key differences come from those rows only.
    let keys = card.text(".rc-keys__list");
    assert!(
        keys.contains("Scope of responsibilities") && !keys.contains("Quality focus"),
        "{keys}"
    );
}

/// The pay by state the crate ships, read as an app that has it would hand it over.
fn pay_table() -> std::sync::Arc<role_compare::PayByState> {
    let text = include_str!("../data/pay-by-state.tsv");
    std::sync::Arc::new(role_compare::PayByState::parse(text).unwrap())
}

#[wasm_bindgen_test]
async fn the_state_lives_in_the_apps_signal_and_the_pay_follows_it() {
    use role_compare::{PaySource, StateCode};

    let document = web_sys::window().unwrap().document().unwrap();
    let root: HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&root).unwrap();
    let owner = Owner::new();
    let (role_a, role_b, state) = owner.with(|| {
        (
            RwSignal::new(role_compare::builtin::roles::OPERATIONS_MANAGER),
            RwSignal::new(role_compare::builtin::roles::PROCUREMENT_MANAGER),
            RwSignal::new(StateCode::parse("TX").ok()),
        )
    });
    let source = PaySource::Table(pay_table());
    let _handle = owner.with(|| {
        mount_to(root.clone(), move || {
            view! { <RoleCompare role_a role_b pay_by_state=source.clone() state /> }.into_any()
        })
    });
    let glance = || {
        root.query_selector(".rc-glance")
            .unwrap()
            .unwrap()
            .text_content()
            .unwrap()
    };
    let picker: HtmlSelectElement = root
        .query_selector(".rc-pay select")
        .unwrap()
        .unwrap()
        .unchecked_into();
    assert!(
        glance().contains("$103,230 in Texas, $105,770 nationally"),
        "{}",
        glance()
    );
    assert_eq!(picker.value(), "TX");
    // The app's change reaches the card.
    state.set(None);
    leptos::task::tick().await;
    assert!(glance().contains("Median pay $105,770"), "{}", glance());
    assert_eq!(picker.value(), "");
    // The reader's pick reaches the app (the places are listed once the reader reaches for the picker).
    picker.focus().unwrap();
    leptos::task::tick().await;
    assert_eq!(picker.length(), 55);
    picker.set_value("PR");
    picker
        .dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
    leptos::task::tick().await;
    assert_eq!(state.get_untracked().map(StateCode::code), Some("PR"));
    assert!(
        glance().contains(" in Puerto Rico, $105,770 nationally"),
        "{}",
        glance()
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn without_a_source_of_state_pay_the_card_has_no_pay_picker() {
    let card = Card::mount("operations-manager", "procurement-manager");
    assert_eq!(card.count(".rc-pay"), 0);
}
