use leptos::prelude::*;

use crate::pay::{PayStatus, StateCode};
use crate::words;

/// The state a card shows pay in, and where its figures stand.
#[derive(Clone, Copy)]
pub struct PayControl {
    /// The state chosen (`None`: the national figures); the reader's pick is written here.
    pub state: RwSignal<Option<StateCode>>,
    /// Where the state's figures stand.
    pub status: Memo<PayStatus>,
    /// Told of the reader's picks.
    pub on_change: Option<Callback<Option<StateCode>>>,
}

/// "Pay in: United States ▾": a native `<select>` of the places the figures
/// cover, by name, with the national figures first, and beside it what is
/// happening to the state's figures (loading, or why they are missing), said
/// politely to screen readers too. Nothing is stored or guessed: the card
/// starts at what its page asked for.
#[component]
pub fn PayPicker(
    /// The state chosen and where its figures stand.
    pay: PayControl,
    /// True in a card rendered for readers without script: nothing to pick
    /// until `role-compare.js` enables it.
    disabled: bool,
) -> impl IntoView {
    let PayControl {
        state,
        status,
        on_change,
    } = pay;
    let initial = state.get_untracked();
    // A live card lists the places once the reader reaches for the picker
    // (its focus or a pointer on it), so the 54 options cost no card its
    // first paint; until then it lists the place shown. A pre-rendered card
    // lists them all: its reader may pick before the core has loaded.
    let listed = RwSignal::new(disabled);
    let options = move || {
        let all = listed.get();
        // Unlisted, the place shown is the only option, so it follows the state.
        let shown = if all {
            state.get_untracked()
        } else {
            state.get()
        };
        StateCode::all()
            .filter(|s| all || shown == Some(*s))
            .map(|s| {
                // Named in `label`, as the role pickers' options are: a sanitizer
                // that strips the select keeps no list of names.
                view! { <option value=s.code() label=s.name() selected=shown == Some(s)></option> }
            })
            .collect_view()
    };
    view! {
        <p class="rc-pay">
            <label class="rc-pay__label">
                {format!("{} ", words::PAY_IN)}
                <select
                    class="rc-pay__select"
                    autocomplete="off"
                    disabled=disabled
                    on:focus=move |_| listed.set(true)
                    on:pointerdown=move |_| listed.set(true)
                    prop:value=move || state.get().map_or("", StateCode::code)
                    on:change=move |ev| {
                        let picked = StateCode::parse(&event_target_value(&ev)).ok();
                        state.set(picked);
                        if let Some(on_change) = on_change {
                            on_change.run(picked);
                        }
                    }
                >
                    <option value="" label=words::NATIONWIDE selected=initial.is_none()></option>
                    {options}
                </select>
            </label>
            <span class="rc-pay__status" aria-live="polite">{move || status.with(PayStatus::message)}</span>
        </p>
    }
}
