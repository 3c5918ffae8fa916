//! The configuration of one embedded card, read once from what the host
//! page gave it (the `role-a`, `role-b` and `theme` attributes and an
//! optional `<script type="application/json">` child with extra roles) into
//! typed values, with a readable notice for anything that cannot be used.

use std::fmt;
use std::sync::Arc;

use leptos::prelude::*;

use crate::builtin::DEFAULT_PAIR;
use crate::dataset::{Dataset, DimensionId, IdError, Quoted, RoleId};
use crate::pair::Side;
use crate::pay::{StateCode, StateError};
use crate::theme::Theme;

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
    /// A listed dimension is malformed or not in the dataset.
    UnknownDimension { value: String },
    /// A dimension is listed more than once.
    RepeatedDimension { id: DimensionId },
    /// The `dimensions` attribute lists nothing.
    NoDimensions,
    /// The `state` attribute is not a two-letter code, or names no state the figures cover.
    BadState { value: String, reason: StateError },
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
                    side.letter(),
                    Quoted(&clip(value))
                )
            }
            Notice::UnknownRole { side, id } => {
                write!(
                    f,
                    "Role {} \"{id}\" is not in the dataset; showing the default instead.",
                    side.letter()
                )
            }
            Notice::BadTheme { value } => {
                write!(
                    f,
                    "Theme {} is not one of light, dark, auto; using auto.",
                    Quoted(&clip(value))
                )
            }
            Notice::UnknownDimension { value } => {
                write!(
                    f,
                    "Dimension {} is not one of the card's dimensions; it is left out.",
                    Quoted(&clip(value))
                )
            }
            Notice::RepeatedDimension { id } => {
                write!(f, "Dimension \"{id}\" is listed more than once; it is shown once.")
            }
            Notice::NoDimensions => f.write_str(
                "The dimensions attribute lists no dimension that the card has; showing all of them.",
            ),
            Notice::BadState {
                value,
                reason: StateError::Malformed,
            } => write!(
                f,
                "State {} is not a two-letter postal code such as TX; showing the national figures.",
                Quoted(&clip(value))
            ),
            Notice::BadState {
                value,
                reason: StateError::Unknown,
            } => write!(
                f,
                "State {} is not one the pay figures cover (the states, DC, GU, PR and VI); showing the national figures.",
                Quoted(&clip(value))
            ),
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
            let a = fallback(data, DEFAULT_PAIR.0, &DEFAULT_PAIR.1);
            let b = fallback(data, DEFAULT_PAIR.1, &a);
            (a, b)
        }
    };
    Selection { a, b, notices }
}

/// `preferred` if the dataset has it and it differs from `other`, else the first role that differs.
fn fallback(data: &Dataset, preferred: RoleId, other: &RoleId) -> RoleId {
    if &preferred != other && data.role(&preferred).is_some() {
        return preferred;
    }
    data.roles
        .iter()
        .map(|role| role.id.clone())
        .find(|id| id != other)
        .unwrap_or(preferred)
}

/// Parses a `theme` attribute: `light`, `dark` or `auto` (any case, spaces
/// ignored); empty means auto.
fn parse_theme(value: &str) -> Result<Theme, Notice> {
    value.parse().map_err(|_| Notice::BadTheme {
        value: value.to_owned(),
    })
}

/// At most this many host-data problems are listed in the card itself, followed by a
/// count of the rest (all are logged); a list just one longer is shown whole.
pub const MAX_SHOWN_PROBLEMS: usize = 8;

/// What the host page asked for, as raw text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct HostInput {
    /// The `role-a` attribute.
    pub role_a: Option<String>,
    /// The `role-b` attribute.
    pub role_b: Option<String>,
    /// The `theme` attribute.
    pub theme: Option<String>,
    /// The `dimensions` attribute: dimension ids separated by commas.
    pub dimensions: Option<String>,
    /// The `state` attribute: a two-letter postal code.
    pub state: Option<String>,
    /// Whether the element has the `folded` attribute.
    pub folded: bool,
    /// The text of a `<script type="application/json">` child.
    pub roles_json: Option<String>,
}

/// A card's configuration, ready to mount, and every problem found on the way.
#[derive(Clone, Debug)]
pub struct CardConfig {
    /// The built-in roles, plus the host's if they were valid.
    pub data: Arc<Dataset>,
    /// The pair to show first.
    pub selection: Selection,
    /// The colour theme.
    pub theme: Theme,
    /// The dimensions to show, in order (`None`: all of them).
    pub dimensions: Option<Vec<DimensionId>>,
    /// The dimensions in one closed disclosure.
    pub folded: bool,
    /// The state whose pay shows beside the national figures.
    pub state: Option<StateCode>,
    /// Every problem, one sentence each (logged and sent with `role-compare:error`).
    pub problems: Vec<String>,
    /// The problems as shown inside the card (long lists are shortened).
    pub shown: Vec<String>,
}

impl CardConfig {
    /// Reads `input` against the built-in dataset `base`. Invalid host roles are
    /// ignored as a whole (the built-in roles stay usable); invalid ids and themes
    /// fall back to their defaults. Nothing here fails: problems are collected.
    #[cfg(test)]
    pub fn new(base: &Dataset, input: &HostInput) -> Self {
        let (data, problems) = host_roles(base, input.roles_json.as_deref());
        Self::read(data, problems, input)
    }

    /// Reads the attributes of `input` against `data` (the roles already
    /// read, with `problems` found in them): what a card does again when an
    /// attribute changes.
    pub fn read(data: Arc<Dataset>, mut problems: Vec<String>, input: &HostInput) -> Self {
        let selection = select(&data, input.role_a.as_deref(), input.role_b.as_deref());
        problems.extend(selection.notices.iter().map(ToString::to_string));
        let theme = match parse_theme(input.theme.as_deref().unwrap_or_default()) {
            Ok(theme) => theme,
            Err(notice) => {
                problems.push(notice.to_string());
                Theme::Auto
            }
        };
        let dimensions = input.dimensions.as_deref().and_then(|list| {
            let (dimensions, notices) = parse_dimensions(&data, list);
            problems.extend(notices.iter().map(ToString::to_string));
            dimensions
        });
        // An empty attribute asks for nothing; anything else must name a state.
        let state = input
            .state
            .as_deref()
            .filter(|value| !value.trim().is_empty())
            .and_then(|value| match StateCode::parse(value) {
                Ok(state) => Some(state),
                Err(reason) => {
                    let notice = Notice::BadState {
                        value: value.to_owned(),
                        reason,
                    };
                    problems.push(notice.to_string());
                    None
                }
            });
        // One line more than the limit is shown as itself, never as "1 more problem".
        let shortened = problems.len() > MAX_SHOWN_PROBLEMS + 1;
        let kept = if shortened {
            MAX_SHOWN_PROBLEMS
        } else {
            MAX_SHOWN_PROBLEMS + 1
        };
        let mut shown: Vec<String> = problems.iter().take(kept).cloned().collect();
        if shortened {
            shown.push(format!(
                "…and {} more problem(s); the browser console lists them all.",
                problems.len() - MAX_SHOWN_PROBLEMS
            ));
        }
        CardConfig {
            data,
            selection,
            theme,
            dimensions,
            folded: input.folded,
            state,
            problems,
            shown,
        }
    }
}

/// The signals a card's configuration sets: what an element's attributes
/// decide in its card. The card's own controls write the pair too (the
/// reader's picks), so a changed configuration sets only the values it
/// changed: a new theme leaves the reader's pair alone, and a new `role-a`
/// that moves the default of side B moves side B as well.
#[derive(Clone, Copy)]
pub struct CardSignals {
    /// Role A.
    pub role_a: RwSignal<RoleId>,
    /// Role B.
    pub role_b: RwSignal<RoleId>,
    /// The colour theme.
    pub theme: RwSignal<Theme>,
    /// The dimensions shown (empty: all of them).
    pub dimensions: RwSignal<Vec<DimensionId>>,
    /// The state whose pay shows (`None`: the national figures alone).
    pub state: RwSignal<Option<StateCode>>,
    /// The problems shown in the card.
    pub notices: RwSignal<Vec<String>>,
}

impl CardSignals {
    /// The signals of a card configured by `config`, showing the pair `first`
    /// and the state `first` (the configuration's, or what the reader picked
    /// before the card was live).
    pub fn new(config: &CardConfig, first: (RoleId, RoleId, Option<StateCode>)) -> Self {
        CardSignals {
            role_a: RwSignal::new(first.0),
            role_b: RwSignal::new(first.1),
            theme: RwSignal::new(config.theme),
            dimensions: RwSignal::new(config.dimensions.clone().unwrap_or_default()),
            state: RwSignal::new(first.2),
            notices: RwSignal::new(config.shown.clone()),
        }
    }

    /// Follows the configuration from `before` to `now`: every value `now`
    /// gives differently is set (and only those, so nothing else is rewritten).
    pub fn follow(&self, before: &CardConfig, now: &CardConfig) {
        if before.selection.a != now.selection.a {
            set_if_changed(self.role_a, now.selection.a.clone());
        }
        if before.selection.b != now.selection.b {
            set_if_changed(self.role_b, now.selection.b.clone());
        }
        if before.state != now.state {
            set_if_changed(self.state, now.state);
        }
        set_if_changed(self.theme, now.theme);
        set_if_changed(self.dimensions, now.dimensions.clone().unwrap_or_default());
        set_if_changed(self.notices, now.shown.clone());
    }
}

/// Sets `signal` to `value` unless it holds it already (nothing is rewritten then).
fn set_if_changed<T: PartialEq + Send + Sync + 'static>(signal: RwSignal<T>, value: T) {
    if signal.with_untracked(|current| current != &value) {
        signal.set(value);
    }
}

/// The roles a card compares: `base`, with the roles of a host page's `json`
/// when they are valid, and the problems found in them. Invalid host roles
/// are ignored as a whole (the built-in roles stay usable).
pub fn host_roles(base: &Dataset, json: Option<&str>) -> (Arc<Dataset>, Vec<String>) {
    match json.map(str::trim).filter(|json| !json.is_empty()) {
        None => (Arc::new(base.clone()), Vec::new()),
        Some(json) => match with_host_roles(base, json) {
            Ok(extended) => (Arc::new(extended), Vec::new()),
            Err(found) => (
                Arc::new(base.clone()),
                found
                    .iter()
                    .map(|p| format!("Host roles were not used: {p}."))
                    .collect(),
            ),
        },
    }
}

/// `base` with the roles of a host page's JSON, or every problem with them.
#[cfg(any(feature = "host-roles", test))]
fn with_host_roles(base: &Dataset, json: &str) -> Result<Dataset, Vec<String>> {
    crate::dataset::extend_dataset(base, json)
        .map_err(|found| found.iter().map(ToString::to_string).collect())
}

/// The lean embed core reads no JSON (serde stays out of it):
/// `role-compare.js` loads the core with host roles for an element that has
/// them, so this is only reached by roles added after the card loaded.
#[cfg(not(any(feature = "host-roles", test)))]
fn with_host_roles(_: &Dataset, _: &str) -> Result<Dataset, Vec<String>> {
    Err(vec![
        "they were added after the card loaded; reload the page to use them".to_owned(),
    ])
}

/// Reads a `dimensions` attribute such as `"scope, vendors,strategy"`: the
/// dimensions of `data` it names, in its order, each once, and a notice for
/// each id that cannot be used. `None` (every dimension) when it names none.
fn parse_dimensions(data: &Dataset, list: &str) -> (Option<Vec<DimensionId>>, Vec<Notice>) {
    let mut chosen: Vec<DimensionId> = Vec::new();
    let mut notices = Vec::new();
    for value in list.split(',').map(str::trim).filter(|v| !v.is_empty()) {
        let known = DimensionId::parse(value)
            .ok()
            .filter(|id| data.dimensions.iter().any(|d| &d.id == id));
        match known {
            Some(id) if chosen.contains(&id) => notices.push(Notice::RepeatedDimension { id }),
            Some(id) => chosen.push(id),
            None => notices.push(Notice::UnknownDimension {
                value: value.to_owned(),
            }),
        }
    }
    if chosen.is_empty() {
        notices.push(Notice::NoDimensions);
        return (None, notices);
    }
    (Some(chosen), notices)
}

#[cfg(test)]
mod selection_tests {
    use super::*;
    use crate::builtin::dataset;

    fn id(s: &'static str) -> RoleId {
        RoleId::from_static(s)
    }

    #[test]
    fn nothing_asked_gives_the_default_pair() {
        let s = select(dataset(), None, None);
        assert_eq!((s.a, s.b), DEFAULT_PAIR);
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
        assert_eq!((s.a, s.b), DEFAULT_PAIR);
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
        assert_eq!((s.a, s.b), DEFAULT_PAIR);
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
        assert_eq!(parse_theme(" Dark "), Ok(Theme::Dark));
        assert_eq!(parse_theme(""), Ok(Theme::Auto));
        assert!(parse_theme("neon").is_err());
        for theme in Theme::ALL {
            assert_eq!(parse_theme(theme.as_str()), Ok(theme));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::builtin::dataset;

    fn input(a: &str, b: &str, theme: &str, json: Option<&str>) -> HostInput {
        HostInput {
            role_a: Some(a.into()),
            role_b: Some(b.into()),
            theme: Some(theme.into()),
            dimensions: None,
            state: None,
            folded: false,
            roles_json: json.map(Into::into),
        }
    }

    #[test]
    fn a_state_attribute_names_a_state_or_gives_the_national_figures_with_a_notice() {
        let with_state = |value: &str| {
            CardConfig::new(
                dataset(),
                &HostInput {
                    state: Some(value.into()),
                    ..input("team-leader", "plant-manager", "", None)
                },
            )
        };
        let texas = with_state(" tx");
        assert_eq!(texas.state.map(StateCode::name), Some("Texas"));
        assert!(texas.problems.is_empty());
        // Present but empty asks for nothing.
        assert_eq!(
            (with_state("").state, with_state("").problems.len()),
            (None, 0)
        );
        let unknown = with_state("ZZ");
        assert_eq!(unknown.state, None);
        assert_eq!(
            unknown.problems,
            ["State \"ZZ\" is not one the pay figures cover (the states, DC, GU, PR and VI); showing the national figures."]
        );
        let malformed = with_state("<img src=x onerror=alert(1)>");
        assert_eq!(malformed.state, None);
        assert_eq!(
            malformed.problems,
            ["State \"<img src=x onerror=alert(1)>\" is not a two-letter postal code such as TX; showing the national figures."]
        );
    }

    #[test]
    fn the_folded_attribute_folds_the_card_and_is_no_problem() {
        let plain = CardConfig::new(dataset(), &input("team-leader", "plant-manager", "", None));
        let folded = CardConfig::new(
            dataset(),
            &HostInput {
                folded: true,
                ..input("team-leader", "plant-manager", "", None)
            },
        );
        assert!(!plain.folded && folded.folded);
        assert!(folded.problems.is_empty());
    }

    #[test]
    fn a_clean_configuration_has_no_problems() {
        let c = CardConfig::new(
            dataset(),
            &input("team-leader", "plant-manager", "dark", None),
        );
        assert_eq!(
            (c.selection.a.as_str(), c.selection.b.as_str()),
            ("team-leader", "plant-manager")
        );
        assert_eq!(c.theme, Theme::Dark);
        assert!(c.problems.is_empty());
        assert_eq!(c.data.roles.len(), dataset().roles.len());
    }

    #[test]
    fn a_bad_theme_and_unknown_id_are_reported_and_defaulted() {
        let c = CardConfig::new(dataset(), &input("pilot", "plant-manager", "neon", None));
        assert_eq!(c.theme, Theme::Auto);
        assert_eq!(c.selection.a.as_str(), "operations-manager");
        assert_eq!(
            c.problems,
            [
                "Role A \"pilot\" is not in the dataset; showing the default instead.",
                "Theme \"neon\" is not one of light, dark, auto; using auto."
            ]
        );
    }

    #[test]
    fn broken_host_json_keeps_the_built_in_roles() {
        let c = CardConfig::new(
            dataset(),
            &input("team-leader", "plant-manager", "", Some("{\"roles\": [}")),
        );
        assert_eq!(c.data.roles.len(), dataset().roles.len());
        assert_eq!(c.problems.len(), 1);
        assert!(
            c.problems[0]
                .starts_with("Host roles were not used: malformed JSON at line 1, column 12"),
            "{:?}",
            c.problems
        );
    }

    #[test]
    fn long_problem_lists_are_shortened_in_the_card() {
        let roles: Vec<String> = (0..10).map(|i| format!("{{\"id\": \"r{i}\"}}")).collect();
        let json = format!("{{\"roles\": [{}]}}", roles.join(","));
        let json = json.as_str();
        let c = CardConfig::new(
            dataset(),
            &input("team-leader", "plant-manager", "", Some(json)),
        );
        assert!(
            c.problems.len() > MAX_SHOWN_PROBLEMS + 1,
            "{}",
            c.problems.len()
        );
        assert_eq!(c.shown.len(), MAX_SHOWN_PROBLEMS + 1);
        assert!(c.shown.last().unwrap().contains("more problem(s)"));
    }

    #[test]
    fn one_problem_over_the_limit_is_shown_rather_than_counted() {
        // Found by the property test below: nine problems once ended in "1 more problem(s)".
        let c = CardConfig::new(
            dataset(),
            &HostInput {
                dimensions: Some("scopescope,x,x,scopescope".into()),
                ..input("<script>alert(1)</script>", "", "並", Some("!"))
            },
        );
        assert_eq!(c.problems.len(), MAX_SHOWN_PROBLEMS + 1, "{:?}", c.problems);
        assert_eq!(c.shown, c.problems);
    }

    #[test]
    fn a_dimensions_list_picks_rows_in_its_order_and_reports_the_rest() {
        let (chosen, notices) =
            parse_dimensions(dataset(), " vendors,scope, ,<b>x</b>,scope,strategy ");
        let ids: Vec<&str> = chosen.iter().flatten().map(DimensionId::as_str).collect();
        assert_eq!(ids, ["vendors", "scope", "strategy"]);
        assert_eq!(
            notices.iter().map(ToString::to_string).collect::<Vec<_>>(),
            [
                "Dimension \"<b>x</b>\" is not one of the card's dimensions; it is left out.",
                "Dimension \"scope\" is listed more than once; it is shown once.",
            ]
        );
        let (chosen, notices) = parse_dimensions(dataset(), "  ");
        assert_eq!(chosen, None);
        assert_eq!(notices, [Notice::NoDimensions]);
        let c = CardConfig::new(
            dataset(),
            &HostInput {
                dimensions: Some("career,nothing".into()),
                ..input("team-leader", "plant-manager", "", None)
            },
        );
        assert_eq!(c.dimensions.map(|d| d.len()), Some(1));
        assert_eq!(c.problems.len(), 1);
    }

    #[test]
    fn empty_host_json_is_ignored() {
        let c = CardConfig::new(
            dataset(),
            &input("team-leader", "plant-manager", "auto", Some("  \n ")),
        );
        assert!(c.problems.is_empty());
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use super::*;
    use crate::builtin::dataset;
    use crate::card::CardModel;
    use proptest::prelude::*;
    use role_compare_dataset::testing::{config, outside_text};

    /// An attribute a host page sets or removes.
    #[derive(Clone, Copy, Debug)]
    enum Attribute {
        RoleA,
        RoleB,
        Theme,
        Dimensions,
        State,
    }

    impl Attribute {
        fn of(self, input: &mut HostInput) -> &mut Option<String> {
            match self {
                Attribute::RoleA => &mut input.role_a,
                Attribute::RoleB => &mut input.role_b,
                Attribute::Theme => &mut input.theme,
                Attribute::Dimensions => &mut input.dimensions,
                Attribute::State => &mut input.state,
            }
        }
    }

    /// A change of one attribute: removed, set to a value that means something, or to anything.
    fn attribute_change() -> impl Strategy<Value = (Attribute, Option<String>)> {
        let ids: Vec<String> = dataset().roles.iter().map(|r| r.id.to_string()).collect();
        let value = prop_oneof![
            2 => proptest::sample::select(ids).prop_map(Some),
            1 => "(light|dark|auto|sepia)".prop_map(Some),
            1 => "(scope|career|risk|nope)(,(scope|people|risk)){0,2}".prop_map(Some),
            1 => "(TX|nj|PR| dc|ZZ|Texas|)".prop_map(Some),
            1 => proptest::option::of(outside_text()),
            1 => Just(None),
        ];
        let attribute = proptest::sample::select(vec![
            Attribute::RoleA,
            Attribute::RoleB,
            Attribute::Theme,
            Attribute::Dimensions,
            Attribute::State,
        ]);
        (attribute, value)
    }

    proptest! {
        #![proptest_config(config())]

        #[test]
        fn attributes_always_resolve_to_a_pair(a in proptest::option::of(outside_text()), b in proptest::option::of(outside_text())) {
            let selection = select(dataset(), a.as_deref(), b.as_deref());
            prop_assert!(dataset().role(&selection.a).is_some());
            prop_assert!(dataset().role(&selection.b).is_some());
            for notice in &selection.notices {
                prop_assert!(notice.to_string().chars().count() < 300);
            }
        }

        #[test]
        fn any_theme_value_gives_a_theme_or_a_short_notice(value in outside_text()) {
            match parse_theme(&value) {
                // What was read names itself: parsing the name again gives the same theme.
                Ok(theme) => prop_assert_eq!(parse_theme(theme.as_str()), Ok(theme)),
                Err(notice) => prop_assert!(notice.to_string().chars().count() < 200),
            }
        }

        #[test]
        fn any_sequence_of_attribute_changes_shows_what_a_fresh_card_shows(
            changes in proptest::collection::vec(attribute_change(), 1..12),
        ) {
            let owner = Owner::new();
            owner.with(|| {
                let mut input = HostInput::default();
                let mut config = CardConfig::new(dataset(), &input);
                let signals = CardSignals::new(&config, (config.selection.a.clone(), config.selection.b.clone(), config.state));
                for (attribute, value) in changes {
                    *attribute.of(&mut input) = value;
                    let now = CardConfig::new(dataset(), &input);
                    signals.follow(&config, &now);
                    config = now;
                }
                let fresh = CardConfig::new(dataset(), &input);
                prop_assert_eq!(signals.role_a.get_untracked(), fresh.selection.a);
                prop_assert_eq!(signals.role_b.get_untracked(), fresh.selection.b);
                prop_assert_eq!(signals.theme.get_untracked(), fresh.theme);
                prop_assert_eq!(signals.dimensions.get_untracked(), fresh.dimensions.unwrap_or_default());
                prop_assert_eq!(signals.state.get_untracked(), fresh.state);
                prop_assert_eq!(signals.notices.get_untracked(), fresh.shown);
                Ok(())
            })?;
        }

        #[test]
        fn any_element_configuration_shows_a_card_or_says_why(
            a in proptest::option::of(outside_text()),
            b in proptest::option::of(outside_text()),
            theme in proptest::option::of(outside_text()),
            dimensions in proptest::option::of(prop_oneof![outside_text(), "(scope|career|risk|x|,| ){0,12}"]),
            json in proptest::option::of(outside_text()),
        ) {
            let config = CardConfig::new(dataset(), &HostInput { role_a: a, role_b: b, theme, dimensions, state: None, folded: false, roles_json: json });
            prop_assert_eq!(config.shown.len(), config.problems.len().min(MAX_SHOWN_PROBLEMS + 1));
            if config.problems.len() > MAX_SHOWN_PROBLEMS + 1 {
                prop_assert_eq!(&config.shown[..MAX_SHOWN_PROBLEMS], &config.problems[..MAX_SHOWN_PROBLEMS]);
                prop_assert!(config.shown[MAX_SHOWN_PROBLEMS].contains("more problem(s)"));
            } else {
                prop_assert_eq!(&config.shown, &config.problems);
            }
            match CardModel::new(&config.data, &config.selection.a, &config.selection.b, config.dimensions.as_deref()) {
                Ok(card) => prop_assert_eq!(
                    card.rows.len(),
                    config.dimensions.as_ref().map_or(config.data.dimensions.len(), Vec::len)
                ),
                Err(reason) => prop_assert!(config.selection.a == config.selection.b, "{}", reason),
            }
        }
    }
}
