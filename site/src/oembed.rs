//! oEmbed from static files: `oembed/<a>-vs-<b>.json` for every pair (oEmbed
//! 1.0, `type: "rich"`), found through the discovery link of the pair's page,
//! so pasting the page's address into WordPress or Ghost embeds the card.
//! Its `html` is what WordPress keeps from a provider it discovers: a
//! blockquote linking the pair's page, then the frame.

use serde_json::json;

use crate::snippet::{escape_html, frame_element, FRAME_HEIGHT, FRAME_WIDTH};

/// The provider's name in every response.
pub const PROVIDER: &str = "role-compare";

/// What an oEmbed response of a pair is made of.
pub struct Embed<'a> {
    /// The site's address, ending in `/`.
    pub base_url: &'a str,
    /// The pair's title, "A vs B".
    pub title: &'a str,
    /// The pair's page, absolute.
    pub page_url: &'a str,
    /// Its frame page, absolute.
    pub frame_url: &'a str,
    /// Its picture, absolute.
    pub picture_url: &'a str,
    /// The picture's size.
    pub picture_size: (u32, u32),
}

/// The oEmbed response of a pair, as JSON text.
pub fn response(embed: &Embed<'_>) -> String {
    let html = format!(
        "<blockquote><a href=\"{}\">{}</a></blockquote>{}",
        escape_html(embed.page_url),
        escape_html(embed.title),
        frame_element(embed.frame_url, embed.title)
    );
    let value = json!({
        "version": "1.0",
        "type": "rich",
        "title": embed.title,
        "provider_name": PROVIDER,
        "provider_url": embed.base_url,
        "html": html,
        "width": FRAME_WIDTH,
        "height": FRAME_HEIGHT,
        "thumbnail_url": embed.picture_url,
        "thumbnail_width": embed.picture_size.0,
        "thumbnail_height": embed.picture_size.1,
    });
    format!("{value:#}\n")
}
