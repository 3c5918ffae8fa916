//! The frame page of a pair, `embed/<a>-vs-<b>.html`: nothing but the card
//! (pre-rendered, taken over by the core beside `role-compare.js`), for
//! hosts that accept only a frame (WordPress's oEmbed, Notion, AMP, …).
//! `frame/frame.js` sets the theme from `?theme=` and reports the page's
//! height to the host in the forms hosts understand; `role-compare-frame.js`
//! is the listener a host page may add to size our frames itself.

use role_compare::dataset::Role;
use role_compare::prerender::{embed_html, Prerender};
use role_compare::words;

use crate::snippet::escape_html;

/// The frame pages' own script, below the site's root.
pub const FRAME_SCRIPT: &str = "embed/frame.js";
/// Its text.
pub const FRAME_SCRIPT_TEXT: &str = include_str!("../frame/frame.js");
/// The text of the listener a host page adds to size our frames
/// ([`crate::snippet::LISTENER`]; at most 1 KB).
pub const LISTENER_TEXT: &str = include_str!("../../public/role-compare-frame.js");

/// The frame page of roles `a` and `b` (in page order), for a site at
/// `base_url` (its canonical link names the pair's page).
pub fn frame_page_html(base_url: &str, a: &Role, b: &Role, pair_page: &str) -> String {
    // Folded: hosts clamp a frame's height (WordPress to 1,000 px), so the
    // dimensions wait behind one disclosure.
    let card = embed_html(
        &a.id,
        &b.id,
        &Prerender {
            folded: true,
            ..Prerender::at("../")
        },
    );
    format!(
        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{title}</title>\
         <link rel=\"canonical\" href=\"{canonical}\">\
         <meta name=\"robots\" content=\"noindex\">\
         <style>html,body{{margin:0;padding:0;background:transparent}}</style>\
         <script type=\"module\" src=\"../role-compare.js\"></script>\
         </head><body>{card}<script src=\"frame.js\"></script></body></html>\n",
        title = escape_html(&words::pair_title(&a.title, &b.title)),
        canonical = escape_html(&format!("{base_url}{pair_page}")),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use role_compare::builtin::dataset;

    #[test]
    fn a_frame_page_holds_the_card_and_its_scripts() {
        let roles = &dataset().roles;
        let (a, b) = (&roles[2], &roles[5]);
        let html = frame_page_html("https://example.org/rc/", a, b, "compare/x.html");
        assert!(html
            .contains("<link rel=\"canonical\" href=\"https://example.org/rc/compare/x.html\">"));
        assert!(html.contains("<script type=\"module\" src=\"../role-compare.js\"></script>"));
        assert!(html.contains("<template shadowrootmode=\"open\"><link rel=\"stylesheet\" href=\"../role-compare.css\">"));
        assert!(html.ends_with("</role-compare><script src=\"frame.js\"></script></body></html>\n"));
        // Folded, so the closed card fits the 1,000 px hosts allow a frame.
        assert!(html.contains(" folded=\"\">"));
        assert!(html.contains("<details class=\"rc-dims__fold\">"));
    }

    #[test]
    fn the_listener_stays_under_one_kilobyte() {
        assert!(LISTENER_TEXT.len() <= 1024, "{} bytes", LISTENER_TEXT.len());
    }
}
