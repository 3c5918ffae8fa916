use leptos::prelude::*;

use super::{ComparisonTable, KeyDifferences, RoleHeaderView};
use crate::card::{CardModel, Side};

/// The comparison of one pair: both role headers, the key differences and the
/// table. Every part reads what it shows from `card`, so a new pair updates
/// texts and attributes in place (and writes only those that changed).
#[component]
pub fn CardBody(
    /// The pair shown.
    card: Memo<CardModel>,
    /// When true, rows where both roles sit at the same position are hidden.
    differences_only: Signal<bool>,
) -> impl IntoView {
    let equal_rows = move || card.with(|c| c.equal_rows);
    view! {
        <div class="rc-card__body">
            <div class="rc-roles">
                <RoleHeaderView card side=Side::A />
                <RoleHeaderView card side=Side::B />
            </div>
            <KeyDifferences card />
            <p class="rc-card__hidden-count" hidden=move || !differences_only.get() || equal_rows() == 0>
                {move || format!("{} dimension(s) where both roles sit at the same place are hidden.", equal_rows())}
            </p>
            <ComparisonTable card differences_only />
        </div>
    }
}
