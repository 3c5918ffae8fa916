//! A pair in a few lines of plain text: its title, its key differences, its
//! bottom line and both roles' figures at a glance. It is what a page keeps
//! of the card where the card itself cannot show (the element's fallback,
//! which a sanitizer, a feed reader or an email client keeps), and what the
//! pair's picture shows.
//!
//! ```
//! use role_compare::builtin::roles;
//! use role_compare::summary::{fallback_html, PairSummary};
//!
//! let summary = PairSummary::builtin(&roles::OPERATIONS_MANAGER, &roles::TEAM_LEADER, None).unwrap();
//! assert_eq!(summary.title, "Operations Manager vs Team Leader");
//! let html = fallback_html(&summary, "https://example.org/rc/compare/x.html");
//! assert!(html.starts_with("<div class=\"rc-fallback\"><p><a href=\"https://example.org/rc/compare/x.html\">"));
//! ```

use leptos::prelude::*;

use crate::builtin;
use crate::card::CardModel;
use crate::dataset::{DimensionId, RoleId};
use crate::words;

/// One role of a pair, at a glance.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RoleSummary {
    /// Job title.
    pub title: String,
    /// The figures on the card's glance line, e.g. ("Median pay", "$102,950");
    /// a figure nobody checked is left out.
    pub figures: Vec<(&'static str, String)>,
}

/// A pair in plain text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PairSummary {
    /// "Operations Manager vs Procurement Manager".
    pub title: String,
    /// The key differences, one sentence each (the dimension, then what each
    /// role does there), most telling first; for close roles, first the
    /// sentence that says so.
    pub differences: Vec<String>,
    /// The pair's bottom line.
    pub bottom_line: String,
    /// Moving between the roles, both ways, a heading each (none when a
    /// role has no career path).
    pub moves: Vec<String>,
    /// Both roles, first and second.
    pub roles: [RoleSummary; 2],
}

impl PairSummary {
    /// The summary of a card. The one place outside the views that reads the
    /// card's key differences and bottom line.
    pub(crate) fn of(card: &CardModel) -> Self {
        let role = |header: &crate::card::RoleHeader| RoleSummary {
            title: header.title.to_string(),
            figures: header
                .glance
                .iter()
                .filter_map(|g| g.value.clone().map(|value| (g.label, value)))
                .collect(),
        };
        let (a, b) = (&card.roles.a.title, &card.roles.b.title);
        let differences = card.close.iter().cloned().chain(
            card.key_differences
                .iter()
                .map(|key| words::difference(&key.label, a, &key.gists.a, b, &key.gists.b)),
        );
        PairSummary {
            title: words::pair_title(a, b),
            differences: differences.collect(),
            bottom_line: card.bottom_line.clone(),
            moves: card
                .moves
                .iter()
                .flat_map(|m| [m.a.heading.clone(), m.b.heading.clone()])
                .collect(),
            roles: [role(&card.roles.a), role(&card.roles.b)],
        }
    }

    /// The summary of two built-in roles over every dimension (or over
    /// `only`, as a card with a `dimensions` attribute), or `None` when they
    /// cannot be compared (an unknown id, the same role twice).
    pub fn builtin(a: &RoleId, b: &RoleId, only: Option<&[DimensionId]>) -> Option<Self> {
        CardModel::new(builtin::dataset(), a, b, only)
            .ok()
            .map(|card| Self::of(&card))
    }

    /// Moving between the roles as the fallback writes it, in one paragraph.
    pub fn moves_text(&self) -> Option<String> {
        (!self.moves.is_empty()).then(|| words::moves_summary(&self.moves))
    }

    /// The bottom line as the fallback writes it.
    pub fn bottom_line_text(&self) -> String {
        words::bottom_line(&self.bottom_line)
    }
}

/// The fallback of an element: the pair's title as a link to `href`, its key
/// differences and its bottom line, each text in a block element of its own
/// (so nothing runs together when the markup around it is stripped). It sits
/// outside the shadow root, so a card, live or pre-rendered, hides it.
pub fn fallback_view(summary: &PairSummary, href: &str) -> impl IntoView {
    let differences = summary
        .differences
        .iter()
        .map(|sentence| view! { <li>{sentence.clone()}</li> })
        .collect_view();
    view! {
        <div class="rc-fallback">
            <p><a href=href.to_owned()>{summary.title.clone()}</a></p>
            <ul>{differences}</ul>
            <p>{summary.bottom_line_text()}</p>
            {summary.moves_text().map(|moves| view! { <p>{moves}</p> })}
        </div>
    }
}

/// [`fallback_view`] as HTML text, for the snippets a page copies: the same
/// view, rendered to a string, without the comments Leptos leaves where a
/// list ends (a sanitizer may show them as text).
pub fn fallback_html(summary: &PairSummary, href: &str) -> String {
    without_markers(&fallback_view(summary, href).to_html())
}

/// `html` without the comments Leptos leaves to mark where its dynamic parts
/// sit (`<!>`, `<!---->`, `<!--<() />-->`): nothing takes markup over by
/// them here (a pre-rendered card is replaced, not hydrated), and WordPress's
/// kses turns them into stray text that can swallow the rest of a post. Text
/// never holds one: a `<` in a text or an attribute is escaped.
pub fn without_markers(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find("<!") {
        out.push_str(&rest[..start]);
        let after = &rest[start..];
        let end = if let Some(comment) = after.strip_prefix("<!--") {
            comment.find("-->").map(|i| 4 + i + 3)
        } else if after.starts_with("<!>") {
            Some(3)
        } else {
            None
        };
        match end {
            Some(end) => rest = &after[end..],
            None => {
                // A doctype or other declaration: kept.
                out.push_str("<!");
                rest = &after[2..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// Text made safe for an HTML text node or a quoted attribute, for the HTML
/// the snippets hand out as text (views render text as text themselves).
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::builtin::roles;

    #[test]
    fn a_summary_has_the_cards_title_differences_and_figures() {
        let card = CardModel::new(
            builtin::dataset(),
            &roles::OPERATIONS_MANAGER,
            &roles::PROCUREMENT_MANAGER,
            None,
        )
        .unwrap();
        let summary = PairSummary::of(&card);
        assert_eq!(summary.title, "Operations Manager vs Procurement Manager");
        assert_eq!(summary.differences.len(), card.key_differences.len());
        let first = &card.key_differences[0];
        assert_eq!(
            summary.differences[0],
            format!(
                "{}: Operations Manager, {}; Procurement Manager, {}.",
                first.label, first.gists.a, first.gists.b
            )
        );
        assert_eq!(summary.bottom_line, card.bottom_line);
        assert_eq!(summary.roles[0].figures[0].0, "Median pay");
        assert!(summary.roles[0].figures[0].1.contains("$105,770"));
        assert_eq!(
            PairSummary::builtin(
                &roles::OPERATIONS_MANAGER,
                &roles::PROCUREMENT_MANAGER,
                None
            ),
            Some(summary)
        );
        assert_eq!(
            PairSummary::builtin(&roles::BUYER, &roles::BUYER, None),
            None,
            "the same role twice"
        );
    }

    /// The HTML a snippet copies is the view's: every text escaped, each in
    /// its block, and no comment left for a sanitizer to show as text.
    #[test]
    fn the_fallback_escapes_its_texts_and_keeps_each_in_a_block() {
        let summary = PairSummary {
            title: "<b>A</b> vs B & C".to_owned(),
            differences: vec!["One <i>more</i>.".to_owned(), "Two.".to_owned()],
            bottom_line: "Pick \"B\".".to_owned(),
            moves: vec![],
            roles: [
                RoleSummary {
                    title: "A".to_owned(),
                    figures: vec![],
                },
                RoleSummary {
                    title: "B".to_owned(),
                    figures: vec![],
                },
            ],
        };
        assert_eq!(
            without_markers("<!doctype html><p>a<!>b<!---->c<!--<() />-->d</p>"),
            "<!doctype html><p>abcd</p>"
        );
        assert_eq!(
            fallback_html(&summary, "https://x.org/?a=1&b=\"2\""),
            "<div class=\"rc-fallback\"><p><a href=\"https://x.org/?a=1&amp;b=&quot;2&quot;\">&lt;b&gt;A&lt;/b&gt; vs B &amp; C</a></p>\
             <ul><li>One &lt;i&gt;more&lt;/i&gt;.</li><li>Two.</li></ul><p>Bottom line: Pick \"B\".</p></div>"
        );
    }
}
