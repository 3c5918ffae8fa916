use leptos::prelude::*;

use super::{AxisMeter, Card};
use crate::card::RowModel;
use crate::dataset::DimensionId;
use crate::pair::Side;

/// One dimension: a native disclosure whose summary shows the dimension's
/// label and the picture of both positions, and whose body holds the question
/// and what each role does. A row where both roles sit at the same place is
/// marked `data-equal`, which "differences only" hides.
///
/// The dimension (id, label, question, whether it has an axis) is the same for
/// every pair, so it is read once; the roles' texts and positions follow the
/// pair. Rows are keyed by their dimension, never by their place.
#[component]
pub fn DimensionRow(
    /// The pair shown.
    card: Card,
    /// The dimension this row shows.
    id: DimensionId,
    /// Set to open or close this disclosure with all the others.
    all_open: Signal<bool>,
) -> impl IntoView {
    let fixed = {
        let id = id.clone();
        move |part: fn(&RowModel) -> String| {
            card.with_untracked(|c| c.row(&id).map(part).unwrap_or_default())
        }
    };
    let role = |side: Side| {
        let side_name = side.as_str();
        let id = id.clone();
        view! {
            <div class="rc-dim__role" data-side=side_name>
                <dt class="rc-dim__who">
                    <span class=format!("rc-marker rc-marker--{side_name}") aria-hidden="true"></span>
                    {move || card.with(|c| c.roles[side].title.to_string())}
                </dt>
                <dd class="rc-dim__text">
                    {move || card.with(|c| c.row(&id).map(|r| r.texts[side].to_string()))}
                </dd>
            </div>
        }
    };
    let equal = {
        let id = id.clone();
        move || card.with(|c| c.row(&id).is_some_and(|r| !r.differs).then_some("true"))
    };
    let has_meter = card.with_untracked(|c| c.row(&id).is_some_and(|r| r.meter.is_some()));
    view! {
        <li class="rc-dim" data-dimension=fixed(|r| r.id.to_string()) data-equal=equal>
            <details class="rc-dim__details" prop:open=move || all_open.get()>
                <summary class="rc-dim__summary">
                    <span class="rc-dim__label">{fixed(|r| r.label.to_string())}</span>
                    {has_meter.then(|| view! { <AxisMeter card id=id.clone() /> })}
                </summary>
                <div class="rc-dim__body">
                    <p class="rc-dim__question">{fixed(|r| r.question.to_string())}</p>
                    <dl class="rc-dim__roles">{role(Side::A)}{role(Side::B)}</dl>
                </div>
            </details>
        </li>
    }
}
