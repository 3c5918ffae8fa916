use leptos::either::Either;
use leptos::prelude::*;

use super::{
    Card, Dimensions, KeyDifferences, Moves, PayControl, PayPicker, RoleIntro, RoleProfile,
};
use crate::pair::Side;
use crate::words;

/// The comparison of one pair, in reading order: both roles' titles and
/// summaries, the key differences (the first screen), who each role suits
/// with its figures, then every dimension. Every part reads what it shows
/// from `card`, so a new pair updates texts and attributes in place (and
/// writes only those that changed).
#[component]
pub fn CardBody(
    /// The pair shown.
    card: Card,
    /// Where the hosted pages are, if the card links to its pair's page.
    pair_pages: Option<String>,
    /// True in a card rendered for readers without script: the controls wait.
    disabled: bool,
    /// True when the dimensions, and who each role suits, sit in closed disclosures.
    folded: bool,
    /// The state the figures are for, when the card can show pay by state.
    pay: Option<PayControl>,
) -> impl IntoView {
    let page_link = pair_pages.map(|base| {
        let href =
            Memo::new(move |_| card.with(|c| c.page.as_ref().map(|page| format!("{base}{page}"))));
        view! {
            <Show when=move || href.with(Option::is_some)>
                <p class="rc-card__page">
                    <a href=href>{words::OWN_PAGE}</a>
                </p>
            </Show>
        }
    });
    // Folded (a card in a frame that must stay short), who each role suits
    // waits behind one disclosure too.
    let profiles = view! {
        <div class="rc-profiles">
            {pay.map(|pay| view! { <PayPicker pay disabled /> })}
            <RoleProfile card side=Side::A />
            <RoleProfile card side=Side::B />
            <Show when=move || card.with(|c| c.figures_note.is_some())>
                <p class="rc-profiles__same">{move || card.with(|c| c.figures_note.clone())}</p>
            </Show>
        </div>
    };
    view! {
        <div class="rc-card__body">
            <div class="rc-roles">
                <RoleIntro card side=Side::A />
                <RoleIntro card side=Side::B />
            </div>
            <KeyDifferences card />
            {if folded {
                Either::Left(view! {
                    <details class="rc-profiles-fold">
                        <summary class="rc-profiles-fold__summary">{words::PROFILES}</summary>
                        {profiles}
                        <Moves card />
                    </details>
                })
            } else {
                Either::Right(view! {
                    <Moves card />
                    {profiles}
                })
            }}
            <Dimensions card disabled folded />
            {page_link}
        </div>
    }
}
