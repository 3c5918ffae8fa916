//! The demo page's embed generator: choose the roles, the theme and the
//! dimensions, then the form to paste, each with a line on where it works:
//! the pre-rendered snippet (the default: the card in the page's HTML, as on
//! the pair's page), the short snippet, the frame (with its address alone,
//! for Notion), the address to paste (oEmbed) or the picture and link; its
//! code and copy button beside the choices, the card as it will look below
//! them.
//!
//! It hands out only what works: a role is not offered against itself, at
//! least one dimension stays shown, the forms that show every dimension are
//! off (saying why) while only some are chosen, and on a page served from
//! this computer or a private network it says that its addresses work only
//! there.

use leptos::prelude::*;
use leptos::task::spawn_local;
use role_compare::builtin::{dataset, page_order, pair_page, DEFAULT_PAIR};
use role_compare::dataset::DimensionId;
use role_compare::summary::PairSummary;
use role_compare::words;
use role_compare::{RoleId, StateCode, Theme};

use super::prerendered::element_of;
use crate::snippet::{
    embed_snippet, frame_code, frame_path, pair_file, picture_and_link, prerendered_snippet,
    SnippetInput,
};

/// Where the README tells how to publish `dist/`.
const HOSTING: &str = "https://github.com/role-compare/role-compare#hosting-dist";
/// Said when a chosen set of dimensions turned a form that shows them all
/// into the short snippet.
const SWITCHED: &str =
    "Switched to the short snippet: only it can show a chosen set of dimensions.";
/// Said when choosing a state turned a form that shows the national figures
/// into the short snippet.
const SWITCHED_STATE: &str =
    "Switched to the short snippet: the pre-rendered card, the pair's page and its picture show the national pay.";

/// The generator's form, live preview and snippet.
#[component]
pub fn EmbedGenerator(
    /// Absolute URL of `role-compare.js`.
    script_url: String,
    /// Absolute URL of the demo page (for the fallback link).
    page_url: String,
    /// Absolute URL of the site's root, where `compare/<pair>.html` are.
    site_url: String,
    /// The page's host (`127.0.0.1:8080`) when it is this computer or a
    /// private network, where the addresses handed out work only there.
    local_host: Option<String>,
) -> impl IntoView {
    let forms_url = site_url.clone();
    let role_a = RwSignal::new(DEFAULT_PAIR.0);
    let role_b = RwSignal::new(DEFAULT_PAIR.1);
    let theme = RwSignal::new(Theme::Auto);
    // The dimensions left out of the card (none: the card shows them all;
    // never all of them: the last one shown cannot be unchecked).
    let left_out = RwSignal::new(Vec::<usize>::new());
    let copied = RwSignal::new(String::new());
    let kind = RwSignal::new(Kind::Prerendered);
    // The state whose pay the card shows (`None`: the national figures).
    let state = RwSignal::new(None::<StateCode>);
    // Why a choice moved the form to the short snippet, if one did.
    let switched = RwSignal::new(None::<&'static str>);
    let all_dimensions = dataset().dimensions.len();
    let subset = Memo::new(move |_| left_out.with(|out| !out.is_empty()));
    let dimensions = Memo::new(move |_| {
        left_out.with(|out| {
            let list = dataset()
                .dimensions
                .iter()
                .enumerate()
                .filter(|(index, _)| !out.contains(index))
                .map(|(_, d)| d.id.as_str())
                .collect::<Vec<_>>()
                .join(",");
            // An empty list would show readers an error: never handed out.
            (!out.is_empty() && !list.is_empty()).then_some(list)
        })
    });

    let title = |id: &RoleId| dataset().title(id);
    let short = {
        let script_url = script_url.clone();
        Memo::new(move |_| {
            let (a, b) = (role_a.get(), role_b.get());
            let list = dimensions.get();
            let only: Option<Vec<DimensionId>> = list.as_ref().map(|list| {
                list.split(',')
                    .filter_map(|id| DimensionId::parse(id).ok())
                    .collect()
            });
            let summary = PairSummary::builtin(&a, &b, only.as_deref());
            embed_snippet(&SnippetInput {
                script_url: &script_url,
                page_url: &page_url,
                a: (a.as_str(), &title(&a)),
                b: (b.as_str(), &title(&b)),
                theme: theme.get(),
                dimensions: list.as_deref(),
                state: state.get().map(StateCode::code),
                summary: summary.as_ref(),
                render: super::fallback::in_browser,
            })
        })
    };
    // The pair's page holds its card pre-rendered over every dimension. Each
    // result carries the choice it was made for: while the next one loads, the
    // resource still holds the last, which must not be shown or copied.
    let made_for = move || (role_a.get(), role_b.get(), theme.get());
    let loading = LocalResource::new(move || {
        let choice = made_for();
        let page = pair_page(&choice.0, &choice.1).map(|page| format!("{site_url}{page}"));
        let script_url = script_url.clone();
        async move {
            let made = match page {
                Some(page) => element_of(&page, choice.2)
                    .await
                    .map(|element| prerendered_snippet(&script_url, &element)),
                None => Err("These two roles have no page of their own.".to_owned()),
            };
            (choice, made)
        }
    });
    let prerendered = move || {
        loading
            .get()
            .and_then(|(choice, made)| (choice == made_for()).then_some(made))
    };
    // The pair's own files (frame page, picture), in its page's order.
    let other_forms = {
        let forms_url = forms_url.clone();
        Memo::new(move |_| {
            let (a, b) = (role_a.get(), role_b.get());
            other_form(&forms_url, &a, &b, kind.get(), theme.get(), state.get())
        })
    };
    // The frame page's address alone, for hosts that take an address (Notion).
    let frame_address = Memo::new(move |_| {
        let (a, b) = (role_a.get(), role_b.get());
        frame_src(&forms_url, &a, &b, theme.get(), state.get())
    });
    // What is copied: the form chosen (the pre-rendered snippet falls back to
    // the short one where it cannot be made); `None` while the pair's page loads.
    let snippet = move || match kind.get() {
        Kind::Short => Some(short.get()),
        Kind::Prerendered => prerendered().map(|made| made.unwrap_or_else(|_| short.get())),
        _ => Some(other_forms.get().unwrap_or_else(|| short.get())),
    };
    // Beside the pre-rendered snippet: why it could not be made, or that it keeps the page's order.
    let prerendered_note = move || match prerendered() {
        Some(Err(why)) => why,
        Some(Ok(_)) => {
            // A pair's page has one order: the dataset's.
            let (a, b) = (role_a.get(), role_b.get());
            let reversed = page_order(&a, &b).is_some_and(|(first, _)| first != &a);
            if reversed {
                format!(
                    "Pre-rendered, the pair reads as on its page: {} first, then {}. The short snippet keeps your order.",
                    title(&b),
                    title(&a)
                )
            } else {
                String::new()
            }
        }
        None => String::new(),
    };
    let note = move || match (kind.get(), switched.get()) {
        (Kind::Short, Some(why)) => why.to_owned(),
        (Kind::Prerendered, _) => prerendered_note(),
        _ => String::new(),
    };
    let copy_text = move |text: Option<String>, done_message: &'static str| {
        let Some(text) = text else {
            return;
        };
        let clipboard = gloo_utils::window().navigator().clipboard();
        spawn_local(async move {
            let done = wasm_bindgen_futures::JsFuture::from(clipboard.write_text(&text)).await;
            copied.set(if done.is_ok() {
                done_message.to_owned()
            } else {
                "The browser refused to copy; select the text and copy it by hand.".to_owned()
            });
        });
    };
    let copy = move |_| copy_text(untrack(snippet), "Copied to the clipboard.");
    let copy_address = move |_| {
        copy_text(
            frame_address.get_untracked(),
            "The frame's address is copied to the clipboard.",
        )
    };
    let themes = Theme::ALL
        .into_iter()
        .map(|t| view! { <option value=t.as_str() selected=t == Theme::Auto>{t.as_str()}</option> })
        .collect_view();
    let pick_theme = move |ev| {
        let value = event_target_value(&ev);
        if let Some(t) = Theme::ALL.into_iter().find(|t| t.as_str() == value) {
            theme.set(t);
        }
    };
    let pick_kind = move |k: Kind| {
        kind.set(k);
        switched.set(None);
    };
    // What the choices ask of a form: a form that cannot show them is off.
    let asks = move || Asks {
        subset: subset.get(),
        state: state.get().is_some(),
    };
    // After a choice: a form that cannot show it gives way to the short snippet, which says why.
    let fit_kind = move || {
        let now = untrack(asks);
        if let Some(why) = kind.get_untracked().off_for(now) {
            kind.set(Kind::Short);
            switched.set(Some(why.switched));
        } else if !now.subset && !now.state {
            switched.set(None);
        }
    };
    let states = StateCode::all()
        .map(|s| view! { <option value=s.code()>{s.name()}</option> })
        .collect_view();
    let pick_state = move |ev| {
        state.set(StateCode::parse(&event_target_value(&ev)).ok());
        fit_kind();
    };

    let shown = move || all_dimensions - left_out.with(Vec::len);
    let dimension_choices = dataset()
        .dimensions
        .iter()
        .enumerate()
        .map(|(index, dimension)| {
            let toggle = move |ev| {
                let show = event_target_checked(&ev);
                left_out.update(|out| {
                    out.retain(|i| *i != index);
                    if !show {
                        out.push(index);
                    }
                });
                fit_kind();
            };
            // The last dimension shown stays: no card shows none.
            let last = move || shown() == 1 && left_out.with(|out| !out.contains(&index));
            view! {
                <label class="demo-gen__dimension">
                    <input
                        type="checkbox"
                        checked=true
                        disabled=last
                        aria-describedby=move || last().then_some("demo-gen-last-dimension")
                        on:change=toggle
                    />
                    {dimension.label.to_string()}
                </label>
            }
        })
        .collect_view();

    let forms = Kind::ALL
        .into_iter()
        .map(|k| {
            let why_id = format!("demo-gen-why-{}", k.id());
            let why = move || k.off_for(asks()).map(|why| why.off);
            let off = move || why().is_some();
            view! {
                <div class="demo-gen__form">
                    <label>
                        <input
                            type="radio"
                            name="demo-gen-kind"
                            value=k.id()
                            prop:checked=move || kind.get() == k
                            disabled=off
                            aria-describedby={
                                let why_id = why_id.clone();
                                move || off().then(|| why_id.clone())
                            }
                            on:change=move |_| pick_kind(k)
                        />
                        <span><strong>{k.name()}</strong>": "{k.where_it_works()}</span>
                    </label>
                    <p class="demo-gen__why" id=why_id hidden=move || !off()>{why}</p>
                </div>
            }
        })
        .collect_view();

    let local_note = local_host.map(|host| {
        view! {
            <p class="demo-gen__local">
                {format!(
                    "The addresses in this code point at {host}, on this computer or your private network, so they work only here. \
                     To embed the card elsewhere, publish dist/ on a public https host: see "
                )}
                <a href=HOSTING>"“Hosting dist/” in the README"</a>
                "."
            </p>
        }
    });

    view! {
        <div class="demo-gen">
            <div class="demo-gen__controls">
                <RoleSelect label="Role A" selected=role_a other=role_b />
                <RoleSelect label="Role B" selected=role_b other=role_a />
                <label class="demo-gen__field">
                    <span>"Theme"</span>
                    <select on:change=pick_theme>{themes}</select>
                </label>
                <label class="demo-gen__field">
                    <span>"Pay figures for"</span>
                    <select on:change=pick_state>
                        <option value="" selected>"United States (national)"</option>
                        {states}
                    </select>
                </label>
            </div>
            <fieldset class="demo-gen__dimensions">
                <legend>"Dimensions to show (for a post about one topic)"</legend>
                {dimension_choices}
                <p class="demo-gen__hint" id="demo-gen-last-dimension" hidden=move || shown() != 1>
                    "A card shows at least one dimension: this one stays."
                </p>
            </fieldset>
            <div class="demo-gen__forms">
                <fieldset class="demo-gen__kind">
                    <legend>"What to paste, and where it works"</legend>
                    {forms}
                </fieldset>
                <div class="demo-gen__output">
                    {local_note}
                    <p class="demo-gen__note" hidden=move || note().is_empty()>{note}</p>
                    <pre class="demo-gen__snippet" tabindex="0" aria-label="The code to paste"><code>{move || snippet().unwrap_or_else(|| "Loading the pre-rendered card…".to_owned())}</code></pre>
                    <button type="button" class="demo-gen__copy" on:click=copy>"Copy"</button>
                    <div class="demo-gen__frame-address" hidden=move || kind.get() != Kind::Frame>
                        <p id="demo-gen-address-label">
                            "The frame's address alone, for Notion's embed block and other hosts that take an address instead of code:"
                        </p>
                        <pre class="demo-gen__address" tabindex="0" aria-labelledby="demo-gen-address-label"><code>{move || frame_address.get().unwrap_or_default()}</code></pre>
                        <button type="button" class="demo-gen__copy" on:click=copy_address>"Copy the address"</button>
                    </div>
                    <p class="demo-gen__status" role="status" aria-live="polite">{move || copied.get()}</p>
                </div>
            </div>
            <h3 class="demo-gen__heading">"Preview"</h3>
            <role-compare
                class="demo-gen__preview"
                role-a=move || role_a.get().to_string()
                role-b=move || role_b.get().to_string()
                theme=move || theme.get().as_str()
                dimensions=move || dimensions.get()
                state=move || state.get().map(StateCode::code)
            ></role-compare>
        </div>
    }
}

/// The forms the generator hands out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Prerendered,
    Short,
    Frame,
    Address,
    Picture,
}

impl Kind {
    const ALL: [Kind; 5] = [
        Kind::Prerendered,
        Kind::Short,
        Kind::Frame,
        Kind::Address,
        Kind::Picture,
    ];

    /// The radio's value and the stem of its ids.
    fn id(self) -> &'static str {
        match self {
            Kind::Prerendered => "prerendered",
            Kind::Short => "short",
            Kind::Frame => "frame",
            Kind::Address => "address",
            Kind::Picture => "picture",
        }
    }

    fn name(self) -> &'static str {
        match self {
            Kind::Prerendered => "Pre-rendered snippet",
            Kind::Short => "Short snippet",
            Kind::Frame => "Frame",
            Kind::Address => "Address to paste",
            Kind::Picture => "Picture and link",
        }
    }

    /// One line on where the form works.
    fn where_it_works(self) -> &'static str {
        match self {
            Kind::Prerendered => "pages that allow scripts (WordPress for administrators and editors, Ghost's HTML card); the whole card is in your page's HTML, for readers, crawlers and feeds without script",
            Kind::Short => "pages that allow scripts; the card is drawn when the script has loaded",
            Kind::Frame => "pages that allow frames but not scripts (Notion's embed block, site builders)",
            Kind::Address => "editors with oEmbed: on its own line in WordPress (every author) or Ghost",
            Kind::Picture => "newsletters, Substack, Medium and email, where nothing runs",
        }
    }

    /// Whether the form cannot show what `asks` wants, and why. Every form
    /// but the short snippet is made from the pair's own files (its page,
    /// frame page or picture), written once over every dimension; of those,
    /// only the frame page takes a state (`?state=`), as its card is live.
    fn off_for(self, asks: Asks) -> Option<Off> {
        let some = match self {
            Kind::Prerendered => "Off while only some dimensions are checked: the pre-rendered card is the pair page's, with every dimension.",
            Kind::Short => return None,
            Kind::Frame => "Off while only some dimensions are checked: the frame page shows every dimension.",
            Kind::Address => "Off while only some dimensions are checked: the pair's page shows every dimension.",
            Kind::Picture => "Off while only some dimensions are checked: the picture is the pair's, over every dimension.",
        };
        if asks.subset {
            return Some(Off {
                off: some,
                switched: SWITCHED,
            });
        }
        let national = match self {
            Kind::Prerendered => "Off while a state is chosen: the pre-rendered card is the pair page's, with the national pay.",
            Kind::Address => "Off while a state is chosen: the pair's page shows the national pay.",
            Kind::Picture => "Off while a state is chosen: the picture shows the national pay.",
            Kind::Short | Kind::Frame => return None,
        };
        asks.state.then_some(Off {
            off: national,
            switched: SWITCHED_STATE,
        })
    }
}

/// What the generator's choices ask of the form handed out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Asks {
    /// Only some dimensions.
    subset: bool,
    /// Pay in a state.
    state: bool,
}

/// Why a form is off: said beside it, and when the choice moved away from it.
#[derive(Clone, Copy, Debug)]
struct Off {
    off: &'static str,
    switched: &'static str,
}

/// The code of the forms made from the pair's own files (its frame page, its
/// page's address, its picture), in its page's order; `None` for the snippets.
fn other_form(
    site_url: &str,
    a: &RoleId,
    b: &RoleId,
    kind: Kind,
    theme: Theme,
    state: Option<StateCode>,
) -> Option<String> {
    let (first, second) = page_order(a, b)?;
    let pair = words::pair_title(&title_of(first), &title_of(second));
    let page = format!("{site_url}{}", pair_page(first, second)?);
    match kind {
        Kind::Frame => Some(frame_code(
            site_url,
            &frame_src(site_url, a, b, theme, state)?,
            &pair,
        )),
        Kind::Address => Some(page),
        Kind::Picture => {
            let summary = PairSummary::builtin(first, second, None)?;
            let picture = format!("{site_url}{}", pair_file(first, second, "og", "png")?);
            Some(picture_and_link(&page, &picture, &summary))
        }
        Kind::Prerendered | Kind::Short => None,
    }
}

/// The absolute address of the pair's frame page, with the theme when it is
/// not the reader's own and the state when one is chosen: the frame's `src`,
/// and what Notion takes.
fn frame_src(
    site_url: &str,
    a: &RoleId,
    b: &RoleId,
    theme: Theme,
    state: Option<StateCode>,
) -> Option<String> {
    let (first, second) = page_order(a, b)?;
    let mut query = Vec::new();
    if theme != Theme::Auto {
        query.push(format!("theme={}", theme.as_str()));
    }
    if let Some(state) = state {
        query.push(format!("state={}", state.code()));
    }
    let query = if query.is_empty() {
        String::new()
    } else {
        format!("?{}", query.join("&"))
    };
    Some(format!("{site_url}{}{query}", frame_path(first, second)?))
}

fn title_of(id: &RoleId) -> String {
    dataset().title(id)
}

/// A labelled select of every built-in role, writing the choice into
/// `selected`; the role `other` holds is not offered (no role is compared
/// with itself).
#[component]
fn RoleSelect(
    label: &'static str,
    selected: RwSignal<RoleId>,
    other: RwSignal<RoleId>,
) -> impl IntoView {
    let initial = selected.get_untracked();
    let options = dataset()
        .roles
        .iter()
        .map(|role| {
            let id = role.id.clone();
            view! {
                <option
                    value=role.id.to_string()
                    selected=role.id == initial
                    disabled=move || other.with(|other| *other == id)
                >
                    {role.title.to_string()}
                </option>
            }
        })
        .collect_view();
    let pick = move |ev| {
        let value = event_target_value(&ev);
        if let Some(role) = dataset().roles.iter().find(|r| r.id.as_str() == value) {
            selected.set(role.id.clone());
        }
    };
    view! {
        <label class="demo-gen__field">
            <span>{label}</span>
            <select on:change=pick>{options}</select>
        </label>
    }
}
