use leptos::prelude::*;

use super::Card;
use crate::card::KeyLine;
use crate::pair::{Pair, Side};
use crate::words;

/// What sets the pair apart: for each key difference the dimension and what
/// each role does there (each beside its role's marker, its title said to
/// screen readers), then the bottom line.
#[component]
pub fn KeyDifferences(
    /// The pair shown.
    card: Card,
) -> impl IntoView {
    let lines = move || card.with(|c| c.key_differences.clone());
    let titles =
        move || card.with(|c| Pair::new(c.roles.a.title.to_string(), c.roles.b.title.to_string()));
    view! {
        <section class="rc-keys" part="key-differences" aria-label=words::KEY_DIFFERENCES>
            <h3 class="rc-keys__title">{words::KEY_DIFFERENCES}</h3>
            <Show when=move || card.with(|c| c.close.is_some())>
                <p class="rc-keys__close">{move || card.with(|c| c.close.clone())}</p>
            </Show>
            <ul class="rc-keys__list">
                {move || {
                    let titles = titles();
                    lines()
                        .into_iter()
                        .map(|line| key_line(line, &titles.a, &titles.b))
                        .collect_view()
                }}
            </ul>
            <p class="rc-keys__note">
                <strong>{words::BOTTOM_LINE}</strong>
                {move || card.with(|c| c.bottom_line.clone())}
            </p>
        </section>
    }
}

/// One key difference: its label, then both roles' phrases.
fn key_line(line: KeyLine, a: &str, b: &str) -> impl IntoView {
    let side = |side: Side, title: &str| {
        let name = side.as_str();
        view! {
            <span class="rc-key__gist" data-side=name>
                <span class=format!("rc-marker rc-marker--{name}") aria-hidden="true"></span>
                <span class="rc-visually-hidden">{format!("{title}: ")}</span>
                {line.gists[side].clone()}
            </span>
        }
    };
    view! {
        <li class="rc-key">
            <span class="rc-key__label">{line.label.to_string()}</span>
            {side(Side::A, a)}
            {side(Side::B, b)}
        </li>
    }
}
