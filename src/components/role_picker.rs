use leptos::prelude::*;

use crate::dataset::{Role, RoleId};

/// A labelled native `<select>` listing every role.
///
/// The initial choice is the `selected` attribute of its option (the options
/// are created after the `<select>` itself, so setting the select's value
/// first would not hold); later choices set the select's `value`.
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
    let initial = selected.get_untracked();
    let options = roles
        .into_iter()
        .map(|role| {
            let is_initial = role.id == initial;
            view! {
                <option value=role.id.to_string() selected=is_initial>
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
                prop:value=move || selected.with(|id| id.to_string())
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
