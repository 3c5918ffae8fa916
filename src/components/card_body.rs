use leptos::prelude::*;

use super::{ComparisonTable, KeyDifferences, RoleHeaderView};
use crate::card::CardModel;

/// The comparison of one pair: both role headers, the key differences and the
/// table. Each part reads its own slice of `card`, so a new pair updates only
/// the parts that differ (changing role B leaves role A's header untouched).
#[component]
pub fn CardBody(
    /// The pair shown.
    card: Memo<CardModel>,
    /// When true, rows where both roles sit at the same position are hidden.
    differences_only: Signal<bool>,
) -> impl IntoView {
    let header_a = Memo::new(move |_| card.with(|c| c.a.clone()));
    let header_b = Memo::new(move |_| card.with(|c| c.b.clone()));
    let sentences = Memo::new(move |_| card.with(|c| c.key_differences.clone()));
    let note = Memo::new(move |_| card.with(|c| c.note.as_ref().map(ToString::to_string)));
    let equal_rows = Memo::new(move |_| card.with(|c| c.equal_rows));
    let caption = Memo::new(move |_| card.with(|c| c.caption.clone()));
    let a_title = Memo::new(move |_| card.with(|c| c.a.title.to_string()));
    let b_title = Memo::new(move |_| card.with(|c| c.b.title.to_string()));
    let rows = Memo::new(move |_| card.with(|c| c.rows.clone()));
    view! {
        <div class="rc-card__body">
            <div class="rc-roles">
                <RoleHeaderView header=header_a side="a" />
                <RoleHeaderView header=header_b side="b" />
            </div>
            <KeyDifferences sentences note />
            <p class="rc-card__hidden-count" hidden=move || !differences_only.get() || equal_rows.get() == 0>
                {move || format!("{} dimension(s) where both roles sit at the same place are hidden.", equal_rows.get())}
            </p>
            <ComparisonTable caption a_title b_title rows differences_only />
        </div>
    }
}
