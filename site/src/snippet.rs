//! The snippet a blogger pastes: the script tag and the element, with a
//! fallback (the pair's title linked to the same comparison on the demo
//! page, its key differences and bottom line) that sanitizers keep.

use role_compare::builtin::pair_page;
use role_compare::summary::PairSummary;
use role_compare::words;
use role_compare::{RoleId, Theme};

/// The listener a host page adds to size our frames, below the site's root.
pub const LISTENER: &str = "role-compare-frame.js";
/// The width a frame is handed out with, in px.
pub const FRAME_WIDTH: u32 = 600;
/// The height a frame is handed out with, in px, before it reports its own:
/// a closed card at [`FRAME_WIDTH`] fits it.
pub const FRAME_HEIGHT: u32 = 1000;

/// One of a pair's files below the site's root, named as its page
/// (`compare/<a>-vs-<b>.html`, both in the dataset's order): e.g.
/// `pair_file(a, b, "embed", "html")` is its frame page, `embed/<a>-vs-<b>.html`.
/// `None` for the same role twice or a role that is not built in.
pub fn pair_file(a: &RoleId, b: &RoleId, folder: &str, extension: &str) -> Option<String> {
    let page = pair_page(a, b)?;
    let stem = page.strip_prefix("compare/")?.strip_suffix(".html")?;
    Some(format!("{folder}/{stem}.{extension}"))
}

/// The frame page of a pair below the site's root, `embed/<a>-vs-<b>.html`.
pub fn frame_path(a: &RoleId, b: &RoleId) -> Option<String> {
    pair_file(a, b, "embed", "html")
}

/// A pair's frame for another site (`src` is the frame page's address,
/// `title` the pair's): the size it is handed out with (its width follows
/// the column), lazily loaded; without a border both by attribute (what
/// WordPress keeps of an oEmbed frame) and by style.
pub fn frame_element(src: &str, title: &str) -> String {
    format!(
        "<iframe src=\"{}\" title=\"{}\" width=\"{FRAME_WIDTH}\" height=\"{FRAME_HEIGHT}\" \
         frameborder=\"0\" style=\"width:100%;border:0\" loading=\"lazy\"></iframe>",
        escape_html(src),
        escape_html(title),
    )
}

/// The frame code the generator hands out: the frame, then the listener
/// (at `site_url`) that sizes it to its card where the host keeps scripts;
/// elsewhere the frame keeps its given height.
pub fn frame_code(site_url: &str, src: &str, title: &str) -> String {
    format!(
        "{}\n<script async src=\"{}\"></script>",
        frame_element(src, title),
        escape_html(&format!("{site_url}{LISTENER}"))
    )
}

/// Whether `host` (a URL's host name, as `location.hostname` gives it) is
/// this computer or a private network: `localhost`, `*.local`, a loopback,
/// private or link-local address, or none (a `file:` page). Addresses on such
/// a host work only there, so the generator says so beside its code.
pub fn is_local_host(host: &str) -> bool {
    let host = host.trim_end_matches('.').to_ascii_lowercase();
    let bare = host.trim_start_matches('[').trim_end_matches(']');
    if bare.is_empty()
        || bare == "localhost"
        || bare.ends_with(".localhost")
        || bare.ends_with(".local")
    {
        return true;
    }
    match bare.parse::<std::net::IpAddr>() {
        Ok(std::net::IpAddr::V4(ip)) => {
            ip.is_loopback() || ip.is_private() || ip.is_link_local() || ip.is_unspecified()
        }
        Ok(std::net::IpAddr::V6(ip)) => {
            let first = ip.segments()[0];
            ip.is_loopback()
                || ip.is_unspecified()
                // Unique local (fc00::/7) and link-local (fe80::/10) addresses.
                || first & 0xfe00 == 0xfc00
                || first & 0xffc0 == 0xfe80
                || ip.to_ipv4_mapped().is_some_and(|v4| is_local_host(&v4.to_string()))
        }
        Err(_) => false,
    }
}

/// What the embed generator needs to write a snippet.
#[derive(Clone, Copy)]
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
    /// The postal code of the state whose pay the card shows (`None`: national).
    pub state: Option<&'a str>,
    /// The pair in plain text, for the fallback (`None`: the title link alone).
    pub summary: Option<&'a PairSummary>,
    /// How the fallback is rendered from `summary` and its link: the library's
    /// `fallback_view`, natively with `role_compare::summary::fallback_html`
    /// (in the demo's browser, through the page).
    pub render: RenderFallback,
}

/// Renders the library's `fallback_view` of a summary, linked to an address, as HTML text.
pub type RenderFallback = fn(&PairSummary, &str) -> String;

/// The snippet with the card pre-rendered: the script tag, then `element`,
/// the `<role-compare>` element of the pair's page (its card in declarative
/// shadow DOM) with every address made absolute.
pub fn prerendered_snippet(script_url: &str, element: &str) -> String {
    format!(
        "<script type=\"module\" src=\"{}\"></script>\n{element}",
        escape_html(script_url)
    )
}

/// The short snippet: the script tag and the element, a block from the
/// start (`style`), whose children are the fallback: the pair's title linked
/// to the same comparison on the demo page, its key differences and bottom
/// line. The card is drawn when the script has loaded and hides them.
pub fn embed_snippet(input: &SnippetInput<'_>) -> String {
    let (a_id, a_title) = input.a;
    let (b_id, b_title) = input.b;
    let dimensions = input
        .dimensions
        .map(|list| format!(" dimensions=\"{}\"", escape_html(list)))
        .unwrap_or_default();
    let state = input
        .state
        .map(|code| format!(" state=\"{}\"", escape_html(code)))
        .unwrap_or_default();
    let href = format!("{}?a={a_id}&b={b_id}", input.page_url);
    let fallback = match input.summary {
        Some(summary) => (input.render)(summary, &href),
        None => format!(
            "<a href=\"{}\">{}</a>",
            escape_html(&href),
            escape_html(&words::pair_title(a_title, b_title))
        ),
    };
    format!(
        "<script type=\"module\" src=\"{script}\"></script>\n\
         <role-compare role-a=\"{a}\" role-b=\"{b}\" theme=\"{theme}\"{dimensions}{state} style=\"display:block\">\n  \
         {fallback}\n\
         </role-compare>",
        script = escape_html(input.script_url),
        a = escape_html(a_id),
        b = escape_html(b_id),
        theme = input.theme.as_str(),
    )
}

/// The alternative text of a pair's picture: what it shows, in words.
pub fn alt_text(summary: &PairSummary) -> String {
    let mut alt = format!("{}.", summary.title);
    for role in &summary.roles {
        let figures: Vec<String> = role
            .figures
            .iter()
            .map(|(label, value)| format!("{}: {value}", label.to_lowercase()))
            .collect();
        if !figures.is_empty() {
            alt.push_str(&format!(" {}, {}.", role.title, figures.join(", ")));
        }
    }
    // What the picture shows: two key differences and the bottom line.
    let shown = 2;
    alt.push_str(" Key differences: ");
    alt.push_str(
        &summary
            .differences
            .iter()
            .take(shown)
            .cloned()
            .collect::<Vec<_>>()
            .join(" "),
    );
    alt.push(' ');
    alt.push_str(&summary.bottom_line_text());
    alt
}

/// The picture and link for a newsletter: the pair's picture (`picture`,
/// shown at half its size) linking its page (`page`), then the page's title
/// as a link, for where pictures are off.
pub fn picture_and_link(page: &str, picture: &str, summary: &PairSummary) -> String {
    format!(
        "<a href=\"{page}\"><img src=\"{picture}\" width=\"600\" height=\"315\" alt=\"{alt}\"></a>\n\
         <p><a href=\"{page}\">{title}: how the two roles compare</a></p>",
        page = escape_html(page),
        picture = escape_html(picture),
        alt = escape_html(&alt_text(summary)),
        title = escape_html(&summary.title),
    )
}

/// Escapes text for an HTML attribute or text node (one escaper for every snippet).
pub use role_compare::summary::escape_html;

#[cfg(test)]
mod tests {
    use super::*;
    use role_compare::summary::fallback_html;

    #[test]
    fn the_snippet_is_the_two_documented_lines_with_a_fallback() {
        let snippet = embed_snippet(&SnippetInput {
            script_url: "https://example.org/rc/role-compare.js",
            page_url: "https://example.org/rc/index.html",
            a: ("team-leader", "Team Leader"),
            b: ("plant-manager", "Plant Manager"),
            theme: Theme::Dark,
            dimensions: None,
            state: None,
            summary: None,
            render: fallback_html,
        });
        assert_eq!(
            snippet,
            "<script type=\"module\" src=\"https://example.org/rc/role-compare.js\"></script>\n\
             <role-compare role-a=\"team-leader\" role-b=\"plant-manager\" theme=\"dark\" style=\"display:block\">\n  \
             <a href=\"https://example.org/rc/index.html?a=team-leader&amp;b=plant-manager\">Team Leader vs Plant Manager</a>\n\
             </role-compare>"
        );
    }

    #[test]
    fn local_hosts_are_this_computer_and_private_networks() {
        for host in [
            "localhost",
            "LOCALHOST",
            "app.localhost",
            "printer.local",
            "127.0.0.1",
            "127.8.9.10",
            "10.0.0.7",
            "172.16.0.1",
            "172.31.255.254",
            "192.168.1.20",
            "169.254.3.4",
            "0.0.0.0",
            "[::1]",
            "::1",
            "[fd12:3456::1]",
            "[fe80::1]",
            "[::ffff:192.168.0.1]",
            "",
        ] {
            assert!(is_local_host(host), "{host} is local");
        }
        for host in [
            "role-compare.github.io",
            "example.org",
            "8.8.8.8",
            "172.32.0.1",
            "172.15.0.1",
            "192.169.0.1",
            "11.0.0.1",
            "[2001:db8::1]",
            "localhost.example.org",
            "local",
        ] {
            assert!(!is_local_host(host), "{host} is public");
        }
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
            state: Some("T\"X"),
            summary: None,
            render: fallback_html,
        });
        assert!(!snippet.contains("<script>alert"));
        assert!(snippet.contains("&lt;b&gt;A&lt;/b&gt; vs B &amp; &#39;C&#39;"));
        assert!(
            snippet.contains(" dimensions=\"scope,&quot;&gt;&lt;x&gt;\" state=\"T&quot;X\" style=")
        );
    }
}
