//! The card as HTML, rendered natively (feature `ssr`) by the same
//! [`crate::RoleCompare`] component: the `<role-compare>` element with its card in
//! declarative shadow DOM, so a page shows the whole comparison as it loads,
//! to readers and crawlers without script too. `role-compare.js` takes the
//! card over when the reader reaches for it (see `embed`).
//!
//! ```
//! use role_compare::builtin::roles;
//! use role_compare::prerender::{embed_html, Prerender};
//!
//! let html = embed_html(
//!     &roles::OPERATIONS_MANAGER,
//!     &roles::TEAM_LEADER,
//!     &Prerender::at("https://example.org/role-compare/"),
//! );
//! assert!(html.starts_with("<role-compare role-a=\"operations-manager\" role-b=\"team-leader\">"));
//! assert!(html.contains("<template shadowrootmode=\"open\">"));
//! ```

use leptos::prelude::*;
use leptos::tachys::html::attribute::custom::custom_attribute;
use leptos::tachys::view::add_attr::AddAnyAttr;

use crate::builtin;
use crate::components::{card, CardInput, CardSetup, PayInput};
use crate::dataset::{DimensionId, RoleId};
use crate::pay::{builtin_table, PaySource, StateCode};
use crate::summary::{fallback_view, without_markers, PairSummary};
use crate::theme::Theme;
use crate::words;

/// The name of the stylesheet file beside `role-compare.js` that
/// pre-rendered cards link (its text is [`crate::STYLESHEET`]).
pub const STYLESHEET_FILE: &str = "role-compare.css";

/// The class a pre-rendered card's mount point carries for WordPress: every
/// WordPress page styles it as visually hidden, and kses keeps it (see
/// [`embed_html`]). Nothing styles it inside the card's shadow root.
pub const WORDPRESS_HIDDEN: &str = "screen-reader-text";

/// How a card is pre-rendered.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Prerender<'a> {
    /// The address of the hosted files, ending in `/`: the stylesheet
    /// ([`STYLESHEET_FILE`]), `role-compare.js` and the pair pages
    /// (`compare/<a>-vs-<b>.html`). Absolute for a snippet, relative for a
    /// page of the site itself (`"../"`).
    pub pages: &'a str,
    /// The theme, written as the element's `theme` attribute unless it is auto.
    pub theme: Theme,
    /// Only these dimensions, in this order (empty: all of them), written as
    /// the `dimensions` attribute.
    pub dimensions: &'a [DimensionId],
    /// The dimensions in one closed disclosure, written as the `folded`
    /// attribute (the frame pages use it to stay short).
    pub folded: bool,
    /// Written as `loading="near"`: the core loads when the card comes within
    /// a viewport of being seen, not at the reader's first pointer or focus
    /// on it (the demo page, whose card is there to be tried).
    pub near: bool,
    /// The state whose pay shows beside the national figures, written as
    /// the `state` attribute (the "Pay in" picker starts there).
    pub state: Option<StateCode>,
}

impl<'a> Prerender<'a> {
    /// The automatic theme and every dimension, with the hosted files at `pages`.
    pub fn at(pages: &'a str) -> Self {
        Prerender {
            pages,
            theme: Theme::Auto,
            dimensions: &[],
            folded: false,
            near: false,
            state: None,
        }
    }
}

/// The `<role-compare>` element for roles `a` and `b` of the built-in
/// dataset, with the whole card in its declarative shadow root (styled by the
/// linked stylesheet, so a policy without `'unsafe-inline'` styles suits it)
/// and, as its fallback, the pair's title linked to its page, its key
/// differences and its bottom line in block elements ([`fallback_view`]):
/// what a sanitizer that drops the shadow root keeps. Inside, the pickers
/// list every role (in attributes, so a sanitizer keeps no list of titles)
/// and the controls that need script are invisible placeholders of their
/// size; `role-compare.js` enables the pickers, and the core replaces the
/// card with the live one at the reader's first pointer or focus on it,
/// keeping the roles picked meanwhile. Without script, a link lists every
/// pair instead.
pub fn embed_html(a: &RoleId, b: &RoleId, options: &Prerender<'_>) -> String {
    let Prerender {
        pages,
        theme,
        dimensions,
        folded,
        near,
        state,
    } = options;
    let title = |id: &RoleId| builtin::dataset().title(id);
    let fallback = builtin::pair_page(a, b).map_or_else(
        || format!("{pages}index.html"),
        |page| format!("{pages}{page}"),
    );
    let fallback_text = words::pair_title(&title(a), &title(b));
    let summary = PairSummary::builtin(a, b, (!dimensions.is_empty()).then_some(dimensions));
    let dimension_list = dimensions
        .iter()
        .map(DimensionId::as_str)
        .collect::<Vec<_>>()
        .join(",");
    let owner = Owner::new();
    let html = owner.with(|| {
        let card = card(CardInput {
            data: std::sync::Arc::new(builtin::dataset().clone()),
            role_a: RwSignal::new(a.clone()),
            role_b: RwSignal::new(b.clone()),
            theme: (*theme).into(),
            on_change: None,
            dimensions: dimensions.to_vec().into(),
            pay: PayInput {
                source: Some(PaySource::Table(builtin_table())),
                state: RwSignal::new(*state),
                on_change: None,
            },
            setup: CardSetup {
                pair_pages: Some((*pages).to_owned()),
                without_script: true,
                folded: *folded,
                ..CardSetup::default()
            },
        });
        // The mount point is `hidden` until the card's stylesheet, linked beside it,
        // shows it; where the stylesheet cannot load, the slot shows the element's
        // fallback instead of an unstyled card (the stylesheet hides the slot). No
        // inline style: a strict policy has nothing to refuse. WordPress's kses drops
        // the template tag and `hidden` but keeps the card's markup as the post's
        // own: the class every WordPress page hides visually keeps it out of sight
        // there, so only the fallback reads.
        let shadow_root = view! {
            <template>
                <link rel="stylesheet" href=format!("{pages}{STYLESHEET_FILE}") />
                <div data-rc-mount=builtin::MARKUP_FINGERPRINT class=WORDPRESS_HIDDEN hidden>
                    {card}
                </div>
                <slot class="rc-fallback-slot"></slot>
            </template>
        }
        .add_any_attr(custom_attribute("shadowrootmode", "open"));
        view! {
            <role-compare
                role-a=a.to_string()
                role-b=b.to_string()
                theme=(*theme != Theme::Auto).then(|| theme.as_str())
                dimensions=(!dimension_list.is_empty()).then_some(dimension_list)
                folded=folded.then_some("")
                loading=near.then_some("near")
                state=state.map(StateCode::code)
            >
                {shadow_root}
                {match summary {
                    Some(summary) => fallback_view(&summary, &fallback).into_any(),
                    None => view! { <a href=fallback>{fallback_text}</a> }.into_any(),
                }}
            </role-compare>
        }
        .to_html()
    });
    // Leptos's comments mark nothing anyone reads back here (the core replaces
    // the card) and a sanitizer turns them into text.
    without_markers(&html)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::builtin::roles;

    #[test]
    fn the_markup_holds_no_control_that_needs_script_and_a_readable_fallback() {
        let html = embed_html(
            &roles::OPERATIONS_MANAGER,
            &roles::PROCUREMENT_MANAGER,
            &Prerender::at("https://example.org/rc/"),
        );
        // No swap, toggle or open-all: their places are invisible placeholders.
        assert!(!html.contains("<button"), "{html}");
        assert!(!html.contains("<input"));
        assert!(!html.contains(">Open all dimensions<"));
        assert!(!html.contains(">Differences only<"));
        assert_eq!(html.matches(" rc-later\"").count(), 2);
        // Each picker lists every role, its title in an attribute, the shown role selected.
        let roles = builtin::dataset().roles.len();
        // And the "Pay in" picker every place the figures cover, the national figures chosen.
        let places = crate::pay::StateCode::all().count() + 1;
        assert_eq!(html.matches("<select").count(), 3);
        assert_eq!(html.matches("<option").count(), 2 * roles + places);
        assert_eq!(html.matches(" selected></option>").count(), 3);
        assert!(html.contains("<option value=\"\" label=\"United States\" selected></option>"));
        assert!(html.contains(
            "<option value=\"operations-manager\" label=\"Operations Manager\" selected></option>"
        ));
        // The fallback, after the shadow root: the title linked to the pair's page, then the differences.
        let (_, fallback) = html.split_once("</template>").unwrap();
        assert!(fallback.starts_with(
            "<div class=\"rc-fallback\"><p><a href=\"https://example.org/rc/compare/operations-manager-vs-procurement-manager.html\">Operations Manager vs Procurement Manager</a></p><ul><li>"
        ), "{fallback}");
        assert!(
            fallback.ends_with("</ul></div></role-compare>")
                || fallback.contains("<p>Bottom line: ")
        );
    }

    #[test]
    fn a_state_is_rendered_with_its_figures_and_named_for_the_core() {
        let html = embed_html(
            &roles::OPERATIONS_MANAGER,
            &roles::PROCUREMENT_MANAGER,
            &Prerender {
                state: crate::pay::StateCode::parse("TX").ok(),
                ..Prerender::at("https://example.org/rc/")
            },
        );
        assert!(html.starts_with("<role-compare role-a=\"operations-manager\" role-b=\"procurement-manager\" state=\"TX\">"), "{html}");
        assert!(html.contains("<option value=\"TX\" label=\"Texas\" selected></option>"));
        assert!(html.contains("$103,230 in Texas, $105,770 nationally"));
        assert!(html.contains("<p class=\"rc-facts__heading\">In Texas</p>"));
    }
}
