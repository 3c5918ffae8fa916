//! The snippet a blogger pastes: the script tag and the element, with a
//! fallback link to the same comparison on the demo page.

use role_compare::Theme;

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
    /// The dimensions to show, comma-separated (`None`: all).
    pub dimensions: Option<&'a str>,
}

/// The snippet with the card pre-rendered: the script tag, then `element`,
/// the `<role-compare>` element of the pair's page (its card in declarative
/// shadow DOM) with every address made absolute.
pub fn prerendered_snippet(script_url: &str, element: &str) -> String {
    format!(
        "<script type=\"module\" src=\"{}\"></script>\n{element}",
        escape_html(script_url)
    )
}

/// The short snippet: the script tag and the element, with a fallback link
/// to the same comparison on the demo page; the card is drawn when the
/// script has loaded.
pub fn embed_snippet(input: &SnippetInput<'_>) -> String {
    let (a_id, a_title) = input.a;
    let (b_id, b_title) = input.b;
    let dimensions = input
        .dimensions
        .map(|list| format!(" dimensions=\"{}\"", escape_html(list)))
        .unwrap_or_default();
    format!(
        "<script type=\"module\" src=\"{script}\"></script>\n\
         <role-compare role-a=\"{a}\" role-b=\"{b}\" theme=\"{theme}\"{dimensions}>\n  \
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

    #[test]
    fn the_snippet_is_the_two_documented_lines_with_a_fallback() {
        let snippet = embed_snippet(&SnippetInput {
            script_url: "https://example.org/rc/role-compare.js",
            page_url: "https://example.org/rc/index.html",
            a: ("team-leader", "Team Leader"),
            b: ("plant-manager", "Plant Manager"),
            theme: Theme::Dark,
            dimensions: None,
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
            dimensions: Some("scope,\"><x>"),
        });
        assert!(!snippet.contains("<script>alert"));
        assert!(snippet.contains("&lt;b&gt;A&lt;/b&gt; vs B &amp; &#39;C&#39;"));
        assert!(snippet.contains(" dimensions=\"scope,&quot;&gt;&lt;x&gt;\">"));
    }
}
