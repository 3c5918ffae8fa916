use leptos::either::Either;
use leptos::prelude::*;

use super::{Card, DimensionRow};
use crate::words;

/// Every dimension of the pair, each a disclosure that shows its label and
/// picture closed and both roles' texts open; one control opens or closes
/// them all, another hides the rows where both roles sit at the same place.
///
/// Every role covers every dimension, so each row follows its own dimension
/// when the pair changes.
#[component]
pub fn Dimensions(
    /// The pair shown.
    card: Card,
    /// True in a card rendered for readers without script: the tools are
    /// an invisible placeholder of their size.
    disabled: bool,
    /// True when the whole table sits in one closed disclosure under its
    /// caption (a card in a frame that must stay short).
    folded: bool,
) -> impl IntoView {
    let differences_only = RwSignal::new(false);
    let all_open = RwSignal::new(false);
    // One row per dimension shown, keyed by its id: a new pair updates the
    // rows in place, and a new list of dimensions (an element's `dimensions`
    // attribute) adds, drops or moves only the rows that changed.
    let ids = Memo::new(move |_| {
        card.with(|c| c.rows.iter().map(|row| row.id.clone()).collect::<Vec<_>>())
    });
    let rows = view! {
        <For
            each=move || ids.get()
            key=|id| id.clone()
            children=move |id| view! { <DimensionRow card id all_open=all_open.into() /> }
        />
    };
    let title = move || card.with(|c| c.caption.clone());
    let tools = view! {
        <div class="rc-dims__tools">
            <label class="rc-toggle">
                <input
                    type="checkbox"
                    class="rc-toggle__input"
                    prop:checked=move || differences_only.get()
                    on:change=move |ev| differences_only.set(event_target_checked(&ev))
                />
                <span>{words::DIFFERENCES_ONLY}</span>
            </label>
            <button
                class="rc-open-all"
                type="button"
                on:click=move |_| all_open.update(|open| *open = !*open)
            >
                {move || words::open_all(all_open.get())}
            </button>
        </div>
    };
    // Pre-rendered, only the tools' place: they need script. Only the
    // pre-render step (`ssr`) renders cards without script.
    #[cfg(feature = "ssr")]
    let tools = if disabled {
        Either::Left(view! {
            <div class="rc-dims__tools rc-later" aria-hidden="true">
                <span class="rc-toggle">
                    <span class="rc-toggle__input"></span>
                    <span data-label=words::DIFFERENCES_ONLY></span>
                </span>
                <span class="rc-open-all" data-label=words::open_all(false)></span>
            </div>
        })
    } else {
        Either::Right(tools)
    };
    #[cfg(not(feature = "ssr"))]
    let _ = disabled;
    let table = view! {
        <p class="rc-dims__hidden-count" hidden=move || !differences_only.get() || card.with(|c| c.equal_rows == 0)>
            {move || card.with(|c| c.hidden_rows_note())}
        </p>
        <ul class="rc-dims__list" role="list" data-differences-only=move || differences_only.get().then_some("true")>
            {rows}
        </ul>
    };
    let body = if folded {
        Either::Left(view! {
            <details class="rc-dims__fold">
                <summary class="rc-dims__fold-summary">
                    <h3 class="rc-dims__title">{words::FOLDED_DIMENSIONS}</h3>
                </summary>
                <div class="rc-dims__head">{tools}</div>
                {table}
            </details>
        })
    } else {
        Either::Right(view! {
            <div class="rc-dims__head">
                <h3 class="rc-dims__title">{title}</h3>
                {tools}
            </div>
            {table}
        })
    };
    view! {
        <section class="rc-dims" part="dimensions table" aria-label=title>
            {body}
        </section>
    }
}
