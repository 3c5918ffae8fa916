//! A Leptos app that shows a role comparison and keeps the pair in its own
//! signals: the sentence above the card follows the reader's picks, and the
//! buttons set the pair from outside the card. Pay by state comes from the
//! file served beside the app.

use leptos::prelude::*;
use role_compare::builtin::roles;
use role_compare::{PaySource, RoleCompare, RoleId, Theme};

#[component]
fn App() -> impl IntoView {
    let role_a = RwSignal::new(roles::OPERATIONS_MANAGER);
    let role_b = RwSignal::new(roles::TEAM_LEADER);
    let changes = RwSignal::new(0);
    let show = move |a: RoleId, b: RoleId| {
        move |_| {
            role_a.set(a.clone());
            role_b.set(b.clone());
        }
    };

    view! {
        <main>
            <h1>"Which role suits you?"</h1>
            <p id="pair">
                "Comparing " {move || role_a.get().to_string()} " with " {move || role_b.get().to_string()}
                " (" {changes} " changes by the reader)"
            </p>
            <button id="plant-vs-fleet" on:click=show(roles::PLANT_MANAGER, roles::FLEET_MANAGER)>
                "Plant vs Fleet Manager"
            </button>
            <RoleCompare
                role_a
                role_b
                theme=Theme::Light
                on_change=move |_| changes.update(|n| *n += 1)
                pay_by_state=PaySource::Url("pay-by-state.tsv".to_owned())
            />
        </main>
    }
}

fn main() {
    mount_to_body(App);
}
