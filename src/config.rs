//! The configuration of one embedded card, read from what the host page gave
//! it: the `role-a`, `role-b` and `theme` attributes and an optional
//! `<script type="application/json">` child with extra roles.

use std::sync::Arc;

use crate::dataset::{extend_dataset, Dataset};
use crate::selection::{select, Selection, Theme};

/// At most this many host-data problems are listed in the card itself (all are logged).
pub const MAX_SHOWN_PROBLEMS: usize = 8;

/// What the host page asked for, as raw text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct HostInput {
    /// The `role-a` attribute.
    pub role_a: Option<String>,
    /// The `role-b` attribute.
    pub role_b: Option<String>,
    /// The `theme` attribute.
    pub theme: Option<String>,
    /// The text of a `<script type="application/json">` child.
    pub roles_json: Option<String>,
}

/// A card's configuration, ready to mount, and every problem found on the way.
#[derive(Clone, Debug)]
pub struct CardConfig {
    /// The built-in roles, plus the host's if they were valid.
    pub data: Arc<Dataset>,
    /// The pair to show first.
    pub selection: Selection,
    /// The colour theme.
    pub theme: Theme,
    /// Every problem, one sentence each (logged and sent with `role-compare:error`).
    pub problems: Vec<String>,
    /// The problems as shown inside the card (long lists are shortened).
    pub shown: Vec<String>,
}

impl CardConfig {
    /// Reads `input` against the built-in dataset `base`. Invalid host roles are
    /// ignored as a whole (the built-in roles stay usable); invalid ids and themes
    /// fall back to their defaults. Nothing here fails: problems are collected.
    pub fn new(base: &Dataset, input: &HostInput) -> Self {
        let mut problems = Vec::new();
        let data = match input
            .roles_json
            .as_deref()
            .map(str::trim)
            .filter(|json| !json.is_empty())
        {
            None => base.clone(),
            Some(json) => match extend_dataset(base, json) {
                Ok(extended) => extended,
                Err(found) => {
                    problems.extend(
                        found
                            .iter()
                            .map(|p| format!("Host roles were not used: {p}.")),
                    );
                    base.clone()
                }
            },
        };
        let selection = select(&data, input.role_a.as_deref(), input.role_b.as_deref());
        problems.extend(selection.notices.iter().map(ToString::to_string));
        let theme = match Theme::parse(input.theme.as_deref().unwrap_or_default()) {
            Ok(theme) => theme,
            Err(notice) => {
                problems.push(notice.to_string());
                Theme::Auto
            }
        };
        let mut shown: Vec<String> = problems.iter().take(MAX_SHOWN_PROBLEMS).cloned().collect();
        if problems.len() > MAX_SHOWN_PROBLEMS {
            shown.push(format!(
                "…and {} more problem(s); the browser console lists them all.",
                problems.len() - MAX_SHOWN_PROBLEMS
            ));
        }
        CardConfig {
            data: Arc::new(data),
            selection,
            theme,
            problems,
            shown,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::builtin::dataset;

    fn input(a: &str, b: &str, theme: &str, json: Option<&str>) -> HostInput {
        HostInput {
            role_a: Some(a.into()),
            role_b: Some(b.into()),
            theme: Some(theme.into()),
            roles_json: json.map(Into::into),
        }
    }

    #[test]
    fn a_clean_configuration_has_no_problems() {
        let c = CardConfig::new(
            dataset(),
            &input("team-leader", "plant-manager", "dark", None),
        );
        assert_eq!(
            (c.selection.a.as_str(), c.selection.b.as_str()),
            ("team-leader", "plant-manager")
        );
        assert_eq!(c.theme, Theme::Dark);
        assert!(c.problems.is_empty());
        assert_eq!(c.data.roles.len(), dataset().roles.len());
    }

    #[test]
    fn a_bad_theme_and_unknown_id_are_reported_and_defaulted() {
        let c = CardConfig::new(dataset(), &input("pilot", "plant-manager", "neon", None));
        assert_eq!(c.theme, Theme::Auto);
        assert_eq!(c.selection.a.as_str(), "operations-manager");
        assert_eq!(
            c.problems,
            [
                "Role A \"pilot\" is not in the dataset; showing the default instead.",
                "Theme \"neon\" is not one of light, dark, auto; using auto."
            ]
        );
    }

    #[test]
    fn broken_host_json_keeps_the_built_in_roles() {
        let c = CardConfig::new(
            dataset(),
            &input("team-leader", "plant-manager", "", Some("{\"roles\": [}")),
        );
        assert_eq!(c.data.roles.len(), dataset().roles.len());
        assert_eq!(c.problems.len(), 1);
        assert!(
            c.problems[0]
                .starts_with("Host roles were not used: malformed JSON at line 1, column 12"),
            "{:?}",
            c.problems
        );
    }

    #[test]
    fn long_problem_lists_are_shortened_in_the_card() {
        let json = r#"{"roles": [{"id": "x"}, {"id": "y"}]}"#;
        let c = CardConfig::new(
            dataset(),
            &input("team-leader", "plant-manager", "", Some(json)),
        );
        assert!(
            c.problems.len() > MAX_SHOWN_PROBLEMS,
            "{}",
            c.problems.len()
        );
        assert_eq!(c.shown.len(), MAX_SHOWN_PROBLEMS + 1);
        assert!(c.shown.last().unwrap().contains("more problem(s)"));
    }

    #[test]
    fn empty_host_json_is_ignored() {
        let c = CardConfig::new(
            dataset(),
            &input("team-leader", "plant-manager", "auto", Some("  \n ")),
        );
        assert!(c.problems.is_empty());
    }
}

/// What the embed generator needs to write a snippet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SnippetInput<'a> {
    /// Absolute URL of `role-compare.js`.
    pub script_url: &'a str,
    /// Absolute URL of the demo page, for the fallback link.
    pub page_url: &'a str,
    /// Role A's id and title.
    pub a: (&'a str, &'a str),
    /// Role B's id and title.
    pub b: (&'a str, &'a str),
    /// The theme.
    pub theme: Theme,
}

/// The two lines a blogger pastes: the script tag and the element, with a
/// fallback link to the same comparison on the demo page.
pub fn embed_snippet(input: &SnippetInput<'_>) -> String {
    let (a_id, a_title) = input.a;
    let (b_id, b_title) = input.b;
    format!(
        "<script type=\"module\" src=\"{script}\"></script>\n\
         <role-compare role-a=\"{a}\" role-b=\"{b}\" theme=\"{theme}\">\n  \
         <a href=\"{page}?a={a}&amp;b={b}\">{a_title} vs {b_title}</a>\n\
         </role-compare>",
        script = escape_html(input.script_url),
        page = escape_html(input.page_url),
        a = escape_html(a_id),
        b = escape_html(b_id),
        theme = input.theme.as_str(),
        a_title = escape_html(a_title),
        b_title = escape_html(b_title),
    )
}

/// Escapes text for an HTML attribute or text node.
fn escape_html(text: &str) -> String {
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
mod snippet_tests {
    use super::*;

    #[test]
    fn the_snippet_is_the_two_documented_lines_with_a_fallback() {
        let snippet = embed_snippet(&SnippetInput {
            script_url: "https://example.org/rc/role-compare.js",
            page_url: "https://example.org/rc/index.html",
            a: ("team-leader", "Team Leader"),
            b: ("plant-manager", "Plant Manager"),
            theme: Theme::Dark,
        });
        assert_eq!(
            snippet,
            "<script type=\"module\" src=\"https://example.org/rc/role-compare.js\"></script>\n\
             <role-compare role-a=\"team-leader\" role-b=\"plant-manager\" theme=\"dark\">\n  \
             <a href=\"https://example.org/rc/index.html?a=team-leader&amp;b=plant-manager\">Team Leader vs Plant Manager</a>\n\
             </role-compare>"
        );
    }

    #[test]
    fn hostile_text_is_escaped() {
        let snippet = embed_snippet(&SnippetInput {
            script_url: "https://x.org/\"><script>alert(1)</script>",
            page_url: "https://x.org/",
            a: ("a", "<b>A</b>"),
            b: ("b", "B & 'C'"),
            theme: Theme::Auto,
        });
        assert!(!snippet.contains("<script>alert"));
        assert!(snippet.contains("&lt;b&gt;A&lt;/b&gt; vs B &amp; &#39;C&#39;"));
    }
}
