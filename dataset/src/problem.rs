//! What can be wrong with a dataset, said so that its author can fix it.

use std::fmt;

/// Shortens a value quoted in a message to `keep` characters (and an ellipsis),
/// so that a hostile 100 KB string cannot flood the card or the console.
pub fn clip(value: &str, keep: usize) -> String {
    if value.chars().count() <= keep {
        value.to_owned()
    } else {
        value.chars().take(keep).chain(['…']).collect()
    }
}

/// A value in double quotes for a message, with quotes, backslashes and
/// control characters escaped (`"a\"b\n"`), as `{:?}` would write it for
/// ordinary text, without carrying the formatter's Unicode tables.
pub struct Quoted<'a>(pub &'a str);

impl fmt::Display for Quoted<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("\"")?;
        for c in self.0.chars() {
            match c {
                '"' => f.write_str("\\\"")?,
                '\\' => f.write_str("\\\\")?,
                '\n' => f.write_str("\\n")?,
                '\r' => f.write_str("\\r")?,
                '\t' => f.write_str("\\t")?,
                '\0' => f.write_str("\\0")?,
                c if c.is_control() => write!(f, "\\u{{{:x}}}", u32::from(c))?,
                c => fmt::Write::write_char(f, c)?,
            }
        }
        f.write_str("\"")
    }
}

/// One problem found in a dataset, with where it was found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// The role it concerns (its id, or its index when the id itself is bad).
    pub role: Option<String>,
    /// The dimension it concerns.
    pub dimension: Option<String>,
    /// What is wrong.
    pub kind: ProblemKind,
}

/// The kinds of problem the validator reports.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProblemKind {
    /// The text is not well-formed JSON.
    Json {
        /// The line where reading stopped, from 1.
        line: usize,
        /// The column where reading stopped (in bytes), from 1.
        column: usize,
        /// What was wrong there.
        message: String,
    },
    /// Well-formed JSON that does not fit the format: a value of the wrong
    /// type, a field the format does not define, or a required one missing.
    Format {
        /// The line of the value, from 1.
        line: usize,
        /// The column of the value (in bytes), from 1.
        column: usize,
        /// What does not fit.
        message: String,
    },
    /// The `version` field names a format this code does not read.
    UnsupportedVersion(i64),
    /// A role describes the same dimension twice.
    DuplicateField(String),
    /// A required list is empty.
    Empty {
        /// The list's name.
        field: &'static str,
    },
    /// An id is not kebab-case, empty or too long.
    BadId {
        /// Which id, e.g. "role id".
        field: &'static str,
        /// The id as written (shortened when long).
        value: String,
        /// Why it is not valid.
        reason: String,
    },
    /// Two roles (or dimensions) share an id.
    DuplicateId {
        /// Which id, e.g. "role id".
        field: &'static str,
        /// The repeated id.
        value: String,
    },
    /// A role has no entry for a dimension of the dataset.
    MissingDimension,
    /// A role describes a dimension the dataset does not define.
    UnknownDimension,
    /// A position is needed (the dimension has an axis) but absent.
    MissingPosition,
    /// A position is given for a dimension without an axis.
    PositionWithoutAxis,
    /// A position is outside 1..=5.
    PositionOutOfRange(i64),
    /// A text is shorter or longer than allowed (counted in characters).
    TextLength {
        /// The text's name, e.g. "summary".
        field: &'static str,
        /// Its length in characters.
        len: usize,
        /// The shortest allowed.
        min: usize,
        /// The longest allowed.
        max: usize,
    },
    /// A text contains markup or control characters.
    Markup {
        /// The text's name.
        field: &'static str,
    },
    /// A source link is not a plain `https://` address.
    BadLink {
        /// The figure the link belongs to.
        field: &'static str,
        /// The link as written (shortened when long).
        value: String,
    },
    /// A SOC code is not of the form `11-1021`.
    BadSocCode(String),
    /// A pair note names a role the dataset lacks.
    UnknownRoleInPair(String),
    /// A move leads to a role the dataset lacks, or to the role itself.
    UnknownRoleInMove(String),
    /// Following the role's step-ups leads back to it.
    StepUpCycle,
    /// A pair note lists a dimension the dataset lacks among its alike ones.
    UnknownDimensionInPair(String),
    /// A pair note names the same role twice.
    PairOfSameRole(String),
    /// Host data tried to redefine the dimensions or the families.
    NotInExtension {
        /// "dimensions" or "families".
        field: &'static str,
    },
    /// A role names a family the dataset does not define.
    UnknownFamily(String),
    /// A role names fewer than three or more than five defining dimensions.
    DefiningCount(usize),
    /// A role's defining dimension is unknown, has no axis, or is a dimension
    /// the role has no position on.
    BadDefining {
        /// The dimension id as written (shortened when long).
        value: String,
        /// Why it cannot define the role.
        reason: &'static str,
    },
    /// Two pair notes are for the same pair.
    DuplicatePair {
        /// One role of the pair.
        a: String,
        /// The other role.
        b: String,
    },
}

impl fmt::Display for ProblemKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ProblemKind::Json {
                line,
                column,
                message,
            } => {
                write!(
                    f,
                    "malformed JSON at line {line}, column {column}: {message}"
                )
            }
            ProblemKind::Format {
                line,
                column,
                message,
            } => {
                write!(f, "at line {line}, column {column}: {message}")
            }
            ProblemKind::UnsupportedVersion(v) => {
                write!(
                    f,
                    "format version {v} is not supported (this widget reads version 1)"
                )
            }
            ProblemKind::DuplicateField(name) => write!(f, "{} is described twice", Quoted(name)),
            ProblemKind::Empty { field } => write!(f, "\"{field}\" is empty"),
            ProblemKind::BadId {
                field,
                value,
                reason,
            } => write!(f, "{field} {} is not valid: {reason}", Quoted(value)),
            ProblemKind::DuplicateId { field, value } => {
                write!(f, "{field} {} is used more than once", Quoted(value))
            }
            ProblemKind::MissingDimension => f.write_str("no description for this dimension"),
            ProblemKind::UnknownDimension => {
                f.write_str("this dimension is not defined in \"dimensions\"")
            }
            ProblemKind::MissingPosition => f.write_str(
                "a position is needed, since the dimension has an axis: 1 to 5, or null where the axis does not describe the role",
            ),
            ProblemKind::PositionWithoutAxis => {
                f.write_str("a position is given, but the dimension has no axis")
            }
            ProblemKind::PositionOutOfRange(p) => {
                write!(f, "position {p} is out of range; use 1 to 5")
            }
            ProblemKind::TextLength {
                field,
                len,
                min,
                max,
            } => {
                write!(
                    f,
                    "{field} is {len} characters long; it must be {min} to {max}"
                )
            }
            ProblemKind::Markup { field } => {
                write!(
                    f,
                    "{field} contains markup or control characters; write plain text"
                )
            }
            ProblemKind::BadLink { field, value } => {
                write!(f, "{field} {} is not a plain https:// link", Quoted(value))
            }
            ProblemKind::BadSocCode(code) => {
                write!(f, "SOC code {} is not of the form 11-1021", Quoted(code))
            }
            ProblemKind::UnknownRoleInPair(id) => {
                write!(f, "pair note names unknown role {}", Quoted(id))
            }
            ProblemKind::UnknownRoleInMove(id) => {
                write!(f, "a move leads to unknown role {}", Quoted(id))
            }
            ProblemKind::StepUpCycle => f.write_str(
                "its step-ups lead back to it; a chain of \"up\" moves must never return to where it started",
            ),
            ProblemKind::UnknownDimensionInPair(id) => {
                write!(f, "pair note lists unknown dimension {}", Quoted(id))
            }
            ProblemKind::PairOfSameRole(id) => {
                write!(f, "pair note names role {} twice", Quoted(id))
            }
            ProblemKind::NotInExtension { field } => {
                write!(f, "added roles use the built-in {field}; remove \"{field}\"")
            }
            ProblemKind::UnknownFamily(id) => {
                write!(f, "family {} is not defined in \"families\"", Quoted(id))
            }
            ProblemKind::DefiningCount(n) => write!(
                f,
                "\"defines\" names {n} dimensions; name the 3 to 5 that define the role"
            ),
            ProblemKind::BadDefining { value, reason } => {
                write!(f, "defining dimension {} {reason}", Quoted(value))
            }
            ProblemKind::DuplicatePair { a, b } => {
                write!(
                    f,
                    "more than one note for the pair {} and {}",
                    Quoted(a),
                    Quoted(b)
                )
            }
        }
    }
}

impl std::error::Error for ProblemKind {}

impl std::error::Error for Problem {}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(role) = &self.role {
            write!(f, "role {}: ", Quoted(role))?;
        }
        if let Some(dimension) = &self.dimension {
            write!(f, "dimension {}: ", Quoted(dimension))?;
        }
        write!(f, "{}", self.kind)
    }
}

#[cfg(test)]
mod tests {
    use super::Quoted;

    #[test]
    fn quoting_escapes_like_debug_for_ordinary_text() {
        for value in [
            "",
            "team-leader",
            "<img src=x onerror=alert(1)>",
            "say \"hi\" \\ there",
            "tab\tnew\nline\r end\0",
            "bell\u{7} and delete\u{7f}",
            "Fleet Manager’s “fleet” — naïve 😀",
        ] {
            assert_eq!(Quoted(value).to_string(), format!("{value:?}"), "{value}");
        }
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use super::Quoted;
    use crate::testing::config;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(config())]

        #[test]
        fn quoted_values_read_as_debug_writes_them(value in "[ -~\t\n\r\u{0}-\u{1f}\u{7f}à-ÿ€“”’😀]{0,40}") {
            prop_assert_eq!(Quoted(&value).to_string(), format!("{value:?}"));
        }
    }
}
