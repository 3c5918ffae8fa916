use leptos::prelude::*;

use crate::card::Meter;

/// Horizontal span of the track in the SVG's 100-unit-wide view box.
const LEFT: f32 = 8.0;
const RIGHT: f32 = 92.0;

fn x_of(position: u8) -> f32 {
    LEFT + f32::from(position.saturating_sub(1)) * (RIGHT - LEFT) / 4.0
}

/// A small picture of where both roles sit on a dimension's axis: a track of
/// five steps, a round marker for role A and a square one for role B. Screen
/// readers get the positions in words instead.
#[component]
pub fn AxisMeter(
    /// The positions and the axis's ends.
    meter: Meter,
) -> impl IntoView {
    let ticks = (1..=5u8)
        .map(
            |p| view! { <line class="rc-meter__tick" x1=x_of(p) x2=x_of(p) y1="9" y2="15"></line> },
        )
        .collect_view();
    view! {
        <div class="rc-meter">
            <svg class="rc-meter__svg" viewBox="0 0 100 24" role="img" aria-label=meter.label.clone()>
                <line class="rc-meter__track" x1=LEFT x2=RIGHT y1="12" y2="12"></line>
                {ticks}
                <circle class="rc-meter__a" cx=x_of(meter.a) cy="7" r="4.5"></circle>
                <rect class="rc-meter__b" x=x_of(meter.b) - 4.0 y="13" width="8" height="8"></rect>
            </svg>
            <div class="rc-meter__ends" aria-hidden="true">
                <span>{meter.low.to_string()}</span>
                <span>{meter.high.to_string()}</span>
            </div>
        </div>
    }
}
