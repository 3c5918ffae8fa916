use leptos::prelude::*;

use crate::card::{RoleHeader, SourcedFact};

/// A role's title, summary, "suits you if" line and sourced figures.
#[component]
pub fn RoleHeaderView(
    /// What to show.
    header: Memo<RoleHeader>,
    /// `a` or `b`: which marker the role has in the table.
    side: &'static str,
) -> impl IntoView {
    let text = move |part: fn(&RoleHeader) -> String| move || header.with(part);
    let facts = (0..header.with_untracked(|h| h.facts.len()))
        .map(|index| {
            let label = header.with_untracked(|h| h.facts.get(index).map(|line| line.label));
            let fact = Memo::new(move |_| {
                header.with(|h| h.facts.get(index).and_then(|line| line.fact.clone()))
            });
            view! {
                <div class="rc-facts__item">
                    <dt class="rc-facts__label">{label}</dt>
                    {move || fact_value(fact.get())}
                </div>
            }
        })
        .collect_view();
    view! {
        <article class="rc-role" data-side=side>
            <h3 class="rc-role__title">
                <span class=format!("rc-marker rc-marker--{side}") aria-hidden="true"></span>
                {text(|h| h.title.to_string())}
            </h3>
            <p class="rc-role__summary">{text(|h| h.summary.to_string())}</p>
            <p class="rc-role__suits"><strong>"Suits you if "</strong>{text(|h| h.suits_you_if.to_string())}</p>
            <dl class="rc-facts">{facts}</dl>
            {move || header.with(|h| h.occupation.clone()).map(|o| view! { <p class="rc-role__occupation">{o}</p> })}
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
