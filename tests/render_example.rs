//! The native rendering example (`examples/render_html.rs`) prints the whole
//! card as HTML: checked here on its output, with the `ssr` feature.
#![cfg(all(feature = "ssr", not(target_arch = "wasm32")))]

#[path = "../examples/render_html.rs"]
#[allow(dead_code)]
mod example;

use role_compare::builtin::roles;

#[test]
fn the_example_renders_the_whole_card() {
    let html = example::render(roles::TEAM_LEADER, roles::PLANT_MANAGER);
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
    assert!(html.contains("<strong class=\"rc-glance__value\">$107,560</strong>"));
    let pay = html
        .split("class=\"rc-facts__value\">$107,560")
        .nth(1)
        .expect("the Plant Manager's median pay");
    let source = pay.split("</dd>").next().unwrap_or_default();
    assert!(source.contains("2022"), "{source}");
    assert!(source.contains(
        "href=\"https://www.bls.gov/careeroutlook/2023/data-on-display/manufacturing.htm\""
    ));
    // The card brings its root reset and, as the first card of a render, its stylesheet.
    assert!(html.starts_with("<div part=\"root\" class=\"rc-root\">"));
    assert_eq!(
        html.matches("<style id=\"role-compare-styles\">").count(),
        1
    );
    // Selects show the pair.
    assert!(
        html.contains("<option value=\"plant-manager\" label=\"Plant Manager\" selected></option>")
    );
}
