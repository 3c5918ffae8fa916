use leptos::prelude::*;

use crate::dataset::{RoleId, Text};

/// A labelled native `<select>` listing every role, grouped by family.
///
/// The initial choice is the `selected` attribute of its option (the options
/// are created after the `<select>` itself, so setting the select's value
/// first would not hold); later choices set the select's `value`.
#[component]
pub fn RolePicker(
    /// The visible label, e.g. "First role".
    label: &'static str,
    /// The roles to list: each family's label and its roles, in order.
    groups: Vec<(Text, Vec<(RoleId, Text)>)>,
    /// The chosen role.
    selected: Signal<RoleId>,
    /// Called with the newly chosen role.
    on_pick: Callback<RoleId>,
    /// `a` or `b`, for styling and tests.
    side: &'static str,
    /// True in a card rendered for readers without script: nothing to pick
    /// yet, and only the chosen role is listed.
    disabled: bool,
) -> impl IntoView {
    let initial = selected.get_untracked();
    let option = |(id, title): (RoleId, Text)| {
        let is_initial = id == initial;
        view! { <option value=id.to_string() selected=is_initial>{title.to_string()}</option> }
    };
    // Pre-rendered, the picker carries only the role it shows (a sanitizer
    // that strips the select keeps no list of every title); the live card
    // builds the whole list.
    let groups = groups
        .into_iter()
        .filter_map(|(label, roles)| {
            let roles: Vec<_> = roles
                .into_iter()
                .filter(|(id, _)| !disabled || *id == initial)
                .collect();
            (!roles.is_empty()).then(|| {
                view! {
                    <optgroup label=label.to_string()>
                        {roles.into_iter().map(option).collect_view()}
                    </optgroup>
                }
            })
        })
        .collect_view();
    view! {
        <label class="rc-picker" data-side=side>
            <span class="rc-picker__label">{label}</span>
            <select
                class="rc-picker__select"
                disabled=disabled
                prop:value=move || selected.with(|id| id.to_string())
                on:change=move |ev| {
                    if let Ok(id) = RoleId::parse(&event_target_value(&ev)) {
                        on_pick.run(id);
                    }
                }
            >
                {groups}
            </select>
        </label>
    }
}
