use std::sync::Arc;

use leptos::prelude::*;

use super::{CardBody, RolePicker};
use crate::card::{announcement, CardModel};
use crate::dataset::{Dataset, RoleId};
use crate::selection::Theme;

/// The comparison card: two role pickers, a swap button, a "differences only"
/// toggle, and the comparison of the chosen pair.
///
/// The body is built when a comparable pair is first shown (and again after
/// the same-role message); each later pick updates it in place, writing only
/// the texts and attributes that differ.
///
/// ```ignore
/// view! { <RoleCompare data a b /> }
/// ```
#[component]
pub fn RoleCompare(
    /// The roles to choose from.
    data: Arc<Dataset>,
    /// The role shown on the left at first.
    a: RoleId,
    /// The role shown on the right at first.
    b: RoleId,
    /// The colour theme.
    #[prop(optional)]
    theme: Theme,
    /// Problems with the card's configuration, shown above it.
    #[prop(optional)]
    notices: Vec<String>,
    /// Called after the reader changes the pair, with the new pair.
    #[prop(optional)]
    on_change: Option<Callback<(RoleId, RoleId)>>,
) -> impl IntoView {
    let role_a = RwSignal::new(a);
    let role_b = RwSignal::new(b);
    let differences_only = RwSignal::new(false);
    let announced = RwSignal::new(String::new());

    let after_change = {
        let data = data.clone();
        move || {
            let (a, b) = (role_a.get_untracked(), role_b.get_untracked());
            announced.set(announcement(&data, &a, &b));
            if let Some(callback) = on_change {
                callback.run((a, b));
            }
        }
    };
    let pick_a = Callback::new({
        let after_change = after_change.clone();
        move |id| {
            role_a.set(id);
            after_change();
        }
    });
    let pick_b = Callback::new({
        let after_change = after_change.clone();
        move |id| {
            role_b.set(id);
            after_change();
        }
    });
    let swap = move |_| {
        let (a, b) = (role_a.get_untracked(), role_b.get_untracked());
        role_a.set(b);
        role_b.set(a);
        after_change();
    };

    let roles = data.roles.to_vec();
    let pair = Memo::new(move |_| CardModel::new(&data, &role_a.get(), &role_b.get()));
    let comparable = Memo::new(move |_| pair.with(Result::is_ok));
    let body = move || {
        // Tracks only whether the pair is comparable; the card itself follows `pair`.
        let first = comparable
            .get()
            .then(|| pair.get_untracked().ok())
            .flatten();
        match first {
            Some(first) => {
                // While the pair is not comparable this body is being replaced by the message.
                let card = Memo::new(move |_| pair.get().unwrap_or_else(|_| first.clone()));
                view! { <CardBody card differences_only=differences_only.into() /> }.into_any()
            }
            None => view! {
                <p class="rc-message" role="note">
                    {move || pair.with(|p| p.as_ref().err().map(ToString::to_string))}
                </p>
            }
            .into_any(),
        }
    };

    view! {
        <section class="rc-card" part="card" data-theme=theme.as_str() aria-label="Role comparison">
            {(!notices.is_empty()).then(|| view! {
                <div class="rc-notices" role="alert">
                    {notices.into_iter().map(|n| view! { <p class="rc-notices__item">{n}</p> }).collect_view()}
                </div>
            })}
            <div class="rc-controls" part="controls">
                <RolePicker label="First role" side="a" roles=roles.clone() selected=role_a.into() on_pick=pick_a />
                <button class="rc-swap" type="button" on:click=swap aria-label="Swap the two roles">
                    <span aria-hidden="true">"⇄ "</span>"Swap"
                </button>
                <RolePicker label="Second role" side="b" roles=roles selected=role_b.into() on_pick=pick_b />
                <label class="rc-toggle">
                    <input
                        type="checkbox"
                        class="rc-toggle__input"
                        prop:checked=move || differences_only.get()
                        on:change=move |ev| differences_only.set(event_target_checked(&ev))
                    />
                    <span>"Differences only"</span>
                </label>
            </div>
            <p class="rc-visually-hidden" role="status" aria-live="polite">{move || announced.get()}</p>
            {body}
        </section>
    }
}
