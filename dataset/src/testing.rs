//! Property-test strategies (proptest), shared by this crate's tests and
//! role-compare's (its `testing` feature): what reaches a reader from
//! outside, and a dataset with a random cut.

use proptest::prelude::*;

/// 1,000 cases per property, no regression files.
pub fn config() -> ProptestConfig {
    ProptestConfig {
        cases: 1_000,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

/// Strings that look like what reaches the widget: ids, markup, escapes, unicode.
pub fn outside_text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[a-z0-9-]{0,40}",
        "(%[0-9A-Fa-f]{0,2}|[&=?+<>\"'a-z-]){0,30}",
        Just("operations-manager".to_owned()),
        Just("<script>alert(1)</script>".to_owned()),
    ]
}

/// `json` (a dataset's text) with one byte range cut out or replaced by
/// outside text.
pub fn mutated(json: &'static str) -> impl Strategy<Value = String> {
    (0..json.len(), 0usize..64, outside_text()).prop_map(move |(at, len, insert)| {
        let mut text = json.to_owned();
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
