//! Comparing two roles: the rows of the table and the key differences.
//!
//! Everything here is computed from the dataset for any pair; nothing is
//! written by hand except the optional curated note.

use std::fmt;

use crate::dataset::{
    Axis, AxisKind, Dataset, Dimension, DimensionId, Entry, Position, Role, RoleId,
};

/// The fewest key differences shown when the roles differ on enough dimensions.
pub const MIN_KEY_DIFFERENCES: usize = 3;
/// The most key differences shown (four fit the first screen of a phone).
pub const MAX_KEY_DIFFERENCES: usize = 4;
/// A gap (in positions) at least this wide always counts as a key difference.
pub const WIDE_GAP: u8 = 2;

/// Why two ids cannot be compared.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PairError {
    /// The same role is on both sides.
    SameRole(RoleId),
    /// An id names no role of the dataset.
    UnknownRole(RoleId),
}

impl fmt::Display for PairError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PairError::SameRole(_) => f.write_str(
                "Both sides show the same role. Pick a different role on one side to compare.",
            ),
            PairError::UnknownRole(id) => write!(f, "There is no role with the id \"{id}\"."),
        }
    }
}

/// One dimension of the comparison: what each role says about it.
#[derive(Clone, Copy, Debug)]
pub struct Row<'a> {
    /// Index of the dimension in the dataset.
    pub index: usize,
    /// The dimension.
    pub dimension: &'a Dimension,
    /// Role A's entry.
    pub a: &'a Entry,
    /// Role B's entry.
    pub b: &'a Entry,
}

impl Row<'_> {
    /// How many positions apart the two roles are, when the dimension has an axis.
    pub fn gap(&self) -> Option<u8> {
        self.dimension.axis.as_ref()?;
        match (self.a.position, self.b.position) {
            (Some(a), Some(b)) => Some(a.get().abs_diff(b.get())),
            _ => None,
        }
    }

    /// False only when both roles sit at the same position; rows without an
    /// axis always count as different, since only their texts can be compared.
    pub fn differs(&self) -> bool {
        self.gap() != Some(0)
    }
}

/// A dimension on which the pair differs markedly, said in one sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeyDifference {
    /// Index of the dimension in the dataset.
    pub index: usize,
    /// How many positions apart the roles are.
    pub gap: u8,
    /// The generated sentence.
    pub sentence: String,
}

/// The comparison of two different roles.
#[derive(Clone, Debug)]
pub struct Comparison<'a> {
    /// Role A (left column).
    pub a: &'a Role,
    /// Role B (right column).
    pub b: &'a Role,
    /// One row per dimension, in the dataset's order.
    pub rows: Vec<Row<'a>>,
    /// The widest gaps, widest first.
    pub key_differences: Vec<KeyDifference>,
    /// The curated bottom line for this pair, if there is one.
    pub note: Option<&'a str>,
}

/// Compares roles `a` and `b` of `data`, over every dimension or (with
/// `only`) over those dimensions in that order; ids `data` lacks are skipped.
/// The key differences come from the dimensions compared.
pub fn compare<'a>(
    data: &'a Dataset,
    a: &RoleId,
    b: &RoleId,
    only: Option<&[DimensionId]>,
) -> Result<Comparison<'a>, PairError> {
    let role_a = data
        .role(a)
        .ok_or_else(|| PairError::UnknownRole(a.clone()))?;
    let role_b = data
        .role(b)
        .ok_or_else(|| PairError::UnknownRole(b.clone()))?;
    if a == b {
        return Err(PairError::SameRole(a.clone()));
    }
    let all: Vec<Row<'a>> = data
        .dimensions
        .iter()
        .zip(role_a.entries.iter().zip(role_b.entries.iter()))
        .enumerate()
        .map(|(index, (dimension, (a, b)))| Row {
            index,
            dimension,
            a,
            b,
        })
        .collect();
    let rows = match only {
        None => all,
        Some(ids) => ids
            .iter()
            .filter_map(|id| all.iter().find(|row| &row.dimension.id == id).copied())
            .collect(),
    };
    let key_differences = key_differences(&rows, role_a, role_b);
    Ok(Comparison {
        a: role_a,
        b: role_b,
        rows,
        key_differences,
        note: data.pair_note(a, b),
    })
}

/// Picks the dimensions with the widest gaps: every gap of [`WIDE_GAP`] or more
/// (at most [`MAX_KEY_DIFFERENCES`]), topped up with one-step gaps to reach
/// [`MIN_KEY_DIFFERENCES`]. Equal gaps keep the dataset's dimension order.
fn key_differences(rows: &[Row<'_>], a: &Role, b: &Role) -> Vec<KeyDifference> {
    // Widest gap first, and rows in order within a gap: one pass per possible
    // gap (positions run 1 to 5) instead of a sort, which the wasm would carry.
    let widest = Position::MAX - Position::MIN;
    let candidates: Vec<(&Row<'_>, u8)> = (1..=widest)
        .rev()
        .flat_map(|wanted| {
            rows.iter()
                .filter(move |row| row.gap() == Some(wanted))
                .map(move |row| (row, wanted))
        })
        .collect();
    let wide = candidates
        .iter()
        .filter(|(_, gap)| *gap >= WIDE_GAP)
        .count();
    let take = wide.clamp(MIN_KEY_DIFFERENCES, MAX_KEY_DIFFERENCES);
    candidates
        .into_iter()
        .take(take)
        .filter_map(|(row, gap)| {
            Some(KeyDifference {
                index: row.index,
                gap,
                sentence: sentence(row, a, b)?,
            })
        })
        .collect()
}

/// The key-difference sentence of a row where both roles have a position.
///
/// On a scale (an amount): "Strategic vs tactical: Operations Manager is
/// closer to “strategic” than Procurement Manager." (The positions are in the
/// dimension's picture.)
/// On a lean (a direction): "Quality focus: Operations Manager leans toward
/// finished output, Procurement Manager toward incoming inputs." The role
/// nearer the high end is named first, so swapping the sides keeps the sentence.
pub fn sentence(row: &Row<'_>, a: &Role, b: &Role) -> Option<String> {
    let axis = row.dimension.axis.as_ref()?;
    let (pa, pb) = (row.a.position?, row.b.position?);
    let ((high_role, high), (low_role, low)) = if pa >= pb {
        ((a, pa), (b, pb))
    } else {
        ((b, pb), (a, pa))
    };
    let label = &row.dimension.label;
    let (h, l) = (high.get(), low.get());
    Some(match axis.kind {
        AxisKind::Scale => format!(
            "{label}: {} is closer to “{}” than {}.",
            high_role.title, axis.high, low_role.title,
        ),
        AxisKind::Lean if l > MIDDLE || h < MIDDLE => {
            // Both lean the same way; the one further out leans more clearly.
            let (end, clearer) = if l > MIDDLE {
                (&axis.high, high_role)
            } else {
                (&axis.low, low_role)
            };
            format!(
                "{label}: both lean toward {end}, {} more clearly.",
                clearer.title
            )
        }
        AxisKind::Lean if h == MIDDLE || l == MIDDLE => {
            let (leaning, end, balanced) = if h == MIDDLE {
                (low_role, &axis.low, high_role)
            } else {
                (high_role, &axis.high, low_role)
            };
            format!(
                "{label}: {} leans toward {end}; {} weighs both alike.",
                leaning.title, balanced.title
            )
        }
        AxisKind::Lean => format!(
            "{label}: {} leans toward {}, {} toward {}.",
            high_role.title, axis.high, low_role.title, axis.low
        ),
    })
}

/// The middle position: on a lean, both ends alike.
const MIDDLE: u8 = 3;

/// Where a role sits on an axis, in words: "2 of 5, toward tactical" on a
/// scale, "leans toward finished output" on a lean, and "not a defining part
/// of this role" where it has no position.
pub fn position_words(axis: &Axis, position: Option<Position>) -> String {
    let Some(position) = position else {
        return "not a defining part of this role".to_owned();
    };
    let p = position.get();
    match axis.kind {
        AxisKind::Scale => match p {
            MIDDLE => format!(
                "{p} of {}, midway between {} and {}",
                Position::MAX,
                axis.low,
                axis.high
            ),
            _ => format!(
                "{p} of {}, toward {}",
                Position::MAX,
                if p < MIDDLE { &axis.low } else { &axis.high }
            ),
        },
        AxisKind::Lean => match p {
            1 => format!("clearly toward {}", axis.low),
            2 => format!("leans toward {}", axis.low),
            MIDDLE => format!("weighs {} and {} alike", axis.low, axis.high),
            4 => format!("leans toward {}", axis.high),
            _ => format!("clearly toward {}", axis.high),
        },
    }
}

/// What a screen reader hears for one role's place on an axis:
/// "Procurement Manager: 2 of 5, toward tactical".
pub fn position_label(
    role: &Role,
    dimension: &Dimension,
    position: Option<Position>,
) -> Option<String> {
    let axis = dimension.axis.as_ref()?;
    Some(format!(
        "{}: {}",
        role.title,
        position_words(axis, position)
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::borrow::Cow;

    fn dimension(id: &'static str, axis: bool) -> Dimension {
        Dimension {
            id: DimensionId::from_static(id),
            label: Cow::Owned(format!("Label {id}")),
            question: "What?".into(),
            axis: axis.then(|| Axis {
                low: "low".into(),
                high: "high".into(),
                kind: AxisKind::Scale,
            }),
        }
    }

    fn role(id: &'static str, positions: &[Option<u8>]) -> Role {
        Role {
            id: RoleId::from_static(id),
            title: Cow::Owned(format!("Title {id}")),
            family: None,
            summary: "s".into(),
            suits_you_if: "s".into(),
            facts: None,
            entries: positions
                .iter()
                .map(|p| Entry {
                    text: "t".into(),
                    position: p.and_then(Position::new),
                })
                .collect::<Vec<_>>()
                .into(),
        }
    }

    /// Seven axis dimensions and one without an axis.
    fn data(a: &[Option<u8>], b: &[Option<u8>]) -> Dataset {
        let dims = ["d0", "d1", "d2", "d3", "d4", "d5", "d6", "d7"];
        Dataset {
            dimensions: dims
                .iter()
                .map(|id| dimension(id, *id != "d7"))
                .collect::<Vec<_>>()
                .into(),
            roles: vec![role("a", a), role("b", b)].into(),
            families: Cow::Borrowed(&[]),
            pairs: Cow::Borrowed(&[]),
        }
    }

    fn ids() -> (RoleId, RoleId) {
        (RoleId::from_static("a"), RoleId::from_static("b"))
    }

    fn key_indices(d: &Dataset) -> Vec<usize> {
        let (a, b) = ids();
        compare(d, &a, &b, None)
            .unwrap()
            .key_differences
            .iter()
            .map(|k| k.index)
            .collect()
    }

    #[test]
    fn widest_gaps_come_first_and_ties_keep_dimension_order() {
        let d = data(
            &[
                Some(1),
                Some(5),
                Some(3),
                Some(1),
                Some(2),
                Some(3),
                Some(3),
                None,
            ],
            &[
                Some(3),
                Some(1),
                Some(3),
                Some(5),
                Some(4),
                Some(3),
                Some(3),
                None,
            ],
        );
        // gaps: d0 2, d1 4, d2 0, d3 4, d4 2, d5 0, d6 0
        assert_eq!(key_indices(&d), vec![1, 3, 0, 4]);
    }

    #[test]
    fn at_most_four_even_when_more_gaps_are_wide() {
        let d = data(
            &[
                Some(1),
                Some(1),
                Some(1),
                Some(1),
                Some(1),
                Some(1),
                Some(1),
                None,
            ],
            &[
                Some(3),
                Some(4),
                Some(3),
                Some(5),
                Some(3),
                Some(3),
                Some(3),
                None,
            ],
        );
        assert_eq!(key_indices(&d), vec![3, 1, 0, 2]);
    }

    #[test]
    fn narrow_gaps_top_up_to_three() {
        let d = data(
            &[
                Some(1),
                Some(2),
                Some(3),
                Some(3),
                Some(3),
                Some(4),
                Some(3),
                None,
            ],
            &[
                Some(4),
                Some(3),
                Some(3),
                Some(3),
                Some(3),
                Some(3),
                Some(2),
                None,
            ],
        );
        // gaps: d0 3, d1 1, d5 1, d6 1 -> one wide, two one-step in order
        assert_eq!(key_indices(&d), vec![0, 1, 5]);
    }

    #[test]
    fn equal_roles_have_no_key_differences() {
        let same = [Some(3); 7]
            .iter()
            .copied()
            .chain([None])
            .collect::<Vec<_>>();
        let d = data(&same, &same);
        assert!(key_indices(&d).is_empty());
    }

    #[test]
    fn same_role_twice_is_an_error() {
        let d = data(&[Some(1); 8], &[Some(2); 8]);
        let a = RoleId::from_static("a");
        assert_eq!(
            compare(&d, &a, &a, None).unwrap_err(),
            PairError::SameRole(a)
        );
    }

    #[test]
    fn unknown_role_is_an_error() {
        let d = data(&[Some(1); 8], &[Some(2); 8]);
        let (a, _) = ids();
        let ghost = RoleId::from_static("ghost");
        assert_eq!(
            compare(&d, &a, &ghost, None).unwrap_err(),
            PairError::UnknownRole(ghost)
        );
    }

    #[test]
    fn sentence_names_the_role_nearer_the_high_end_first() {
        let d = data(
            &[
                Some(2),
                Some(3),
                Some(3),
                Some(3),
                Some(3),
                Some(3),
                Some(3),
                None,
            ],
            &[
                Some(5),
                Some(3),
                Some(3),
                Some(3),
                Some(3),
                Some(3),
                Some(3),
                None,
            ],
        );
        let (a, b) = ids();
        let c = compare(&d, &a, &b, None).unwrap();
        assert_eq!(
            c.key_differences[0].sentence,
            "Label d0: Title b is closer to “high” than Title a."
        );
        // Swapping the sides gives the same sentence.
        let swapped = compare(&d, &b, &a, None).unwrap();
        assert_eq!(
            swapped.key_differences[0].sentence,
            c.key_differences[0].sentence
        );
    }

    #[test]
    fn rows_without_axis_always_differ() {
        let d = data(&[Some(3); 8], &[Some(3); 8]);
        let (a, b) = ids();
        let c = compare(&d, &a, &b, None).unwrap();
        let shown: Vec<usize> = c
            .rows
            .iter()
            .filter(|r| r.differs())
            .map(|r| r.index)
            .collect();
        assert_eq!(shown, vec![7]);
    }

    #[test]
    fn position_label_reads_well() {
        let d = data(&[Some(2); 8], &[Some(4); 8]);
        let label = position_label(
            &d.roles[0],
            &d.dimensions[0],
            d.roles[0].entries[0].position,
        );
        assert_eq!(label.as_deref(), Some("Title a: 2 of 5, toward low"));
        assert_eq!(position_label(&d.roles[0], &d.dimensions[7], None), None);
    }

    #[test]
    fn operations_vs_procurement_key_differences_are_computed() {
        use crate::builtin::{dataset, roles};
        let c = compare(
            dataset(),
            &roles::OPERATIONS_MANAGER,
            &roles::PROCUREMENT_MANAGER,
            None,
        )
        .unwrap();
        assert!((3..=4).contains(&c.key_differences.len()));
        let first = &c.key_differences[0];
        assert!(c.key_differences.windows(2).all(|w| w[0].gap >= w[1].gap));
        assert!(
            first.sentence.contains("Operations Manager")
                && first.sentence.contains("Procurement Manager")
        );
    }

    #[test]
    fn a_subset_of_dimensions_is_compared_in_its_order() {
        use crate::builtin::{dataset, roles};
        let ids: Vec<DimensionId> = ["vendors", "scope", "nothing", "strategy"]
            .iter()
            .map(|id| DimensionId::parse(id).unwrap())
            .collect();
        let c = compare(
            dataset(),
            &roles::OPERATIONS_MANAGER,
            &roles::PROCUREMENT_MANAGER,
            Some(&ids),
        )
        .unwrap();
        let shown: Vec<&str> = c.rows.iter().map(|r| r.dimension.id.as_str()).collect();
        assert_eq!(shown, ["vendors", "scope", "strategy"]);
        // Key differences come from those rows only.
        assert!(c
            .key_differences
            .iter()
            .all(|k| ["vendors", "scope", "strategy"]
                .contains(&dataset().dimensions[k.index].id.as_str())));
        assert!(!c.key_differences.is_empty());
    }
}
