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

// build.rs validates data/roles.json and writes the built-in dataset from
// the same parse, so the shipped dataset is read here only for what it holds.
#[test]
fn shipped_dataset_has_every_dimension_and_the_core_roles() {
    let parsed = builtin::dataset();
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

/// The message of a format problem (a value that does not fit the format).
fn format_message(kind: &ProblemKind) -> &str {
    match kind {
        ProblemKind::Format { message, .. } => message,
        other => panic!("not a format problem: {other:?}"),
    }
}

#[test]
fn values_of_the_wrong_type_are_reported_with_role_and_dimension() {
    let found = parse_dataset(r#"{"roles": "none"}"#).unwrap_err();
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0]
        .to_string()
        .starts_with("at line 1, column 16: invalid type: string \"none\", expected a sequence"));

    let found = problems_after(|d| d["roles"][0]["dimensions"]["scope"]["position"] = json!(2.5));
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!((&found[0].0, &found[0].1), (&role0(), &scope()));
    assert_eq!(
        format_message(&found[0].2),
        "\"position\" should be a whole number from 1 to 5, or null, not a fraction"
    );

    let found = problems_after(|d| d["roles"][1]["title"] = json!(["a"]));
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0.as_deref(), Some("second-role"));
    assert!(format_message(&found[0].2).starts_with("invalid type: sequence, expected a string"));
}

#[test]
fn format_problems_point_at_their_line_in_the_whole_text() {
    let mut d = valid();
    d["roles"][1]["dimensions"]["scope"]["position"] = json!("high");
    let text = serde_json::to_string_pretty(&d).unwrap();
    let line = 1 + text
        .lines()
        .position(|l| l.contains("\"position\": \"high\""))
        .unwrap();
    let found = parse_dataset(&text).unwrap_err();
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        matches!(found[0].kind, ProblemKind::Format { line: l, .. } if l == line),
        "{found:?}, expected line {line}"
    );
    assert!(found[0].to_string().starts_with(&format!(
        "role \"second-role\": dimension \"scope\": at line {line}, column "
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
fn a_position_needs_an_axis() {
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
fn missing_and_unknown_fields_are_reported_for_their_role_or_dimension() {
    let found = problems_after(|d| {
        d["roles"][0].as_object_mut().unwrap().remove("title");
        d["roles"][1]["salary"] = json!("$1");
        d["dimensions"][0]["colour"] = json!("red");
    });
    assert_eq!(found.len(), 3, "{found:?}");
    assert_eq!((&found[0].0, &found[0].1), (&None, &scope()));
    assert!(format_message(&found[0].2).starts_with("unknown field `colour`"));
    assert_eq!(found[1].0, role0());
    assert!(format_message(&found[1].2).starts_with("missing field `title`"));
    assert_eq!(found[2].0.as_deref(), Some("second-role"));
    assert!(format_message(&found[2].2).starts_with("unknown field `salary`"));
}

#[test]
fn a_position_may_be_null_where_the_axis_does_not_describe_the_role() {
    assert_eq!(
        problems_after(|d| d["roles"][0]["dimensions"]["scope"]["position"] = Value::Null),
        vec![]
    );
    let data = parse_dataset(&{
        let mut d = valid();
        d["roles"][0]["dimensions"]["scope"]["position"] = Value::Null;
        d.to_string()
    })
    .unwrap();
    assert_eq!(data.roles[0].entries[0].position, None);
    // Absent is not the same as null: the author must decide.
    let found = problems_after(|d| {
        d["roles"][0]["dimensions"]["scope"]
            .as_object_mut()
            .unwrap()
            .remove("position");
    });
    assert_eq!(
        found,
        vec![(role0(), scope(), ProblemKind::MissingPosition)]
    );
}

#[test]
fn families_group_roles_and_must_be_defined() {
    let grouped = |d: &mut Value| {
        d["families"] = json!([{ "id": "management", "label": "Management" }]);
        d["roles"][0]["family"] = json!("management");
    };
    assert_eq!(problems_after(grouped), vec![]);
    let found = problems_after(|d| {
        grouped(d);
        d["roles"][1]["family"] = json!("sales");
    });
    assert_eq!(
        found,
        vec![(
            Some("second-role".into()),
            None,
            ProblemKind::UnknownFamily("sales".into())
        )]
    );
    let found = problems_after(|d| {
        d["families"] = json!([{ "id": "x", "label": "X" }, { "id": "x", "label": "Y" }]);
    });
    assert!(matches!(
        &found[0].2,
        ProblemKind::DuplicateId { field: "family id", value } if value == "x"
    ));
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
    assert_eq!(
        found[0].kind,
        ProblemKind::NotInExtension {
            field: "dimensions"
        }
    );
    let found = extend_dataset(base, "{}").unwrap_err();
    assert_eq!(found[0].kind, ProblemKind::Empty { field: "roles" });
    let found = extend_dataset(base, "{\"roles\": [").unwrap_err();
    assert!(matches!(found[0].kind, ProblemKind::Json { line: 1, .. }));
}

/// Host data with one rule broken at a time: each gives exactly these
/// messages (as the card, the console and the `role-compare:error` event
/// show them, after "Host roles were not used: "). The end-to-end suite
/// only checks that such messages reach the page.
#[test]
fn host_data_rules_each_give_their_own_message() {
    const STORE: &str = "role \"store-manager\": ";
    type Edit = fn(&mut Value);
    let cases: Vec<(&str, Edit, Vec<String>)> = vec![
        ("markup in a title", |h| h["roles"][0]["title"] = json!("<img src=x onerror=alert(1)>"),
            vec![format!("{STORE}title contains markup or control characters; write plain text")]),
        ("script breakout in a summary", |h| h["roles"][0]["summary"] = json!("\"><script>x()</script> runs a shop."),
            vec![format!("{STORE}summary contains markup or control characters; write plain text")]),
        ("markup in a dimension text", |h| h["roles"][0]["dimensions"]["scope"]["text"] = json!("Runs one shop <b onmouseover=\"x()\">and</b> every till, shelf and rota in it."),
            vec![format!("{STORE}dimension \"scope\": text contains markup or control characters; write plain text")]),
        ("a javascript: link as a source", |h| h["roles"][0]["facts"]["education"]["source"] = json!("javascript:x()"),
            vec![format!("{STORE}education \"javascript:x()\" is not a plain https:// link")]),
        ("a control character in a title", |h| h["roles"][0]["title"] = json!("Store\u{7}Manager"),
            vec![format!("{STORE}title contains markup or control characters; write plain text")]),
        ("a dimension is missing", |h| { h["roles"][0]["dimensions"].as_object_mut().unwrap().remove("quality"); },
            vec![format!("{STORE}dimension \"quality\": no description for this dimension")]),
        ("an unknown dimension", |h| h["roles"][0]["dimensions"]["vibes"] = json!({ "text": "x".repeat(70), "position": 3 }),
            vec![format!("{STORE}dimension \"vibes\": this dimension is not defined in \"dimensions\"")]),
        ("position 0", |h| h["roles"][0]["dimensions"]["scope"]["position"] = json!(0),
            vec![format!("{STORE}dimension \"scope\": position 0 is out of range; use 1 to 5")]),
        ("position 6", |h| h["roles"][0]["dimensions"]["risk"]["position"] = json!(6),
            vec![format!("{STORE}dimension \"risk\": position 6 is out of range; use 1 to 5")]),
        ("a position is missing", |h| { h["roles"][0]["dimensions"]["finance"].as_object_mut().unwrap().remove("position"); },
            vec![format!("{STORE}dimension \"finance\": a position is needed, since the dimension has an axis: 1 to 5, or null where the axis does not describe the role")]),
        ("a position on career", |h| h["roles"][0]["dimensions"]["career"]["position"] = json!(3),
            vec![format!("{STORE}dimension \"career\": a position is given, but the dimension has no axis")]),
        ("a text too short", |h| h["roles"][0]["dimensions"]["data"]["text"] = json!("Counts the tills."),
            vec![format!("{STORE}dimension \"data\": text is 17 characters long; it must be 60 to 300")]),
        ("an empty title", |h| h["roles"][0]["title"] = json!(""),
            vec![format!("{STORE}title is 0 characters long; it must be 1 to 80")]),
        ("a role id used twice", |h| { let r = h["roles"][0].clone(); h["roles"].as_array_mut().unwrap().push(r); },
            vec!["role id \"store-manager\" is used more than once".to_owned()]),
        ("a role id not in kebab-case", |h| h["roles"][0]["id"] = json!("Store_Manager"),
            vec!["role \"Store_Manager\": role id \"Store_Manager\" is not valid: an id is written in kebab-case: lower-case letters and digits, words joined by single dashes".to_owned()]),
        ("an http:// source link", |h| h["roles"][0]["facts"]["jobs"]["source"] = json!("http://www.bls.gov/ooh/"),
            vec![format!("{STORE}jobs \"http://www.bls.gov/ooh/\" is not a plain https:// link")]),
        ("a bad SOC code", |h| h["roles"][0]["facts"]["occupation"]["soc"] = json!("111021"),
            vec![format!("{STORE}SOC code \"111021\" is not of the form 11-1021")]),
        ("an unknown family", |h| h["roles"][0]["family"] = json!("retail"),
            vec![format!("{STORE}family \"retail\" is not defined in \"families\"")]),
        ("a pair note with an unknown role", |h| h["pairs"] = json!([{ "a": "store-manager", "b": "astronaut", "note": "x".repeat(50) }]),
            vec!["pair note names unknown role \"astronaut\"".to_owned()]),
        ("a pair note naming one role twice", |h| h["pairs"] = json!([{ "a": "store-manager", "b": "store-manager", "note": "x".repeat(50) }]),
            vec!["pair note names role \"store-manager\" twice".to_owned()]),
        ("dimensions in host data", |h| h["dimensions"] = json!([]),
            vec!["added roles use the built-in dimensions; remove \"dimensions\"".to_owned()]),
        ("families in host data", |h| h["families"] = json!([]),
            vec!["added roles use the built-in families; remove \"families\"".to_owned()]),
        ("format version 2", |h| h["version"] = json!(2),
            vec!["format version 2 is not supported (this widget reads version 1)".to_owned()]),
        ("a gist over 60 characters", |h| h["roles"][0]["dimensions"]["scope"]["gist"] = json!("one shop, ".repeat(7)),
            vec![format!("{STORE}dimension \"scope\": gist is 70 characters long; it must be 3 to 60")]),
        ("a choose_if over 60 characters", |h| h["roles"][0]["choose_if"] = json!("you like ".repeat(7)),
            vec![format!("{STORE}choose_if is 63 characters long; it must be 10 to 60")]),
        ("two defining dimensions", |h| h["roles"][0]["defines"] = json!(["scope", "people"]),
            vec![format!("{STORE}\"defines\" names 2 dimensions; name the 3 to 5 that define the role")]),
        ("a defining dimension that does not exist", |h| h["roles"][0]["defines"] = json!(["scope", "people", "vibes"]),
            vec![format!("{STORE}defining dimension \"vibes\" is not defined in \"dimensions\"")]),
        ("a defining dimension without an axis", |h| h["roles"][0]["defines"] = json!(["scope", "people", "career"]),
            vec![format!("{STORE}defining dimension \"career\" has no axis")]),
        ("a defining dimension where the role has no position", |h| {
            h["roles"][0]["defines"] = json!(["scope", "people", "risk"]);
            h["roles"][0]["dimensions"]["risk"]["position"] = json!(null);
        },
            vec![format!("{STORE}defining dimension \"risk\" has no position for this role")]),
        ("a defining dimension named twice", |h| h["roles"][0]["defines"] = json!(["scope", "people", "scope"]),
            vec![format!("{STORE}defining dimension \"scope\" is used more than once")]),
        ("a move to a role nobody defined", |h| h["roles"][0]["path"] = json!({ "moves": [{ "to": "astronaut", "kind": "up", "reason": "runs a shop, so could run a mission" }] }),
            vec![format!("{STORE}a move leads to unknown role \"astronaut\"")]),
        ("a certification without its name", |h| h["roles"][0]["path"] = json!({ "certifications": [{ "name": "", "body": "NRF" }] }),
            vec![format!("{STORE}certification name is 0 characters long; it must be 2 to 100")]),
        ("step-ups that come back", |h| {
            // The shipped Team Leader steps up to Operations Manager, and on to the COO.
            h["roles"][0]["id"] = json!("chief-operating-officer");
            h["roles"][0]["path"] = json!({ "moves": [{ "to": "team-leader", "kind": "up", "reason": "back to a small team, as a step up" }] });
        },
            vec!["role \"chief-operating-officer\": its step-ups lead back to it; a chain of \"up\" moves must never return to where it started".to_owned()]),
    ];
    for (name, edit, expected) in cases {
        let found: Vec<String> = match extend_dataset(builtin::dataset(), &host_roles(edit)) {
            Ok(_) => Vec::new(),
            Err(problems) => problems.iter().map(ToString::to_string).collect(),
        };
        assert_eq!(found, expected, "{name}");
    }
    // A move of no known kind names the kinds there are.
    let json = host_roles(
        |h| h["roles"][0]["path"] = json!({ "moves": [{ "to": "team-leader", "kind": "diagonal", "reason": "runs a shop, so could lead a team" }] }),
    );
    let found = extend_dataset(builtin::dataset(), &json).unwrap_err();
    assert!(found[0]
        .to_string()
        .ends_with("unknown variant `diagonal`, expected one of `up`, `sideways`, `change`"));
    // A text too long says how long it is.
    let json = host_roles(|h| {
        h["roles"][0]["dimensions"]["data"]["text"] =
            json!("A store manager ".repeat(19) + "runs a shop.")
    });
    let found = extend_dataset(builtin::dataset(), &json).unwrap_err();
    assert_eq!(
        found[0].to_string(),
        format!("{STORE}dimension \"data\": text is 316 characters long; it must be 60 to 300")
    );
}

/// Host JSON that is not JSON, or not of the format: one message each, with
/// where it went wrong.
#[test]
fn broken_host_json_says_where() {
    let message = |json: &str| {
        let found = extend_dataset(builtin::dataset(), json).unwrap_err();
        assert_eq!(found.len(), 1, "{json}: {found:?}");
        found[0].to_string()
    };
    assert_eq!(
        message("{\"roles\": [],}"),
        "malformed JSON at line 1, column 14: key must be a string"
    );
    assert_eq!(
        message("{'roles': []}"),
        "malformed JSON at line 1, column 2: key must be a string"
    );
    assert_eq!(
        message(&"[".repeat(10_000)),
        "malformed JSON at line 1, column 10000: EOF while parsing a list"
    );
    let nested = format!("{}1{}", "{\"a\":".repeat(10_000), "}".repeat(10_000));
    assert!(message(&nested).contains("unknown field `a`"));
    assert!(message("roles: store-manager").starts_with("malformed JSON at line 1, column 1: "));
    assert_eq!(
        message("[1, 2]"),
        "at line 1, column 1: \"the dataset\" should be an object, not a list"
    );
    let role = host_roles(|h| h["roles"][0] = json!([1]));
    assert_eq!(
        message(&role),
        "role \"#1\": at line 1, column 11: \"a role\" should be an object, not a list"
    );
    let title = host_roles(|h| h["roles"][0]["title"] = json!(42));
    assert!(message(&title).starts_with("role \"store-manager\": at line 1, column "));
    assert!(message(&title).ends_with("invalid type: integer `42`, expected a string"));
    let position = host_roles(|h| h["roles"][0]["dimensions"]["people"]["position"] = json!(2.5));
    assert!(message(&position)
        .ends_with("\"position\" should be a whole number from 1 to 5, or null, not a fraction"));
}
