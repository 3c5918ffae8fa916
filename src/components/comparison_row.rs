use leptos::prelude::*;

use super::AxisMeter;
use crate::card::RowModel;

/// One dimension of the table: its label and question, what each role does,
/// and where both sit on the axis (when the dimension has one).
///
/// The dimension (id, label, question, whether it has an axis) is the same for
/// every pair, so it is read once; the roles' texts and positions follow the pair.
#[component]
pub fn ComparisonRow(
    /// All rows of the shown pair.
    rows: Memo<Vec<RowModel>>,
    /// Which of them this is.
    index: usize,
    /// Role A's title (labels A's cell in the stacked layout).
    a_title: Memo<String>,
    /// Role B's title.
    b_title: Memo<String>,
    /// When true, the row is hidden if both roles sit at the same position.
    differences_only: Signal<bool>,
) -> impl IntoView {
    let read = move |part: fn(&RowModel) -> String| {
        move || rows.with(|rows| rows.get(index).map(part).unwrap_or_default())
    };
    let fixed = move |part: fn(&RowModel) -> String| {
        rows.with_untracked(|rows| rows.get(index).map(part).unwrap_or_default())
    };
    let equal = move || rows.with(|rows| rows.get(index).is_some_and(|r| !r.differs));
    let meter =
        Signal::derive(move || rows.with(|rows| rows.get(index).and_then(|r| r.meter.clone())));
    let has_meter = rows.with_untracked(|rows| rows.get(index).is_some_and(|r| r.meter.is_some()));
    view! {
        <tr
            class="rc-row"
            data-dimension=fixed(|r| r.id.to_string())
            data-equal=move || equal().then_some("true")
            data-filtered=move || (differences_only.get() && equal()).then_some("true")
        >
            <th scope="row" class="rc-row__head">
                <span class="rc-row__label">{fixed(|r| r.label.to_string())}</span>
                <span class="rc-row__question">{fixed(|r| r.question.to_string())}</span>
            </th>
            <td class="rc-row__cell" data-side="a" data-role=move || a_title.get()>{read(|r| r.a.to_string())}</td>
            <td class="rc-row__cell" data-side="b" data-role=move || b_title.get()>{read(|r| r.b.to_string())}</td>
            <td class="rc-row__meter">
                {has_meter.then(|| view! { <AxisMeter meter /> })}
            </td>
        </tr>
    }
}
