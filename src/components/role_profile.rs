use leptos::either::Either;
use leptos::prelude::*;

use super::Card;
use crate::card::{Glance, SourcedFact};
use crate::pair::Side;
use crate::words;

/// Who a role suits, its pay and outlook on one line, and (one tap away) every
/// figure with its year, its source link and the official occupation it covers.
#[component]
pub fn RoleProfile(
    /// The pair shown.
    card: Card,
    /// Which of its roles this is.
    side: Side,
) -> impl IntoView {
    let glance = move |index: usize| {
        let item = move || card.with(|c| c.roles[side].glance.get(index).cloned());
        let label = card.with_untracked(|c| c.roles[side].glance.get(index).map(|g| g.label));
        view! {
            // The label and its space one text, as pre-rendered markup (which
            // carries no comments) reads it back: the line is shaped alike.
            <span class="rc-glance__item">
                {format!("{} ", label.unwrap_or_default())}
                {move || glance_value(item())}
            </span>
        }
    };
    let facts = card
        .with_untracked(|c| c.roles[side].facts.clone())
        .into_iter()
        .enumerate()
        .map(|(index, line)| {
            let fact = move || {
                card.with(|c| {
                    c.roles[side]
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
        <div class="rc-profile" data-side=side_name>
            <h4 class="rc-profile__title">
                <span class=format!("rc-marker rc-marker--{side_name}") aria-hidden="true"></span>
                {move || card.with(|c| c.roles[side].title.to_string())}
            </h4>
            <p class="rc-profile__suits"><strong>{words::SUITS_YOU_IF}</strong>{move || card.with(|c| c.roles[side].suits_you_if.to_string())}</p>
            <p class="rc-glance">{glance(0)}<span aria-hidden="true">" · "</span>{glance(1)}</p>
            <details class="rc-sources">
                <summary class="rc-sources__summary">
                    {words::FIGURES_AND_SOURCES}
                    <span class="rc-visually-hidden">
                        {move || card.with(|c| words::figures_for(&c.roles[side].title))}
                    </span>
                </summary>
                // With a state's figures below, the national ones say whose they are.
                <p class="rc-facts__heading" hidden=move || card.with(|c| c.roles[side].state.is_none())>{words::IN_THE_US}</p>
                <dl class="rc-facts">{facts}</dl>
                {move || card.with(|c| c.roles[side].state.clone()).map(|state| {
                    let lines = state
                        .lines
                        .into_iter()
                        .map(|line| view! {
                            <div class="rc-facts__item">
                                <dt class="rc-facts__label">{line.label}</dt>
                                {fact_value(line.fact)}
                            </div>
                        })
                        .collect_view();
                    view! {
                        <p class="rc-facts__heading">{state.heading}</p>
                        <dl class="rc-facts rc-facts--state">{lines}</dl>
                    }
                })}
                <Show when=move || card.with(|c| c.roles[side].occupation.is_some())>
                    <p class="rc-profile__occupation">{move || card.with(|c| c.roles[side].occupation.clone())}</p>
                </Show>
            </details>
        </div>
    }
}

/// A headline figure, or "no figure".
fn glance_value(glance: Option<Glance>) -> impl IntoView {
    match glance.and_then(|g| g.value) {
        Some(value) => Either::Left(view! { <strong class="rc-glance__value">{value}</strong> }),
        None => Either::Right(
            view! { <span class="rc-glance__value rc-glance__value--none">{words::NO_FIGURE}</span> },
        ),
    }
}

/// A figure with its year and linked source, or "no figure".
fn fact_value(fact: Option<SourcedFact>) -> impl IntoView {
    match fact {
        Some(fact) => Either::Left(view! {
            <dd class="rc-facts__value">
                {fact.value.to_string()}
                <span class="rc-facts__source">
                    " (" {fact.year.to_string()} ", "
                    <a href=fact.source.to_string() rel="noopener noreferrer" target="_blank">{fact.host}</a>
                    ")"
                </span>
            </dd>
        }),
        None => Either::Right(
            view! { <dd class="rc-facts__value rc-facts__value--none">{words::NO_FIGURE}</dd> },
        ),
    }
}
