//! What the comparison card shows, as plain data: every string the views
//! display is put together here (in the words of [`crate::words`]), so it is
//! tested natively and the views only lay it out.

use crate::builtin;
use crate::compare::{compare, PairError};
use crate::dataset::{Dataset, DimensionId, Fact, Position, Role, RoleId, Text};
use crate::meter::Meter;
use crate::moves::{moves, MoveModel};
use crate::pair::Pair;
use crate::pay::StateCode;
use crate::words;
use role_compare_dataset::{dollars, Figure, PayByState, StatePay};

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
    /// Pay, its range, education, outlook and jobs, each possibly empty, with years and sources.
    pub facts: [FactLine; 5],
    /// With a state chosen and its figures at hand: the state's pay.
    pub state: Option<StateFacts>,
    /// The occupation's code, to find its state figures by.
    soc: Option<Text>,
}

/// A role's pay in one state, in "Figures and sources": BLS's figure, or
/// BLS's words for why there is none, never a blank.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StateFacts {
    /// "In Texas".
    pub heading: String,
    /// Median pay, pay range and employment, each with its release and BLS's page of the state.
    pub lines: [FactLine; 3],
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
    /// What each role does there.
    pub texts: Pair<Text>,
    /// The positions, when the dimension has an axis.
    pub meter: Option<Meter>,
    /// False when both roles sit at the same position (hidden by "differences only").
    pub differs: bool,
}

/// One key difference: the dimension, and what each role does there.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeyLine {
    /// The dimension's label.
    pub label: Text,
    /// What each role does there, in a phrase.
    pub gists: Pair<String>,
}

/// Everything the card shows for one pair.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CardModel {
    /// Both roles' ids.
    pub ids: Pair<RoleId>,
    /// Both roles' headers.
    pub roles: Pair<RoleHeader>,
    /// The table caption, naming both roles.
    pub caption: String,
    /// What sets the roles apart, most telling first.
    pub key_differences: Vec<KeyLine>,
    /// When few dimensions set the roles apart: says they are close, and on what they differ.
    pub close: Option<String>,
    /// How to choose between the two roles.
    pub bottom_line: String,
    /// Said beside the figures: that both roles' figures describe one
    /// occupation, or that their outlooks cover different periods.
    pub figures_note: Option<String>,
    /// Moving from role A to role B, and back, when both carry their career paths.
    pub moves: Option<Pair<MoveModel>>,
    /// One row per dimension.
    pub rows: Vec<RowModel>,
    /// How many rows "differences only" hides.
    pub equal_rows: usize,
    /// The pair's page below the hosted site's root ([`builtin::pair_page`]), when
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
                    gists: Pair::new(k.a.clone(), k.b.clone()),
                })
            })
            .collect();
        let close = comparison
            .close()
            .then(|| words::close(key_differences.len()).to_owned());
        let figures_note = comparison
            .same_occupation()
            .then(|| {
                ra.occupation()
                    .map(|o| words::same_occupation(&o.soc, &o.title))
            })
            .flatten()
            .or_else(|| outlook_periods(ra, rb));
        // What to add on a move: where the roles are furthest apart first.
        let mut widest: Vec<(String, &crate::compare::KeyDifference)> = comparison
            .key_differences
            .iter()
            .filter_map(|k| Some((data.dimensions.get(k.index)?.label.to_string(), k)))
            .collect();
        for i in 1..widest.len() {
            let mut j = i;
            while j > 0 && widest.get(j - 1).map(|w| w.1.gap) < widest.get(j).map(|w| w.1.gap) {
                widest.swap(j - 1, j);
                j -= 1;
            }
        }
        let moves = moves(data, ra, rb, &widest);
        let rows: Vec<RowModel> = comparison
            .rows
            .iter()
            .map(|row| {
                let positions = Pair::new(
                    row.a.position.map(Position::get),
                    row.b.position.map(Position::get),
                );
                let meter = row.dimension.axis.as_ref().map(|axis| Meter {
                    low: axis.low.clone(),
                    high: axis.high.clone(),
                    kind: axis.kind,
                    positions,
                    missing: missing_words(Pair::new(&ra.title, &rb.title), positions),
                    label: format!(
                        "{}; {}",
                        words::position_label(&ra.title, axis, row.a.position),
                        words::position_label(&rb.title, axis, row.b.position)
                    ),
                });
                RowModel {
                    id: row.dimension.id.clone(),
                    label: row.dimension.label.clone(),
                    question: row.dimension.question.clone(),
                    texts: Pair::new(row.a.text.clone(), row.b.text.clone()),
                    meter,
                    differs: row.differs(),
                }
            })
            .collect();
        Ok(CardModel {
            ids: Pair::new(ra.id.clone(), rb.id.clone()),
            roles: Pair::new(RoleHeader::new(ra), RoleHeader::new(rb)),
            caption: words::caption(&ra.title, &rb.title),
            key_differences,
            close,
            bottom_line: comparison.bottom_line,
            figures_note,
            moves,
            equal_rows: rows.iter().filter(|row| !row.differs).count(),
            rows,
            page: builtin::pair_page(&ra.id, &rb.id),
        })
    }
}

impl CardModel {
    /// The card with pay in `state` beside the national figures, from
    /// `table`: each role's median at a glance ("$103,230 in Texas, $105,770
    /// nationally") and the state's figures among its sources.
    pub fn in_state(mut self, state: StateCode, table: &PayByState) -> Self {
        let place = state.in_sentence();
        let name = place.as_str();
        let page = table
            .state(state.code())
            .map(|s| s.page.clone())
            .unwrap_or_default();
        for side in [crate::pair::Side::A, crate::pair::Side::B] {
            let header = &mut self.roles[side];
            let Some(soc) = header.soc.as_ref() else {
                continue;
            };
            // No line at all: BLS publishes none of the occupation's figures there.
            let none = StatePay {
                employment: Figure::Missing,
                p10: Figure::Missing,
                median: Figure::Missing,
                p90: Figure::Missing,
            };
            let pay = table.pay(state.code(), soc).unwrap_or(&none);
            // A line of the state's figures, with its release and BLS's page of the state.
            let line = |label: &'static str, value: String| FactLine {
                label,
                fact: Some(SourcedFact {
                    value: Text::Owned(value),
                    year: Text::Owned(table.release.clone()),
                    source: Text::Owned(page.clone()),
                    host: host_of(&page),
                }),
            };
            // BLS's figure (dollars, or a count), or its words for why there is none.
            let said = |figure: &Figure, money: bool| match figure {
                Figure::Value(v) if money => dollars(v).unwrap_or_else(|| v.clone()),
                Figure::Value(v) => grouped(v),
                Figure::NotReleased(why) => why.clone(),
                Figure::Missing => words::no_estimate(name),
            };
            let range = match (&pay.p10, &pay.p90) {
                (Figure::Value(_), Figure::Value(_)) => {
                    format!("{} to {}", said(&pay.p10, true), said(&pay.p90, true))
                }
                // Why the end that has no figure has none.
                (Figure::Value(_), missing) | (missing, _) => said(missing, true),
            };
            let glance_part = match &pay.median {
                Figure::Value(_) => words::pay_in_state(&said(&pay.median, true), name),
                Figure::NotReleased(_) => words::not_released_in(name),
                Figure::Missing => words::none_in(name),
            };
            // The national median, as the glance showed it until now.
            let national = header.glance[0].value.take();
            header.glance[0].value = Some(words::state_glance(&glance_part, national.as_deref()));
            header.state = Some(StateFacts {
                heading: words::in_state(name),
                lines: [
                    line(words::MEDIAN_PAY, said(&pay.median, true)),
                    line(words::PAY_RANGE, range),
                    line(words::EMPLOYED, said(&pay.employment, false)),
                ],
            });
        }
        self
    }

    /// What the "differences only" toggle hides, in words.
    pub fn hidden_rows_note(&self) -> String {
        words::hidden_rows(self.equal_rows)
    }

    /// The row of a dimension, if the card shows it.
    pub fn row(&self, id: &DimensionId) -> Option<&RowModel> {
        self.rows.iter().find(|row| &row.id == id)
    }
}

/// Said beside the figures when both roles have an outlook and the two cover
/// different periods.
fn outlook_periods(a: &Role, b: &Role) -> Option<String> {
    let period = |role: &Role| Some(role.facts.as_ref()?.outlook.as_ref()?.year.clone());
    let (pa, pb) = (period(a)?, period(b)?);
    (pa != pb).then(|| words::outlook_periods(&a.title, &pa, &b.title, &pb))
}

/// Said under a meter when a role has no position on its axis.
fn missing_words(titles: Pair<&Text>, positions: Pair<Option<u8>>) -> Option<String> {
    match (positions.a, positions.b) {
        (None, None) => Some(words::NEITHER_DEFINED.to_owned()),
        (None, Some(_)) => Some(words::not_defining(titles.a)),
        (Some(_), None) => Some(words::not_defining(titles.b)),
        (Some(_), Some(_)) => None,
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
        // An outlook at a glance names its period: outlooks of different periods sit side by side.
        let mut outlook = glance(words::OUTLOOK, |f| &f.outlook);
        if let Some(fact) = facts.and_then(|f| f.outlook.as_ref()) {
            outlook.value = Some(words::with_period(headline(&fact.value), &fact.year));
        }
        RoleHeader {
            state: None,
            soc: facts
                .and_then(|f| f.occupation.as_ref())
                .map(|o| o.soc.clone()),
            title: role.title.clone(),
            summary: role.summary.clone(),
            suits_you_if: role.suits_you_if.clone(),
            glance: [glance(words::MEDIAN_PAY, |f| &f.median_pay), outlook],
            occupation: facts
                .and_then(|f| f.occupation.as_ref())
                .map(|o| words::occupation(&o.soc, &o.title, o.note.as_deref())),
            facts: [
                line(words::MEDIAN_PAY, |f| &f.median_pay),
                line(words::PAY_RANGE, |f| &f.pay_range),
                line(words::ENTRY_EDUCATION, |f| &f.education),
                line(words::JOB_OUTLOOK, |f| &f.outlook),
                line(words::JOBS, |f| &f.jobs),
            ],
        }
    }
}

/// "31,230" from "31230": a count grouped in thousands.
fn grouped(digits: &str) -> String {
    dollars(digits).map_or_else(
        || digits.to_owned(),
        |d| d.trim_start_matches('$').to_owned(),
    )
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
    use crate::dataset::AxisKind;

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
                data.role(&card.ids.a).unwrap(),
                data.role(&card.ids.b).unwrap(),
            );
            let pair = format!("{} / {}", a.id, b.id);
            assert!(card.bottom_line.len() > 40, "{pair}");
            // Close exactly when no row has the roles more than a step apart.
            let within_a_step = a.entries.iter().zip(b.entries.iter()).all(|(ea, eb)| {
                match (ea.position, eb.position) {
                    (Some(pa), Some(pb)) => pa.get().abs_diff(pb.get()) <= 1,
                    _ => true,
                }
            });
            assert_eq!(card.close.is_some(), within_a_step, "{pair}");

            for key in &card.key_differences {
                let index = data
                    .dimensions
                    .iter()
                    .position(|d| d.label == key.label)
                    .unwrap();
                let (ea, eb) = (&a.entries[index], &b.entries[index]);
                // Both roles' own phrases, never a template sentence.
                assert_eq!(Some(key.gists.a.as_str()), ea.gist.as_deref(), "{pair}");
                assert_eq!(Some(key.gists.b.as_str()), eb.gist.as_deref(), "{pair}");
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
            let (ra, rb) = (data.role(&c.ids.a).unwrap(), data.role(&c.ids.b).unwrap());
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
    fn the_same_occupation_is_said_beside_the_figures_with_its_name() {
        let c = card("warehouse-manager", "fleet-manager");
        assert!(c.figures_note.as_deref().unwrap().ends_with(
            "one official occupation, Transportation, Storage, and Distribution Managers (11-3071)."
        ));
        assert_eq!(c.roles.a.glance, c.roles.b.glance);
    }

    #[test]
    fn outlooks_of_different_periods_are_said_to_differ() {
        // 2023–33 beside 2020–30.
        let c = card("warehouse-manager", "plant-manager");
        assert_eq!(
            c.figures_note.as_deref(),
            Some("The outlooks cover different periods: 2023–33 for Warehouse Manager, 2020–30 for Plant Manager.")
        );
        // Both 2024–34, different occupations: nothing to say.
        assert_eq!(
            card("chief-operating-officer", "general-manager").figures_note,
            None
        );
        // One outlook missing: nothing to compare.
        assert_eq!(card("team-leader", "plant-manager").figures_note, None);
    }

    #[test]
    fn caption_names_both_roles() {
        let c = card("operations-manager", "procurement-manager");
        assert_eq!(
            c.caption,
            "Operations Manager compared with Procurement Manager, dimension by dimension"
        );
        assert_eq!(c.rows.len(), 15);
        // Either order links to the pair's one page.
        assert_eq!(
            card("procurement-manager", "operations-manager")
                .page
                .as_deref(),
            Some("compare/operations-manager-vs-procurement-manager.html")
        );
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
        assert_eq!((meter.kind, meter.positions.b), (AxisKind::Lean, None));
        assert_eq!(
            meter.label,
            "Operations Manager: leans toward finished output; \
             Fleet Manager: not a defining part of this role"
        );
        assert_eq!(
            meter.missing.as_deref(),
            Some("Fleet Manager: not a defining part of this role")
        );
        assert!(quality.differs);
        assert_eq!(c.rows[0].meter.as_ref().unwrap().missing, None);
        let (a, b) = (Text::from("Buyer"), Text::from("Planner"));
        assert_eq!(
            missing_words(Pair::new(&a, &b), Pair::new(None, Some(2))).as_deref(),
            Some("Buyer: not a defining part of this role")
        );
        assert_eq!(
            missing_words(Pair::new(&a, &b), Pair::default()).as_deref(),
            Some("Not a defining part of either role")
        );
    }

    #[test]
    fn empty_facts_read_as_no_figure_and_present_ones_keep_year_and_source() {
        let c = card("team-leader", "production-supervisor");
        let [pay, range, education, outlook, jobs] = &c.roles.a.facts;
        let pay = pay.fact.as_ref().unwrap();
        assert_eq!(
            (pay.value.as_ref(), pay.year.as_ref(), pay.host.as_str()),
            ("$69,500", "May 2025", "www.bls.gov")
        );
        assert_eq!(range.fact.as_ref().unwrap().value, "$45,610 to $104,710");
        assert!(education.fact.is_none() && outlook.fact.is_none());
        assert!(jobs.fact.is_some());
        let [pay, _, education, outlook, _] = &c.roles.b.facts;
        assert_eq!(pay.fact.as_ref().unwrap().value, "$74,450");
        assert!(education.fact.is_none());
        // The period is the figure's year, never repeated in its value.
        let outlook = outlook.fact.as_ref().unwrap();
        assert_eq!(
            (outlook.value.as_ref(), outlook.year.as_ref()),
            ("+3.7%", "2020–30")
        );
        assert!(c
            .roles
            .a
            .occupation
            .as_deref()
            .unwrap()
            .starts_with("Figures for the US occupation 43-1011"));
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

    fn in_state(a: &str, b: &str, state: &str) -> CardModel {
        card(a, b).in_state(
            StateCode::parse(state).unwrap(),
            &crate::pay::builtin_table(),
        )
    }

    #[test]
    fn a_state_puts_its_median_before_the_national_one_and_its_figures_in_the_sources() {
        let national = card("operations-manager", "procurement-manager");
        assert_eq!(national.roles.a.state, None);
        let c = in_state("operations-manager", "procurement-manager", "tx");
        assert_eq!(
            c.roles.a.glance[0].value.as_deref(),
            Some("$103,230 in Texas, $105,770 nationally")
        );
        // Nothing but pay changes.
        assert_eq!(c.roles.a.glance[1], national.roles.a.glance[1]);
        assert_eq!(c.roles.a.facts, national.roles.a.facts);
        let texas = c.roles.a.state.as_ref().unwrap();
        assert_eq!(texas.heading, "In Texas");
        let shown: Vec<_> = texas
            .lines
            .iter()
            .map(|l| {
                let f = l.fact.as_ref().unwrap();
                (
                    l.label,
                    f.value.as_ref(),
                    f.year.as_ref(),
                    f.source.as_ref(),
                )
            })
            .collect();
        let page = "https://www.bls.gov/oes/2025/may/oes_tx.htm";
        assert_eq!(
            shown,
            [
                ("Median pay", "$103,230", "May 2025", page),
                (
                    "Pay range (10th to 90th percentile)",
                    "$46,190 to $264,620",
                    "May 2025",
                    page
                ),
                ("Employed", "431,310", "May 2025", page),
            ]
        );
        assert_eq!(
            c.roles.b.glance[0].value.as_deref(),
            Some("$134,670 in Texas, $148,080 nationally")
        );
    }

    #[test]
    fn a_figure_bls_does_not_release_says_so_in_its_words() {
        // Delaware: purchasing managers' wages are marked "-" (footnote 8).
        let c = in_state("procurement-manager", "operations-manager", "DE");
        let glance = c.roles.a.glance[0].value.clone().unwrap();
        assert!(
            glance.starts_with("not released in Delaware, $"),
            "{glance}"
        );
        let lines = &c.roles.a.state.as_ref().unwrap().lines;
        let values: Vec<_> = lines
            .iter()
            .map(|l| l.fact.as_ref().unwrap().value.to_string())
            .collect();
        assert_eq!(
            values,
            ["Estimate not released.", "Estimate not released.", "150"]
        );
    }

    #[test]
    fn a_state_without_the_occupations_figures_says_none_are_published() {
        // The Virgin Islands: no estimate for purchasing managers (11-3061).
        let c = in_state("procurement-manager", "operations-manager", "VI");
        let glance = c.roles.a.glance[0].value.clone().unwrap();
        assert!(
            glance.starts_with("none published in the Virgin Islands, $"),
            "{glance}"
        );
        for line in &c.roles.a.state.as_ref().unwrap().lines {
            assert_eq!(
                line.fact.as_ref().unwrap().value,
                "BLS publishes no estimate for this occupation in the Virgin Islands."
            );
        }
        // The other role's occupation has its figures there.
        assert!(c.roles.b.glance[0]
            .value
            .as_deref()
            .unwrap()
            .contains(" in the Virgin Islands, $"));
        assert_eq!(
            c.roles.a.state.as_ref().unwrap().heading,
            "In the Virgin Islands"
        );
    }

    #[test]
    fn pay_and_outlook_read_on_one_line_the_outlook_with_its_period() {
        let c = card("operations-manager", "production-supervisor");
        let [pay, outlook] = &c.roles.a.glance;
        assert_eq!(
            (pay.label, pay.value.as_deref()),
            ("Median pay", Some("$105,770"))
        );
        assert_eq!(
            (outlook.label, outlook.value.as_deref()),
            ("Outlook", Some("+4.4% (2024–34)"))
        );
        // No figure checked at its source: "no figure", never a guess.
        assert_eq!(
            card("team-leader", "plant-manager").roles.a.glance[1].value,
            None
        );
        assert_eq!(headline("$58,450"), "$58,450");
    }
}
