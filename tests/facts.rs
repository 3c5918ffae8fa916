//! Every figure the card shows comes from its source: pay from one release
//! (`data/wages.json`, checked against the release itself by `make wages`'s
//! check in `make test`), the rest from a BLS page recorded with its value
//! and period in `data/role-facts.md`.

use role_compare::builtin::dataset;
use role_compare::dataset::{dollars, parse_wages, Fact};

fn wages() -> role_compare::dataset::Wages {
    parse_wages(&std::fs::read_to_string("data/wages.json").unwrap()).unwrap()
}

#[test]
fn every_pay_figure_is_the_may_2025_releases_for_its_occupation() {
    let wages = wages();
    assert_eq!(wages.release, "May 2025");
    for role in dataset().roles.iter() {
        let facts = role.facts.as_ref().unwrap();
        let soc = facts.occupation.as_ref().unwrap().soc.as_ref();
        let release = &wages.occupations[soc];
        let pay = facts
            .median_pay
            .as_ref()
            .unwrap_or_else(|| panic!("{}: no pay", role.id));
        assert_eq!(
            Some(pay.value.to_string()),
            dollars(release.median.as_deref().unwrap()),
            "{}",
            role.id
        );
        assert_eq!(pay.year, "May 2025", "{}", role.id);
        assert_eq!(pay.source, release.page.as_str(), "{}", role.id);
        let range = facts.pay_range.as_ref().unwrap();
        assert_eq!(
            range.value,
            format!(
                "{} to {}",
                dollars(release.p10.as_deref().unwrap()).unwrap(),
                dollars(release.p90.as_deref().unwrap()).unwrap()
            ),
            "{}",
            role.id
        );
    }
    // The file holds the dataset's occupations and no others.
    let mut codes: Vec<&str> = dataset()
        .roles
        .iter()
        .filter_map(|r| Some(r.facts.as_ref()?.occupation.as_ref()?.soc.as_ref()))
        .collect();
    codes.sort_unstable();
    codes.dedup();
    assert_eq!(
        codes,
        wages
            .occupations
            .keys()
            .map(String::as_str)
            .collect::<Vec<_>>()
    );
}

#[test]
fn every_other_figure_is_recorded_with_its_page_and_period() {
    let record = std::fs::read_to_string("data/role-facts.md").unwrap();
    let rows: Vec<Vec<&str>> = record
        .lines()
        .filter(|line| line.starts_with("| ") && !line.starts_with("| SOC"))
        .map(|line| {
            line.split(" | ")
                .map(|cell| cell.trim_matches(['|', ' ']))
                .collect()
        })
        .collect();
    let mut checked = 0;
    for role in dataset().roles.iter() {
        let facts = role.facts.as_ref().unwrap();
        let soc = facts.occupation.as_ref().unwrap().soc.as_ref();
        let figures: [(&str, &Option<Fact>); 3] = [
            ("typical entry education", &facts.education),
            ("job outlook", &facts.outlook),
            ("jobs", &facts.jobs),
        ];
        for (label, fact) in figures {
            let Some(fact) = fact else { continue };
            let found = rows.iter().any(|row| {
                row.len() >= 5
                    && row[0] == soc
                    && row[1] == label
                    && row[2] == fact.value
                    && row[3] == fact.year
                    && row[4] == fact.source
            });
            assert!(
                found,
                "{}: {label} {:?} ({}, {}) is not in data/role-facts.md",
                role.id, fact.value, fact.year, fact.source
            );
            checked += 1;
        }
    }
    assert!(checked > 40, "{checked}");
}

#[test]
fn no_figure_repeats_its_period_or_nests_parentheses() {
    for role in dataset().roles.iter() {
        let facts = role.facts.as_ref().unwrap();
        for fact in [
            &facts.median_pay,
            &facts.pay_range,
            &facts.education,
            &facts.outlook,
            &facts.jobs,
        ]
        .into_iter()
        .flatten()
        {
            assert!(
                !fact.value.contains(fact.year.as_ref()),
                "{}: {:?} repeats {:?}",
                role.id,
                fact.value,
                fact.year
            );
            assert!(!fact.value.contains('('), "{}: {:?}", role.id, fact.value);
        }
    }
}
