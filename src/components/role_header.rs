use leptos::prelude::*;

use crate::card::RoleHeader;

/// A role's title, summary, "suits you if" line and sourced figures.
#[component]
pub fn RoleHeaderView(
    /// What to show.
    header: RoleHeader,
    /// `a` or `b`: which marker the role has in the table.
    side: &'static str,
) -> impl IntoView {
    let facts = header
        .facts
        .into_iter()
        .map(|line| {
            let value = match line.fact {
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
            };
            view! {
                <div class="rc-facts__item">
                    <dt class="rc-facts__label">{line.label}</dt>
                    {value}
                </div>
            }
        })
        .collect_view();
    view! {
        <article class="rc-role" data-side=side>
            <h3 class="rc-role__title">
                <span class=format!("rc-marker rc-marker--{side}") aria-hidden="true"></span>
                {header.title.to_string()}
            </h3>
            <p class="rc-role__summary">{header.summary.to_string()}</p>
            <p class="rc-role__suits"><strong>"Suits you if "</strong>{header.suits_you_if.to_string()}</p>
            <dl class="rc-facts">{facts}</dl>
            {header.occupation.map(|o| view! { <p class="rc-role__occupation">{o}</p> })}
        </article>
    }
}
