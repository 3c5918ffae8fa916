use leptos::prelude::*;

use super::AxisMeter;
use crate::card::RowModel;

/// The dimension-by-dimension table: a caption naming both roles, a column
/// per role, a row header per dimension, and the positions on each axis.
#[component]
pub fn ComparisonTable(
    /// The caption.
    caption: String,
    /// Role A's title (column header).
    a_title: String,
    /// Role B's title (column header).
    b_title: String,
    /// The rows, in dimension order.
    rows: Vec<RowModel>,
    /// When true, rows where both roles sit at the same position are hidden.
    differences_only: Signal<bool>,
) -> impl IntoView {
    let body = rows
        .into_iter()
        .map(|row| {
            let (a_title, b_title) = (a_title.clone(), b_title.clone());
            let differs = row.differs;
            view! {
                <tr
                    class="rc-row"
                    data-dimension=row.id.to_string()
                    data-equal=(!differs).then_some("true")
                    data-filtered=move || (differences_only.get() && !differs).then_some("true")
                >
                    <th scope="row" class="rc-row__head">
                        <span class="rc-row__label">{row.label.to_string()}</span>
                        <span class="rc-row__question">{row.question.to_string()}</span>
                    </th>
                    <td class="rc-row__cell" data-side="a" data-role=a_title>{row.a.to_string()}</td>
                    <td class="rc-row__cell" data-side="b" data-role=b_title>{row.b.to_string()}</td>
                    <td class="rc-row__meter">
                        {row.meter.map(|meter| view! { <AxisMeter meter /> })}
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="rc-table-wrap">
            <table class="rc-table" part="table">
                <caption class="rc-table__caption">{caption}</caption>
                <thead>
                    <tr>
                        <th scope="col" class="rc-table__dim">"Dimension"</th>
                        <th scope="col"><span class="rc-marker rc-marker--a" aria-hidden="true"></span>{a_title.clone()}</th>
                        <th scope="col"><span class="rc-marker rc-marker--b" aria-hidden="true"></span>{b_title.clone()}</th>
                        <th scope="col" class="rc-table__pos">"Where they sit"</th>
                    </tr>
                </thead>
                <tbody>{body}</tbody>
            </table>
        </div>
    }
}
