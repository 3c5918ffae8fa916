//! Pay of one release for the built-in roles: `data/wages.json`, which
//! `scripts/wages.py` writes from BLS's Occupational Employment and Wage
//! Statistics (national, all industries). The build fills every role's
//! median pay and pay range from it by the role's occupation code, so a
//! figure is written once, where its release is.

use std::borrow::Cow;
use std::collections::BTreeMap;

use serde::Deserialize;

use crate::model::{Dataset, Fact};

/// One release's national wages, by occupation code (`"11-1021"`).
#[derive(Clone, Debug, Deserialize)]
pub struct Wages {
    /// The release, e.g. "May 2025".
    pub release: String,
    /// Each occupation's figures.
    pub occupations: BTreeMap<String, OccupationWages>,
}

/// One occupation's figures as BLS publishes them: whole dollars or
/// employment as digits, `"-"` (or another mark) where no estimate is released.
#[derive(Clone, Debug, Deserialize)]
pub struct OccupationWages {
    /// The occupation's title in the release.
    pub title: String,
    /// Employment.
    pub employment: Option<String>,
    /// Annual 10th percentile wage.
    pub p10: Option<String>,
    /// Annual median wage.
    pub median: Option<String>,
    /// Annual 90th percentile wage.
    pub p90: Option<String>,
    /// BLS's page of the occupation's estimates in this release.
    pub page: String,
}

/// Reads `data/wages.json`.
pub fn parse_wages(json: &str) -> Result<Wages, String> {
    serde_json::from_str(json).map_err(|e| format!("the wages file cannot be read: {e}"))
}

/// "$105,770" from "105770"; `None` for a value that is not a number of
/// dollars (BLS's "-" for an estimate not released).
pub fn dollars(value: &str) -> Option<String> {
    if value.is_empty() || !value.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let mut out = String::with_capacity(value.len() + value.len() / 3 + 1);
    out.push('$');
    for (i, digit) in value.chars().enumerate() {
        if i > 0 && (value.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    Some(out)
}

impl Wages {
    /// Fills every role's median pay and pay range from its occupation's
    /// figures. A role whose occupation the release lacks is a problem; a
    /// figure BLS did not release stays empty.
    pub fn apply(&self, data: &mut Dataset) -> Vec<String> {
        let mut problems = Vec::new();
        for role in data.roles.to_mut() {
            let Some(facts) = role.facts.as_mut() else {
                continue;
            };
            let Some(occupation) = facts.occupation.as_ref() else {
                continue;
            };
            let Some(wages) = self.occupations.get(occupation.soc.as_ref()) else {
                problems.push(format!(
                    "role {}: occupation {} is not in data/wages.json",
                    role.id, occupation.soc
                ));
                continue;
            };
            let fact = |value: String| Fact {
                value: Cow::Owned(value),
                year: Cow::Owned(self.release.clone()),
                source: Cow::Owned(wages.page.clone()),
            };
            let figure = |value: &Option<String>| value.as_deref().and_then(dollars);
            facts.median_pay = figure(&wages.median).map(fact);
            facts.pay_range = match (figure(&wages.p10), figure(&wages.p90)) {
                (Some(low), Some(high)) => Some(fact(format!("{low} to {high}"))),
                _ => None,
            };
        }
        problems
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dollars_are_grouped_in_thousands_and_marks_are_no_figure() {
        assert_eq!(dollars("105770").as_deref(), Some("$105,770"));
        assert_eq!(dollars("75700").as_deref(), Some("$75,700"));
        assert_eq!(dollars("507730").as_deref(), Some("$507,730"));
        assert_eq!(dollars("1234567").as_deref(), Some("$1,234,567"));
        assert_eq!(dollars("900").as_deref(), Some("$900"));
        assert_eq!(dollars("-"), None);
        assert_eq!(dollars("#"), None);
        assert_eq!(dollars(""), None);
    }
}
