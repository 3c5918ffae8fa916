use leptos::prelude::*;

use crate::card::{CardModel, Meter, Side, METER_TRACK};

/// A small picture of where both roles sit on a dimension's axis: a track of
/// five steps, a round marker for role A and a square one for role B. Screen
/// readers get the positions in words instead.
#[component]
pub fn AxisMeter(
    /// The pair shown.
    card: Memo<CardModel>,
    /// The row (dimension) whose axis this is.
    index: usize,
) -> impl IntoView {
    let label = move || card.with(|c| c.meter(index).map(|m| m.label.clone()).unwrap_or_default());
    let x = move |side: Side| move || card.with(|c| c.meter(index).and_then(|m| m.x(side)));
    // The axis's ends belong to the dimension, the same for every pair: read once.
    let end = move |part: fn(&Meter) -> String| {
        card.with_untracked(|c| c.meter(index).map(part).unwrap_or_default())
    };
    let (a, b) = (x(Side::A), x(Side::B));
    view! {
        <div class="rc-meter">
            <svg class="rc-meter__svg" viewBox="0 0 100 24" role="img" aria-label=label>
                <path class="rc-meter__track" d=METER_TRACK></path>
                <circle
                    class="rc-meter__a"
                    cx=move || a().unwrap_or(50)
                    cy="7"
                    r="4.5"
                    visibility=move || a().is_none().then_some("hidden")
                ></circle>
                <rect
                    class="rc-meter__b"
                    x=move || b().unwrap_or(50).saturating_sub(4)
                    y="13"
                    width="8"
                    height="8"
                    visibility=move || b().is_none().then_some("hidden")
                ></rect>
            </svg>
            <div class="rc-meter__ends" aria-hidden="true">
                <span>{end(|m| m.low.to_string())}</span>
                <span>{end(|m| m.high.to_string())}</span>
            </div>
        </div>
    }
}
