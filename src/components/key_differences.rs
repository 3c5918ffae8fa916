use leptos::prelude::*;

use super::Card;

/// The generated key differences of a pair, and its curated note if any.
#[component]
pub fn KeyDifferences(
    /// The pair shown.
    card: Card,
) -> impl IntoView {
    let sentences = move || card.with(|c| c.key_differences.clone());
    let note = move || card.with(|c| c.note.as_ref().map(ToString::to_string));
    view! {
        <section class="rc-keys" part="key-differences" aria-label="Key differences">
            <h3 class="rc-keys__title">"Key differences"</h3>
            {move || card.with(|c| c.key_differences.is_empty()).then(|| view! {
                <p class="rc-keys__none">"These two roles sit at the same place on every scale; read the rows for the detail."</p>
            })}
            <ul class="rc-keys__list">
                {move || sentences().into_iter().map(|s| view! { <li>{s}</li> }).collect_view()}
            </ul>
            {move || note().map(|note| view! {
                <p class="rc-keys__note"><strong>"Bottom line: "</strong>{note}</p>
            })}
        </section>
    }
}
