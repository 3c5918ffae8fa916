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
    view! {
        <div class="rc-card__body">
            <div class="rc-roles">
                <RoleHeaderView card side=Side::A />
                <RoleHeaderView card side=Side::B />
            </div>
            <KeyDifferences card />
            <p class="rc-card__hidden-count" hidden=move || !differences_only.get() || card.with(|c| c.equal_rows == 0)>
                {move || card.with(CardModel::hidden_rows_note)}
            </p>
            <ComparisonTable card differences_only />
        </div>
    }
}
