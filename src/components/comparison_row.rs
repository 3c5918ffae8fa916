use leptos::prelude::*;

use super::{role_title, AxisMeter};
use crate::card::{CardModel, RowModel, Side};

/// One dimension of the table: its label and question, what each role does,
/// and where both sit on the axis (when the dimension has one). A row where
/// both sit at the same place is marked `data-equal`, which the table's
/// "differences only" state hides.
///
/// The dimension (id, label, question, whether it has an axis) is the same for
/// every pair, so it is read once; the roles' texts and positions follow the pair.
#[component]
pub fn ComparisonRow(
    /// The pair shown.
    card: Memo<CardModel>,
    /// Which row (dimension) of the card this is.
    index: usize,
) -> impl IntoView {
    let fixed = move |part: fn(&RowModel) -> String| {
        card.with_untracked(|c| c.rows.get(index).map(part).unwrap_or_default())
    };
    let cell = move |side: Side| {
        move || {
            card.with(|c| {
                c.rows
                    .get(index)
                    .map(|r| r.text(side).to_owned())
                    .unwrap_or_default()
            })
        }
    };
    let equal = move || card.with(|c| c.rows.get(index).is_some_and(|r| !r.differs));
    let has_meter = card.with_untracked(|c| c.rows.get(index).is_some_and(|r| r.meter.is_some()));
    view! {
        <tr
            class="rc-row"
            data-dimension=fixed(|r| r.id.to_string())
            data-equal=move || equal().then_some("true")
        >
            <th scope="row" class="rc-row__head">
                <span class="rc-row__label">{fixed(|r| r.label.to_string())}</span>
                <span class="rc-row__question">{fixed(|r| r.question.to_string())}</span>
            </th>
            <td class="rc-row__cell" data-side="a" data-role=role_title(card, Side::A)>{cell(Side::A)}</td>
            <td class="rc-row__cell" data-side="b" data-role=role_title(card, Side::B)>{cell(Side::B)}</td>
            <td class="rc-row__meter">
                {has_meter.then(|| view! { <AxisMeter card index /> })}
            </td>
        </tr>
    }
}
