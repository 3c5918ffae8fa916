//! Every kind of snippet through a real sanitizer (ammonia, as feed readers
//! use it): the pair's title, its link, its key differences and bottom line
//! survive, each readable on its own (nothing runs together), and nothing
//! else of the card turns into stray words.

#![cfg(not(target_arch = "wasm32"))]

use role_compare::builtin::{dataset, roles};
use role_compare::prerender::{embed_html, Prerender};
use role_compare::summary::PairSummary;
use role_compare::{RoleId, Theme};
use role_compare_site::snippet::{embed_snippet, prerendered_snippet, SnippetInput};

const SITE: &str = "https://example.org/rc/";

/// The texts of `html` as a reader of the sanitized markup sees them: one
/// entry per block (paragraph, list item, …), tags removed, entities decoded.
fn blocks(html: &str) -> Vec<String> {
    const BLOCKS: [&str; 9] = ["p", "div", "li", "ul", "ol", "blockquote", "h2", "h3", "br"];
    let mut text = String::new();
    let mut rest = html;
    while let Some(start) = rest.find('<') {
        text.push_str(&rest[..start]);
        let end = rest[start..]
            .find('>')
            .map_or(rest.len(), |e| start + e + 1);
        let tag = rest[start + 1..end]
            .trim_start_matches('/')
            .split(|c: char| !c.is_ascii_alphanumeric())
            .next()
            .unwrap_or("");
        if BLOCKS.contains(&tag) {
            text.push('\n');
        }
        rest = &rest[end..];
    }
    text.push_str(rest);
    text.replace("&amp;", "&")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .lines()
        .map(|line| line.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|line| !line.is_empty())
        .collect()
}

/// What a sanitized snippet of `summary` must read as: its title, its key
/// differences, bottom line and moves, each a block of its own, and nothing else.
fn assert_readable(kind: &str, snippet: &str, summary: &PairSummary, link: &str) {
    let clean = ammonia::clean(snippet);
    let mut expected = vec![summary.title.clone()];
    expected.extend(summary.differences.iter().cloned());
    expected.push(summary.bottom_line_text());
    expected.extend(summary.moves_text());
    assert!(
        summary.differences.len() >= 2,
        "{kind}: a pair with differences"
    );
    assert_eq!(blocks(&clean), expected, "{kind}: {clean}");
    assert!(
        clean.contains(&format!(
            "<a href=\"{}\" rel=\"noopener noreferrer\">{}</a>",
            link.replace('&', "&amp;"),
            summary.title
        )),
        "{kind}: the title links to {link}: {clean}"
    );
}

fn pairs() -> Vec<(RoleId, RoleId)> {
    let roles = &dataset().roles;
    roles
        .iter()
        .enumerate()
        .flat_map(|(i, a)| {
            roles
                .iter()
                .skip(i + 1)
                .map(move |b| (a.id.clone(), b.id.clone()))
        })
        .collect()
}

#[test]
fn the_pre_rendered_snippet_of_every_pair_keeps_a_readable_summary() {
    for (a, b) in pairs() {
        let summary = PairSummary::builtin(&a, &b, None).unwrap();
        let element = embed_html(&a, &b, &Prerender::at(SITE));
        let snippet = prerendered_snippet(&format!("{SITE}role-compare.js"), &element);
        let link = format!(
            "{SITE}{}",
            role_compare::builtin::pair_page(&a, &b).unwrap()
        );
        assert_readable("pre-rendered", &snippet, &summary, &link);
    }
}

#[test]
fn the_short_snippet_keeps_a_readable_summary() {
    let (a, b) = (roles::FLEET_MANAGER, roles::LOGISTICS_MANAGER);
    let summary = PairSummary::builtin(&a, &b, None).unwrap();
    let snippet = embed_snippet(&SnippetInput {
        script_url: &format!("{SITE}role-compare.js"),
        page_url: &format!("{SITE}index.html"),
        a: (a.as_str(), "Fleet Manager"),
        b: (b.as_str(), "Logistics Manager"),
        theme: Theme::Auto,
        dimensions: None,
        state: None,
        summary: Some(&summary),
        render: role_compare::summary::fallback_html,
    });
    let link = format!("{SITE}index.html?a=fleet-manager&b=logistics-manager");
    assert_readable("short", &snippet, &summary, &link);
}

/// WordPress's kses (for authors without `unfiltered_html`) strips the
/// `template` tag but keeps what it held, then the tags it does not know:
/// the card's own text stays, so it must hold no dead control words and no
/// list of every role.
#[test]
fn a_card_whose_template_tag_is_stripped_leaves_no_dead_words() {
    let (a, b) = (roles::OPERATIONS_MANAGER, roles::PROCUREMENT_MANAGER);
    let element = embed_html(&a, &b, &Prerender::at(SITE));
    let stripped = element
        .replace("<template shadowrootmode=\"open\">", "")
        .replace("</template>", "");
    let text = blocks(&ammonia::clean(&stripped)).join("\n");
    assert!(text.contains("Operations Manager"), "{text}");
    for dead in [
        "Open all dimensions",
        "Differences only",
        "Chief Operating Officer",
        "Fleet Manager",
    ] {
        assert!(!text.contains(dead), "{dead:?} in {text}");
    }
}
