//! Property tests: everything that parses outside input (attributes, the
//! address, datasets and host roles) returns a value or a problem for any
//! input, and never panics. 1,000 cases each.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use role_compare::builtin::dataset;
use role_compare::card::CardModel;
use role_compare::config::{CardConfig, HostInput};
use role_compare::dataset::{extend_dataset, parse_dataset, RoleId};
use role_compare::selection::{parse_query, select, Theme};

const SHIPPED: &str = include_str!("../data/roles.json");

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: 1_000,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

/// Strings that look like what reaches the widget: ids, markup, escapes, unicode.
fn outside_text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[a-z0-9-]{0,40}",
        "(%[0-9A-Fa-f]{0,2}|[&=?+<>\"'a-z-]){0,30}",
        Just("operations-manager".to_owned()),
        Just("<script>alert(1)</script>".to_owned()),
    ]
}

/// The shipped JSON with one byte range cut out or replaced.
fn mutated_dataset() -> impl Strategy<Value = String> {
    (0..SHIPPED.len(), 0usize..64, outside_text()).prop_map(|(at, len, insert)| {
        let mut text = SHIPPED.to_owned();
        let start = (0..=at)
            .rev()
            .find(|i| text.is_char_boundary(*i))
            .unwrap_or(0);
        let end = (start + len).min(text.len());
        let end = (end..=text.len())
            .find(|i| text.is_char_boundary(*i))
            .unwrap_or(text.len());
        text.replace_range(start..end, &insert);
        text
    })
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn attributes_always_resolve_to_a_pair(a in proptest::option::of(outside_text()), b in proptest::option::of(outside_text())) {
        let selection = select(dataset(), a.as_deref(), b.as_deref());
        prop_assert!(dataset().role(&selection.a).is_some());
        prop_assert!(dataset().role(&selection.b).is_some());
        for notice in &selection.notices {
            prop_assert!(notice.to_string().chars().count() < 300);
        }
    }

    #[test]
    fn themes_parse_or_report(value in outside_text()) {
        let _ = Theme::parse(&value);
    }

    #[test]
    fn any_address_parses(search in outside_text()) {
        let (a, b) = parse_query(&search);
        let selection = select(dataset(), a.as_deref(), b.as_deref());
        let _ = CardModel::new(dataset(), &selection.a, &selection.b);
    }

    #[test]
    fn ids_parse_or_report(value in outside_text()) {
        if let Ok(id) = RoleId::parse(&value) {
            prop_assert_eq!(id.as_str(), value.as_str());
        }
    }

    #[test]
    fn json_reader_accepts_exactly_what_serde_json_accepts(text in prop_oneof![outside_text(), mutated_dataset()]) {
        let ours = role_compare::dataset::json::parse(&text).is_ok();
        let reference = serde_json::from_str::<serde_json::Value>(&text).is_ok();
        prop_assert_eq!(ours, reference, "{:?}", text);
    }

    #[test]
    fn whole_numbers_read_as_serde_json_reads_them(
        mantissa in -99_999i64..99_999,
        fraction in proptest::option::of(0u32..1_000),
        exponent in proptest::option::of(-6i32..6),
    ) {
        let mut literal = mantissa.to_string();
        if let Some(fraction) = fraction {
            literal.push_str(&format!(".{fraction:03}"));
        }
        if let Some(exponent) = exponent {
            literal.push_str(&format!("e{exponent}"));
        }
        // Every literal here is exact in f64, so serde_json's value is the reference.
        let value = serde_json::from_str::<serde_json::Value>(&literal).unwrap();
        let float = value.as_f64().unwrap();
        let expected = (float.fract() == 0.0).then_some(float as i64);
        prop_assert_eq!(role_compare::dataset::json::whole_number(&literal), expected, "{}", literal);
    }

    #[test]
    fn quoted_values_read_as_debug_writes_them(value in "[ -~\t\n\r\u{0}-\u{1f}\u{7f}à-ÿ€“”’😀]{0,40}") {
        prop_assert_eq!(role_compare::dataset::Quoted(&value).to_string(), format!("{value:?}"));
    }

    #[test]
    fn arbitrary_text_is_not_a_dataset(text in any::<String>()) {
        prop_assert!(parse_dataset(&text).is_err());
    }

    #[test]
    fn mutated_datasets_parse_or_list_problems(text in mutated_dataset()) {
        match parse_dataset(&text) {
            Ok(data) => prop_assert_eq!(data.dimensions.len(), 15),
            Err(problems) => prop_assert!(!problems.is_empty()),
        }
    }

    #[test]
    fn host_roles_extend_or_list_problems(text in mutated_dataset()) {
        // The shipped file as host data always has dimensions, so it must be refused.
        prop_assert!(extend_dataset(dataset(), &text).is_err());
    }

    #[test]
    fn any_element_configuration_mounts(
        a in proptest::option::of(outside_text()),
        b in proptest::option::of(outside_text()),
        theme in proptest::option::of(outside_text()),
        json in proptest::option::of(outside_text()),
    ) {
        let config = CardConfig::new(dataset(), &HostInput { role_a: a, role_b: b, theme, roles_json: json });
        prop_assert!(config.shown.len() <= role_compare::config::MAX_SHOWN_PROBLEMS + 1);
        let _ = CardModel::new(&config.data, &config.selection.a, &config.selection.b);
    }
}
