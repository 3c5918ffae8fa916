//! The hosted site's pre-rendered pages (native, with the library's `ssr`
//! feature): one page per unordered pair of built-in roles, an index of every
//! pair, a sitemap, the stylesheet the pre-rendered cards link, and the demo
//! page with its default pair in its HTML. Every card is
//! `role_compare::prerender::embed_html`, the same component as everywhere.

use std::fmt::Write as _;

use role_compare::builtin::{self, dataset, DEFAULT_PAIR};
use role_compare::dataset::Role;
use role_compare::prerender::{embed_html, Prerender, STYLESHEET_FILE};
use role_compare::STYLESHEET;

use crate::snippet::escape_html;

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

/// Every unordered pair of built-in roles, in dataset order.
pub fn pairs() -> Vec<(&'static Role, &'static Role)> {
    let roles = &dataset().roles;
    roles
        .iter()
        .enumerate()
        .flat_map(|(i, a)| roles.iter().skip(i + 1).map(move |b| (a, b)))
        .collect()
}

/// The file name of a pair's page, below `compare/`.
pub fn page_name(a: &Role, b: &Role) -> String {
    let name = builtin::pair_page(&a.id, &b.id).unwrap_or_else(|| format!("{}-vs-{}", a.id, b.id));
    format!("{name}.html")
}

/// Every file the pre-render step writes, for a site published at `base_url`
/// (absolute, ending in `/`), with `index_html` (trunk's demo page) given
/// its card.
pub fn site(base_url: &str, index_html: &str) -> Result<Vec<File>, String> {
    let mut files: Vec<File> = pairs()
        .into_iter()
        .map(|(a, b)| File {
            path: format!("compare/{}", page_name(a, b)),
            text: pair_page_html(base_url, a, b),
        })
        .collect();
    files.push(File {
        path: "compare/index.html".to_owned(),
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
    let card = embed_html(&DEFAULT_PAIR.0, &DEFAULT_PAIR.1, &Prerender::at(""));
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
    let mut html = String::from("<dl class=\"demo-roles\">");
    for family in dataset().families.iter() {
        let roles: Vec<String> = dataset()
            .roles
            .iter()
            .filter(|role| role.family.as_ref() == Some(&family.id))
            .map(|role| escape_html(&role.title))
            .collect();
        let _ = write!(
            html,
            "<dt>{}</dt><dd>{}</dd>",
            escape_html(&family.label),
            roles.join(", ")
        );
    }
    html.push_str("</dl>");
    html
}

/// The head every page of the site shares, `up` being the way to the site's root.
fn head(title: &str, description: &str, canonical: &str, up: &str) -> String {
    format!(
        "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{title}</title>\n<meta name=\"description\" content=\"{description}\">\n\
         <link rel=\"canonical\" href=\"{canonical}\">\n\
         <link rel=\"stylesheet\" href=\"{up}demo.css\">\n\
         <link rel=\"icon\" href=\"{up}favicon.svg\" type=\"image/svg+xml\">\n\
         <script type=\"module\" src=\"{up}role-compare.js\"></script>\n</head>\n",
        title = escape_html(title),
        description = escape_html(description),
        canonical = escape_html(canonical),
    )
}

/// The site's header: its name, linked home, then the page's own heading.
fn header(up: &str, heading: &str, intro: &str) -> String {
    format!(
        "<header class=\"demo-header\">\n<p class=\"demo-header__home\"><a href=\"{up}index.html\">role-compare: compare operations and supply-chain roles</a></p>\n\
         <h1>{}</h1>\n<p>{}</p>\n</header>\n",
        escape_html(heading),
        escape_html(intro)
    )
}

/// One pair's page: its title, description and canonical link, the site's
/// header, the card in its HTML, and links to the other pairs of both roles.
pub fn pair_page_html(base_url: &str, a: &Role, b: &Role) -> String {
    let heading = format!("{} vs {}", a.title, b.title);
    let description = format!(
        "How the {} and {} roles differ: who each one suits, official pay and outlook \
         figures, the key differences and fifteen dimensions side by side.",
        a.title, b.title
    );
    let mut page = head(
        &format!("{heading}: how the two roles compare"),
        &description,
        &format!("{base_url}compare/{}", page_name(a, b)),
        "../",
    );
    page.push_str("<body>\n");
    page.push_str(&header("../", &heading, &description));
    page.push_str(
        "<main class=\"demo-main\">\n<section class=\"demo-card\" aria-label=\"The comparison\">\n",
    );
    page.push_str(&embed_html(&a.id, &b.id, &Prerender::at("../")));
    page.push_str("\n</section>\n<nav class=\"demo-pairs\" aria-label=\"Other comparisons\">\n");
    for role in [a, b] {
        let _ = write!(
            page,
            "<h2>{} compared with another role</h2>\n<ul>\n",
            escape_html(&role.title)
        );
        for (x, y) in pairs() {
            let other = if x.id == role.id {
                y
            } else if y.id == role.id {
                x
            } else {
                continue;
            };
            if (x.id == a.id && y.id == b.id) || (x.id == b.id && y.id == a.id) {
                continue;
            }
            page.push_str(&pair_link(x, y, role, other));
        }
        page.push_str("</ul>\n");
    }
    page.push_str(
        "<p><a href=\"index.html\">Every comparison</a></p>\n</nav>\n</main>\n</body>\n</html>\n",
    );
    page
}

/// A list item linking the page of the pair `x`, `y`, named "first vs second".
fn pair_link(x: &Role, y: &Role, first: &Role, second: &Role) -> String {
    format!(
        "<li><a href=\"{}\">{} vs {}</a></li>\n",
        page_name(x, y),
        escape_html(&first.title),
        escape_html(&second.title)
    )
}

/// The list of every pair, grouped by the first role of each.
pub fn index_page(base_url: &str) -> String {
    let intro = "Every pair of the operations and supply-chain roles in the widget, each on a page of its own.";
    let mut page = head(
        "Every role comparison",
        intro,
        &format!("{base_url}compare/index.html"),
        "../",
    );
    page.push_str("<body>\n");
    page.push_str(&header("../", "Every role comparison", intro));
    page.push_str(
        "<main class=\"demo-main\">\n<nav class=\"demo-pairs\" aria-label=\"Every comparison\">\n",
    );
    let all = pairs();
    for role in dataset().roles.iter() {
        let with: Vec<_> = all.iter().filter(|(x, _)| x.id == role.id).collect();
        if with.is_empty() {
            continue;
        }
        let _ = write!(page, "<h2>{}</h2>\n<ul>\n", escape_html(&role.title));
        for (x, y) in with {
            page.push_str(&pair_link(x, y, x, y));
        }
        page.push_str("</ul>\n");
    }
    page.push_str("</nav>\n</main>\n</body>\n</html>\n");
    page
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
    url("compare/index.html");
    for (a, b) in pairs() {
        url(&format!("compare/{}", page_name(a, b)));
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
            .contains("<li><a href=\"operations-manager-vs-procurement-manager.html\""));
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
            "<p>a</p>{CARD_START}<role-compare>loading</role-compare>{CARD_END}<p>b</p>{ROLES_START}{ROLES_END}"
        ))
        .unwrap();
        assert!(page.starts_with(&format!(
            "<p>a</p>{CARD_START}<role-compare role-a=\"operations-manager\""
        )));
        assert!(page.contains(&format!("</role-compare>{CARD_END}<p>b</p>")));
        assert!(page
            .contains("<dt>Purchasing</dt><dd>Procurement Manager, Buyer, Purchasing Agent</dd>"));
        assert!(!page.contains("loading"));
        assert!(demo_page("<p>no markers</p>").is_err());
    }
}
