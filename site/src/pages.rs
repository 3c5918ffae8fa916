//! The hosted site's pre-rendered pages (native, with the library's `ssr`
//! feature): one page per unordered pair of built-in roles, an index of every
//! pair, a sitemap, the stylesheet the pre-rendered cards link, and the demo
//! page with its default pair in its HTML. Every card is
//! `role_compare::prerender::embed_html`, the same component as everywhere.

use std::fmt::Write as _;

use leptos::prelude::*;
use leptos::tachys::html::attribute::custom::custom_attribute;
use leptos::tachys::view::add_attr::AddAnyAttr;
use role_compare::builtin::{self, dataset, pairs, ALL_PAIRS_PAGE, DEFAULT_PAIR};
use role_compare::dataset::Role;
use role_compare::prerender::{embed_html, Prerender, STYLESHEET_FILE};
use role_compare::summary::PairSummary;
use role_compare::words;
use role_compare::STYLESHEET;

use crate::frame::{frame_page_html, FRAME_SCRIPT, FRAME_SCRIPT_TEXT, LISTENER_TEXT};
use crate::jsonld::{page_json_ld, PageFacts};
use crate::oembed::{self, Embed, PROVIDER};
use crate::picture;
use crate::snippet::{alt_text, escape_html, frame_path, pair_file, LISTENER};

/// Where the demo page's card goes: its pre-rendered element replaces
/// whatever `index.html` holds between these two comments.
pub const CARD_START: &str = "<!-- pre-rendered card -->";
/// The end of the demo card's place in `index.html`.
pub const CARD_END: &str = "<!-- /pre-rendered card -->";
/// Where the demo page lists the roles, by family.
pub const ROLES_START: &str = "<!-- roles -->";
/// The end of the roles' place in `index.html`.
pub const ROLES_END: &str = "<!-- /roles -->";

/// A file of the site: its path below `dist/` and its text.
pub struct File {
    /// E.g. `compare/team-leader-vs-plant-manager.html`.
    pub path: String,
    /// The file's text.
    pub text: String,
}

/// The path of a pair's page below the site's root (`compare/…`); every
/// pair of [`pairs`] has one.
fn page_path(a: &Role, b: &Role) -> String {
    builtin::pair_page(&a.id, &b.id).expect("two different built-in roles have a page")
}

/// Every file the pre-render step writes, for a site published at `base_url`
/// (absolute, ending in `/`), with `index_html` (trunk's demo page) given
/// its card.
pub fn site(base_url: &str, index_html: &str) -> Result<Vec<File>, String> {
    let mut files: Vec<File> = pairs()
        .into_iter()
        .map(|(a, b)| File {
            path: page_path(a, b),
            text: pair_page_html(base_url, a, b),
        })
        .collect();
    files.extend(pairs().into_iter().map(|(a, b)| File {
        path: frame_path(&a.id, &b.id).expect("two different built-in roles have a frame page"),
        text: frame_page_html(base_url, a, b, &page_path(a, b)),
    }));
    files.extend(oembed_files(base_url));
    files.push(File {
        path: FRAME_SCRIPT.to_owned(),
        text: FRAME_SCRIPT_TEXT.to_owned(),
    });
    files.push(File {
        path: LISTENER.to_owned(),
        text: LISTENER_TEXT.to_owned(),
    });
    files.push(File {
        path: ALL_PAIRS_PAGE.to_owned(),
        text: index_page(base_url),
    });
    files.push(File {
        path: "sitemap.xml".to_owned(),
        text: sitemap(base_url),
    });
    files.push(File {
        path: STYLESHEET_FILE.to_owned(),
        text: STYLESHEET.to_owned(),
    });
    // Pay by state: fetched by a card only once a state is chosen.
    files.push(File {
        path: role_compare::pay::PAY_FILE.to_owned(),
        text: role_compare::pay::TABLE_TEXT.to_owned(),
    });
    files.push(File {
        path: "index.html".to_owned(),
        text: demo_page(index_html)?,
    });
    Ok(files)
}

/// The demo page with its default pair pre-rendered in place of whatever
/// stands between [`CARD_START`] and [`CARD_END`], and the roles listed by
/// family between [`ROLES_START`] and [`ROLES_END`].
pub fn demo_page(index_html: &str) -> Result<String, String> {
    // The demo's card is there to be tried: it loads as it comes into view.
    let card = embed_html(
        &DEFAULT_PAIR.0,
        &DEFAULT_PAIR.1,
        &Prerender {
            near: true,
            ..Prerender::at("")
        },
    );
    let page = replace_between(index_html, CARD_START, CARD_END, &card)?;
    replace_between(&page, ROLES_START, ROLES_END, &roles_by_family())
}

/// `text` with what stands between the markers `start` and `end` replaced by `with`.
fn replace_between(text: &str, start: &str, end: &str, with: &str) -> Result<String, String> {
    let (before, rest) = text
        .split_once(start)
        .ok_or_else(|| format!("index.html has no {start}"))?;
    let (_, after) = rest
        .split_once(end)
        .ok_or_else(|| format!("index.html has no {end}"))?;
    Ok(format!("{before}{start}{with}{end}{after}"))
}

/// Every built-in role under its family's heading.
fn roles_by_family() -> String {
    let families = dataset().families.iter().map(|family| {
        let roles: Vec<&str> = dataset()
            .roles
            .iter()
            .filter(|role| role.family.as_ref() == Some(&family.id))
            .map(|role| &*role.title)
            .collect();
        view! {
            <dt>{family.label.to_string()}</dt>
            <dd>{roles.join(", ")}</dd>
        }
    });
    view! { <dl class="demo-roles">{families.collect_view()}</dl> }.to_html()
}

/// The way from a page below `compare/` to the site's root.
const UP: &str = "../";

/// A page below `compare/`: the head every page of the site shares, the
/// site's header (its name, linked home, then the page's heading and intro),
/// and `main`.
fn page_below_compare(
    title: String,
    intro: String,
    canonical: String,
    heading: String,
    head: impl IntoView + 'static,
    main: impl IntoView + 'static,
) -> String {
    let html = view! {
        <html lang="en">
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <title>{title}</title>
                <meta name="description" content=intro.clone() />
                <link rel="canonical" href=canonical />
                <link rel="stylesheet" href=format!("{UP}demo.css") />
                <link rel="icon" href=format!("{UP}favicon.svg") type="image/svg+xml" />
                <script type="module" src=format!("{UP}role-compare.js")></script>
                {head}
            </head>
            <body>
                <header class="demo-header">
                    <p class="demo-header__home">
                        <a href=format!("{UP}index.html")>"role-compare: compare operations and supply-chain roles"</a>
                    </p>
                    <h1>{heading}</h1>
                    <p>{intro}</p>
                </header>
                <main class="demo-main">{main}</main>
            </body>
        </html>
    }
    .to_html();
    format!("<!doctype html>\n{html}\n")
}

/// One pair's page: its title, description and canonical link, the site's
/// header, the card in its HTML, and links to the other pairs of both roles.
pub fn pair_page_html(base_url: &str, a: &Role, b: &Role) -> String {
    let heading = words::pair_title(&a.title, &b.title);
    let intro = format!(
        "How the {} and {} roles differ: who each one suits, official pay and outlook \
         figures, the key differences and fifteen dimensions side by side.",
        a.title, b.title
    );
    let others = [a, b].map(|role| {
        let links = pairs()
            .into_iter()
            .filter(|(x, y)| x.id == role.id || y.id == role.id)
            .filter(|(x, y)| page_path(x, y) != page_path(a, b))
            .map(|(x, y)| {
                let other = if x.id == role.id { y } else { x };
                pair_link(x, y, role, other)
            })
            .collect_view();
        view! {
            <h2>{format!("{} compared with another role", role.title)}</h2>
            <ul>{links}</ul>
        }
    });
    // The card is HTML that Leptos rendered (its texts escaped there), not data.
    let card = embed_html(&a.id, &b.id, &Prerender::at(UP));
    let main = view! {
        <section class="demo-card" aria-label="The comparison" inner_html=card></section>
        <nav class="demo-pairs" aria-label="Other comparisons">
            {others}
            <p><a href=format!("{UP}{ALL_PAIRS_PAGE}")>"Every comparison"</a></p>
        </nav>
    };
    let title = format!("{heading}: how the two roles compare");
    let canonical = format!("{base_url}{}", page_path(a, b));
    let head = pair_head(base_url, a, b, &title, &intro, &canonical);
    page_below_compare(title, intro, canonical, heading, head, main)
}

/// What a pair's page tells machines: its oEmbed discovery link, its Open
/// Graph and X card (title, description, picture with its size and
/// alternative text) and its facts as JSON-LD.
fn pair_head(
    base_url: &str,
    a: &Role,
    b: &Role,
    title: &str,
    intro: &str,
    canonical: &str,
) -> impl IntoView {
    let file = |folder, extension| {
        pair_file(&a.id, &b.id, folder, extension)
            .map(|path| format!("{base_url}{path}"))
            .unwrap_or_default()
    };
    let (oembed, image) = (file("oembed", "json"), file("og", "png"));
    let alt = PairSummary::builtin(&a.id, &b.id, None)
        .map(|summary| alt_text(&summary))
        .unwrap_or_else(|| title.to_owned());
    let facts = page_json_ld(
        &PageFacts {
            name: title,
            description: intro,
            url: canonical,
            image: &image,
        },
        a,
        b,
    );
    let pair = words::pair_title(&a.title, &b.title);
    view! {
        <link rel="alternate" type="application/json+oembed" href=oembed title=pair />
        {og("og:type", "website".to_owned())}
        {og("og:site_name", PROVIDER.to_owned())}
        {og("og:title", title.to_owned())}
        {og("og:description", intro.to_owned())}
        {og("og:url", canonical.to_owned())}
        {og("og:image", image.clone())}
        {og("og:image:type", "image/png".to_owned())}
        {og("og:image:width", picture::WIDTH.to_string())}
        {og("og:image:height", picture::HEIGHT.to_string())}
        {og("og:image:alt", alt.clone())}
        <meta name="twitter:card" content="summary_large_image" />
        <meta name="twitter:image:alt" content=alt />
        // JSON we wrote, with "</" escaped (see `page_json_ld`).
        <script type="application/ld+json" inner_html=facts></script>
    }
}

/// An Open Graph `meta` element (its `property` attribute is not one
/// Leptos knows by name).
fn og(property: &'static str, content: String) -> impl IntoView {
    view! { <meta content=content /> }.add_any_attr(custom_attribute("property", property))
}

/// The oEmbed file of every pair, `oembed/<a>-vs-<b>.json`.
fn oembed_files(base_url: &str) -> Vec<File> {
    pairs()
        .into_iter()
        .filter_map(|(a, b)| {
            let file = |folder, extension| pair_file(&a.id, &b.id, folder, extension);
            let (path, frame, picture) = (
                file("oembed", "json")?,
                file("embed", "html")?,
                file("og", "png")?,
            );
            let text = oembed::response(&Embed {
                base_url,
                title: &words::pair_title(&a.title, &b.title),
                page_url: &format!("{base_url}{}", page_path(a, b)),
                frame_url: &format!("{base_url}{frame}"),
                picture_url: &format!("{base_url}{picture}"),
                picture_size: (picture::WIDTH, picture::HEIGHT),
            });
            Some(File { path, text })
        })
        .collect()
}

/// A list item linking the page of the pair `x`, `y`, named "first vs second".
fn pair_link(x: &Role, y: &Role, first: &Role, second: &Role) -> impl IntoView {
    view! {
        <li>
            <a href=format!("{UP}{}", page_path(x, y))>{words::pair_title(&first.title, &second.title)}</a>
        </li>
    }
}

/// The list of every pair, grouped by the first role of each.
pub fn index_page(base_url: &str) -> String {
    let all = pairs();
    let groups = dataset()
        .roles
        .iter()
        .filter_map(|role| {
            let with: Vec<_> = all.iter().filter(|(x, _)| x.id == role.id).collect();
            (!with.is_empty()).then(|| {
                view! {
                    <h2>{role.title.to_string()}</h2>
                    <ul>{with.into_iter().map(|(x, y)| pair_link(x, y, x, y)).collect_view()}</ul>
                }
            })
        })
        .collect_view();
    page_below_compare(
        "Every role comparison".to_owned(),
        "Every pair of the operations and supply-chain roles in the widget, each on a page of its own."
            .to_owned(),
        format!("{base_url}{ALL_PAIRS_PAGE}"),
        "Every role comparison".to_owned(),
        (),
        view! { <nav class="demo-pairs" aria-label="Every comparison">{groups}</nav> },
    )
}

/// The sitemap: the demo page, the index of pairs and every pair's page.
pub fn sitemap(base_url: &str) -> String {
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    let mut url = |path: &str| {
        let _ = writeln!(
            xml,
            "<url><loc>{}</loc></url>",
            escape_html(&format!("{base_url}{path}"))
        );
    };
    url("index.html");
    url(ALL_PAIRS_PAGE);
    for (a, b) in pairs() {
        url(&page_path(a, b));
    }
    xml.push_str("</urlset>\n");
    xml
}

#[cfg(test)]
mod tests {
    use super::*;

    const BASE: &str = "https://example.org/rc/";

    #[test]
    fn every_unordered_pair_has_one_page() {
        let n = dataset().roles.len();
        let files = site(
            BASE,
            &format!("<body>{CARD_START}old{CARD_END}{ROLES_START}{ROLES_END}</body>"),
        )
        .unwrap();
        let pages: Vec<&File> = files
            .iter()
            .filter(|f| f.path.starts_with("compare/") && f.path != "compare/index.html")
            .collect();
        assert_eq!(pages.len(), n * (n - 1) / 2);
        // And a frame page each, with its script and the hosts' listener.
        let frames = files
            .iter()
            .filter(|f| f.path.starts_with("embed/") && f.path.ends_with(".html"));
        assert_eq!(frames.count(), n * (n - 1) / 2);
        assert!(files.iter().any(|f| f.path == "embed/frame.js"));
        assert!(files.iter().any(|f| f.path == "role-compare-frame.js"));
        let page = files
            .iter()
            .find(|f| f.path == "compare/operations-manager-vs-procurement-manager.html")
            .unwrap();
        assert!(page.text.contains(
            "<title>Operations Manager vs Procurement Manager: how the two roles compare</title>"
        ));
        assert!(page.text.contains(
            "<link rel=\"canonical\" href=\"https://example.org/rc/compare/operations-manager-vs-procurement-manager.html\">"
        ));
        assert!(page.text.contains("<template shadowrootmode=\"open\">"));
        // Links to the other pairs of both roles, not to itself.
        let links = page.text.matches("<li><a href=").count();
        assert_eq!(links, 2 * (n - 2));
        assert!(!page
            .text
            .contains("<li><a href=\"../compare/operations-manager-vs-procurement-manager.html\""));
    }

    #[test]
    fn the_sitemap_lists_every_page_once() {
        let xml = sitemap(BASE);
        let n = dataset().roles.len();
        assert_eq!(xml.matches("<loc>").count(), 2 + n * (n - 1) / 2);
        assert!(
            xml.contains(
                "<loc>https://example.org/rc/compare/team-leader-vs-plant-manager.html</loc>"
            ) || xml.contains("plant-manager-vs-team-leader.html</loc>")
        );
    }

    #[test]
    fn the_demo_page_gets_its_card_between_the_markers() {
        let page = demo_page(&format!(
            "<p>a</p>{CARD_START}<role-compare>placeholder</role-compare>{CARD_END}<p>b</p>{ROLES_START}{ROLES_END}"
        ))
        .unwrap();
        assert!(page.starts_with(&format!(
            "<p>a</p>{CARD_START}<role-compare role-a=\"operations-manager\""
        )));
        assert!(page.contains(&format!("</role-compare>{CARD_END}<p>b</p>")));
        assert!(page.contains(
            "<dt>Purchasing</dt><dd>Procurement Manager, Retail Buyer, Purchasing Agent</dd>"
        ));
        assert!(!page.contains("placeholder"));
        // The demo's card is there to be tried: it loads near the viewport.
        assert!(page.contains(" loading=\"near\">"));
        assert!(demo_page("<p>no markers</p>").is_err());
    }
}
