use leptos::prelude::*;

use super::{Card, Dimensions, KeyDifferences, RoleIntro, RoleProfile};
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
    /// True when the dimensions sit in one closed disclosure.
    folded: bool,
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
    view! {
        <div class="rc-card__body">
            <div class="rc-roles">
                <RoleIntro card side=Side::A />
                <RoleIntro card side=Side::B />
            </div>
            <KeyDifferences card />
            <div class="rc-profiles">
                <RoleProfile card side=Side::A />
                <RoleProfile card side=Side::B />
                <Show when=move || card.with(|c| c.same_occupation.is_some())>
                    <p class="rc-profiles__same">{move || card.with(|c| c.same_occupation.clone())}</p>
                </Show>
            </div>
            <Dimensions card disabled folded />
            {page_link}
        </div>
    }
}
