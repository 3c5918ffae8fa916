//! What the comparison card shows, as plain data: every string the views
//! display is computed here, so it is tested natively and the views only lay
//! it out.

use crate::builtin;
use crate::compare::{compare, position_label, PairError};
use crate::dataset::{AxisKind, Dataset, DimensionId, Fact, Position, Role, RoleId, Text};

/// One labelled figure of a role's header.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FactLine {
    /// "Median pay", "Entry education", ...
    pub label: &'static str,
    /// The figure, or `None` for "no figure".
    pub fact: Option<SourcedFact>,
}

/// A figure with its year and source, ready to show.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SourcedFact {
    /// The figure.
    pub value: Text,
    /// The year or period.
    pub year: Text,
    /// The source link.
    pub source: Text,
    /// The link's host name, shown as the link text.
    pub host: String,
}

/// A figure at a glance: its label and the headline of its value, e.g.
/// "Outlook" and "+4.4% (2024-34)" (the rest is in the sources).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Glance {
    /// "Median pay" or "Outlook".
    pub label: &'static str,
    /// The headline, or `None` for "no figure".
    pub value: Option<String>,
}

/// The header of one role: who it suits and what the official figures say.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RoleHeader {
    /// Job title.
    pub title: Text,
    /// One-sentence summary.
    pub summary: Text,
    /// Read after "Suits you if ".
    pub suits_you_if: Text,
    /// Pay and outlook on one line.
    pub glance: [Glance; 2],
    /// "Figures for the US occupation 11-1021 General and Operations Managers.", if the role maps to one.
    pub occupation: Option<String>,
    /// Pay, education, outlook and jobs, each possibly empty, with years and sources.
    pub facts: [FactLine; 4],
}

/// Where the two roles sit on one dimension's axis.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Meter {
    /// The axis's low end.
    pub low: Text,
    /// The axis's high end.
    pub high: Text,
    /// Whether the axis is an amount or a direction.
    pub kind: AxisKind,
    /// Role A's position, 1 to 5 (`None`: not a defining part of the role).
    pub a: Option<u8>,
    /// Role B's position, 1 to 5 (`None`: not a defining part of the role).
    pub b: Option<u8>,
    /// What a screen reader says: "Procurement Manager: 2 of 5, toward tactical; ...".
    pub label: String,
}

/// One row of the table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RowModel {
    /// The dimension's id.
    pub id: DimensionId,
    /// The dimension's label.
    pub label: Text,
    /// The question it answers.
    pub question: Text,
    /// Role A's description.
    pub a: Text,
    /// Role B's description.
    pub b: Text,
    /// The positions, when the dimension has an axis.
    pub meter: Option<Meter>,
    /// False when both roles sit at the same position (hidden by "differences only").
    pub differs: bool,
}

/// One side of a pair: role A (the left column, `role-a`, round marker) or
/// role B (the right column, `role-b`, square marker).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Side {
    /// The first role.
    A,
    /// The second role.
    B,
}

impl Side {
    /// `"a"` or `"b"`, as used in class names and `data-side`.
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Side::A => "a",
            Side::B => "b",
        }
    }

    /// `"A"` or `"B"`, as messages name the sides.
    #[cfg(any(feature = "embed", test))]
    pub(crate) fn letter(self) -> &'static str {
        match self {
            Side::A => "A",
            Side::B => "B",
        }
    }
}

/// One key difference: the dimension, and what each role does there.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeyLine {
    /// The dimension's label.
    pub label: Text,
    /// What role A does there, in a phrase.
    pub a: String,
    /// What role B does there, in a phrase.
    pub b: String,
}

impl KeyLine {
    /// One side's phrase.
    pub fn gist(&self, side: Side) -> &str {
        match side {
            Side::A => &self.a,
            Side::B => &self.b,
        }
    }
}

/// Everything the card shows for one pair.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CardModel {
    /// Role A's id.
    pub a_id: RoleId,
    /// Role B's id.
    pub b_id: RoleId,
    /// Role A's header.
    pub a: RoleHeader,
    /// Role B's header.
    pub b: RoleHeader,
    /// The table caption, naming both roles.
    pub caption: String,
    /// What sets the roles apart, most telling first.
    pub key_differences: Vec<KeyLine>,
    /// When few dimensions set the roles apart: says they are close, and on what they differ.
    pub close: Option<String>,
    /// How to choose between the two roles.
    pub bottom_line: String,
    /// Said beside the figures when both roles' figures describe one occupation.
    pub same_occupation: Option<String>,
    /// One row per dimension.
    pub rows: Vec<RowModel>,
    /// How many rows "differences only" hides.
    pub equal_rows: usize,
    /// The pair's page below the hosted site's root ([`pair_page`]), when
    /// both roles are built in: `operations-manager-vs-procurement-manager`.
    pub page: Option<String>,
}

impl CardModel {
    /// The card for roles `a` and `b` over every dimension, or over `only`
    /// (in that order), or why the roles cannot be compared.
    pub fn new(
        data: &Dataset,
        a: &RoleId,
        b: &RoleId,
        only: Option<&[DimensionId]>,
    ) -> Result<Self, PairError> {
        let comparison = compare(data, a, b, only)?;
        let (ra, rb) = (comparison.a, comparison.b);
        let key_differences: Vec<KeyLine> = comparison
            .key_differences
            .iter()
            .filter_map(|k| {
                Some(KeyLine {
                    label: data.dimensions.get(k.index)?.label.clone(),
                    a: k.a.clone(),
                    b: k.b.clone(),
                })
            })
            .collect();
        let close = comparison.close().then(|| close_words(&key_differences));
        let same_occupation = comparison
            .same_occupation()
            .then(|| ra.occupation().map(|o| same_occupation_words(&o.soc)))
            .flatten();
        let rows: Vec<RowModel> = comparison
            .rows
            .iter()
            .map(|row| {
                let meter = row.dimension.axis.as_ref().map(|axis| Meter {
                    low: axis.low.clone(),
                    high: axis.high.clone(),
                    kind: axis.kind,
                    a: row.a.position.map(Position::get),
                    b: row.b.position.map(Position::get),
                    label: [
                        position_label(ra, row.dimension, row.a.position),
                        position_label(rb, row.dimension, row.b.position),
                    ]
                    .into_iter()
                    .flatten()
                    .collect::<Vec<_>>()
                    .join("; "),
                });
                RowModel {
                    id: row.dimension.id.clone(),
                    label: row.dimension.label.clone(),
                    question: row.dimension.question.clone(),
                    a: row.a.text.clone(),
                    b: row.b.text.clone(),
                    meter,
                    differs: row.differs(),
                }
            })
            .collect();
        Ok(CardModel {
            a_id: ra.id.clone(),
            b_id: rb.id.clone(),
            a: RoleHeader::new(ra),
            b: RoleHeader::new(rb),
            caption: format!(
                "{} compared with {}, dimension by dimension",
                ra.title, rb.title
            ),
            key_differences,
            close,
            bottom_line: comparison.bottom_line,
            same_occupation,
            equal_rows: rows.iter().filter(|row| !row.differs).count(),
            rows,
            page: builtin::pair_page(&ra.id, &rb.id),
        })
    }
}

impl CardModel {
    /// The header of one side's role.
    pub fn header(&self, side: Side) -> &RoleHeader {
        match side {
            Side::A => &self.a,
            Side::B => &self.b,
        }
    }

    /// What the "differences only" toggle hides, in words.
    pub fn hidden_rows_note(&self) -> String {
        match self.equal_rows {
            1 => "1 dimension where both roles sit at the same place is hidden.".to_owned(),
            n => format!("{n} dimensions where both roles sit at the same place are hidden."),
        }
    }

    /// The positions on row `index`'s axis, if that dimension has one.
    pub fn meter(&self, index: usize) -> Option<&Meter> {
        self.rows.get(index).and_then(|row| row.meter.as_ref())
    }
}

/// What the card says when few dimensions set two roles apart, naming those
/// that do: "These two roles are close: only Financial oversight sets them
/// clearly apart."
fn close_words(keys: &[KeyLine]) -> String {
    let labels: Vec<&str> = keys.iter().map(|k| k.label.as_ref()).collect();
    match labels.as_slice() {
        [] => "These two roles are close: no dimension sets them clearly apart, so the rows below and the bottom line tell them apart.".to_owned(),
        [one] => format!("These two roles are close: only {one} sets them clearly apart."),
        [init @ .., last] => format!(
            "These two roles are close: only {} and {last} set them clearly apart.",
            init.join(", ")
        ),
    }
}

/// Said beside the figures when both roles' figures describe the same official occupation.
fn same_occupation_words(soc: &str) -> String {
    format!("Same pay and outlook: both roles’ figures are for one official occupation, {soc}.")
}

/// The track of an amount in the meter's 100 × 24 SVG view box: a wedge that
/// widens from step 1 to step 5 (less to more), with a tick at each step.
pub const SCALE_TRACK: &str = "M8 12L92 9V15ZM8 9v6M29 9v6M50 9v6M71 9v6M92 9v6";

/// The track of a direction: a line with an arrowhead at each end and a
/// taller mark at the middle step (both ends alike).
pub const LEAN_TRACK: &str =
    "M8 12H92M8 12l5-4M8 12l5 4M92 12l-5-4M92 12l-5 4M50 6v12M29 10v4M71 10v4";

impl Meter {
    /// The track drawn for this axis: a wedge for an amount, a two-way arrow for a direction.
    pub fn track(&self) -> &'static str {
        match self.kind {
            AxisKind::Scale => SCALE_TRACK,
            AxisKind::Lean => LEAN_TRACK,
        }
    }

    /// The words at both ends of the track; a direction's point outward.
    pub fn ends(&self) -> (String, String) {
        match self.kind {
            AxisKind::Scale => (self.low.to_string(), self.high.to_string()),
            AxisKind::Lean => (format!("← {}", self.low), format!("{} →", self.high)),
        }
    }

    /// One side's position, 1 to 5, if it has one.
    pub fn position(&self, side: Side) -> Option<u8> {
        match side {
            Side::A => self.a,
            Side::B => self.b,
        }
    }

    /// Where one side's marker sits on the track: the x of its step
    /// (steps are 21 units apart from x = 8, so every coordinate is whole),
    /// or `None` when the side has no position (no marker).
    pub fn x(&self, side: Side) -> Option<u8> {
        self.position(side).map(step_x)
    }
}

/// The x of a position's step on the track (out-of-range positions clamp).
fn step_x(position: u8) -> u8 {
    8 + (position.clamp(1, 5) - 1) * 21
}

impl RowModel {
    /// One side's description.
    pub fn text(&self, side: Side) -> &str {
        match side {
            Side::A => &self.a,
            Side::B => &self.b,
        }
    }
}

/// The hosted site's page that lists every pair, below the site's root.
pub const ALL_PAIRS_PAGE: &str = "compare/index.html";

/// The pair in the order of its page: the order of the dataset, so each
/// unordered pair has one page. `None` when a role is not in `data` or both
/// are the same.
pub fn page_order<'a>(
    data: &Dataset,
    a: &'a RoleId,
    b: &'a RoleId,
) -> Option<(&'a RoleId, &'a RoleId)> {
    let index = |id: &RoleId| data.roles.iter().position(|role| &role.id == id);
    match index(a)?.cmp(&index(b)?) {
        std::cmp::Ordering::Less => Some((a, b)),
        std::cmp::Ordering::Greater => Some((b, a)),
        std::cmp::Ordering::Equal => None,
    }
}

/// The path of a pair's page below the hosted site's root,
/// `compare/<first>-vs-<second>.html` in [`page_order`].
pub fn pair_page(data: &Dataset, a: &RoleId, b: &RoleId) -> Option<String> {
    page_order(data, a, b).map(|(first, second)| format!("compare/{first}-vs-{second}.html"))
}

/// The roles of a picker, grouped under their families' labels in the
/// dataset's order; roles without a known family come last, under "More roles".
pub fn picker_groups(data: &Dataset) -> Vec<(Text, Vec<(RoleId, Text)>)> {
    let mut groups: Vec<(Text, Vec<(RoleId, Text)>)> = data
        .families
        .iter()
        .map(|family| (family.label.clone(), Vec::new()))
        .collect();
    let mut more = Vec::new();
    for role in data.roles.iter() {
        let entry = (role.id.clone(), role.title.clone());
        let family = role
            .family
            .as_ref()
            .and_then(|id| data.families.iter().position(|f| &f.id == id));
        match family.and_then(|index| groups.get_mut(index)) {
            Some((_, roles)) => roles.push(entry),
            None => more.push(entry),
        }
    }
    if !more.is_empty() {
        groups.push((Text::Borrowed("More roles"), more));
    }
    groups.retain(|(_, roles)| !roles.is_empty());
    groups
}

/// The label of the control that opens or closes every dimension.
pub fn open_all_label(open: bool) -> &'static str {
    if open {
        "Close all dimensions"
    } else {
        "Open all dimensions"
    }
}

/// What the polite live region says after the reader changes the pair.
pub fn announcement(data: &Dataset, a: &RoleId, b: &RoleId) -> String {
    let title = |id: &RoleId| {
        data.role(id)
            .map_or_else(|| id.to_string(), |role| role.title.to_string())
    };
    if a == b {
        format!("Both sides show {}", title(a))
    } else {
        format!("Comparing {} with {}", title(a), title(b))
    }
}

impl RoleHeader {
    fn new(role: &Role) -> Self {
        let facts = role.facts.as_ref();
        let line =
            |label: &'static str, pick: fn(&crate::dataset::Facts) -> &Option<Fact>| FactLine {
                label,
                fact: facts
                    .and_then(|f| pick(f).as_ref())
                    .map(|fact| SourcedFact {
                        value: fact.value.clone(),
                        year: fact.year.clone(),
                        source: fact.source.clone(),
                        host: host_of(&fact.source),
                    }),
            };
        let glance =
            |label: &'static str, pick: fn(&crate::dataset::Facts) -> &Option<Fact>| Glance {
                label,
                value: facts
                    .and_then(|f| pick(f).as_ref())
                    .map(|fact| headline(&fact.value).to_owned()),
            };
        RoleHeader {
            title: role.title.clone(),
            summary: role.summary.clone(),
            suits_you_if: role.suits_you_if.clone(),
            glance: [
                glance("Median pay", |f| &f.median_pay),
                glance("Outlook", |f| &f.outlook),
            ],
            occupation: facts.and_then(|f| f.occupation.as_ref()).map(|o| {
                let mut text = format!("Figures for the US occupation {} {}.", o.soc, o.title);
                if let Some(note) = &o.note {
                    text.push(' ');
                    text.push_str(note);
                }
                text
            }),
            facts: [
                line("Median pay", |f| &f.median_pay),
                line("Entry education", |f| &f.education),
                line("Job outlook", |f| &f.outlook),
                line("Jobs", |f| &f.jobs),
            ],
        }
    }
}

/// The headline of a figure: its text up to the first ", ", so
/// "+4.4% (2024-34), about 308,700 openings a year" reads "+4.4% (2024-34)".
fn headline(value: &str) -> &str {
    value.split_once(", ").map_or(value, |(head, _)| head)
}

/// "www.bls.gov" from "https://www.bls.gov/ooh/...".
fn host_of(link: &str) -> String {
    let rest = link.split_once("://").map_or(link, |(_, rest)| rest);
    rest.split(['/', '?', '#'])
        .next()
        .unwrap_or(rest)
        .to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::builtin::dataset;

    fn card(a: &str, b: &str) -> CardModel {
        CardModel::new(
            dataset(),
            &RoleId::parse(a).unwrap(),
            &RoleId::parse(b).unwrap(),
            None,
        )
        .unwrap()
    }

    /// Every unordered pair of built-in roles, as cards.
    fn every_pair() -> Vec<CardModel> {
        let roles = &dataset().roles;
        let mut cards = Vec::new();
        for (i, a) in roles.iter().enumerate() {
            for b in roles.iter().skip(i + 1) {
                cards.push(CardModel::new(dataset(), &a.id, &b.id, None).unwrap());
            }
        }
        cards
    }

    #[test]
    fn every_pair_shows_both_gists_and_a_bottom_line() {
        let data = dataset();
        let cards = every_pair();
        assert_eq!(cards.len(), 153);
        for card in &cards {
            let (a, b) = (
                data.role(&card.a_id).unwrap(),
                data.role(&card.b_id).unwrap(),
            );
            let pair = format!("{} / {}", a.id, b.id);
            assert!(card.bottom_line.len() > 40, "{pair}");
            match card.key_differences.len() {
                3 | 4 => assert!(card.close.is_none(), "{pair}"),
                _ => assert!(card.close.as_deref().unwrap().contains("close"), "{pair}"),
            }
            for key in &card.key_differences {
                let index = data
                    .dimensions
                    .iter()
                    .position(|d| d.label == key.label)
                    .unwrap();
                let (ea, eb) = (&a.entries[index], &b.entries[index]);
                // Both roles' own phrases, never a template sentence.
                assert_eq!(Some(key.a.as_str()), ea.gist.as_deref(), "{pair}");
                assert_eq!(Some(key.b.as_str()), eb.gist.as_deref(), "{pair}");
                // Both have a position, they differ, and a direction is not shared.
                let (pa, pb) = (ea.position.unwrap().get(), eb.position.unwrap().get());
                assert_ne!(pa, pb, "{pair}: {}", key.label);
                if data.dimensions[index].axis.as_ref().unwrap().kind == AxisKind::Lean {
                    assert!(
                        (pa as i8 - 3) * (pb as i8 - 3) <= 0,
                        "{pair}: {}",
                        key.label
                    );
                }
            }
        }
    }

    #[test]
    fn close_pairs_differ_first_on_what_defines_them() {
        for (a, b) in [
            ("chief-operating-officer", "general-manager"),
            ("chief-operating-officer", "operations-manager"),
            ("general-manager", "operations-manager"),
            ("supply-chain-manager", "logistics-manager"),
            ("logistics-manager", "project-manager"),
            ("warehouse-manager", "fleet-manager"),
            ("plant-manager", "production-manager"),
        ] {
            let c = card(a, b);
            let data = dataset();
            let (ra, rb) = (data.role(&c.a_id).unwrap(), data.role(&c.b_id).unwrap());
            let defining = c.key_differences.iter().any(|key| {
                let id = &data
                    .dimensions
                    .iter()
                    .find(|d| d.label == key.label)
                    .unwrap()
                    .id;
                ra.defines.contains(id) || rb.defines.contains(id)
            });
            assert!(defining, "{a} / {b}");
        }
    }

    #[test]
    fn the_same_occupation_is_said_beside_the_figures() {
        let c = card("warehouse-manager", "fleet-manager");
        assert!(c
            .same_occupation
            .as_deref()
            .unwrap()
            .ends_with("one official occupation, 11-3071."));
        assert_eq!(c.a.glance, c.b.glance);
        assert!(card("warehouse-manager", "plant-manager")
            .same_occupation
            .is_none());
    }

    #[test]
    fn close_roles_are_called_close_with_what_sets_them_apart() {
        let key = |label: &'static str| KeyLine {
            label: label.into(),
            a: String::new(),
            b: String::new(),
        };
        assert_eq!(
            close_words(&[key("Scope")]),
            "These two roles are close: only Scope sets them clearly apart."
        );
        assert_eq!(
            close_words(&[key("Scope"), key("Risk focus")]),
            "These two roles are close: only Scope and Risk focus set them clearly apart."
        );
        assert!(close_words(&[]).starts_with("These two roles are close: no dimension"));
    }

    #[test]
    fn caption_names_both_roles() {
        let c = card("operations-manager", "procurement-manager");
        assert_eq!(
            c.caption,
            "Operations Manager compared with Procurement Manager, dimension by dimension"
        );
        assert_eq!(c.rows.len(), 15);
    }

    #[test]
    fn meters_are_labelled_for_screen_readers() {
        let c = card("operations-manager", "procurement-manager");
        let strategy = c.rows.iter().find(|r| r.id.as_str() == "strategy").unwrap();
        let meter = strategy.meter.as_ref().unwrap();
        assert_eq!(
            meter.label,
            "Operations Manager: 4 of 5, toward strategic; \
             Procurement Manager: 3 of 5, midway between tactical and strategic"
        );
        let career = c.rows.iter().find(|r| r.id.as_str() == "career").unwrap();
        assert!(career.meter.is_none() && career.differs);
        // A lean reads as a direction, and a role without a position says so.
        let c = card("operations-manager", "fleet-manager");
        let quality = c.rows.iter().find(|r| r.id.as_str() == "quality").unwrap();
        let meter = quality.meter.as_ref().unwrap();
        assert_eq!((meter.kind, meter.b), (AxisKind::Lean, None));
        assert_eq!(
            meter.label,
            "Operations Manager: leans toward finished output; \
             Fleet Manager: not a defining part of this role"
        );
        assert!(quality.differs);
    }

    #[test]
    fn empty_facts_read_as_no_figure_and_present_ones_keep_year_and_source() {
        let c = card("team-leader", "production-supervisor");
        let [pay, education, _, jobs] = &c.a.facts;
        let pay = pay.fact.as_ref().unwrap();
        assert_eq!(
            (pay.value.as_ref(), pay.year.as_ref(), pay.host.as_str()),
            ("$58,450", "May 2020", "www.bls.gov")
        );
        assert!(education.fact.is_none());
        assert!(jobs.fact.is_some());
        let [pay, education, outlook, _] = &c.b.facts;
        assert!(pay.fact.is_none() && education.fact.is_none());
        assert_eq!(outlook.fact.as_ref().unwrap().year, "2020-30");
        assert!(c
            .a
            .occupation
            .as_deref()
            .unwrap()
            .starts_with("Figures for the US occupation 43-1011"));
    }

    #[test]
    fn equal_rows_are_counted_for_the_toggle() {
        let c = card("fleet-manager", "warehouse-manager");
        assert_eq!(c.equal_rows, c.rows.iter().filter(|r| !r.differs).count());
        assert!(c.rows.iter().any(|r| r.differs));
    }

    #[test]
    fn announcements_use_titles() {
        let (a, b) = (
            RoleId::parse("team-leader").unwrap(),
            RoleId::parse("plant-manager").unwrap(),
        );
        assert_eq!(
            announcement(dataset(), &a, &b),
            "Comparing Team Leader with Plant Manager"
        );
        assert_eq!(
            announcement(dataset(), &a, &a),
            "Both sides show Team Leader"
        );
    }

    #[test]
    fn sides_pick_their_own_role() {
        let c = card("fleet-manager", "plant-manager");
        assert_eq!(c.header(Side::A).title, "Fleet Manager");
        assert_eq!(c.header(Side::B).title, "Plant Manager");
        let row = &c.rows[0];
        assert_eq!((row.text(Side::A), row.text(Side::B)), (&*row.a, &*row.b));
        assert_ne!(row.text(Side::A), row.text(Side::B));
        assert_eq!((Side::A.as_str(), Side::B.as_str()), ("a", "b"));
        let meter = c.meter(3).unwrap();
        assert!(c.meter(14).is_none() && c.meter(99).is_none());
        assert_eq!(
            (meter.position(Side::A), meter.position(Side::B)),
            (meter.a, meter.b)
        );
    }

    #[test]
    fn meter_markers_sit_on_the_ticks_of_the_track() {
        for position in 1..=5 {
            assert!(SCALE_TRACK.contains(&format!("M{} 9v6", step_x(position))));
            assert!(LEAN_TRACK.contains(&format!("M{} ", step_x(position))));
        }
        assert!(SCALE_TRACK.starts_with(&format!("M{} 12L{} ", step_x(1), step_x(5))));
        assert!(LEAN_TRACK.starts_with(&format!("M{} 12H{}", step_x(1), step_x(5))));
        assert_eq!((step_x(0), step_x(9)), (step_x(1), step_x(5)));
        let c = card("operations-manager", "procurement-manager");
        let meter = c.meter(4).unwrap();
        assert_eq!(meter.x(Side::B), meter.b.map(|b| 8 + 21 * (b - 1)));
        let fleet = card("operations-manager", "fleet-manager");
        let quality = fleet.rows.iter().position(|r| r.id.as_str() == "quality");
        assert_eq!(fleet.meter(quality.unwrap()).unwrap().x(Side::B), None);
    }

    #[test]
    fn the_hidden_rows_note_counts_in_words() {
        let mut c = card("fleet-manager", "warehouse-manager");
        c.equal_rows = 1;
        assert_eq!(
            c.hidden_rows_note(),
            "1 dimension where both roles sit at the same place is hidden."
        );
        c.equal_rows = 4;
        assert_eq!(
            c.hidden_rows_note(),
            "4 dimensions where both roles sit at the same place are hidden."
        );
    }

    #[test]
    fn same_role_gives_an_error_not_a_card() {
        let a = RoleId::parse("team-leader").unwrap();
        assert!(CardModel::new(dataset(), &a, &a, None).is_err());
    }

    #[test]
    fn an_amount_and_a_direction_are_drawn_and_labelled_apart() {
        let c = card("operations-manager", "procurement-manager");
        let scope = c.meter(0).unwrap();
        assert_eq!(scope.track(), SCALE_TRACK);
        assert_eq!(scope.ends(), ("narrow".to_owned(), "broad".to_owned()));
        let quality = c
            .rows
            .iter()
            .position(|r| r.id.as_str() == "quality")
            .unwrap();
        let quality = c.meter(quality).unwrap();
        assert_eq!(quality.track(), LEAN_TRACK);
        assert_eq!(
            quality.ends(),
            (
                "← incoming inputs".to_owned(),
                "finished output →".to_owned()
            )
        );
    }

    #[test]
    fn pay_and_outlook_read_on_one_line() {
        let c = card("operations-manager", "production-supervisor");
        let [pay, outlook] = &c.a.glance;
        assert_eq!(
            (pay.label, pay.value.as_deref()),
            ("Median pay", Some("$102,950"))
        );
        assert_eq!(
            (outlook.label, outlook.value.as_deref()),
            ("Outlook", Some("+4.4% (2024-34)"))
        );
        // No checked pay: "no figure", never a guess.
        assert_eq!(c.b.glance[0].value, None);
        assert_eq!(headline("$58,450"), "$58,450");
    }

    #[test]
    fn every_pair_has_one_page_named_in_dataset_order() {
        let data = dataset();
        let (ops, proc) = (
            RoleId::parse("operations-manager").unwrap(),
            RoleId::parse("procurement-manager").unwrap(),
        );
        let page = pair_page(data, &ops, &proc);
        assert_eq!(
            page.as_deref(),
            Some("compare/operations-manager-vs-procurement-manager.html")
        );
        assert_eq!(pair_page(data, &proc, &ops), page);
        assert_eq!(pair_page(data, &ops, &ops), None);
        assert_eq!(
            pair_page(data, &ops, &RoleId::parse("store-manager").unwrap()),
            None
        );
        assert_eq!(card("procurement-manager", "operations-manager").page, page);
    }

    #[test]
    fn pickers_group_roles_by_family() {
        let groups = picker_groups(dataset());
        let labels: Vec<&str> = groups.iter().map(|(label, _)| label.as_ref()).collect();
        assert_eq!(labels.len(), dataset().families.len());
        assert_eq!(labels[0], dataset().families[0].label);
        let listed: usize = groups.iter().map(|(_, roles)| roles.len()).sum();
        assert_eq!(listed, dataset().roles.len());
        // A role without a family (a host page's) is listed last, not lost.
        let mut data = dataset().clone();
        let mut extra = data.roles[0].clone();
        extra.id = RoleId::parse("store-manager").unwrap();
        extra.family = None;
        data.roles.to_mut().push(extra);
        let groups = picker_groups(&data);
        let (label, roles) = groups.last().unwrap();
        assert_eq!((label.as_ref(), roles.len()), ("More roles", 1));
    }
}
