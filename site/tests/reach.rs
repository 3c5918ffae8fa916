//! What a pair offers the places bloggers publish, checked natively on the
//! files the pre-render step writes: oEmbed files with every field oEmbed 1.0
//! requires of a `rich` response, found through each page's discovery link;
//! the pages' JSON-LD; their Open Graph tags; and every pair's picture.

#![cfg(not(target_arch = "wasm32"))]

use role_compare::builtin::dataset;
use role_compare::builtin::pairs;
use role_compare_site::pages::{site, File, CARD_END, CARD_START, ROLES_END, ROLES_START};
use role_compare_site::picture::{pictures, HEIGHT, WIDTH};
use serde_json::Value;

const BASE: &str = "https://example.org/rc/";

fn files() -> Vec<File> {
    site(
        BASE,
        &format!("<body>{CARD_START}{CARD_END}{ROLES_START}{ROLES_END}</body>"),
    )
    .unwrap()
}

fn file<'a>(files: &'a [File], path: &str) -> Option<&'a File> {
    files.iter().find(|f| f.path == path)
}

/// The value of `attribute` in the first tag of `html` that starts with `tag_start`.
fn attribute<'a>(html: &'a str, tag_start: &str, attribute: &str) -> Option<&'a str> {
    let tag = &html[html.find(tag_start)?..];
    let tag = &tag[..tag.find('>')?];
    let value = &tag[tag.find(&format!(" {attribute}=\""))? + attribute.len() + 3..];
    Some(&value[..value.find('"')?])
}

fn pair_pages(files: &[File]) -> Vec<&File> {
    files
        .iter()
        .filter(|f| f.path.starts_with("compare/") && f.path != "compare/index.html")
        .collect()
}

#[test]
fn every_pair_page_discovers_a_complete_rich_oembed_response() {
    let files = files();
    let pages = pair_pages(&files);
    assert_eq!(pages.len(), pairs().len());
    for page in pages {
        let href = attribute(
            &page.text,
            "<link rel=\"alternate\" type=\"application/json+oembed\"",
            "href",
        )
        .unwrap_or_else(|| panic!("{}: no discovery link", page.path));
        let path = href
            .strip_prefix(BASE)
            .expect("an absolute link into the site");
        let json: Value = serde_json::from_str(
            &file(&files, path)
                .unwrap_or_else(|| panic!("{href} is not written"))
                .text,
        )
        .unwrap();
        assert_eq!(json["version"], "1.0", "{path}");
        assert_eq!(json["type"], "rich", "{path}");
        for field in ["width", "height", "thumbnail_width", "thumbnail_height"] {
            assert!(
                json[field].as_u64().is_some_and(|n| n > 0),
                "{path}: {field}"
            );
        }
        for field in [
            "title",
            "provider_name",
            "provider_url",
            "thumbnail_url",
            "html",
        ] {
            assert!(
                json[field].as_str().is_some_and(|s| !s.is_empty()),
                "{path}: {field}"
            );
        }
        let stem = page.path.trim_start_matches("compare/");
        let html = json["html"].as_str().unwrap();
        // What WordPress keeps from a discovered provider: a blockquote with the
        // pair's link, and the frame of the pair's frame page.
        assert!(
            html.starts_with(&format!("<blockquote><a href=\"{BASE}{}\">", page.path)),
            "{html}"
        );
        assert_eq!(
            attribute(html, "<iframe", "src"),
            Some(format!("{BASE}embed/{stem}").as_str())
        );
        assert!(file(&files, &format!("embed/{stem}")).is_some());
        assert_eq!(
            json["thumbnail_url"],
            format!("{BASE}og/{}", stem.replace(".html", ".png"))
        );
        assert_eq!(
            (
                json["thumbnail_width"].as_u64(),
                json["thumbnail_height"].as_u64()
            ),
            (Some(1200), Some(630))
        );
    }
}

#[test]
fn every_pair_page_states_both_occupations_as_json_ld() {
    let files = files();
    let titles: Vec<String> = dataset()
        .roles
        .iter()
        .map(|r| r.title.to_string())
        .collect();
    let mut salaries = 0;
    for page in pair_pages(&files) {
        let start = page
            .text
            .find("<script type=\"application/ld+json\">")
            .unwrap()
            + 35;
        let end = start + page.text[start..].find("</script>").unwrap();
        let json: Value = serde_json::from_str(&page.text[start..end])
            .unwrap_or_else(|e| panic!("{}: {e}", page.path));
        assert_eq!(json["@context"], "https://schema.org");
        assert_eq!(json["@type"], "WebPage");
        assert!(json["url"].as_str().unwrap().ends_with(&page.path));
        let about = json["about"].as_array().unwrap();
        assert_eq!(about.len(), 2);
        let heading = page
            .text
            .split("<h1>")
            .nth(1)
            .unwrap()
            .split("</h1>")
            .next()
            .unwrap();
        for (occupation, name) in about.iter().zip(heading.split(" vs ")) {
            assert_eq!(occupation["@type"], "Occupation");
            assert_eq!(occupation["name"], name, "{}", page.path);
            assert!(titles.iter().any(|t| t == name));
            assert!(occupation["occupationalCategory"]["codeValue"]
                .as_str()
                .unwrap()
                .contains('-'));
            if let Some(salary) = occupation.get("estimatedSalary") {
                salaries += 1;
                assert_eq!(salary["currency"], "USD");
                assert!(salary["median"].as_u64().unwrap() > 10_000);
                assert!(salary["url"].as_str().unwrap().starts_with("https://"));
                assert!(
                    salary["name"].as_str().unwrap().contains("20"),
                    "the year: {salary}"
                );
            }
        }
    }
    assert!(salaries > 200, "most roles have a sourced median pay");
}

#[test]
fn every_pair_page_has_open_graph_and_x_tags() {
    let files = files();
    for page in pair_pages(&files) {
        let text = &page.text;
        for property in [
            "og:title",
            "og:description",
            "og:url",
            "og:image",
            "og:image:alt",
        ] {
            assert!(
                text.contains(&format!("property=\"{property}\"")),
                "{}: {property}",
                page.path
            );
        }
        assert!(text.contains("<meta content=\"1200\" property=\"og:image:width\">"));
        assert!(text.contains("<meta content=\"630\" property=\"og:image:height\">"));
        assert!(text.contains("<meta name=\"twitter:card\" content=\"summary_large_image\">"));
        let stem = page
            .path
            .trim_start_matches("compare/")
            .replace(".html", ".png");
        assert!(
            text.contains(&format!(
                "<meta content=\"{BASE}og/{stem}\" property=\"og:image\">"
            )),
            "{}",
            page.path
        );
    }
}

#[test]
fn every_picture_is_a_1200_by_630_png_under_100_kb() {
    let pictures = pictures().unwrap();
    assert_eq!(pictures.len(), pairs().len());
    for (path, png) in pictures {
        assert!(path.starts_with("og/") && path.ends_with(".png"));
        assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n", "{path}");
        assert_eq!(&png[12..16], b"IHDR");
        let size = |at: usize| u32::from_be_bytes([png[at], png[at + 1], png[at + 2], png[at + 3]]);
        assert_eq!((size(16), size(20)), (WIDTH, HEIGHT), "{path}");
        assert!(png.len() < 100 * 1024, "{path}: {} bytes", png.len());
    }
}
