//! The demo page's embed generator: choose the roles, the theme and the
//! dimensions, then the form to paste, each with a line on where it works:
//! the pre-rendered snippet (the default: the card in the page's HTML, as on
//! the pair's page), the short snippet, the frame, the address to paste
//! (oEmbed) or the picture and link; its code and copy button beside the
//! choices, the card as it will look below them.

use leptos::prelude::*;
use leptos::task::spawn_local;
use role_compare::builtin::{dataset, page_order, pair_page, DEFAULT_PAIR};
use role_compare::dataset::DimensionId;
use role_compare::summary::PairSummary;
use role_compare::words;
use role_compare::{RoleId, Theme};

use super::prerendered::element_of;
use crate::snippet::{
    embed_snippet, frame_code, frame_path, pair_file, picture_and_link, prerendered_snippet,
    SnippetInput,
};

/// The generator's form, live preview and snippet.
#[component]
pub fn EmbedGenerator(
    /// Absolute URL of `role-compare.js`.
    script_url: String,
    /// Absolute URL of the demo page (for the fallback link).
    page_url: String,
    /// Absolute URL of the site's root, where `compare/<pair>.html` are.
    site_url: String,
) -> impl IntoView {
    let forms_url = site_url.clone();
    let role_a = RwSignal::new(DEFAULT_PAIR.0);
    let role_b = RwSignal::new(DEFAULT_PAIR.1);
    let theme = RwSignal::new(Theme::Auto);
    // The dimensions left out of the card (none: the card shows them all).
    let left_out = RwSignal::new(Vec::<usize>::new());
    let copied = RwSignal::new(String::new());
    let kind = RwSignal::new(Kind::Prerendered);
    let dimensions = Memo::new(move |_| {
        left_out.with(|out| {
            (!out.is_empty()).then(|| {
                dataset()
                    .dimensions
                    .iter()
                    .enumerate()
                    .filter(|(index, _)| !out.contains(index))
                    .map(|(_, d)| d.id.as_str())
                    .collect::<Vec<_>>()
                    .join(",")
            })
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
                summary: summary.as_ref(),
            })
        })
    };
    // The pair's page holds its card pre-rendered over every dimension.
    let prerendered = LocalResource::new(move || {
        let page = pair_page(&role_a.get(), &role_b.get())
            .filter(|_| dimensions.with(Option::is_none))
            .map(|page| format!("{site_url}{page}"));
        let (theme, script_url) = (theme.get(), script_url.clone());
        async move {
            match page {
                Some(page) => element_of(&page, theme)
                    .await
                    .map(|element| prerendered_snippet(&script_url, &element)),
                None => {
                    Err("Only the short snippet can show a chosen set of dimensions.".to_owned())
                }
            }
        }
    });
    // The pair's own files (frame page, picture), in its page's order.
    let other_forms = Memo::new(move |_| {
        let (a, b) = (role_a.get(), role_b.get());
        other_form(&forms_url, &a, &b, kind.get(), theme.get())
    });
    // What is copied: the form chosen (the pre-rendered snippet falls back to
    // the short one where it cannot be made); `None` while the pair's page loads.
    let snippet = move || match kind.get() {
        Kind::Short => Some(short.get()),
        Kind::Prerendered => prerendered
            .get()
            .map(|made| made.unwrap_or_else(|_| short.get())),
        _ => Some(other_forms.get().unwrap_or_else(|| short.get())),
    };
    let note = move || match prerendered.get() {
        _ if kind.get() != Kind::Prerendered => String::new(),
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
    let copy = move |_| {
        let Some(text) = untrack(snippet) else {
            return;
        };
        let clipboard = gloo_utils::window().navigator().clipboard();
        spawn_local(async move {
            let done = wasm_bindgen_futures::JsFuture::from(clipboard.write_text(&text)).await;
            copied.set(if done.is_ok() {
                "Copied to the clipboard.".to_owned()
            } else {
                "The browser refused to copy; select the snippet and copy it by hand.".to_owned()
            });
        });
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

    let dimension_choices = dataset()
        .dimensions
        .iter()
        .enumerate()
        .map(|(index, dimension)| {
            let toggle = move |ev| {
                let shown = event_target_checked(&ev);
                left_out.update(|out| {
                    out.retain(|i| *i != index);
                    if !shown {
                        out.push(index);
                    }
                });
            };
            view! {
                <label class="demo-gen__dimension">
                    <input type="checkbox" checked=true on:change=toggle />
                    {dimension.label.to_string()}
                </label>
            }
        })
        .collect_view();

    view! {
        <div class="demo-gen">
            <div class="demo-gen__controls">
                <RoleSelect label="Role A" selected=role_a />
                <RoleSelect label="Role B" selected=role_b />
                <label class="demo-gen__field">
                    <span>"Theme"</span>
                    <select on:change=pick_theme>{themes}</select>
                </label>
            </div>
            <fieldset class="demo-gen__dimensions">
                <legend>"Dimensions to show (for a post about one topic)"</legend>
                {dimension_choices}
            </fieldset>
            <div class="demo-gen__forms">
                <fieldset class="demo-gen__kind">
                    <legend>"What to paste, and where it works"</legend>
                    {Kind::ALL
                        .into_iter()
                        .map(|k| view! {
                            <label>
                                <input type="radio" name="demo-gen-kind" checked=k == Kind::Prerendered on:change=move |_| kind.set(k) />
                                <span><strong>{k.name()}</strong>": "{k.where_it_works()}</span>
                            </label>
                        })
                        .collect_view()}
                </fieldset>
                <div class="demo-gen__output">
                    <p class="demo-gen__note" hidden=move || note().is_empty()>{note}</p>
                    <pre class="demo-gen__snippet" tabindex="0" aria-label="The code to paste"><code>{move || snippet().unwrap_or_else(|| "Loading the pre-rendered card…".to_owned())}</code></pre>
                    <button type="button" class="demo-gen__copy" on:click=copy>"Copy"</button>
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
}

/// The code of the forms made from the pair's own files (its frame page, its
/// page's address, its picture), in its page's order; `None` for the snippets.
fn other_form(site_url: &str, a: &RoleId, b: &RoleId, kind: Kind, theme: Theme) -> Option<String> {
    let (first, second) = page_order(a, b)?;
    let pair = words::pair_title(&title_of(first), &title_of(second));
    let page = format!("{site_url}{}", pair_page(first, second)?);
    match kind {
        Kind::Frame => {
            let query = if theme == Theme::Auto {
                String::new()
            } else {
                format!("?theme={}", theme.as_str())
            };
            let src = format!("{site_url}{}{query}", frame_path(first, second)?);
            Some(frame_code(site_url, &src, &pair))
        }
        Kind::Address => Some(page),
        Kind::Picture => {
            let summary = PairSummary::builtin(first, second, None)?;
            let picture = format!("{site_url}{}", pair_file(first, second, "og", "png")?);
            Some(picture_and_link(&page, &picture, &summary))
        }
        Kind::Prerendered | Kind::Short => None,
    }
}

fn title_of(id: &RoleId) -> String {
    dataset().title(id)
}

/// A labelled select of every built-in role, writing the choice into `selected`.
#[component]
fn RoleSelect(label: &'static str, selected: RwSignal<RoleId>) -> impl IntoView {
    let initial = selected.get_untracked();
    let options = dataset()
        .roles
        .iter()
        .map(|role| {
            view! {
                <option value=role.id.to_string() selected=role.id == initial>
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
