use leptos::prelude::*;
use leptos::task::spawn_local;

use super::RolePicker;
use crate::config::{embed_snippet, SnippetInput};
use crate::dataset::{Dataset, RoleId};
use crate::selection::{Theme, DEFAULT_PAIR};

/// The demo page's embed generator: choose the roles and theme, see the card
/// as it will look, and copy the snippet.
#[component]
pub fn EmbedGenerator(
    /// The roles offered.
    data: &'static Dataset,
    /// Absolute URL of `role-compare.js`.
    script_url: String,
    /// Absolute URL of the demo page (for the fallback link).
    page_url: String,
) -> impl IntoView {
    let role_a = RwSignal::new(RoleId::from_static(DEFAULT_PAIR.0));
    let role_b = RwSignal::new(RoleId::from_static(DEFAULT_PAIR.1));
    let theme = RwSignal::new(Theme::Auto);
    let copied = RwSignal::new(String::new());

    let title = move |id: &RoleId| {
        data.role(id)
            .map_or_else(|| id.to_string(), |role| role.title.to_string())
    };
    let snippet = Memo::new(move |_| {
        let (a, b) = (role_a.get(), role_b.get());
        embed_snippet(&SnippetInput {
            script_url: &script_url,
            page_url: &page_url,
            a: (a.as_str(), &title(&a)),
            b: (b.as_str(), &title(&b)),
            theme: theme.get(),
        })
    });
    let copy = move |_| {
        let text = snippet.get_untracked();
        let Some(clipboard) = web_sys::window().map(|w| w.navigator().clipboard()) else {
            return;
        };
        spawn_local(async move {
            let done = wasm_bindgen_futures::JsFuture::from(clipboard.write_text(&text)).await;
            copied.set(if done.is_ok() {
                "Copied the snippet to the clipboard.".to_owned()
            } else {
                "The browser refused to copy; select the snippet and copy it by hand.".to_owned()
            });
        });
    };
    let themes = Theme::ALL
        .into_iter()
        .map(|t| view! { <option value=t.as_str() prop:selected=move || theme.get() == t>{t.as_str()}</option> })
        .collect_view();

    view! {
        <div class="demo-gen">
            <div class="demo-gen__controls">
                <RolePicker label="Role A" side="gen-a" roles=data.roles.to_vec() selected=role_a.into() on_pick=Callback::new(move |id| role_a.set(id)) />
                <RolePicker label="Role B" side="gen-b" roles=data.roles.to_vec() selected=role_b.into() on_pick=Callback::new(move |id| role_b.set(id)) />
                <label class="demo-gen__theme">
                    <span>"Theme"</span>
                    <select on:change=move |ev| theme.set(Theme::parse(&event_target_value(&ev)).unwrap_or_default())>
                        {themes}
                    </select>
                </label>
            </div>
            <h3 class="demo-gen__heading">"Preview"</h3>
            <role-compare
                class="demo-gen__preview"
                role-a=move || role_a.get().to_string()
                role-b=move || role_b.get().to_string()
                theme=move || theme.get().as_str()
            ></role-compare>
            <h3 class="demo-gen__heading">"Snippet"</h3>
            <pre class="demo-gen__snippet"><code>{move || snippet.get()}</code></pre>
            <button type="button" class="demo-gen__copy" on:click=copy>"Copy the snippet"</button>
            <p class="demo-gen__status" role="status" aria-live="polite">{move || copied.get()}</p>
        </div>
    }
}
