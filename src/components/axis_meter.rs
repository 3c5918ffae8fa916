use leptos::prelude::*;

use super::{attribute, number, text, At, Card, Read};
use crate::card::{CardModel, Side};

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
    let label = text(card, At::row(index), |c, at| {
        c.meter(at.row).map(|m| m.label.clone()).unwrap_or_default()
    });
    let hidden: Read<Option<&'static str>> = |c, at| {
        c.meter(at.row)
            .is_some_and(|m| m.x(at.side).is_none())
            .then_some("hidden")
    };
    let (a, b) = (At::cell(Side::A, index), At::cell(Side::B, index));
    // The track and its ends belong to the dimension, the same for every pair: read once.
    let (track, (low, high)) = card.with_untracked(|c| {
        c.meter(index)
            .map(|m| (m.track(), m.ends()))
            .unwrap_or_default()
    });
    let missing = move || {
        card.with(|c| {
            let title = |side: Side| c.header(side).title.to_string();
            match c.meter(index).map(|m| (m.a.is_none(), m.b.is_none())) {
                Some((true, true)) => Some("Not a defining part of either role".to_owned()),
                Some((true, false)) => Some(format!(
                    "{}: not a defining part of this role",
                    title(Side::A)
                )),
                Some((false, true)) => Some(format!(
                    "{}: not a defining part of this role",
                    title(Side::B)
                )),
                _ => None,
            }
        })
    };
    view! {
        <span class="rc-meter">
            <span class="rc-meter__low" aria-hidden="true">{low}</span>
            <svg class="rc-meter__svg" viewBox="0 0 100 24" role="img" aria-label=label>
                <path class="rc-meter__track" d=track></path>
                <circle
                    class="rc-meter__a"
                    cx=number(card, a, marker_x)
                    cy="6"
                    r="4.5"
                    visibility=attribute(card, a, hidden)
                ></circle>
                <rect
                    class="rc-meter__b"
                    x=number(card, b, |c, at| marker_x(c, at).saturating_sub(4))
                    y="15"
                    width="8"
                    height="8"
                    visibility=attribute(card, b, hidden)
                ></rect>
            </svg>
            <span class="rc-meter__high" aria-hidden="true">{high}</span>
            <span class="rc-meter__none" aria-hidden="true" hidden=move || missing().is_none()>
                {missing}
            </span>
        </span>
    }
}

/// Where a side's marker is centred; without a position, at the middle (hidden).
fn marker_x(card: &CardModel, at: At) -> u8 {
    card.meter(at.row).and_then(|m| m.x(at.side)).unwrap_or(50)
}
