use leptos::prelude::*;

use super::Card;
use crate::pair::Side;

/// A small picture of where both roles sit on a dimension's axis: five steps
/// on a track (a widening wedge for an amount, a two-way arrow for a
/// direction), a round marker for role A and a square one for role B. Screen
/// readers get the positions in words instead. A role without a position has
/// no marker, and says so under the picture.
#[component]
pub fn AxisMeter(
    /// The pair shown.
    card: Card,
    /// The row (dimension) whose axis this is.
    index: usize,
) -> impl IntoView {
    // The track and its ends belong to the dimension, the same for every pair: read once.
    let (track, (low, high)) = card.with_untracked(|c| {
        c.meter(index)
            .map(|m| (m.track(), m.ends()))
            .unwrap_or_default()
    });
    // Where a side's marker is centred; without a position, at the middle (hidden).
    let x = move |side: Side| {
        move || card.with(|c| c.meter(index).and_then(|m| m.x(side)).unwrap_or(50))
    };
    let hidden = move |side: Side| {
        move || {
            card.with(|c| {
                c.meter(index)
                    .is_some_and(|m| m.x(side).is_none())
                    .then_some("hidden")
            })
        }
    };
    let missing = move || card.with(|c| c.meter(index).and_then(|m| m.missing.clone()));
    let b_x = x(Side::B);
    view! {
        <span class="rc-meter">
            <span class="rc-meter__low" aria-hidden="true">{low}</span>
            <svg
                class="rc-meter__svg"
                viewBox="0 0 100 24"
                role="img"
                aria-label=move || card.with(|c| c.meter(index).map(|m| m.label.clone()))
            >
                <path class="rc-meter__track" d=track></path>
                <circle class="rc-meter__a" cx=x(Side::A) cy="6" r="4.5" visibility=hidden(Side::A)></circle>
                <rect
                    class="rc-meter__b"
                    x=move || b_x().saturating_sub(4)
                    y="15"
                    width="8"
                    height="8"
                    visibility=hidden(Side::B)
                ></rect>
            </svg>
            <span class="rc-meter__high" aria-hidden="true">{high}</span>
            <span class="rc-meter__none" aria-hidden="true" hidden=move || missing().is_none()>
                {missing}
            </span>
        </span>
    }
}
