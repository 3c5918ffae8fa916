//! The colour theme of a card.

use std::fmt;
use std::str::FromStr;

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

    /// The attribute value.
    pub fn as_str(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
            Theme::Auto => "auto",
        }
    }
}

impl FromStr for Theme {
    type Err = UnknownTheme;

    /// `light`, `dark` or `auto`, in any case, with spaces around ignored;
    /// an empty value reads as auto.
    fn from_str(value: &str) -> Result<Self, UnknownTheme> {
        match value.trim().to_ascii_lowercase().as_str() {
            "light" => Ok(Theme::Light),
            "dark" => Ok(Theme::Dark),
            "auto" | "" => Ok(Theme::Auto),
            _ => Err(UnknownTheme),
        }
    }
}

/// A theme name that is not `light`, `dark` or `auto`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct UnknownTheme;

impl fmt::Display for UnknownTheme {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("not one of light, dark, auto")
    }
}

impl std::error::Error for UnknownTheme {}
