//! The configuration of one embedded card, read from what the host page gave
//! it: the `role-a`, `role-b` and `theme` attributes and an optional
//! `<script type="application/json">` child with extra roles.

use std::sync::Arc;

use crate::dataset::{extend_dataset, Dataset};
use crate::selection::{select, Selection, Theme};

/// At most this many host-data problems are listed in the card itself (all are logged).
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
    /// Every problem, one sentence each (logged and sent with `role-compare:error`).
    pub problems: Vec<String>,
    /// The problems as shown inside the card (long lists are shortened).
    pub shown: Vec<String>,
}

impl CardConfig {
    /// Reads `input` against the built-in dataset `base`. Invalid host roles are
    /// ignored as a whole (the built-in roles stay usable); invalid ids and themes
    /// fall back to their defaults. Nothing here fails: problems are collected.
    pub fn new(base: &Dataset, input: &HostInput) -> Self {
        let mut problems = Vec::new();
        let data = match input.roles_json.as_deref().map(str::trim).filter(|json| !json.is_empty()) {
            None => base.clone(),
            Some(json) => match extend_dataset(base, json) {
                Ok(extended) => extended,
                Err(found) => {
                    problems.extend(found.iter().map(|p| format!("Host roles were not used: {p}.")));
                    base.clone()
                }
            },
        };
        let selection = select(&data, input.role_a.as_deref(), input.role_b.as_deref());
        problems.extend(selection.notices.iter().map(ToString::to_string));
        let theme = match Theme::parse(input.theme.as_deref().unwrap_or_default()) {
            Ok(theme) => theme,
            Err(notice) => {
                problems.push(notice.to_string());
                Theme::Auto
            }
        };
        let mut shown: Vec<String> = problems.iter().take(MAX_SHOWN_PROBLEMS).cloned().collect();
        if problems.len() > MAX_SHOWN_PROBLEMS {
            shown.push(format!(
                "…and {} more problem(s); the browser console lists them all.",
                problems.len() - MAX_SHOWN_PROBLEMS
            ));
        }
        CardConfig { data: Arc::new(data), selection, theme, problems, shown }
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
            roles_json: json.map(Into::into),
        }
    }

    #[test]
    fn a_clean_configuration_has_no_problems() {
        let c = CardConfig::new(dataset(), &input("team-leader", "plant-manager", "dark", None));
        assert_eq!((c.selection.a.as_str(), c.selection.b.as_str()), ("team-leader", "plant-manager"));
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
        let c = CardConfig::new(dataset(), &input("team-leader", "plant-manager", "", Some("{\"roles\": [}")));
        assert_eq!(c.data.roles.len(), dataset().roles.len());
        assert_eq!(c.problems.len(), 1);
        assert!(c.problems[0].starts_with("Host roles were not used: malformed JSON at line 1, column 12"), "{:?}", c.problems);
    }

    #[test]
    fn long_problem_lists_are_shortened_in_the_card() {
        let json = r#"{"roles": [{"id": "x"}, {"id": "y"}]}"#;
        let c = CardConfig::new(dataset(), &input("team-leader", "plant-manager", "", Some(json)));
        assert!(c.problems.len() > MAX_SHOWN_PROBLEMS, "{}", c.problems.len());
        assert_eq!(c.shown.len(), MAX_SHOWN_PROBLEMS + 1);
        assert!(c.shown.last().unwrap().contains("more problem(s)"));
    }

    #[test]
    fn empty_host_json_is_ignored() {
        let c = CardConfig::new(dataset(), &input("team-leader", "plant-manager", "auto", Some("  \n ")));
        assert!(c.problems.is_empty());
    }
}
