#![cfg(not(target_arch = "wasm32"))]
//! The dataset validator against the shipped data and against one broken
//! input per kind of problem.

use role_compare::builtin;
use role_compare::dataset::{extend_dataset, parse_dataset, Dataset, ProblemKind, RoleId};
use serde_json::{json, Value};

const SHIPPED: &str = include_str!("../data/roles.json");

fn shipped() -> Dataset {
    parse_dataset(SHIPPED)
        .unwrap_or_else(|problems| panic!("shipped dataset has problems: {problems:#?}"))
}

/// A small valid dataset: two dimensions (one with an axis) and two roles.
fn valid() -> Value {
    let entry = |pos: Value| json!({ "text": "A plain description that is comfortably longer than sixty characters.", "position": pos });
    let role = |id: &str| {
        json!({
            "id": id, "title": "Some Role", "summary": "A one-sentence summary of the role.",
            "suits_you_if": "you like tidy test fixtures",
            "facts": { "occupation": { "soc": "11-1021", "title": "General and Operations Managers", "note": null },
                       "median_pay": { "value": "$1", "year": "2024", "source": "https://www.bls.gov/x.htm" },
                       "education": null, "outlook": null, "jobs": null },
            "dimensions": { "scope": entry(json!(2)), "career": entry(Value::Null) }
        })
    };
    json!({
        "version": 1,
        "dimensions": [
            { "id": "scope", "label": "Scope", "question": "How wide is it?", "axis": { "low": "narrow", "high": "broad" } },
            { "id": "career", "label": "Career path", "question": "Where does it lead?", "axis": null }
        ],
        "roles": [role("first-role"), role("second-role")],
        "pairs": [{ "a": "first-role", "b": "second-role", "note": "A curated note that is at least forty characters long." }]
    })
}

/// The problems found after `edit` is applied to the valid fixture.
fn problems_after(
    edit: impl FnOnce(&mut Value),
) -> Vec<(Option<String>, Option<String>, ProblemKind)> {
    let mut data = valid();
    edit(&mut data);
    match parse_dataset(&data.to_string()) {
        Ok(_) => Vec::new(),
        Err(problems) => problems
            .into_iter()
            .map(|p| (p.role, p.dimension, p.kind))
            .collect(),
    }
}

fn role0() -> Option<String> {
    Some("first-role".into())
}

fn scope() -> Option<String> {
    Some("scope".into())
}

#[test]
fn the_fixture_is_valid() {
    assert_eq!(problems_after(|_| {}), vec![]);
}

#[test]
fn shipped_dataset_is_valid_and_matches_the_embedded_one() {
    let parsed = shipped();
    assert_eq!(
        &parsed,
        builtin::dataset(),
        "the statics written by build.rs differ from the JSON"
    );
    assert_eq!(parsed.dimensions.len(), 15);
    assert!(parsed.roles.len() >= 12);
    for id in [
        "operations-manager",
        "procurement-manager",
        "team-leader",
        "plant-manager",
        "fleet-manager",
        "warehouse-manager",
    ] {
        assert!(
            parsed.role(&RoleId::parse(id).unwrap()).is_some(),
            "{id} missing"
        );
    }
}

#[test]
fn shipped_dimensions_follow_the_article_order() {
    let data = shipped();
    let ids: Vec<&str> = data.dimensions.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "scope",
            "supply-chain",
            "vendors",
            "people",
            "strategy",
            "finance",
            "quality",
            "risk",
            "data",
            "compliance",
            "technology",
            "customers",
            "communication",
            "skills",
            "career"
        ]
    );
}

#[test]
fn malformed_json_reports_line_and_column() {
    let found = parse_dataset("{\n  \"version\": 1,\n  \"roles\": [,]\n}").unwrap_err();
    assert!(
        matches!(
            found[0].kind,
            ProblemKind::Json {
                line: 3,
                column: 13,
                ..
            }
        ),
        "{found:?}"
    );
    assert!(found[0]
        .to_string()
        .starts_with("malformed JSON at line 3, column 13"));
}

#[test]
fn wrong_json_types_are_reported_by_field() {
    let found = parse_dataset(r#"{"roles": "none"}"#).unwrap_err();
    assert_eq!(found[0].to_string(), "\"roles\" should be a list, not text");
    let found = problems_after(|d| d["roles"][0]["dimensions"]["scope"]["position"] = json!(2.5));
    assert_eq!(
        found,
        vec![
            (
                role0(),
                scope(),
                ProblemKind::WrongType {
                    field: "position".into(),
                    expected: "a whole number",
                    found: "a fraction"
                }
            ),
            (role0(), scope(), ProblemKind::MissingPosition)
        ]
    );
    let found = problems_after(|d| d["roles"][1]["title"] = json!(["a"]));
    assert!(found.contains(&(
        Some("second-role".into()),
        None,
        ProblemKind::WrongType {
            field: "title".into(),
            expected: "text",
            found: "a list"
        }
    )));
}

#[test]
fn missing_dimension_names_role_and_dimension() {
    let found = problems_after(|d| {
        d["roles"][0]["dimensions"]
            .as_object_mut()
            .unwrap()
            .remove("scope");
    });
    assert_eq!(
        found,
        vec![(role0(), scope(), ProblemKind::MissingDimension)]
    );
}

#[test]
fn unknown_dimension_is_reported() {
    let found = problems_after(|d| {
        d["roles"][0]["dimensions"]["salary"] = d["roles"][0]["dimensions"]["career"].clone();
    });
    assert_eq!(
        found,
        vec![(
            role0(),
            Some("salary".into()),
            ProblemKind::UnknownDimension
        )]
    );
}

#[test]
fn duplicate_role_id_is_reported() {
    let found = problems_after(|d| d["roles"][1]["id"] = json!("first-role"));
    assert!(
        found.contains(&(
            None,
            None,
            ProblemKind::DuplicateId {
                field: "role id",
                value: "first-role".into()
            }
        )),
        "{found:?}"
    );
}

#[test]
fn duplicate_dimension_id_is_reported() {
    let found = problems_after(|d| d["dimensions"][1]["id"] = json!("scope"));
    assert!(
        found.iter().any(|p| p.2
            == ProblemKind::DuplicateId {
                field: "dimension id",
                value: "scope".into()
            }),
        "{found:?}"
    );
}

#[test]
fn position_out_of_range_is_reported() {
    for bad in [0, 6, -1, 300] {
        let found =
            problems_after(|d| d["roles"][0]["dimensions"]["scope"]["position"] = json!(bad));
        assert_eq!(
            found,
            vec![(role0(), scope(), ProblemKind::PositionOutOfRange(bad))]
        );
    }
}

#[test]
fn position_must_match_the_axis() {
    let found = problems_after(|d| d["roles"][0]["dimensions"]["scope"]["position"] = Value::Null);
    assert_eq!(
        found,
        vec![(role0(), scope(), ProblemKind::MissingPosition)]
    );
    let found = problems_after(|d| d["roles"][0]["dimensions"]["career"]["position"] = json!(3));
    assert_eq!(
        found,
        vec![(
            role0(),
            Some("career".into()),
            ProblemKind::PositionWithoutAxis
        )]
    );
}

#[test]
fn text_too_short_or_too_long_is_reported() {
    let found =
        problems_after(|d| d["roles"][0]["dimensions"]["scope"]["text"] = json!("Too short."));
    assert_eq!(
        found,
        vec![(
            role0(),
            scope(),
            ProblemKind::TextLength {
                field: "text",
                len: 10,
                min: 60,
                max: 300
            }
        )]
    );
    let found =
        problems_after(|d| d["roles"][0]["dimensions"]["scope"]["text"] = json!("x".repeat(301)));
    assert_eq!(
        found,
        vec![(
            role0(),
            scope(),
            ProblemKind::TextLength {
                field: "text",
                len: 301,
                min: 60,
                max: 300
            }
        )]
    );
}

#[test]
fn markup_in_text_is_reported() {
    let found = problems_after(|d| {
        d["roles"][0]["dimensions"]["scope"]["text"] =
            json!("A description with <img src=x onerror=alert(1)> hidden inside it, long enough.")
    });
    assert_eq!(
        found,
        vec![(role0(), scope(), ProblemKind::Markup { field: "text" })]
    );
    let found = problems_after(|d| d["roles"][0]["title"] = json!("<b>Boss</b>"));
    assert_eq!(
        found,
        vec![(role0(), None, ProblemKind::Markup { field: "title" })]
    );
}

#[test]
fn bad_links_are_reported() {
    for link in ["javascript:alert(1)", "http://www.bls.gov/", "not a link"] {
        let found =
            problems_after(|d| d["roles"][0]["facts"]["median_pay"]["source"] = json!(link));
        assert_eq!(
            found,
            vec![(
                role0(),
                None,
                ProblemKind::BadLink {
                    field: "median_pay",
                    value: link.into()
                }
            )]
        );
    }
}

#[test]
fn bad_ids_are_reported() {
    let found = problems_after(|d| d["roles"][0]["id"] = json!("First Role"));
    assert!(
        matches!(&found[0], (Some(r), None, ProblemKind::BadId { field: "role id", .. }) if r == "First Role"),
        "{found:?}"
    );
}

#[test]
fn missing_fields_are_reported_not_fatal() {
    let found = problems_after(|d| {
        d["roles"][0].as_object_mut().unwrap().remove("title");
        d["roles"][1].as_object_mut().unwrap().remove("summary");
    });
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(found.contains(&(
        role0(),
        None,
        ProblemKind::TextLength {
            field: "title",
            len: 0,
            min: 1,
            max: 80
        }
    )));
}

#[test]
fn unknown_fields_are_reported() {
    let found = problems_after(|d| d["roles"][0]["salary"] = json!("$1"));
    assert_eq!(
        found,
        vec![(role0(), None, ProblemKind::UnknownField("salary".into()))]
    );
    let found = problems_after(|d| d["dimensions"][0]["colour"] = json!("red"));
    assert_eq!(
        found,
        vec![(
            None,
            Some("scope".into()),
            ProblemKind::UnknownField("colour".into())
        )]
    );
}

#[test]
fn pair_notes_must_name_two_known_roles() {
    let found = problems_after(|d| d["pairs"][0]["b"] = json!("ghost"));
    assert_eq!(
        found,
        vec![(None, None, ProblemKind::UnknownRoleInPair("ghost".into()))]
    );
    let found = problems_after(|d| d["pairs"][0]["b"] = json!("first-role"));
    assert_eq!(
        found,
        vec![(None, None, ProblemKind::PairOfSameRole("first-role".into()))]
    );
}

#[test]
fn bad_soc_code_and_version_are_reported() {
    let found = problems_after(|d| {
        d["roles"][0]["facts"]["occupation"]["soc"] = json!("111021");
        d["version"] = json!(2);
    });
    assert!(found
        .iter()
        .any(|p| p.2 == ProblemKind::BadSocCode("111021".into())));
    assert!(found
        .iter()
        .any(|p| p.2 == ProblemKind::UnsupportedVersion(2)));
}

#[test]
fn every_problem_is_reported_not_just_the_first() {
    let found = problems_after(|d| {
        d["roles"][0]["dimensions"]["scope"]["position"] = json!(9);
        d["roles"][1]["dimensions"]["scope"]["text"] = json!("short");
        d["roles"][1]["title"] = json!("");
    });
    assert_eq!(found.len(), 3, "{found:?}");
    let messages: Vec<String> = parse_dataset(&{
        let mut d = valid();
        d["roles"][0]["dimensions"]["scope"]["position"] = json!(9);
        d.to_string()
    })
    .unwrap_err()
    .iter()
    .map(ToString::to_string)
    .collect();
    assert_eq!(
        messages,
        vec!["role \"first-role\": dimension \"scope\": position 9 is out of range; use 1 to 5"]
    );
}

#[test]
fn oversized_input_is_refused_before_parsing() {
    let huge = format!("{{\"roles\": \"{}\"}}", "x".repeat(600 * 1024));
    let found = parse_dataset(&huge).unwrap_err();
    assert!(matches!(
        found[0].kind,
        ProblemKind::TextLength {
            field: "the dataset",
            ..
        }
    ));
}

/// A host page's roles: one copied from the shipped data under a new id.
fn host_roles(edit: impl FnOnce(&mut Value)) -> String {
    let shipped: Value = serde_json::from_str(SHIPPED).unwrap();
    let mut role = shipped["roles"][0].clone();
    role["id"] = json!("store-manager");
    role["title"] = json!("Store Manager");
    let mut host = json!({ "roles": [role] });
    edit(&mut host);
    host.to_string()
}

#[test]
fn host_roles_are_added_after_the_shipped_ones() {
    let base = builtin::dataset();
    let merged = extend_dataset(base, &host_roles(|_| {})).unwrap();
    assert_eq!(merged.roles.len(), base.roles.len() + 1);
    assert_eq!(merged.roles.last().unwrap().title, "Store Manager");
    assert_eq!(merged.dimensions, base.dimensions);
}

#[test]
fn host_roles_replace_shipped_ones_with_the_same_id() {
    let base = builtin::dataset();
    let json = host_roles(|h| h["roles"][0]["id"] = json!("team-leader"));
    let merged = extend_dataset(base, &json).unwrap();
    assert_eq!(merged.roles.len(), base.roles.len());
    let replaced = merged.role(&RoleId::parse("team-leader").unwrap()).unwrap();
    assert_eq!(replaced.title, "Store Manager");
}

#[test]
fn host_data_problems_name_the_role() {
    let base = builtin::dataset();
    let json = host_roles(|h| {
        h["roles"][0]["dimensions"]
            .as_object_mut()
            .unwrap()
            .remove("risk");
        h["roles"][0]["summary"] = json!("<script>alert(1)</script> and more words");
    });
    let messages: Vec<String> = extend_dataset(base, &json)
        .unwrap_err()
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(
        messages,
        [
            "role \"store-manager\": summary contains markup or control characters; write plain text",
            "role \"store-manager\": dimension \"risk\": no description for this dimension",
        ]
    );
}

#[test]
fn host_data_may_not_redefine_dimensions_or_be_empty() {
    let base = builtin::dataset();
    let json = host_roles(|h| {
        h["dimensions"] = json!([{ "id": "x", "label": "X", "question": "Why though?" }])
    });
    let found = extend_dataset(base, &json).unwrap_err();
    assert_eq!(found[0].kind, ProblemKind::DimensionsInExtension);
    let found = extend_dataset(base, "{}").unwrap_err();
    assert_eq!(found[0].kind, ProblemKind::Empty { field: "roles" });
    let found = extend_dataset(base, "{\"roles\": [").unwrap_err();
    assert!(matches!(found[0].kind, ProblemKind::Json { line: 1, .. }));
}
