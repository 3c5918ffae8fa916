//! Comparing two roles: the rows of the table and the key differences.
//!
//! Everything here is computed from the dataset for any pair: the rows, the
//! key differences (ranked by gap and by what defines each role, told in each
//! role's own gist) and the bottom line (the pair's note where one is
//! written, else composed from each role's reason to choose it).

use std::fmt;

use crate::words;

use crate::dataset::{AxisKind, Dataset, Dimension, DimensionId, Entry, Position, Role, RoleId};

/// The fewest key differences shown when the roles differ on enough dimensions.
pub const MIN_KEY_DIFFERENCES: usize = 3;
/// The most key differences shown (four fit the first screen of a phone).
pub const MAX_KEY_DIFFERENCES: usize = 4;

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
            PairError::SameRole(_) => f.write_str(words::SAME_ROLE),
            PairError::UnknownRole(id) => f.write_str(&words::unknown_role(id.as_str())),
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

/// A dimension on which the pair differs markedly: what each role does
/// there, in a phrase (its gist).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeyDifference {
    /// Index of the dimension in the dataset.
    pub index: usize,
    /// How many positions apart the roles are.
    pub gap: u8,
    /// What role A does on this dimension.
    pub a: String,
    /// What role B does on this dimension.
    pub b: String,
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
    /// What sets the roles apart, most telling first: three or four, or
    /// fewer when the roles are close ([`Comparison::close`]).
    pub key_differences: Vec<KeyDifference>,
    /// The bottom line: the pair's own note, or one composed from both
    /// roles' reasons to choose them.
    pub bottom_line: String,
    /// How the count of key differences was decided (the tests check the
    /// dataset's order never decides it).
    #[cfg(test)]
    pub picked: Picked,
}

impl Comparison<'_> {
    /// True when no dimension sets the roles more than one step apart: the
    /// card then says they are close, and what sets them apart most.
    pub fn close(&self) -> bool {
        self.rows
            .iter()
            .all(|row| row.gap().is_none_or(|gap| gap <= 1))
    }

    /// True when both roles' figures come from the same official occupation.
    pub fn same_occupation(&self) -> bool {
        match (self.a.occupation(), self.b.occupation()) {
            (Some(a), Some(b)) => a.soc == b.soc,
            _ => false,
        }
    }
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
    let pair = data.pair(a, b);
    let alike = pair.map_or(&[][..], |pair| &pair.alike[..]);
    let first = pair.map_or(&[][..], |pair| &pair.first[..]);
    let bottom_line = pair.map_or_else(
        || composed_bottom_line(role_a, role_b),
        |pair| pair.note.to_string(),
    );
    let (key_differences, picked) =
        key_differences(&rows, role_a, role_b, (alike, first), &bottom_line);
    #[cfg(not(test))]
    let _ = picked;
    Ok(Comparison {
        a: role_a,
        b: role_b,
        rows,
        key_differences,
        bottom_line,
        #[cfg(test)]
        picked,
    })
}

/// "Choose Warehouse Manager if you want to run one site and its stock;
/// choose Fleet Manager if …": each role's `choose_if`, or its longer
/// `suits_you_if` where a host role brings no `choose_if`.
fn composed_bottom_line(a: &Role, b: &Role) -> String {
    let reason = |role: &Role| role.choose_if.clone().unwrap_or(role.suits_you_if.clone());
    words::choose(&a.title, &reason(a), &b.title, &reason(b))
}

/// Whether a row can be a key difference: the dimension has an axis, both
/// roles have a position there and they differ, and on a direction (a lean)
/// the roles do not lean the same way.
fn sets_apart(row: &Row<'_>) -> bool {
    let (Some(axis), Some(a), Some(b)) = (
        row.dimension.axis.as_ref(),
        row.a.position.map(Position::get),
        row.b.position.map(Position::get),
    ) else {
        return false;
    };
    let same_way = (a > MIDDLE && b > MIDDLE) || (a < MIDDLE && b < MIDDLE);
    a != b && !(axis.kind == AxisKind::Lean && same_way)
}

/// How telling a row is for a pair, highest first: the gap counts twice, a
/// dimension that defines either role adds to it, then how strongly it
/// defines them, then how far from the middle both roles sit, then how much
/// of the pair's bottom line speaks of it (the words of its label and of
/// both roles' gists found there): what the pair's reader decides on; last,
/// whether the pair's writer put it first (`first`) where all that ties.
fn weight(row: &Row<'_>, a: &Role, b: &Role, bottom_line: &[String], first: bool) -> Weight {
    let id = &row.dimension.id;
    let (wa, wb) = (a.defining_weight(id), b.defining_weight(id));
    let gap = row.gap().unwrap_or(0);
    let extremity = |p: Option<Position>| p.map_or(0, |p| p.get().abs_diff(MIDDLE));
    let spoken = [
        &row.dimension.label[..],
        row.a.gist.as_deref().unwrap_or_default(),
        row.b.gist.as_deref().unwrap_or_default(),
    ]
    .iter()
    .flat_map(|text| content_words(text))
    .filter(|word| bottom_line.contains(word))
    .count();
    (
        2 * gap + u8::from(wa > 0) + u8::from(wb > 0),
        wa + wb,
        extremity(row.a.position) + extremity(row.b.position),
        u8::try_from(spoken).unwrap_or(u8::MAX),
        u8::from(first),
    )
}

/// How telling a row is (see [`weight`]), compared as a whole, first part first.
type Weight = (u8, u8, u8, u8, u8);

/// The words of `text` that carry meaning, lowercased, without a plural
/// "s": "Suppliers’ contracts" gives "supplier", "contract".
pub(crate) fn content_words(text: &str) -> impl Iterator<Item = String> + '_ {
    const SMALL: [&str; 15] = [
        "the", "and", "with", "from", "into", "their", "that", "this", "for", "its", "role",
        "roles", "plus", "than", "what",
    ];
    // ASCII only: Unicode case tables would cost the core kilobytes, and the
    // dataset's words are English.
    text.split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|word| word.len() > 3)
        .map(|word| {
            let word = word.to_ascii_lowercase();
            match word.strip_suffix('s') {
                Some(stem) if !stem.ends_with('s') => stem.to_owned(),
                _ => word,
            }
        })
        .filter(|word| !SMALL.contains(&word.as_str()))
}

/// A row's first weight at least this high makes it a strong difference:
/// a gap of two steps, or one step on a dimension that defines both roles.
const STRONG: u8 = 4;

/// Picks the most telling rows ([`weight`]) among those that set the roles
/// apart ([`sets_apart`]) and that the pair does not list as alike: four
/// when at least four are strong, else three, or all there are when fewer
/// than three set the roles apart. Where the last row taken weighs as much
/// as the first one left, the other count (three or four) is taken if it
/// ends on a clear step; the dataset's order decides only where neither
/// does ([`Picked::by_order`]).
fn key_differences(
    rows: &[Row<'_>],
    a: &Role,
    b: &Role,
    (alike, first): (&[DimensionId], &[DimensionId]),
    bottom_line: &str,
) -> (Vec<KeyDifference>, Picked) {
    let spoken: Vec<String> = content_words(bottom_line).collect();
    let ranked = ranked(rows, a, b, (alike, first), &spoken);
    let strong = ranked
        .iter()
        .filter(|(_, weight)| weight.0 >= STRONG)
        .count();
    let take = if strong >= MAX_KEY_DIFFERENCES {
        MAX_KEY_DIFFERENCES
    } else {
        MIN_KEY_DIFFERENCES
    };
    let picked = Picked::count(&ranked, take);
    let keys = ranked
        .iter()
        .take(picked.len())
        .map(|(row, _)| KeyDifference {
            index: row.index,
            gap: row.gap().unwrap_or(0),
            a: gist(row, row.a),
            b: gist(row, row.b),
        })
        .collect();
    (keys, picked)
}

/// The rows that can be key differences, heaviest first (equal weights in
/// the dataset's order), by insertion: a handful of rows, and no sort for
/// the wasm to carry.
fn ranked<'r, 'a>(
    rows: &'r [Row<'a>],
    a: &Role,
    b: &Role,
    (alike, first): (&[DimensionId], &[DimensionId]),
    spoken: &[String],
) -> Vec<(&'r Row<'a>, Weight)> {
    let mut ranked: Vec<(&Row<'_>, Weight)> = Vec::with_capacity(rows.len());
    for row in rows
        .iter()
        .filter(|row| sets_apart(row) && !alike.contains(&row.dimension.id))
    {
        let weight = weight(row, a, b, spoken, first.contains(&row.dimension.id));
        let at = ranked
            .iter()
            .position(|(_, other)| *other < weight)
            .unwrap_or(ranked.len());
        ranked.insert(at, (row, weight));
    }
    ranked
}

/// How many ranked rows are taken, and whether the dataset's order decided it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Picked {
    /// This many, each heavier than every row left out.
    Clear(usize),
    /// This many; a row left out weighs as much as the last one taken.
    ByOrder(usize),
}

impl Picked {
    /// How many of `ranked` (heaviest first) to take when `take` is wanted.
    fn count<T>(ranked: &[(T, Weight)], take: usize) -> Picked {
        let clear = |n: usize| match (ranked.get(n.wrapping_sub(1)), ranked.get(n)) {
            (Some(last), Some(next)) => last.1 > next.1,
            _ => n <= ranked.len(),
        };
        let other = if take == MAX_KEY_DIFFERENCES {
            MIN_KEY_DIFFERENCES
        } else {
            MAX_KEY_DIFFERENCES
        };
        if ranked.len() <= take || clear(take) {
            Picked::Clear(take.min(ranked.len()))
        } else if clear(other) {
            Picked::Clear(other)
        } else {
            Picked::ByOrder(take)
        }
    }

    /// How many rows are taken.
    fn len(self) -> usize {
        match self {
            Picked::Clear(n) | Picked::ByOrder(n) => n,
        }
    }

    /// True when the dataset's order decided between rows of equal weight.
    #[cfg(test)]
    pub(crate) fn by_order(self) -> bool {
        matches!(self, Picked::ByOrder(_))
    }
}

/// What a role does on a row's dimension: its gist, or where a role (a host
/// page's) has none, where it sits in words ("sits at 4 of 5, toward broad").
fn gist(row: &Row<'_>, entry: &Entry) -> String {
    match (&entry.gist, row.dimension.axis.as_ref()) {
        (Some(gist), _) => gist.to_string(),
        (None, Some(axis)) if axis.kind == AxisKind::Scale && entry.position.is_some() => {
            words::sits_at(axis, entry.position)
        }
        (None, Some(axis)) => words::position(axis, entry.position),
        (None, None) => entry.text.to_string(),
    }
}

/// The middle position: on a lean, both ends alike.
const MIDDLE: u8 = 3;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataset::Axis;
    use crate::dataset::{List, PairNote};
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
            defines: Cow::Borrowed(&[]),
            choose_if: None,
            path: None,
            entries: positions
                .iter()
                .map(|p| Entry {
                    text: "t".into(),
                    gist: None,
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

    /// Positions for d0..d6 (d7 has no axis), with every axis a scale.
    fn pair(a: [u8; 7], b: [u8; 7]) -> Dataset {
        let with_none = |p: [u8; 7]| p.map(Some).into_iter().chain([None]).collect::<Vec<_>>();
        data(&with_none(a), &with_none(b))
    }

    #[test]
    fn widest_gaps_come_first() {
        // gaps: d0 2, d1 4, d2 0, d3 3, d4 2, d5 0, d6 0; d0 and d4 tie on
        // everything (no role names them), so the dataset's order decides.
        let d = pair([2, 5, 3, 1, 1, 3, 3], [4, 1, 3, 4, 3, 3, 3]);
        assert_eq!(key_indices(&d), vec![1, 3, 0, 4]);
        // Equal gaps: the pair further from the middle comes first.
        let d = pair([3, 3, 3, 3, 1, 3, 3], [3, 3, 3, 3, 2, 3, 4]);
        assert_eq!(key_indices(&d), vec![4, 6]);
    }

    #[test]
    fn a_defining_dimension_outranks_an_equal_gap_and_ties_break_on_its_rank() {
        let mut d = pair([2, 2, 2, 2, 3, 3, 3], [3, 3, 3, 3, 3, 3, 3]);
        let defines = |ids: &[&'static str]| -> List<DimensionId> {
            ids.iter()
                .map(|id| DimensionId::from_static(id))
                .collect::<Vec<_>>()
                .into()
        };
        // One-step gaps on d0..d3: those defining a role come first, in the
        // order the roles name them; dimension order plays no part.
        d.roles.to_mut()[0].defines = defines(&["d3", "d4", "d1"]);
        d.roles.to_mut()[1].defines = defines(&["d5", "d2", "d6"]);
        assert_eq!(key_indices(&d), vec![3, 2, 1]);
    }

    #[test]
    fn four_only_when_four_are_strong() {
        let d = pair([1, 1, 1, 1, 1, 3, 3], [3, 4, 3, 5, 3, 3, 3]);
        assert_eq!(key_indices(&d), vec![3, 1, 0, 2]);
        let d = pair([1, 1, 1, 2, 2, 3, 3], [3, 4, 3, 3, 3, 3, 3]);
        assert_eq!(key_indices(&d).len(), 3);
    }

    #[test]
    fn leaning_the_same_way_or_having_no_position_is_no_key_difference() {
        let mut d = pair([4, 2, 3, 1, 3, 3, 3], [5, 1, 4, 5, 3, 3, 3]);
        for dimension in d.dimensions.to_mut().iter_mut().take(3) {
            if let Some(axis) = dimension.axis.as_mut() {
                axis.kind = AxisKind::Lean;
            }
        }
        d.roles.to_mut()[1].entries.to_mut()[3].position = None;
        // d0 (4 and 5) and d1 (2 and 1) lean the same way; d2 weighs both
        // alike against a lean; d3 has no position for b.
        let c = compare(&d, &ids().0, &ids().1, None).unwrap();
        assert_eq!(key_indices(&d), vec![2]);
        assert!(c.close());
    }

    #[test]
    fn equal_roles_are_close_with_no_key_differences() {
        let d = pair([3; 7], [3; 7]);
        assert!(key_indices(&d).is_empty());
        assert!(compare(&d, &ids().0, &ids().1, None).unwrap().close());
    }

    #[test]
    fn key_differences_carry_both_gists_or_say_where_the_role_sits() {
        let mut d = pair([2, 3, 3, 3, 3, 3, 3], [5, 3, 3, 3, 3, 3, 3]);
        d.roles.to_mut()[0].entries.to_mut()[0].gist = Some("one small team".into());
        let c = compare(&d, &ids().0, &ids().1, None).unwrap();
        let first = &c.key_differences[0];
        assert_eq!((first.index, first.gap), (0, 3));
        assert_eq!(first.a, "one small team");
        // Role b (a host role, say) has no gist: a plain phrase from its position.
        assert_eq!(first.b, "sits at 5 of 5, toward high");
        let swapped = compare(&d, &ids().1, &ids().0, None).unwrap();
        assert_eq!(swapped.key_differences[0].a, first.b);
        let lean = Axis {
            low: "incoming inputs".into(),
            high: "finished output".into(),
            kind: AxisKind::Lean,
        };
        d.dimensions.to_mut()[0].axis = Some(lean);
        let c = compare(&d, &ids().0, &ids().1, None).unwrap();
        assert_eq!(c.key_differences[0].b, "clearly toward finished output");
    }

    #[test]
    fn the_bottom_line_is_the_pairs_note_or_composed_from_both_roles() {
        let mut d = pair([2; 7], [4; 7]);
        d.roles.to_mut()[0].choose_if = Some("you want a small team".into());
        let c = compare(&d, &ids().0, &ids().1, None).unwrap();
        // Role b has no choose_if: its "suits you if" clause stands in.
        assert_eq!(
            c.bottom_line,
            "Choose Title a if you want a small team; choose Title b if s."
        );
        d.pairs = vec![PairNote {
            a: ids().1,
            b: ids().0,
            note: "Written by hand.".into(),
            alike: Default::default(),
            first: Default::default(),
        }]
        .into();
        let c = compare(&d, &ids().0, &ids().1, None).unwrap();
        assert_eq!(c.bottom_line, "Written by hand.");
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
        let axis = d.dimensions[0].axis.as_ref().unwrap();
        let label = words::position_label(&d.roles[0].title, axis, d.roles[0].entries[0].position);
        assert_eq!(label, "Title a: 2 of 5, toward low");
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
        assert!(c.key_differences.iter().all(|k| k.gap > 0 && k.a != k.b));
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

    /// Every built-in pair's comparison.
    fn every_builtin_pair() -> Vec<Comparison<'static>> {
        let data = crate::builtin::dataset();
        crate::builtin::pairs()
            .into_iter()
            .map(|(a, b)| compare(data, &a.id, &b.id, None).unwrap())
            .collect()
    }

    #[test]
    fn no_pair_leaves_its_key_differences_to_the_files_order() {
        let decided: Vec<String> = every_builtin_pair()
            .iter()
            .filter(|c| c.picked.by_order())
            .map(|c| format!("{} / {}", c.a.id, c.b.id))
            .collect();
        assert_eq!(decided, Vec::<String>::new());
    }

    /// The words a gist names things with: its content words, less those
    /// it denies ("not the full profit and loss" names no profit).
    fn named(gist: &str) -> Vec<String> {
        let denied = gist
            .split([',', ';', ':'])
            .filter(|part| {
                part.split_whitespace()
                    .any(|w| ["not", "no", "without", "hardly", "never"].contains(&w))
            })
            .flat_map(|part| content_words(part).collect::<Vec<_>>())
            .collect::<Vec<_>>();
        content_words(gist)
            .filter(|w| !denied.contains(w))
            .collect()
    }

    /// Where the two gists of a key difference name the same thing (two or
    /// more of the words they name things with in common), they tell no
    /// difference: "contract terms with clients and contractors" beside
    /// "fire, access and building codes, contractors’ terms".
    #[test]
    fn no_key_difference_names_the_same_thing_for_both_roles() {
        let mut alike = Vec::new();
        for c in every_builtin_pair() {
            for key in &c.key_differences {
                let words_a = named(&key.a);
                let mut shared: Vec<String> = named(&key.b)
                    .into_iter()
                    .filter(|w| words_a.contains(w))
                    .collect();
                shared.dedup();
                if shared.len() >= 2 {
                    let label = &crate::builtin::dataset().dimensions[key.index].label;
                    alike.push(format!(
                        "{} / {}: {label}: {:?} | {:?} share {shared:?}",
                        c.a.id, c.b.id, key.a, key.b
                    ));
                }
            }
        }
        assert!(
            alike.is_empty(),
            "{} alike:\n{}",
            alike.len(),
            alike.join("\n")
        );
    }
}
