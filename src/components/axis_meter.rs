use leptos::prelude::*;

use super::Card;
use crate::dataset::DimensionId;
use crate::meter::Meter;
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
    /// The dimension whose axis this is.
    id: DimensionId,
) -> impl IntoView {
    // The meter of this dimension in the card shown.
    let meter = move |c: &crate::card::CardModel| -> Option<Meter> {
        c.row(&id).and_then(|row| row.meter.clone())
    };
    let meter = Memo::new(move |_| card.with(|c| meter(c)));
    // The track and its ends belong to the dimension, the same for every pair: read once.
    let (track, (low, high)) = meter.with_untracked(|m| {
        m.as_ref()
            .map(|m| (m.track(), m.ends()))
            .unwrap_or_default()
    });
    // Where a side's marker is centred; without a position, at the middle (hidden).
    let x =
        move |side: Side| move || meter.with(|m| m.as_ref().and_then(|m| m.x(side)).unwrap_or(50));
    let hidden = move |side: Side| {
        move || {
            meter.with(|m| {
                m.as_ref()
                    .is_some_and(|m| m.x(side).is_none())
                    .then_some("hidden")
            })
        }
    };
    let missing = move || meter.with(|m| m.as_ref().and_then(|m| m.missing.clone()));
    let b_x = x(Side::B);
    view! {
        <span class="rc-meter">
            <span class="rc-meter__low" aria-hidden="true">{low}</span>
            // Its size also as attributes: drawn at that size even unstyled.
            <svg
                class="rc-meter__svg"
                width="100"
                height="24"
                viewBox="0 0 100 24"
                role="img"
                aria-label=move || meter.with(|m| m.as_ref().map(|m| m.label.clone()))
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
