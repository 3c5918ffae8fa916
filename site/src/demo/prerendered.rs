//! The pre-rendered snippet of a pair: the `<role-compare>` element of the
//! pair's page (`compare/<a>-vs-<b>.html`, written by the pre-render step),
//! with its addresses made absolute so it works on any site, and the theme
//! chosen in the generator.

use wasm_bindgen::JsCast;
use web_sys::{DomParser, Element, HtmlTemplateElement, SupportedType, Url};

use role_compare::Theme;

/// Fetches the pair's page at `page_url` and returns its element's markup.
pub async fn element_of(page_url: &str, theme: Theme) -> Result<String, String> {
    let response = gloo_net::http::Request::get(page_url)
        .send()
        .await
        .map_err(|e| e.to_string())?;
    if !response.ok() {
        return Err(format!("{page_url} answered {}", response.status()));
    }
    let html = response.text().await.map_err(|e| e.to_string())?;
    let parser = DomParser::new().map_err(|_| "no DOMParser".to_owned())?;
    let document = parser
        .parse_from_string(&html, SupportedType::TextHtml)
        .map_err(|_| "the page cannot be read".to_owned())?;
    let element = document
        .query_selector("role-compare")
        .ok()
        .flatten()
        .ok_or("the page has no card")?;
    // Parsed here, the declarative shadow root stays a <template>: its
    // addresses are in its content.
    let template = element
        .query_selector("template")
        .ok()
        .flatten()
        .and_then(|t| t.dyn_into::<HtmlTemplateElement>().ok())
        .ok_or("the card is not pre-rendered")?;
    absolute_addresses(&element, page_url);
    let content = template.content();
    if let Ok(list) = content.query_selector_all("[href]") {
        for node in (0..list.length()).filter_map(|i| list.item(i)) {
            if let Ok(linked) = node.dyn_into::<Element>() {
                absolute_addresses(&linked, page_url);
            }
        }
    }
    if theme != Theme::Auto {
        let _ = element.set_attribute("theme", theme.as_str());
        if let Ok(Some(card)) = content.query_selector(".rc-card") {
            let _ = card.set_attribute("data-theme", theme.as_str());
        }
    }
    Ok(element.outer_html())
}

/// Makes the `href` of `element` and of its links absolute, against `base`.
fn absolute_addresses(element: &Element, base: &str) {
    let mut linked = vec![element.clone()];
    if let Ok(list) = element.query_selector_all("[href]") {
        linked.extend((0..list.length()).filter_map(|i| list.item(i)?.dyn_into().ok()));
    }
    for node in linked {
        if let Some(href) = node.get_attribute("href") {
            if let Ok(url) = Url::new_with_base(&href, base) {
                let _ = node.set_attribute("href", &url.href());
            }
        }
    }
}
