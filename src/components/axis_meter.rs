use leptos::prelude::*;

use crate::card::Meter;

/// Horizontal span of the track in the SVG's 100-unit-wide view box: five
/// steps 21 units apart, so every coordinate is a whole number.
const LEFT: u8 = 8;
const STEP: u8 = 21;
const RIGHT: u8 = LEFT + 4 * STEP;

fn x_of(position: u8) -> u8 {
    LEFT + position.clamp(1, 5).saturating_sub(1) * STEP
}

/// A small picture of where both roles sit on a dimension's axis: a track of
/// five steps, a round marker for role A and a square one for role B. Screen
/// readers get the positions in words instead.
#[component]
pub fn AxisMeter(
    /// The positions and the axis's ends; `None` draws an empty track.
    meter: Signal<Option<Meter>>,
) -> impl IntoView {
    let read = move |part: fn(&Meter) -> String| {
        move || meter.with(|m| m.as_ref().map(part).unwrap_or_default())
    };
    // The axis's ends belong to the dimension, the same for every pair: read once.
    let end = move |part: fn(&Meter) -> String| {
        meter.with_untracked(|m| m.as_ref().map(part).unwrap_or_default())
    };
    let position = move |part: fn(&Meter) -> u8| move || meter.with(|m| m.as_ref().map_or(1, part));
    let a = position(|m| m.a);
    let b = position(|m| m.b);
    let ticks = (1..=5u8)
        .map(
            |p| view! { <line class="rc-meter__tick" x1=x_of(p) x2=x_of(p) y1="9" y2="15"></line> },
        )
        .collect_view();
    view! {
        <div class="rc-meter">
            <svg class="rc-meter__svg" viewBox="0 0 100 24" role="img" aria-label=read(|m| m.label.clone())>
                <line class="rc-meter__track" x1=LEFT x2=RIGHT y1="12" y2="12"></line>
                {ticks}
                <circle class="rc-meter__a" cx=move || x_of(a()) cy="7" r="4.5"></circle>
                <rect class="rc-meter__b" x=move || x_of(b()) - 4 y="13" width="8" height="8"></rect>
            </svg>
            <div class="rc-meter__ends" aria-hidden="true">
                <span>{end(|m| m.low.to_string())}</span>
                <span>{end(|m| m.high.to_string())}</span>
            </div>
        </div>
    }
}
