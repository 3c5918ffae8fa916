use leptos::prelude::*;

use super::{role_title, ComparisonRow};
use crate::card::{CardModel, Side};

/// The dimension-by-dimension table: a caption naming both roles, a column
/// per role, a row header per dimension, and the positions on each axis.
///
/// Every role covers every dimension, so the rows are built once and each
/// follows its own dimension when the pair changes.
#[component]
pub fn ComparisonTable(
    /// The pair shown.
    card: Memo<CardModel>,
    /// When true, rows where both roles sit at the same position are hidden.
    differences_only: Signal<bool>,
) -> impl IntoView {
    let body = (0..card.with_untracked(|c| c.rows.len()))
        .map(|index| view! { <ComparisonRow card index /> })
        .collect_view();
    view! {
        <div class="rc-table-wrap">
            <table
                class="rc-table"
                part="table"
                data-differences-only=move || differences_only.get().then_some("true")
            >
                <caption class="rc-table__caption">{move || card.with(|c| c.caption.clone())}</caption>
                <thead>
                    <tr>
                        <th scope="col" class="rc-table__dim">"Dimension"</th>
                        <th scope="col"><span class="rc-marker rc-marker--a" aria-hidden="true"></span>{role_title(card, Side::A)}</th>
                        <th scope="col"><span class="rc-marker rc-marker--b" aria-hidden="true"></span>{role_title(card, Side::B)}</th>
                        <th scope="col" class="rc-table__pos">"Where they sit"</th>
                    </tr>
                </thead>
                <tbody>{body}</tbody>
            </table>
        </div>
    }
}
