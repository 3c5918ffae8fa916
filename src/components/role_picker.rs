use leptos::prelude::*;

use crate::dataset::{Role, RoleId};

/// A labelled native `<select>` listing every role.
///
/// Each option's `selected` property follows `selected`, so the initial choice
/// holds even though the options are created after the `<select>` itself.
#[component]
pub fn RolePicker(
    /// The visible label, e.g. "First role".
    label: &'static str,
    /// The roles to list, in order.
    roles: Vec<Role>,
    /// The chosen role.
    selected: Signal<RoleId>,
    /// Called with the newly chosen role.
    on_pick: Callback<RoleId>,
    /// `a` or `b`, for styling and tests.
    side: &'static str,
) -> impl IntoView {
    let options = roles
        .into_iter()
        .map(|role| {
            let id = role.id.clone();
            view! {
                <option value=role.id.to_string() prop:selected=move || selected.with(|s| s == &id)>
                    {role.title.to_string()}
                </option>
            }
        })
        .collect_view();
    view! {
        <label class="rc-picker" data-side=side>
            <span class="rc-picker__label">{label}</span>
            <select
                class="rc-picker__select"
                on:change=move |ev| {
                    if let Ok(id) = RoleId::parse(&event_target_value(&ev)) {
                        on_pick.run(id);
                    }
                }
            >
                {options}
            </select>
        </label>
    }
}
