//! Outside input (element attributes, the page address) parsed once into typed
//! values, with a readable notice for anything that cannot be used.

use std::fmt;

use crate::dataset::{Dataset, IdError, Quoted, RoleId};

/// The pair shown when nothing (or nothing usable) is asked for.
pub const DEFAULT_PAIR: (&str, &str) = ("operations-manager", "procurement-manager");

/// Which side of the card an input is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    /// The left role (`role-a`, `?a=`).
    A,
    /// The right role (`role-b`, `?b=`).
    B,
}

impl Side {
    /// "A" or "B".
    pub fn as_str(self) -> &'static str {
        match self {
            Side::A => "A",
            Side::B => "B",
        }
    }
}

/// Why a role asked for from outside was not used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// The id is malformed.
    BadId {
        side: Side,
        value: String,
        reason: IdError,
    },
    /// The id is well-formed but names no role.
    UnknownRole { side: Side, id: RoleId },
    /// The theme is not one of light, dark, auto.
    BadTheme { value: String },
}

impl fmt::Display for Notice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Notice::BadId {
                side,
                value,
                reason,
            } => {
                write!(
                    f,
                    "Role {} {} is not a valid role id ({reason}); showing the default instead.",
                    side.as_str(),
                    Quoted(&clip(value))
                )
            }
            Notice::UnknownRole { side, id } => {
                write!(
                    f,
                    "Role {} \"{id}\" is not in the dataset; showing the default instead.",
                    side.as_str()
                )
            }
            Notice::BadTheme { value } => {
                write!(
                    f,
                    "Theme {} is not one of light, dark, auto; using auto.",
                    Quoted(&clip(value))
                )
            }
        }
    }
}

/// Values quoted in notices keep this many characters.
const CLIP: usize = 40;

fn clip(value: &str) -> String {
    crate::dataset::clip(value, CLIP)
}

/// A usable pair of role ids, and notices about what was asked for but not used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Selection {
    /// Role A.
    pub a: RoleId,
    /// Role B.
    pub b: RoleId,
    /// What could not be used, in words.
    pub notices: Vec<Notice>,
}

/// Resolves the two requested ids against `data`. A missing side takes its
/// default; a malformed or unknown one takes its default and adds a notice.
/// If a default would put the same role on both sides, the first other role
/// of the dataset is used. Asking for the same role twice is kept (the card
/// explains it).
pub fn select(data: &Dataset, a: Option<&str>, b: Option<&str>) -> Selection {
    let mut notices = Vec::new();
    let mut resolve = |side: Side, requested: Option<&str>| -> Option<RoleId> {
        // An attribute that is present but empty is a mistake worth a notice.
        let value = requested?.trim();
        match RoleId::parse(value) {
            Ok(id) if data.role(&id).is_some() => Some(id),
            Ok(id) => {
                notices.push(Notice::UnknownRole { side, id });
                None
            }
            Err(reason) => {
                notices.push(Notice::BadId {
                    side,
                    value: value.to_owned(),
                    reason,
                });
                None
            }
        }
    };
    let chosen_a = resolve(Side::A, a);
    let chosen_b = resolve(Side::B, b);
    let (a, b) = match (chosen_a, chosen_b) {
        (Some(a), Some(b)) => (a, b),
        (Some(a), None) => {
            let b = fallback(data, DEFAULT_PAIR.1, &a);
            (a, b)
        }
        (None, Some(b)) => (fallback(data, DEFAULT_PAIR.0, &b), b),
        (None, None) => {
            let a = fallback(data, DEFAULT_PAIR.0, &RoleId::from_static(""));
            let b = fallback(data, DEFAULT_PAIR.1, &a);
            (a, b)
        }
    };
    Selection { a, b, notices }
}

/// `preferred` if the dataset has it and it differs from `other`, else the first role that differs.
fn fallback(data: &Dataset, preferred: &'static str, other: &RoleId) -> RoleId {
    let preferred = RoleId::from_static(preferred);
    if &preferred != other && data.role(&preferred).is_some() {
        return preferred;
    }
    data.roles
        .iter()
        .map(|role| role.id.clone())
        .find(|id| id != other)
        .unwrap_or(preferred)
}

/// The colour theme of a card.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    /// Light colours.
    Light,
    /// Dark colours.
    Dark,
    /// Follows the reader's system setting.
    #[default]
    Auto,
}

impl Theme {
    /// Every theme, in menu order.
    pub const ALL: [Theme; 3] = [Theme::Auto, Theme::Light, Theme::Dark];

    /// Parses `light`, `dark` or `auto` (any case, spaces ignored); empty means auto.
    pub fn parse(value: &str) -> Result<Self, Notice> {
        match value.trim().to_ascii_lowercase().as_str() {
            "light" => Ok(Theme::Light),
            "dark" => Ok(Theme::Dark),
            "auto" | "" => Ok(Theme::Auto),
            _ => Err(Notice::BadTheme {
                value: value.to_owned(),
            }),
        }
    }

    /// The attribute value.
    pub fn as_str(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
            Theme::Auto => "auto",
        }
    }
}

/// The `a` and `b` parameters of a query string such as `?a=team-leader&b=plant-manager`
/// (percent-decoded; the last of repeated parameters wins).
pub fn parse_query(search: &str) -> (Option<String>, Option<String>) {
    let mut a = None;
    let mut b = None;
    for pair in search.trim_start_matches('?').split('&') {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        match percent_decode(key).as_str() {
            "a" => a = Some(percent_decode(value)),
            "b" => b = Some(percent_decode(value)),
            _ => {}
        }
    }
    (a, b)
}

/// The query string for a pair: `?a=<id>&b=<id>` (ids are kebab-case, so nothing needs escaping).
pub fn to_query(a: &RoleId, b: &RoleId) -> String {
    format!("?a={a}&b={b}")
}

/// Decodes `%XX` escapes and `+`; malformed escapes are kept as written.
fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&byte) = bytes.get(i) {
        match byte {
            b'+' => out.push(b' '),
            b'%' => {
                let hex = bytes
                    .get(i + 1..i + 3)
                    .and_then(|h| std::str::from_utf8(h).ok());
                match hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                    Some(byte) => {
                        out.push(byte);
                        i += 2;
                    }
                    None => out.push(b'%'),
                }
            }
            other => out.push(other),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::builtin::dataset;

    fn id(s: &'static str) -> RoleId {
        RoleId::from_static(s)
    }

    #[test]
    fn nothing_asked_gives_the_default_pair() {
        let s = select(dataset(), None, None);
        assert_eq!((s.a, s.b), (id(DEFAULT_PAIR.0), id(DEFAULT_PAIR.1)));
        assert!(s.notices.is_empty());
    }

    #[test]
    fn known_ids_are_used() {
        let s = select(dataset(), Some("team-leader"), Some(" plant-manager "));
        assert_eq!((s.a, s.b), (id("team-leader"), id("plant-manager")));
        assert!(s.notices.is_empty());
    }

    #[test]
    fn unknown_and_malformed_ids_fall_back_with_a_notice() {
        let s = select(
            dataset(),
            Some("astronaut"),
            Some("<script>alert(1)</script>"),
        );
        assert_eq!((s.a.as_str(), s.b.as_str()), DEFAULT_PAIR);
        assert_eq!(s.notices.len(), 2);
        assert_eq!(
            s.notices[0].to_string(),
            "Role A \"astronaut\" is not in the dataset; showing the default instead."
        );
        assert!(s.notices[1]
            .to_string()
            .starts_with("Role B \"<script>alert(1)</script>\" is not a valid role id"));
    }

    #[test]
    fn a_default_never_duplicates_the_other_side() {
        let s = select(dataset(), None, Some("operations-manager"));
        assert_ne!(s.a, s.b);
        let s = select(dataset(), Some("procurement-manager"), Some("nobody"));
        assert_ne!(s.a, s.b);
    }

    #[test]
    fn empty_ids_are_reported_not_silently_defaulted() {
        let s = select(dataset(), Some(""), Some(" \t "));
        assert_eq!((s.a.as_str(), s.b.as_str()), DEFAULT_PAIR);
        assert_eq!(
            s.notices.iter().map(ToString::to_string).collect::<Vec<_>>(),
            [
                "Role A \"\" is not a valid role id (the id is empty); showing the default instead.",
                "Role B \"\" is not a valid role id (the id is empty); showing the default instead.",
            ]
        );
    }

    #[test]
    fn the_same_role_twice_is_kept_when_asked_for() {
        let s = select(dataset(), Some("team-leader"), Some("team-leader"));
        assert_eq!(s.a, s.b);
    }

    #[test]
    fn huge_values_make_short_notices() {
        let huge = "x".repeat(100_000);
        let s = select(dataset(), Some(&huge), None);
        assert!(s.notices[0].to_string().len() < 200);
    }

    #[test]
    fn themes_parse_leniently_and_report_the_rest() {
        assert_eq!(Theme::parse(" Dark "), Ok(Theme::Dark));
        assert_eq!(Theme::parse(""), Ok(Theme::Auto));
        assert!(Theme::parse("neon").is_err());
        for theme in Theme::ALL {
            assert_eq!(Theme::parse(theme.as_str()), Ok(theme));
        }
    }

    #[test]
    fn query_strings_are_decoded() {
        assert_eq!(
            parse_query("?a=team-leader&b=plant-manager"),
            (Some("team-leader".into()), Some("plant-manager".into()))
        );
        assert_eq!(
            parse_query("b=x%2Dy&z=1&a=%3Cb%3E"),
            (Some("<b>".into()), Some("x-y".into()))
        );
        assert_eq!(parse_query(""), (None, None));
        assert_eq!(parse_query("?a=%zz&a=last"), (Some("last".into()), None));
        assert_eq!(parse_query("?a=%E2%82"), (Some("\u{FFFD}".into()), None));
    }

    #[test]
    fn query_round_trips() {
        let q = to_query(&id("team-leader"), &id("fleet-manager"));
        assert_eq!(
            parse_query(&q),
            (Some("team-leader".into()), Some("fleet-manager".into()))
        );
    }
}
