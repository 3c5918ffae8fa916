use leptos::prelude::*;

use crate::choice::{Choice, PickerGroups};
use crate::dataset::{RoleId, Text};
use crate::pair::Side;
use crate::words;

/// A labelled native `<select>` listing every role, grouped by family: the
/// role of one side of the pair.
///
/// The role the other side holds is disabled in the list. The initial
/// choice is the `selected` attribute of its option (the options
/// are created after the `<select>` itself, so setting the select's value
/// first would not hold); later choices set the select's `value`.
///
/// Each option names its role in its `label` attribute, not in its text: a
/// sanitizer that strips the select (WordPress's kses for authors) keeps no
/// list of every title, so a pre-rendered card can carry the whole list and
/// the reader can pick before the core has loaded.
#[component]
pub fn RolePicker(
    /// Which role of the pair this picks.
    side: Side,
    /// The roles to list: each family's label and its roles, in order.
    groups: PickerGroups,
    /// The pair, and what a pick does.
    choice: Choice,
    /// True in a card rendered for readers without script: nothing to pick
    /// until `role-compare.js` enables it.
    disabled: bool,
) -> impl IntoView {
    let selected = choice.pair[side];
    let other = choice.pair[side.other()];
    let initial = selected.get_untracked();
    let option = move |(id, title): (RoleId, Text)| {
        let is_initial = id == initial;
        // The other side's role is not offered: picking it would compare a role with itself.
        let taken = {
            let id = id.clone();
            move || other.with(|other| other == &id)
        };
        view! {
            <option value=id.to_string() label=title.to_string() selected=is_initial disabled=taken></option>
        }
    };
    let groups = groups
        .into_iter()
        .map(|(label, roles)| {
            view! {
                <optgroup label=label.to_string()>
                    {roles.into_iter().map(&option).collect_view()}
                </optgroup>
            }
        })
        .collect_view();
    let label = match side {
        Side::A => words::FIRST_ROLE,
        Side::B => words::SECOND_ROLE,
    };
    view! {
        <label class="rc-picker" data-side=side.as_str()>
            <span class="rc-picker__label">{label}</span>
            // No restored value: a browser that restores a form on back and forward
            // would leave the picker showing one role and the card another.
            <select
                class="rc-picker__select"
                autocomplete="off"
                disabled=disabled
                prop:value=move || selected.with(|id| id.to_string())
                on:change=move |ev| {
                    if let Ok(id) = RoleId::parse(&event_target_value(&ev)) {
                        choice.pick(side, id);
                    }
                }
            >
                {groups}
            </select>
        </label>
    }
}
