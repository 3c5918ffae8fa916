//! The dataset file format as serde types, and reading JSON text into them.
//!
//! Every object refuses fields the format does not define. Roles, dimensions
//! and dimension entries are read one at a time from their raw JSON, so a
//! value of the wrong type is reported with the role and dimension it
//! belongs to and its line and column in the whole text, and the rest of the
//! dataset is still read and checked. Numbers (`version`, `position`) are
//! kept as their JSON text and read as whole numbers by [`whole_number`], so
//! no floating-point parsing is needed.

use std::fmt;

use serde::de::{Deserializer, MapAccess, Visitor};
use serde::Deserialize;
use serde_json::value::RawValue;

/// A whole dataset, or the roles a host page adds.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct DatasetDoc<'a> {
    /// Editors' pointer to `roles.schema.json`; not read.
    #[serde(rename = "$schema", default)]
    _schema: Option<String>,
    #[serde(default, borrow, deserialize_with = "present")]
    pub version: Option<&'a RawValue>,
    #[serde(default)]
    pub families: Option<Vec<FamilyDoc>>,
    #[serde(default, borrow)]
    pub dimensions: Option<Vec<&'a RawValue>>,
    #[serde(default, borrow)]
    pub roles: Option<Vec<&'a RawValue>>,
    #[serde(default)]
    pub pairs: Option<Vec<PairDoc>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct FamilyDoc {
    pub id: String,
    pub label: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct DimensionDoc {
    pub id: String,
    pub label: String,
    pub question: String,
    #[serde(default)]
    pub axis: Option<AxisDoc>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct AxisDoc {
    pub low: String,
    pub high: String,
    #[serde(default)]
    pub kind: AxisKindDoc,
}

#[derive(Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub(super) enum AxisKindDoc {
    #[default]
    Scale,
    Lean,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RoleDoc<'a> {
    pub id: String,
    pub title: String,
    #[serde(default)]
    pub family: Option<String>,
    pub summary: String,
    pub suits_you_if: String,
    #[serde(default)]
    pub facts: Option<FactsDoc>,
    #[serde(default)]
    pub defines: Option<Vec<String>>,
    #[serde(default)]
    pub choose_if: Option<String>,
    #[serde(borrow)]
    pub dimensions: Entries<'a>,
    #[serde(default)]
    pub path: Option<PathDoc>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct PathDoc {
    #[serde(default)]
    pub certifications: Vec<CertificationDoc>,
    #[serde(default)]
    pub moves: Vec<MoveDoc>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct CertificationDoc {
    pub name: String,
    pub body: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct MoveDoc {
    pub to: String,
    pub kind: MoveKindDoc,
    pub reason: String,
}

#[derive(Deserialize)]
#[serde(rename_all = "lowercase")]
pub(super) enum MoveKindDoc {
    Up,
    Sideways,
    Change,
}

/// Just a role's id, read first so that every later problem names the role.
#[derive(Deserialize)]
pub(super) struct IdOnly {
    #[serde(default)]
    pub id: Option<String>,
}

/// A role's entries as written: dimension id and raw entry, in order, with
/// repeated keys kept (a map would silently keep only the last).
pub(super) struct Entries<'a>(pub Vec<(String, &'a RawValue)>);

impl<'de: 'a, 'a> Deserialize<'de> for Entries<'a> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct EntriesVisitor;

        impl<'de> Visitor<'de> for EntriesVisitor {
            type Value = Entries<'de>;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an object with one entry per dimension")
            }

            fn visit_map<M: MapAccess<'de>>(self, mut map: M) -> Result<Self::Value, M::Error> {
                let mut entries = Vec::new();
                while let Some(entry) = map.next_entry::<String, &'de RawValue>()? {
                    entries.push(entry);
                }
                Ok(Entries(entries))
            }
        }

        deserializer.deserialize_map(EntriesVisitor)
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct EntryDoc<'a> {
    pub text: String,
    #[serde(default)]
    pub gist: Option<String>,
    /// `None` when absent; otherwise the raw value (`null` included).
    #[serde(default, borrow, deserialize_with = "present")]
    pub position: Option<&'a RawValue>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct FactsDoc {
    #[serde(default)]
    pub occupation: Option<OccupationDoc>,
    #[serde(default)]
    pub median_pay: Option<FactDoc>,
    #[serde(default)]
    pub pay_range: Option<FactDoc>,
    #[serde(default)]
    pub education: Option<FactDoc>,
    #[serde(default)]
    pub outlook: Option<FactDoc>,
    #[serde(default)]
    pub jobs: Option<FactDoc>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct OccupationDoc {
    pub soc: String,
    pub title: String,
    #[serde(default)]
    pub note: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct FactDoc {
    pub value: String,
    pub year: String,
    pub source: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct PairDoc {
    pub a: String,
    pub b: String,
    pub note: String,
    #[serde(default)]
    pub alike: Vec<String>,
    #[serde(default)]
    pub first: Vec<String>,
}

/// Keeps a present value, `null` included, apart from an absent one (which
/// `#[serde(default)]` turns into `None`).
fn present<'de, D, T>(deserializer: D) -> Result<Option<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    T::deserialize(deserializer).map(Some)
}

/// Why a piece of JSON text could not be read, and where in the whole text.
pub(super) struct ReadError {
    /// True when the text is not well-formed JSON at all (as opposed to
    /// well-formed JSON that does not fit the format).
    pub malformed: bool,
    /// 1-based line in the whole text.
    pub line: usize,
    /// 1-based column, in bytes.
    pub column: usize,
    /// What is wrong, without the position.
    pub message: String,
}

/// Reads `part`, a slice of `whole` (the whole text, or `whole` itself), as `T`.
pub(super) fn read<'a, T: Deserialize<'a>>(whole: &str, part: &'a str) -> Result<T, ReadError> {
    serde_json::from_str(part).map_err(|err| {
        // serde_json counts from the start of `part`; add where `part` starts.
        let (line, column) = if err.line() == 0 {
            position(whole, offset(whole, part) + part.len())
        } else {
            let (base_line, base_column) = locate(whole, part);
            if err.line() == 1 {
                (base_line, base_column + err.column().saturating_sub(1))
            } else {
                (base_line + err.line() - 1, err.column())
            }
        };
        let text = err.to_string();
        let suffix = format!(" at line {} column {}", err.line(), err.column());
        let message = text.strip_suffix(&suffix).unwrap_or(&text).to_owned();
        ReadError {
            malformed: err.is_syntax() || err.is_eof(),
            line,
            // serde_json says column 0 for an error right after a line break.
            column: column.max(1),
            message,
        }
    })
}

/// The 1-based line and column (in bytes) where `part`, a slice of `whole`, starts.
pub(super) fn locate(whole: &str, part: &str) -> (usize, usize) {
    position(whole, offset(whole, part))
}

/// Where `part` starts in `whole`, in bytes (0 when it is not a slice of it).
fn offset(whole: &str, part: &str) -> usize {
    let (start, at) = (whole.as_ptr() as usize, part.as_ptr() as usize);
    if at >= start && at + part.len() <= start + whole.len() {
        at - start
    } else {
        0
    }
}

/// The 1-based line and column (in bytes) of byte `at` of `text`.
fn position(text: &str, at: usize) -> (usize, usize) {
    let before = text.as_bytes().get(..at).unwrap_or(text.as_bytes());
    let line = 1 + before.iter().filter(|b| **b == b'\n').count();
    let line_start = before
        .iter()
        .rposition(|b| *b == b'\n')
        .map_or(0, |newline| newline + 1);
    (line, before.len() - line_start + 1)
}

/// What kind of JSON value a raw value is, for messages: "text", "a list", ...
pub(super) fn kind(raw: &RawValue) -> &'static str {
    match raw.get().trim_start().as_bytes().first() {
        Some(b'"') => "text",
        Some(b'[') => "a list",
        Some(b'{') => "an object",
        Some(b't' | b'f') => "true or false",
        Some(b'n') => "null",
        _ => "a number",
    }
}

/// A JSON number literal as a whole number, exactly: `3`, `-2`, `3.0`, `3e0`
/// and `30e-1` read as whole numbers; `2.5` and numbers beyond ±10^15 do not.
pub(super) fn whole_number(literal: &str) -> Option<i64> {
    const LIMIT: i64 = 1_000_000_000_000_000;
    let literal = literal.trim();
    let (negative, rest) = match literal.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, literal),
    };
    let (mantissa, exponent) = match rest.find(['e', 'E']) {
        Some(at) => (&rest[..at], rest[at + 1..].parse::<i32>().ok()?),
        None => (rest, 0),
    };
    let (int, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    if int.is_empty() || !int.bytes().chain(frac.bytes()).all(|b| b.is_ascii_digit()) {
        return None;
    }
    // All digits as one integer, with the decimal point moved by the exponent.
    let digits = int.bytes().chain(frac.bytes()).skip_while(|b| *b == b'0');
    let mut value: i64 = 0;
    for digit in digits {
        value = value
            .checked_mul(10)?
            .checked_add(i64::from(digit - b'0'))?;
        if value > LIMIT * 1000 {
            return None;
        }
    }
    if value == 0 {
        return Some(0);
    }
    let shift = exponent.checked_sub(i32::try_from(frac.len()).ok()?)?;
    for _ in 0..shift.max(0) {
        value = value.checked_mul(10)?;
        if value > LIMIT {
            return None;
        }
    }
    for _ in shift.min(0)..0 {
        if value % 10 != 0 {
            return None;
        }
        value /= 10;
    }
    (value <= LIMIT).then_some(if negative { -value } else { value })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_numbers_are_read_exactly() {
        for (literal, expected) in [
            ("3", Some(3)),
            ("-2", Some(-2)),
            ("0", Some(0)),
            ("3.0", Some(3)),
            ("3e0", Some(3)),
            ("30e-1", Some(3)),
            ("0.3e1", Some(3)),
            ("2.5", None),
            ("1e16", None),
            ("99999999999999999999999", None),
            ("abc", None),
        ] {
            assert_eq!(whole_number(literal), expected, "{literal}");
        }
    }

    #[test]
    fn errors_in_a_part_are_placed_where_they_are_in_the_whole_text() {
        let whole = "{\n  \"a\": [1,\n   {\"x\": tru}]\n}";
        let at = whole.find("{\"x\"").unwrap();
        let part = &whole[at..at + 11];
        let err = read::<serde_json::Value>(whole, part).unwrap_err();
        let reference = serde_json::from_str::<serde_json::Value>(whole).unwrap_err();
        assert!(err.malformed);
        assert_eq!(
            (err.line, err.column),
            (reference.line(), reference.column())
        );
        assert_eq!(err.message, "expected ident");
    }

    #[test]
    fn positions_count_lines_and_bytes() {
        assert_eq!(position("ab\ncd", 0), (1, 1));
        assert_eq!(position("ab\ncd", 4), (2, 2));
        assert_eq!(position("ab", 99), (1, 3));
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use super::{read, whole_number, DatasetDoc};
    use crate::testing::{config, mutated, outside_text};

    /// role-compare's dataset, which this crate was written to read.
    const SHIPPED: &str = include_str!("../../data/roles.json");
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(config())]

        /// Any text reads as the format or as an error placed inside the text.
        #[test]
        fn errors_are_placed_inside_the_text(text in prop_oneof![outside_text(), mutated(SHIPPED)]) {
            if let Err(err) = read::<DatasetDoc>(&text, &text) {
                let lines = text.split('\n').count();
                prop_assert!(err.line >= 1 && err.line <= lines, "line {} of {}", err.line, lines);
                prop_assert!(err.column >= 1);
                prop_assert!(!err.message.is_empty() && !err.message.contains(" at line "));
            }
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
            let float = serde_json::from_str::<f64>(&literal).unwrap();
            let expected = (float.fract() == 0.0).then_some(float as i64);
            prop_assert_eq!(whole_number(&literal), expected, "{}", literal);
        }
    }
}
