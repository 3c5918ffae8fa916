use leptos::prelude::*;

use super::ComparisonRow;
use crate::card::RowModel;

/// The dimension-by-dimension table: a caption naming both roles, a column
/// per role, a row header per dimension, and the positions on each axis.
///
/// Every role covers every dimension, so the rows are built once and each
/// follows its own dimension when the pair changes.
#[component]
pub fn ComparisonTable(
    /// The caption.
    caption: Memo<String>,
    /// Role A's title (column header).
    a_title: Memo<String>,
    /// Role B's title (column header).
    b_title: Memo<String>,
    /// The rows, in dimension order.
    rows: Memo<Vec<RowModel>>,
    /// When true, rows where both roles sit at the same position are hidden.
    differences_only: Signal<bool>,
) -> impl IntoView {
    let body = (0..rows.with_untracked(Vec::len))
        .map(|index| view! { <ComparisonRow rows index a_title b_title differences_only /> })
        .collect_view();
    view! {
        <div class="rc-table-wrap">
            <table class="rc-table" part="table">
                <caption class="rc-table__caption">{move || caption.get()}</caption>
                <thead>
                    <tr>
                        <th scope="col" class="rc-table__dim">"Dimension"</th>
                        <th scope="col"><span class="rc-marker rc-marker--a" aria-hidden="true"></span>{move || a_title.get()}</th>
                        <th scope="col"><span class="rc-marker rc-marker--b" aria-hidden="true"></span>{move || b_title.get()}</th>
                        <th scope="col" class="rc-table__pos">"Where they sit"</th>
                    </tr>
                </thead>
                <tbody>{body}</tbody>
            </table>
        </div>
    }
}
