//! The validated, typed model of a role dataset.
//!
//! Everything here is plain data. Strings are `Cow<'static, _>` so the same
//! types hold the dataset compiled into the binary (borrowed from statics,
//! see `build.rs`) and datasets parsed at run time (owned).

use std::borrow::Cow;
use std::fmt;

/// Text held by the model: borrowed from the binary or owned after parsing.
pub type Text = Cow<'static, str>;
/// A list held by the model: borrowed from the binary or owned after parsing.
pub type List<T> = Cow<'static, [T]>;

/// Why a string is not a valid id.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum IdError {
    /// The string is empty (or only spaces).
    Empty,
    /// Longer than [`MAX_ID_LEN`] bytes.
    TooLong(usize),
    /// Not lower-case kebab-case (`a-z`, `0-9`, single dashes between words).
    NotKebabCase,
}

impl fmt::Display for IdError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            IdError::Empty => f.write_str("the id is empty"),
            IdError::TooLong(len) => {
                write!(f, "the id is {len} characters long; at most {MAX_ID_LEN} are allowed")
            }
            IdError::NotKebabCase => f.write_str(
                "an id is written in kebab-case: lower-case letters and digits, words joined by single dashes",
            ),
        }
    }
}

impl std::error::Error for IdError {}

/// The longest id accepted, in bytes.
pub const MAX_ID_LEN: usize = 64;

/// Checks that `s` is a kebab-case id such as `operations-manager`.
fn check_id(s: &str) -> Result<(), IdError> {
    if s.trim().is_empty() {
        return Err(IdError::Empty);
    }
    if s.len() > MAX_ID_LEN {
        return Err(IdError::TooLong(s.len()));
    }
    let well_formed = s.split('-').all(|word| {
        !word.is_empty()
            && word
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
    });
    if well_formed {
        Ok(())
    } else {
        Err(IdError::NotKebabCase)
    }
}

macro_rules! typed_id {
    ($(#[$meta:meta])* $name:ident) => {
        $(#[$meta])*
        #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $name(Text);

        impl $name {
            /// Parses a kebab-case id.
            pub fn parse(s: &str) -> Result<Self, IdError> {
                check_id(s)?;
                Ok(Self(Cow::Owned(s.to_owned())))
            }

            /// An id from a literal that was checked already (role-compare's
            /// compiled-in dataset, checked by its build script): not checked again.
            pub const fn from_static(s: &'static str) -> Self {
                Self(Cow::Borrowed(s))
            }

            /// The id as written in the dataset.
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }
    };
}

typed_id!(
    /// The id of a role, such as `procurement-manager`.
    RoleId
);
typed_id!(
    /// The id of a dimension, such as `strategy`.
    DimensionId
);
typed_id!(
    /// The id of a family of roles, such as `purchasing`.
    FamilyId
);

/// A place on a dimension's axis, from 1 (the low end) to 5 (the high end).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Position(u8);

impl Position {
    /// The lowest position.
    pub const MIN: u8 = 1;
    /// The highest position.
    pub const MAX: u8 = 5;

    /// A position, if `value` is within 1..=5.
    pub const fn new(value: u8) -> Option<Self> {
        if value >= Self::MIN && value <= Self::MAX {
            Some(Self(value))
        } else {
            None
        }
    }

    /// The position as a number from 1 to 5.
    pub const fn get(self) -> u8 {
        self.0
    }
}

/// What an axis compares.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum AxisKind {
    /// An amount, from less to more: "narrow" to "broad", "tactical" to "strategic".
    #[default]
    Scale,
    /// A direction: which of two kinds of focus a role leans to, e.g.
    /// "incoming inputs" or "finished output"; 3 weighs both alike.
    Lean,
}

/// The two named ends of a dimension, such as "tactical" and "strategic".
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Axis {
    /// The end at position 1.
    pub low: Text,
    /// The end at position 5.
    pub high: Text,
    /// Whether positions are amounts or directions.
    pub kind: AxisKind,
}

/// One of the points on which roles are compared.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Dimension {
    /// Stable id.
    pub id: DimensionId,
    /// Short heading, e.g. "Strategic vs tactical".
    pub label: Text,
    /// The question the dimension answers.
    pub question: Text,
    /// The axis positions are placed on, if the dimension has one.
    pub axis: Option<Axis>,
}

/// What one role says on one dimension.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// One or two sentences.
    pub text: Text,
    /// What the role does on this dimension in a phrase of at most 60
    /// characters, shown when the dimension is a key difference of a pair.
    /// Host roles may leave it out: the card then says where the role sits.
    pub gist: Option<Text>,
    /// The role's place on the dimension's axis; `None` where the dimension
    /// has no axis, or where its axis does not describe this role ("not a
    /// defining part of this role").
    pub position: Option<Position>,
}

/// A sourced figure: its value, the year it describes, and where it was read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fact {
    /// The figure as shown, e.g. "$102,950".
    pub value: Text,
    /// The year or period the figure describes, e.g. "May 2024".
    pub year: Text,
    /// An `https://` link to the source.
    pub source: Text,
}

/// The official occupation a role's figures describe.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Occupation {
    /// US Standard Occupational Classification code, e.g. "11-1021".
    pub soc: Text,
    /// The occupation's official title.
    pub title: Text,
    /// How closely the role matches the occupation, when it is not exact.
    pub note: Option<Text>,
}

/// Sourced facts about a role; any of them may be missing.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Facts {
    /// The occupation the figures describe.
    pub occupation: Option<Occupation>,
    /// Median annual pay.
    pub median_pay: Option<Fact>,
    /// The range of annual pay from the 10th to the 90th percentile.
    pub pay_range: Option<Fact>,
    /// Typical education for entry.
    pub education: Option<Fact>,
    /// Projected change in employment.
    pub outlook: Option<Fact>,
    /// Number of jobs.
    pub jobs: Option<Fact>,
}

/// A job role described over every dimension of its dataset.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Role {
    /// Stable id.
    pub id: RoleId,
    /// Job title.
    pub title: Text,
    /// The family the role is listed under, if any.
    pub family: Option<FamilyId>,
    /// One-sentence summary.
    pub summary: Text,
    /// Who the role suits, read after "Suits you if ".
    pub suits_you_if: Text,
    /// Sourced figures, if any were checked.
    pub facts: Option<Facts>,
    /// The three to five dimensions that define the role, most defining
    /// first: they rank first among a pair's key differences.
    pub defines: List<DimensionId>,
    /// Read after "Choose `<title>` if ": the short reason to pick this role
    /// over another, used for a pair's bottom line when none is written.
    pub choose_if: Option<Text>,
    /// One entry per dimension, in the dataset's dimension order.
    pub entries: List<Entry>,
    /// What the role takes and where it usually leads, if the data says
    /// (`None`: a role without it has no "moving between them" part).
    pub path: Option<CareerPath>,
}

/// What a role takes beyond its entry education, and where it usually leads.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct CareerPath {
    /// The certifications employers commonly name for the role.
    pub certifications: List<Certification>,
    /// The usual moves from this role to other roles of the dataset.
    pub moves: List<Move>,
}

/// A certification, with the body that grants it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Certification {
    /// Its name, e.g. "Certified Supply Chain Professional (CSCP)".
    pub name: Text,
    /// Who grants it, e.g. "ASCM".
    pub body: Text,
}

/// A usual move from one role to another.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Move {
    /// The role moved to.
    pub to: RoleId,
    /// What kind of move it is.
    pub kind: MoveKind,
    /// Why people make it, in a phrase.
    pub reason: Text,
}

/// How a move relates the two roles.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MoveKind {
    /// A step up the same ladder.
    Up,
    /// To work of about the same level, in a related field.
    Sideways,
    /// Into another field.
    Change,
}

impl Role {
    /// How strongly `dimension` defines the role: 0 when it is not one of
    /// its defining dimensions, else 5 for the first named, 4 for the
    /// second, and so on.
    pub fn defining_weight(&self, dimension: &DimensionId) -> u8 {
        self.defines
            .iter()
            .position(|id| id == dimension)
            .map_or(0, |rank| 5u8.saturating_sub(rank as u8))
    }

    /// The official occupation its figures describe, if any.
    pub fn occupation(&self) -> Option<&Occupation> {
        self.facts.as_ref()?.occupation.as_ref()
    }
}

/// A curated bottom line for one pair of roles (order does not matter).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PairNote {
    /// One role of the pair.
    pub a: RoleId,
    /// The other role.
    pub b: RoleId,
    /// The note.
    pub note: Text,
    /// Dimensions where the two roles' gists name the same thing, so they
    /// do not set this pair apart: never a key difference of the pair.
    pub alike: List<DimensionId>,
    /// Dimensions the pair's writer puts first among rows that otherwise
    /// weigh the same as key differences: what the bottom line turns on.
    pub first: List<DimensionId>,
}

/// A family of roles, listed together in the pickers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Family {
    /// Stable id.
    pub id: FamilyId,
    /// Its heading, e.g. "Purchasing".
    pub label: Text,
}

/// A validated dataset: every role has an entry for every dimension.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Dataset {
    /// The families roles are grouped in, in display order.
    pub families: List<Family>,
    /// The dimensions, in display order.
    pub dimensions: List<Dimension>,
    /// The roles, in display order.
    pub roles: List<Role>,
    /// Curated notes for some pairs.
    pub pairs: List<PairNote>,
}

impl Dataset {
    /// The role with this id.
    pub fn role(&self, id: &RoleId) -> Option<&Role> {
        self.roles.iter().find(|role| &role.id == id)
    }

    /// The title of the role with this id, or the id itself where no role has it.
    pub fn title(&self, id: &RoleId) -> String {
        self.role(id)
            .map_or_else(|| id.to_string(), |role| role.title.to_string())
    }

    /// The curated note for a pair, in either order.
    pub fn pair_note(&self, a: &RoleId, b: &RoleId) -> Option<&str> {
        self.pair(a, b).map(|pair| pair.note.as_ref())
    }

    /// What the dataset says of a pair (its note, its alike dimensions), in either order.
    pub fn pair(&self, a: &RoleId, b: &RoleId) -> Option<&PairNote> {
        self.pairs
            .iter()
            .find(|pair| (&pair.a == a && &pair.b == b) || (&pair.a == b && &pair.b == a))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_must_be_kebab_case() {
        assert!(check_id("operations-manager").is_ok());
        assert!(check_id("a1-b2").is_ok());
        assert_eq!(check_id(""), Err(IdError::Empty));
        assert_eq!(check_id("  "), Err(IdError::Empty));
        for bad in [
            "Operations",
            "ops--manager",
            "-ops",
            "ops-",
            "ops manager",
            "ops_manager",
            "<script>",
        ] {
            assert_eq!(check_id(bad), Err(IdError::NotKebabCase), "{bad}");
        }
        assert_eq!(check_id(&"a".repeat(65)), Err(IdError::TooLong(65)));
    }

    #[test]
    fn positions_are_one_to_five() {
        assert_eq!(Position::new(0), None);
        assert_eq!(Position::new(1).map(Position::get), Some(1));
        assert_eq!(Position::new(5).map(Position::get), Some(5));
        assert_eq!(Position::new(6), None);
    }
}
