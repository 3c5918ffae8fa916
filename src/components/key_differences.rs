use leptos::prelude::*;

/// The generated key differences of a pair, and its curated note if any.
#[component]
pub fn KeyDifferences(
    /// One sentence per key difference, widest gap first.
    sentences: Memo<Vec<String>>,
    /// The curated bottom line.
    note: Memo<Option<String>>,
) -> impl IntoView {
    let empty = Memo::new(move |_| sentences.with(Vec::is_empty));
    view! {
        <section class="rc-keys" part="key-differences" aria-label="Key differences">
            <h3 class="rc-keys__title">"Key differences"</h3>
            {move || empty.get().then(|| view! { <p class="rc-keys__none">"These two roles sit at the same place on every scale; read the rows for the detail."</p> })}
            <ul class="rc-keys__list">
                {move || sentences.get().into_iter().map(|s| view! { <li>{s}</li> }).collect_view()}
            </ul>
            {move || note.get().map(|note| view! {
                <p class="rc-keys__note"><strong>"Bottom line: "</strong>{note}</p>
            })}
        </section>
    }
}
