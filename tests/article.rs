#![cfg(not(target_arch = "wasm32"))]
//! The shipped dataset says what the source article says: each of its 15
//! points for Operations vs Procurement Manager, and its teasers for the other
//! four pairs.

use role_compare::builtin::dataset;
use role_compare::dataset::{DimensionId, Role, RoleId};

fn id(s: &str) -> RoleId {
    RoleId::parse(s).unwrap()
}

fn role(s: &str) -> &'static Role {
    dataset()
        .role(&id(s))
        .unwrap_or_else(|| panic!("no role {s}"))
}

fn position(role_id: &str, dimension: &str) -> u8 {
    let data = dataset();
    let index = data
        .dimensions
        .iter()
        .position(|d| d.id == DimensionId::parse(dimension).unwrap())
        .unwrap();
    role(role_id).entries[index]
        .position
        .unwrap_or_else(|| panic!("{role_id}/{dimension} has no position"))
        .get()
}

fn text(role_id: &str, dimension: &str) -> String {
    let data = dataset();
    let index = data
        .dimensions
        .iter()
        .position(|d| d.id.as_str() == dimension)
        .unwrap();
    role(role_id).entries[index].text.to_string()
}

const OPS: &str = "operations-manager";
const PROC: &str = "procurement-manager";

/// Dimensions where the article puts Operations toward the axis's high end.
#[test]
fn operations_sits_higher_where_the_article_says_it_is_broader() {
    for dimension in [
        "scope",        // the whole organisation vs acquisition of goods and services
        "supply-chain", // entire flow vs the first stages
        "people",       // hiring, training, reviews vs a team
        "strategy",     // long-term planning vs transactions
        "finance",      // whole finances vs purchasing costs
        "quality",      // finished output vs purchased inputs
        "risk",         // operational and safety vs supplier and market
        "data",         // performance and customer data vs supplier and market data
        "compliance",   // a wide range of regulations vs contracts and sourcing
        "technology",   // leads roll-outs vs uses procurement software
        "customers",    // direct line vs one step removed
        "skills",       // generalist vs specialist
    ] {
        assert!(
            position(OPS, dimension) > position(PROC, dimension),
            "{dimension}"
        );
    }
}

#[test]
fn procurement_sits_higher_on_vendors_and_external_communication() {
    assert!(position(PROC, "vendors") > position(OPS, "vendors"));
    assert!(position(PROC, "communication") > position(OPS, "communication"));
}

#[test]
fn career_paths_lead_to_coo_and_cpo() {
    assert!(
        text(OPS, "career").contains("COO")
            || text(OPS, "career").contains("Chief Operating Officer")
    );
    assert!(
        text(PROC, "career").contains("CPO")
            || text(PROC, "career").contains("Chief Procurement Officer")
    );
    assert!(text(PROC, "career").to_lowercase().contains("supply chain"));
}

#[test]
fn operations_is_broader_in_scope_than_each_teaser_role() {
    for other in [
        "team-leader",
        "plant-manager",
        "fleet-manager",
        "warehouse-manager",
    ] {
        assert!(position(OPS, "scope") > position(other, "scope"), "{other}");
    }
    assert!(position(OPS, "strategy") > position("team-leader", "strategy"));
}

#[test]
fn the_five_article_pairs_have_curated_notes() {
    for other in [
        PROC,
        "team-leader",
        "plant-manager",
        "fleet-manager",
        "warehouse-manager",
    ] {
        assert!(
            dataset().pair_note(&id(other), &id(OPS)).is_some(),
            "no note for {other}"
        );
    }
}

/// Figures come only from the checked sources (shared/reference/role-facts.md).
#[test]
fn every_figure_links_to_a_checked_source() {
    const SOURCES: [&str; 12] = [
        "https://www.bls.gov/emp/tables/occupational-projections-and-characteristics.htm",
        "https://www.bls.gov/emp/tables/occupational-separations-and-openings.htm",
        "https://www.bls.gov/ooh/business-and-financial/purchasing-managers-buyers-and-purchasing-agents.htm",
        "https://www.bls.gov/careeroutlook/2023/data-on-display/manufacturing.htm",
        "https://data.bls.gov/projections/nationalMatrix?queryParams=11-3051&ioType=o",
        "https://www.bls.gov/ooh/management/transportation-storage-and-distribution-managers.htm",
        "https://www.bls.gov/oes/2020/may/oes431011.htm",
        "https://data.bls.gov/projections/nationalMatrix?queryParams=51-1011&ioType=o",
        "https://www.bls.gov/news.release/ocwage.nr0.htm",
        "https://stats.bls.gov/ooh/business-and-financial/project-management-specialists.htm",
        "https://www.bls.gov/ooh/management/mobile/administrative-services-managers.htm",
        "https://www.bls.gov/OOH/architecture-and-engineering/industrial-engineers.htm",
    ];
    let mut figures = 0;
    for role in dataset().roles.iter() {
        let Some(facts) = &role.facts else { continue };
        // Pay comes from one release (data/wages.json, tests/facts.rs).
        for fact in [&facts.education, &facts.outlook, &facts.jobs]
            .into_iter()
            .flatten()
        {
            assert!(
                SOURCES.contains(&fact.source.as_ref()),
                "{}: {}",
                role.id,
                fact.source
            );
            assert!(!fact.year.is_empty());
            figures += 1;
        }
    }
    assert!(figures >= 45, "only {figures} figures");
    assert_eq!(
        role(OPS)
            .facts
            .as_ref()
            .unwrap()
            .median_pay
            .as_ref()
            .unwrap()
            .value,
        "$105,770"
    );
}

/// Every role with a row in role-facts.md shows that row's occupation, and a
/// role whose occupation is only the nearest match says so.
#[test]
fn every_role_with_a_sourced_row_has_its_occupation() {
    const OCCUPATIONS: [(&str, &str); 18] = [
        ("chief-operating-officer", "11-1011"),
        ("general-manager", "11-1021"),
        ("operations-manager", "11-1021"),
        ("facilities-manager", "11-3013"),
        ("team-leader", "43-1011"),
        ("procurement-manager", "11-3061"),
        ("buyer", "13-1020"),
        ("purchasing-agent", "13-1020"),
        ("supply-chain-manager", "11-3071"),
        ("logistics-manager", "11-3071"),
        ("warehouse-manager", "11-3071"),
        ("fleet-manager", "11-3071"),
        ("plant-manager", "11-3051"),
        ("production-manager", "11-3051"),
        ("production-supervisor", "51-1011"),
        ("quality-manager", "11-3051"),
        ("project-manager", "13-1082"),
        ("industrial-engineer", "17-2112"),
    ];
    for (id, soc) in OCCUPATIONS {
        let occupation = role(id).facts.as_ref().and_then(|f| f.occupation.as_ref());
        assert_eq!(occupation.map(|o| o.soc.as_ref()), Some(soc), "{id}");
    }
    for id in ["supply-chain-manager", "logistics-manager", "team-leader"] {
        let note = role(id)
            .facts
            .as_ref()
            .unwrap()
            .occupation
            .as_ref()
            .unwrap()
            .note
            .as_deref();
        assert!(
            note.is_some_and(|n| n.contains("nearest") || n.contains("Nearest")),
            "{id}: {note:?}"
        );
    }
}

/// Every role says what it does on every dimension in a phrase of at most
/// 60 characters, and no two roles say the same on one dimension.
#[test]
fn gists_are_short_and_tell_the_roles_apart() {
    let data = dataset();
    for (index, dimension) in data.dimensions.iter().enumerate() {
        let mut seen = std::collections::BTreeSet::new();
        for role in data.roles.iter() {
            let gist = role.entries[index]
                .gist
                .as_deref()
                .unwrap_or_else(|| panic!("{}/{}: no gist", role.id, dimension.id));
            assert!(
                gist.chars().count() <= 60,
                "{}/{}: {gist}",
                role.id,
                dimension.id
            );
            assert!(seen.insert(gist), "{}: {gist} twice", dimension.id);
        }
    }
}

/// Each role names the three to five dimensions that define it, and a short
/// reason to choose it for composed bottom lines.
#[test]
fn every_role_names_what_defines_it_and_why_to_choose_it() {
    for role in dataset().roles.iter() {
        assert!((3..=5).contains(&role.defines.len()), "{}", role.id);
        let choose_if = role.choose_if.as_deref().unwrap_or_default();
        assert!(
            (10..=60).contains(&choose_if.chars().count()),
            "{}",
            role.id
        );
    }
}

/// A bottom line written by hand for every pair an expert calls close: each
/// pair within a family, each pair whose figures share an occupation, and
/// the close pairs across families that readers look up most.
#[test]
fn close_pairs_have_hand_written_bottom_lines() {
    let data = dataset();
    let mut expected = 0;
    for (i, a) in data.roles.iter().enumerate() {
        for b in data.roles.iter().skip(i + 1) {
            let soc = |r: &Role| r.occupation().map(|o| o.soc.to_string());
            if a.family == b.family || (soc(a).is_some() && soc(a) == soc(b)) {
                expected += 1;
                assert!(
                    data.pair_note(&a.id, &b.id).is_some(),
                    "{} / {}",
                    a.id,
                    b.id
                );
            }
        }
    }
    assert!(expected >= 26);
    for (a, b) in [
        ("chief-operating-officer", "general-manager"),
        ("chief-operating-officer", OPS),
        ("general-manager", OPS),
        ("supply-chain-manager", "logistics-manager"),
        ("logistics-manager", "project-manager"),
        ("warehouse-manager", "fleet-manager"),
        ("plant-manager", "production-manager"),
    ] {
        assert!(data.pair_note(&id(a), &id(b)).is_some(), "{a} / {b}");
    }
    assert!(data.pairs.len() >= 30, "{} notes", data.pairs.len());
}

/// Blog engines turn straight quotes into typographic ones in what they
/// show; the data uses typographic ones so the live card shows the same.
#[test]
fn texts_use_typographic_quotes() {
    let data = dataset();
    let mut texts: Vec<&str> = data.pairs.iter().map(|p| p.note.as_ref()).collect();
    for role in data.roles.iter() {
        texts.extend([role.title.as_ref(), &role.summary, &role.suits_you_if]);
        texts.extend(role.choose_if.as_deref());
        for entry in role.entries.iter() {
            texts.push(&entry.text);
            texts.extend(entry.gist.as_deref());
        }
    }
    for text in texts {
        assert!(!text.contains(['\'', '"']), "{text}");
    }
}
