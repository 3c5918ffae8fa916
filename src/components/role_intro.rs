use leptos::prelude::*;

use super::Card;
use crate::pair::Side;

/// A role's title and one-sentence summary: what the first screen shows of it.
#[component]
pub fn RoleIntro(
    /// The pair shown.
    card: Card,
    /// Which of its roles this is.
    side: Side,
) -> impl IntoView {
    let side_name = side.as_str();
    view! {
        <div class="rc-role" data-side=side_name>
            <h3 class="rc-role__title">
                <span class=format!("rc-marker rc-marker--{side_name}") aria-hidden="true"></span>
                {move || card.with(|c| c.roles[side].title.to_string())}
            </h3>
            <p class="rc-role__summary">{move || card.with(|c| c.roles[side].summary.to_string())}</p>
        </div>
    }
}
