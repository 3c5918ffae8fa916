use leptos::prelude::*;

use crate::card::{CardModel, RoleHeader, Side, SourcedFact};

/// A role's title, summary, "suits you if" line and sourced figures.
#[component]
pub fn RoleHeaderView(
    /// The pair shown.
    card: Memo<CardModel>,
    /// Which of its roles this header shows.
    side: Side,
) -> impl IntoView {
    let text =
        move |part: fn(&RoleHeader) -> &str| move || card.with(|c| part(c.header(side)).to_owned());
    let facts = card
        .with_untracked(|c| c.header(side).facts.clone())
        .into_iter()
        .enumerate()
        .map(|(index, line)| {
            let fact = move || {
                card.with(|c| {
                    c.header(side)
                        .facts
                        .get(index)
                        .and_then(|line| line.fact.clone())
                })
            };
            view! {
                <div class="rc-facts__item">
                    <dt class="rc-facts__label">{line.label}</dt>
                    {move || fact_value(fact())}
                </div>
            }
        })
        .collect_view();
    let side_name = side.as_str();
    view! {
        <article class="rc-role" data-side=side_name>
            <h3 class="rc-role__title">
                <span class=format!("rc-marker rc-marker--{side_name}") aria-hidden="true"></span>
                {text(|h| &h.title)}
            </h3>
            <p class="rc-role__summary">{text(|h| &h.summary)}</p>
            <p class="rc-role__suits"><strong>"Suits you if "</strong>{text(|h| &h.suits_you_if)}</p>
            <dl class="rc-facts">{facts}</dl>
            {move || card.with(|c| c.header(side).occupation.clone()).map(|o| view! { <p class="rc-role__occupation">{o}</p> })}
        </article>
    }
}

/// A figure with its year and linked source, or "no figure".
fn fact_value(fact: Option<SourcedFact>) -> AnyView {
    match fact {
        Some(fact) => view! {
            <dd class="rc-facts__value">
                {fact.value.to_string()}
                <span class="rc-facts__source">
                    " (" {fact.year.to_string()} ", "
                    <a href=fact.source.to_string() rel="noopener noreferrer" target="_blank">{fact.host}</a>
                    ")"
                </span>
            </dd>
        }
        .into_any(),
        None => view! { <dd class="rc-facts__value rc-facts__value--none">"no figure"</dd> }.into_any(),
    }
}
