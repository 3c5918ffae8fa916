//! The native rendering example (`examples/render_html.rs`) prints the whole
//! card as a whole HTML document: checked here on its output, with the `ssr` feature.
#![cfg(all(feature = "ssr", not(target_arch = "wasm32")))]

#[path = "../examples/render_html.rs"]
#[allow(dead_code)]
mod example;

use role_compare::builtin::roles;

#[test]
fn the_example_renders_the_whole_card() {
    let html = example::document(roles::TEAM_LEADER, roles::PLANT_MANAGER);
    assert!(
        html.contains("Team Leader compared with Plant Manager, dimension by dimension"),
        "no caption naming both roles"
    );
    assert_eq!(
        html.matches(" class=\"rc-dim\"").count(),
        15,
        "15 dimensions"
    );
    for title in ["Team Leader", "Plant Manager"] {
        assert!(
            html.contains(&format!("{title}</h3>")),
            "no header for {title}"
        );
    }
    // Figures with their year and source: the Plant Manager's pay, from the BLS.
    assert!(html.contains("<strong class=\"rc-glance__value\">$126,060</strong>"));
    let pay = html
        .split("class=\"rc-facts__value\">$126,060")
        .nth(1)
        .expect("the Plant Manager's median pay");
    let source = pay.split("</dd>").next().unwrap_or_default();
    assert!(source.contains("May 2025"), "{source}");
    assert!(source.contains("href=\"https://www.bls.gov/oes/2025/may/oes113051.htm\""));
    // The card brings its root reset and, as the first card of a render, its stylesheet.
    // A whole document whose charset comes first, so a browser reads it as UTF-8.
    assert!(html.starts_with("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"));
    assert!(html.contains("<title>Team Leader vs Plant Manager</title>"));
    assert!(html.contains("<body><div part=\"root\" class=\"rc-root\">"));
    assert_eq!(
        html.matches("<style id=\"role-compare-styles\">").count(),
        1
    );
    // Selects show the pair.
    assert!(
        html.contains("<option value=\"plant-manager\" label=\"Plant Manager\" selected></option>")
    );
}
