use leptos::prelude::*;

use super::Card;
use crate::moves::MoveModel;
use crate::pair::Side;
use crate::words;

/// Moving between the two roles, one closed disclosure: for each direction
/// its heading (from whom to whom, and what kind of move), then its route,
/// what it takes and the pay step. Shown when both roles carry their career
/// paths.
#[component]
pub fn Moves(
    /// The pair shown.
    card: Card,
) -> impl IntoView {
    let direction = move |side: Side| {
        view! {
            <div class="rc-move" data-side=side.as_str()>
                {move || card.with(|c| c.moves.as_ref().map(|m| one_way(&m[side])))}
            </div>
        }
    };
    view! {
        <Show when=move || card.with(|c| c.moves.is_some())>
            <details class="rc-moves">
                <summary class="rc-moves__summary">{words::MOVES}</summary>
                {direction(Side::A)}
                {direction(Side::B)}
            </details>
        </Show>
    }
}

/// One direction: its heading, then a paragraph a line.
fn one_way(m: &MoveModel) -> impl IntoView {
    let lines = m
        .lines
        .iter()
        .map(|line| view! { <p class="rc-move__line">{line.clone()}</p> })
        .collect_view();
    view! {
        <h4 class="rc-move__heading">{m.heading.clone()}</h4>
        {lines}
    }
}
