use std::sync::Arc;

use leptos::either::Either;
use leptos::prelude::*;

use super::{CardBody, PayControl, RolePicker};
use crate::builtin::{self, ALL_PAIRS_PAGE};
use crate::card::CardModel;
use crate::choice::{picker_groups, Choice};
use crate::dataset::{Dataset, DimensionId, RoleId};
use crate::pair::{Pair, Side};
use crate::pay::{PaySource, PayStatus, StateCode};
use crate::stylesheet::card_styles;
use crate::theme::Theme;
use crate::words;

/// The comparison card: two role pickers and a swap button, then the
/// comparison of the chosen pair: both roles' titles and summaries and the
/// key differences first, who each role suits with its sourced figures, and
/// every dimension as a disclosure (with "differences only" and "open all").
///
/// The pair lives in the app's signals: the card shows what `role_a` and
/// `role_b` hold and writes the reader's picks back into them, so the app can
/// read the pair, or set it, at any time. A pair the card cannot compare (an
/// id missing from `data`, or the same role twice) is explained in the card.
///
/// The card brings its stylesheet ([`crate::STYLESHEET`]) wherever it renders:
/// see the crate docs.
///
/// ```
/// use leptos::prelude::*;
/// use role_compare::{builtin::roles, RoleCompare, Theme};
///
/// # Owner::new().with(|| {
/// let role_a = RwSignal::new(roles::PLANT_MANAGER);
/// let role_b = RwSignal::new(roles::FLEET_MANAGER);
/// view! {
///     <RoleCompare
///         role_a
///         role_b
///         theme=Theme::Dark
///         on_change=move |(a, b): (role_compare::RoleId, _)| {
///             leptos::logging::log!("now comparing {a} with {b}")
///         }
///     />
/// };
/// # });
/// ```
#[component]
pub fn RoleCompare(
    /// The first role (left column, round marker); the reader's picks are written here.
    role_a: RwSignal<RoleId>,
    /// The second role (right column, square marker); the reader's picks are written here.
    role_b: RwSignal<RoleId>,
    /// The roles to choose from; the built-in dataset ([`crate::builtin::dataset`]) when not given.
    #[prop(optional, into)]
    data: Option<Arc<Dataset>>,
    /// The colour theme; [`Theme::Auto`] (the reader's system setting) when not given.
    #[prop(optional, into)]
    theme: Signal<Theme>,
    /// Called after the reader changes the pair (a pick or a swap), with the new pair.
    #[prop(optional, into)]
    on_change: Option<Callback<(RoleId, RoleId)>>,
    /// Only these dimensions, in this order (ids `data` lacks are left out);
    /// every dimension when empty or not given. The key differences come from them.
    #[prop(optional, into)]
    dimensions: Signal<Vec<DimensionId>>,
    /// Where the card gets pay by state: the table
    /// ([`crate::pay::builtin_table`] on a server) or the address of the
    /// hosted `pay-by-state.tsv`, fetched when a state is first chosen. Not
    /// given: the national figures only, and no "Pay in" picker.
    #[prop(optional)]
    pay_by_state: Option<PaySource>,
    /// The state whose pay shows beside the national figures (`None`: the
    /// national figures alone); the reader's pick in the "Pay in" picker is
    /// written here. Not given: the card starts national and keeps the pick itself.
    #[prop(optional)]
    state: Option<RwSignal<Option<StateCode>>>,
    /// Called after the reader picks a state (or the national figures) in the card.
    #[prop(optional, into)]
    on_state_change: Option<Callback<Option<StateCode>>>,
) -> impl IntoView {
    card(CardInput {
        data: data.unwrap_or_else(|| Arc::new(builtin::dataset().clone())),
        role_a,
        role_b,
        theme,
        on_change,
        dimensions,
        pay: PayInput {
            source: pay_by_state,
            state: state.unwrap_or_else(|| RwSignal::new(None)),
            on_change: on_state_change,
        },
        setup: CardSetup {
            styles: Some(card_styles),
            ..CardSetup::default()
        },
    })
}

/// What the embed (or the pre-render step) tells a card beyond the public
/// component's props.
#[derive(Clone, Debug, Default)]
pub(crate) struct CardSetup {
    /// Problems with the element's configuration, shown above the card.
    pub notices: Signal<Vec<String>>,
    /// Where the hosted pages are (`…/` with `compare/<pair>.html` below it):
    /// the card links to its pair's page, and without script to all pairs.
    pub pair_pages: Option<String>,
    /// Rendered as HTML for readers who may have no script: the controls are
    /// disabled until the card is taken over in the browser.
    pub without_script: bool,
    /// How the card brings its own stylesheet ([`card_styles`] for the
    /// public component); `None` where the sheet reaches it already (an
    /// adopted or linked sheet).
    pub styles: Option<fn() -> AnyView>,
    /// The dimensions sit in one closed disclosure (a card in a frame that
    /// must stay short).
    pub folded: bool,
    /// The live region's text, where the embed announces too (a pick made
    /// before the card was live); `None`: the card's own.
    pub announced: Option<RwSignal<String>>,
    /// Told when a state's figures cannot be had (the embed logs it and sends it as an event).
    pub on_pay_error: Option<Callback<String>>,
}

/// How a card shows pay by state: where the figures come from, the state
/// chosen, and who hears of the reader's picks.
pub(crate) struct PayInput {
    pub source: Option<PaySource>,
    pub state: RwSignal<Option<StateCode>>,
    pub on_change: Option<Callback<Option<StateCode>>>,
}

/// Everything a card is made from: [`RoleCompare`]'s props and the setup.
pub(crate) struct CardInput {
    pub data: Arc<Dataset>,
    pub role_a: RwSignal<RoleId>,
    pub role_b: RwSignal<RoleId>,
    pub theme: Signal<Theme>,
    pub on_change: Option<Callback<(RoleId, RoleId)>>,
    pub dimensions: Signal<Vec<DimensionId>>,
    pub pay: PayInput,
    pub setup: CardSetup,
}

/// The card of [`RoleCompare`], with the setup the embed and the pre-render give it.
pub(crate) fn card(input: CardInput) -> impl IntoView {
    let CardInput {
        data,
        role_a,
        role_b,
        theme,
        on_change,
        dimensions,
        pay,
        setup,
    } = input;
    let groups = picker_groups(&data);
    let pay_control = pay_control(pay, setup.on_pay_error);
    let status = pay_control.map(|p| p.status);
    let region = {
        let data = data.clone();
        move || {
            words::card(
                &role_a.with(|a| data.title(a)),
                &role_b.with(|b| data.title(b)),
            )
        }
    };
    let announced = setup
        .announced
        .unwrap_or_else(|| RwSignal::new(String::new()));
    let choice = Choice::new(
        data.clone(),
        Pair::new(role_a, role_b),
        on_change,
        announced,
    );
    // A new pick always makes a new card: no comparison of the old and new
    // models (they are large), and the model is shared, not copied, onward.
    let pair = Memo::new_with_compare(
        move |_| {
            dimensions.with(|only| {
                let only = (!only.is_empty()).then_some(only.as_slice());
                let model = CardModel::new(&data, &role_a.get(), &role_b.get(), only);
                let status = status.map(|s| s.get()).unwrap_or(PayStatus::National);
                model
                    .map(|model| match status.ready() {
                        Some((state, table)) => model.in_state(state, table),
                        None => model,
                    })
                    .map(Arc::new)
            })
        },
        always_changed,
    );
    let comparable = Memo::new(move |_| pair.with(Result::is_ok));
    let disabled = setup.without_script;
    let pair_pages = setup.pair_pages.clone();
    let folded = setup.folded;
    let body = move || {
        // Tracks only whether the pair is comparable; the card itself follows `pair`.
        let first = comparable
            .get()
            .then(|| pair.get_untracked().ok())
            .flatten();
        match first {
            Some(first) => {
                // The comparable pair's card. When the pair stops being
                // comparable, this body is being replaced by the message: the
                // card stays the one shown, unchanged, so nothing is rewritten.
                let card = Memo::new_with_compare(
                    move |shown: Option<&Arc<CardModel>>| {
                        pair.with(|p| p.as_ref().ok().cloned())
                            .or_else(|| shown.cloned())
                            .unwrap_or_else(|| first.clone())
                    },
                    another_card,
                );
                Either::Left(
                    view! { <CardBody card pair_pages=pair_pages.clone() disabled folded pay=pay_control /> },
                )
            }
            None => Either::Right(view! {
                <p class="rc-message" role="note">
                    {move || pair.with(|p| p.as_ref().err().map(ToString::to_string))}
                </p>
            }),
        }
    };

    // Pre-rendered, the pickers wait for script; without script, the hosted
    // pages list every pair instead (`noscript` shows only then).
    let all_pairs = setup.pair_pages.filter(|_| disabled).map(|base| {
        view! {
            <noscript>
                <a class="rc-controls__all" href=format!("{base}{ALL_PAIRS_PAGE}")>{words::ALL_PAIRS}</a>
            </noscript>
        }
    });
    let notices = setup.notices;
    let swap = {
        let choice = choice.clone();
        move |_| choice.swap()
    };
    let swap_button = view! {
        <button class="rc-swap" type="button" on:click=swap aria-label=words::SWAP>
            <span aria-hidden="true">"⇄"</span>
        </button>
    };
    // Pre-rendered, only the button's place (no dead control in the markup);
    // only the pre-render step (`ssr`) renders cards without script.
    #[cfg(feature = "ssr")]
    let swap_button = if disabled {
        Either::Left(
            view! { <span class="rc-swap rc-later" data-label="⇄" aria-hidden="true"></span> },
        )
    } else {
        Either::Right(swap_button)
    };
    view! {
        <div class="rc-root" part="root">
        {setup.styles.map(|styles| styles())}
        <section class="rc-card" class:rc-card--folded=folded part="card" data-theme=move || theme.get().as_str() aria-label=region>
            <Show when=move || notices.with(|notices| !notices.is_empty())>
                <div class="rc-notices" role="alert">
                    {move || notices.get().into_iter().map(|n| view! { <p class="rc-notices__item">{n}</p> }).collect_view()}
                </div>
            </Show>
            <div class="rc-controls" part="controls">
                <RolePicker side=Side::A groups=groups.clone() choice=choice.clone() disabled />
                {swap_button}
                <RolePicker side=Side::B groups choice disabled />
                {all_pairs}
            </div>
            <p class="rc-visually-hidden" role="status" aria-live="polite">{move || announced.get()}</p>
            {body}
        </section>
        </div>
    }
}

/// The "Pay in" picker's state and status, when the card has a source of
/// state figures: a table at hand, or an address fetched (in the browser,
/// once for every card of the page) when a state is first chosen.
fn pay_control(pay: PayInput, on_error: Option<Callback<String>>) -> Option<PayControl> {
    let PayInput {
        source,
        state,
        on_change,
    } = pay;
    let table = RwSignal::new(match &source {
        Some(PaySource::Table(table)) => Some(table.clone()),
        Some(PaySource::Url(url)) => crate::pay::cached(url),
        None => None,
    });
    let failed = RwSignal::new(false);
    #[cfg(target_arch = "wasm32")]
    if let Some(PaySource::Url(url)) = &source {
        let url = url.clone();
        Effect::new(move |_| {
            let Some(chosen) = state.get() else {
                return;
            };
            if table.with_untracked(Option::is_some) {
                return;
            }
            failed.set(false);
            let url = url.clone();
            leptos::task::spawn_local(async move {
                match crate::pay::load(&url).await {
                    Ok(loaded) => {
                        table.try_set(Some(loaded));
                    }
                    Err(why) => {
                        failed.try_set(true);
                        if let Some(on_error) = on_error {
                            on_error.run(format!(
                                "{} ({why})",
                                words::pay_not_loaded(&chosen.in_sentence())
                            ));
                        }
                    }
                }
            });
        });
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = on_error;
    source.as_ref()?;
    let status = Memo::new(move |_| {
        table.with(|table| PayStatus::of(state.get(), table.as_ref(), failed.get()))
    });
    Some(PayControl {
        state,
        status,
        on_change,
    })
}

/// A memo's change test that always says "changed".
fn always_changed<T>(_: Option<&T>, _: Option<&T>) -> bool {
    true
}

/// A memo's change test for shared cards: changed unless it is the same one.
fn another_card(before: Option<&Arc<CardModel>>, now: Option<&Arc<CardModel>>) -> bool {
    !matches!((before, now), (Some(before), Some(now)) if Arc::ptr_eq(before, now))
}
