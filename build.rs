//! Checks `data/roles.json` with the library's own reader (`role-compare-dataset`) and turns it into
//! Rust statics (`$OUT_DIR/builtin_dataset.rs`) and one constant per role id
//! (`$OUT_DIR/builtin_roles.rs`), so a broken dataset fails the build with a
//! list of its problems. Also checks `data/pay-by-state.tsv` and lists its
//! states (`$OUT_DIR/builtin_states.rs`), and minifies the card's stylesheet
//! (`build/css.rs`).

use std::fmt::Write as _;
use std::path::PathBuf;

use role_compare_dataset as dataset;

#[path = "build/css.rs"]
mod css;

use dataset::{Dataset, Fact, Text};

const DATA: &str = "data/roles.json";
/// The pay of every role's occupation, one release (`make wages` writes it).
const WAGES: &str = "data/wages.json";
/// The same release's pay by US state (`make wages` writes it too).
const STATE_PAY: &str = "data/pay-by-state.tsv";
const CSS: &str = "style/role-compare.css";

fn main() {
    println!("cargo:rerun-if-changed={DATA}");
    println!("cargo:rerun-if-changed={WAGES}");
    println!("cargo:rerun-if-changed={STATE_PAY}");
    println!("cargo:rerun-if-changed={CSS}");
    println!("cargo:rerun-if-changed=build");
    println!("cargo:rerun-if-env-changed=ROLE_COMPARE_DATA");
    // A folder: cargo looks at every file below it.
    println!("cargo:rerun-if-changed={MARKUP_SOURCES}");
    // `ROLE_COMPARE_DATA` lets a test point the build at another file.
    let path = std::env::var("ROLE_COMPARE_DATA").unwrap_or_else(|_| DATA.to_owned());
    let json = match std::fs::read_to_string(&path) {
        Ok(json) => json,
        Err(err) => fail(&path, &[format!("cannot read the file: {err}")]),
    };
    let mut dataset = match dataset::parse_dataset(&json) {
        Ok(dataset) => dataset,
        Err(problems) => fail(
            &path,
            &problems.iter().map(ToString::to_string).collect::<Vec<_>>(),
        ),
    };
    // Pay comes from one release, by occupation code: data/wages.json.
    let wages = std::fs::read_to_string(WAGES)
        .map_err(|err| format!("cannot read the file: {err}"))
        .and_then(|text| dataset::parse_wages(&text))
        .unwrap_or_else(|problem| fail(WAGES, &[problem]));
    let problems = wages.apply(&mut dataset);
    if !problems.is_empty() {
        fail(WAGES, &problems);
    }
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    std::fs::write(out.join("builtin_dataset.rs"), generate(&dataset))
        .expect("OUT_DIR is writable");
    std::fs::write(out.join("builtin_roles.rs"), role_constants(&dataset))
        .expect("OUT_DIR is writable");
    std::fs::write(out.join("fingerprint.rs"), fingerprint(&json)).expect("OUT_DIR is writable");
    // The states of the pay-by-state file, checked with the library's reader.
    let states = std::fs::read_to_string(STATE_PAY)
        .map_err(|err| format!("cannot read the file: {err}"))
        .and_then(|text| dataset::PayByState::parse(&text))
        .unwrap_or_else(|problem| fail(STATE_PAY, &[problem]));
    std::fs::write(out.join("builtin_states.rs"), state_list(&states))
        .expect("OUT_DIR is writable");
    // The card's stylesheet, without comments and needless whitespace.
    let css = std::fs::read_to_string(CSS).expect("style/role-compare.css is readable");
    std::fs::write(out.join("role-compare.min.css"), css::minify(&css))
        .expect("OUT_DIR is writable");
}

/// What the card's markup is made from besides the dataset: every source file
/// of the crate (views, the model they display, words, the pair's sides, the
/// theme, the pre-render), found by walking the folder, never listed by hand.
const MARKUP_SOURCES: &str = "src";

/// The `.rs` files below `folder`, sorted.
fn rust_files(folder: &std::path::Path, files: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return;
    };
    for path in entries.filter_map(|e| Some(e.ok()?.path())) {
        if path.is_dir() {
            rust_files(&path, files);
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            files.push(path);
        }
    }
}

/// A constant naming what made the card's markup: a hash (64-bit FNV-1a) of
/// the dataset, every file of [`MARKUP_SOURCES`] and the crate's version. A
/// pre-rendered card carries it, and the embed adopts a card only with its
/// own (another dataset or version of the card is mounted afresh). The files
/// hashed are listed beside it, for the test that checks every view is.
fn fingerprint(json: &str) -> String {
    let mut files: Vec<PathBuf> = Vec::new();
    rust_files(std::path::Path::new(MARKUP_SOURCES), &mut files);
    files.sort();
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut add = |bytes: &[u8]| {
        for byte in bytes {
            hash ^= u64::from(*byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    };
    add(json.as_bytes());
    for file in &files {
        add(&std::fs::read(file).expect("the card's sources are readable"));
    }
    add(env!("CARGO_PKG_VERSION").as_bytes());
    let listed: Vec<String> = files
        .iter()
        .map(|file| format!("{:?}", file.to_string_lossy().replace('\\', "/")))
        .collect();
    format!(
        "/// What made the card's markup: the dataset, the sources and the version, hashed.\n\
         pub(crate) const MARKUP_FINGERPRINT: &str = \"{hash:016x}\";\n\
         /// The source files hashed into [`MARKUP_FINGERPRINT`].\n\
         #[cfg(test)]\n\
         pub(crate) const MARKUP_FILES: &[&str] = &[{}];\n",
        listed.join(", ")
    )
}

fn fail(path: &str, problems: &[String]) -> ! {
    eprintln!("\n{path} has {} problem(s):", problems.len());
    for problem in problems {
        eprintln!("  - {problem}");
        println!("cargo:warning={path}: {problem}");
    }
    eprintln!();
    std::process::exit(1);
}

/// A Rust expression for a borrowed text.
fn text(t: &Text) -> String {
    format!("Cow::Borrowed({:?})", t.as_ref())
}

fn opt<T>(value: &Option<T>, f: impl Fn(&T) -> String) -> String {
    value
        .as_ref()
        .map_or_else(|| "None".to_owned(), |v| format!("Some({})", f(v)))
}

fn fact(f: &Fact) -> String {
    format!(
        "Fact {{ value: {}, year: {}, source: {} }}",
        text(&f.value),
        text(&f.year),
        text(&f.source)
    )
}

fn generate(data: &Dataset) -> String {
    let mut rs = String::from("// @generated by build.rs from data/roles.json; do not edit.\n\n");
    let _ = writeln!(rs, "static FAMILIES: [Family; {}] = [", data.families.len());
    for family in data.families.iter() {
        let _ = writeln!(
            rs,
            "    Family {{ id: FamilyId::from_static({:?}), label: {} }},",
            family.id.as_str(),
            text(&family.label)
        );
    }
    rs.push_str("];\n\n");
    let _ = writeln!(
        rs,
        "static DIMENSIONS: [Dimension; {}] = [",
        data.dimensions.len()
    );
    for d in data.dimensions.iter() {
        let axis = opt(&d.axis, |a| {
            format!(
                "Axis {{ low: {}, high: {}, kind: AxisKind::{:?} }}",
                text(&a.low),
                text(&a.high),
                a.kind
            )
        });
        let _ = writeln!(
            rs,
            "    Dimension {{ id: DimensionId::from_static({:?}), label: {}, question: {}, axis: {axis} }},",
            d.id.as_str(),
            text(&d.label),
            text(&d.question),
        );
    }
    rs.push_str("];\n\n");

    for (index, role) in data.roles.iter().enumerate() {
        let _ = writeln!(
            rs,
            "static ROLE_{index}_ENTRIES: [Entry; {}] = [",
            role.entries.len()
        );
        for entry in role.entries.iter() {
            // `Position::new` is a const fn: an out-of-range value could not even compile.
            let position = entry.position.map_or_else(
                || "None".to_owned(),
                |p| format!("Position::new({})", p.get()),
            );
            let _ = writeln!(
                rs,
                "    Entry {{ text: {}, gist: {}, position: {position} }},",
                text(&entry.text),
                opt(&entry.gist, text)
            );
        }
        rs.push_str("];\n");
    }

    let _ = writeln!(rs, "\nstatic ROLES: [Role; {}] = [", data.roles.len());
    for (index, role) in data.roles.iter().enumerate() {
        let facts = opt(&role.facts, |f| {
            let occupation = opt(&f.occupation, |o| {
                format!(
                    "Occupation {{ soc: {}, title: {}, note: {} }}",
                    text(&o.soc),
                    text(&o.title),
                    opt(&o.note, text)
                )
            });
            format!(
                "Facts {{ occupation: {occupation}, median_pay: {}, pay_range: {}, education: {}, outlook: {}, jobs: {} }}",
                opt(&f.median_pay, fact),
                opt(&f.pay_range, fact),
                opt(&f.education, fact),
                opt(&f.outlook, fact),
                opt(&f.jobs, fact),
            )
        });
        let defines: Vec<String> = role
            .defines
            .iter()
            .map(|d| format!("DimensionId::from_static({:?})", d.as_str()))
            .collect();
        let path = opt(&role.path, |p| {
            let certifications: Vec<String> = p
                .certifications
                .iter()
                .map(|c| {
                    format!(
                        "Certification {{ name: {}, body: {} }}",
                        text(&c.name),
                        text(&c.body)
                    )
                })
                .collect();
            let moves: Vec<String> = p
                .moves
                .iter()
                .map(|m| {
                    format!(
                        "Move {{ to: RoleId::from_static({:?}), kind: MoveKind::{:?}, reason: {} }}",
                        m.to.as_str(),
                        m.kind,
                        text(&m.reason)
                    )
                })
                .collect();
            format!(
                "CareerPath {{ certifications: Cow::Borrowed(&[{}]), moves: Cow::Borrowed(&[{}]) }}",
                certifications.join(", "),
                moves.join(", ")
            )
        });
        let _ = writeln!(
            rs,
            "    Role {{ id: RoleId::from_static({:?}), title: {}, family: {}, summary: {}, suits_you_if: {}, facts: {facts}, defines: Cow::Borrowed(&[{}]), choose_if: {}, entries: Cow::Borrowed(&ROLE_{index}_ENTRIES), path: {path} }},",
            role.id.as_str(),
            text(&role.title),
            opt(&role.family, |f| format!("FamilyId::from_static({:?})", f.as_str())),
            text(&role.summary),
            text(&role.suits_you_if),
            defines.join(", "),
            opt(&role.choose_if, text),
        );
    }
    rs.push_str("];\n\n");

    let _ = writeln!(rs, "static PAIRS: [PairNote; {}] = [", data.pairs.len());
    for pair in data.pairs.iter() {
        let _ = writeln!(
            rs,
            "    PairNote {{ a: RoleId::from_static({:?}), b: RoleId::from_static({:?}), note: {}, alike: Cow::Borrowed(&[{}]), first: Cow::Borrowed(&[{}]) }},",
            pair.a.as_str(),
            pair.b.as_str(),
            text(&pair.note),
            dimension_list(&pair.alike),
            dimension_list(&pair.first),
        );
    }
    rs.push_str("];\n\n");
    rs.push_str(
        "pub(super) static DATASET: Dataset = Dataset {\n    families: Cow::Borrowed(&FAMILIES),\n    dimensions: Cow::Borrowed(&DIMENSIONS),\n    roles: Cow::Borrowed(&ROLES),\n    pairs: Cow::Borrowed(&PAIRS),\n};\n",
    );
    rs
}

/// Dimension ids as the items of a static slice.
fn dimension_list(ids: &[dataset::DimensionId]) -> String {
    ids.iter()
        .map(|d| format!("DimensionId::from_static({:?})", d.as_str()))
        .collect::<Vec<_>>()
        .join(", ")
}

/// `pub static STATES: &[(&str, &str)]`: every state's (code, name), in the file's order.
fn state_list(pay: &dataset::PayByState) -> String {
    let items: Vec<String> = pay
        .states
        .iter()
        .map(|state| format!("({:?}, {:?})", state.code, state.name))
        .collect();
    format!(
        "pub static STATES: &[(&str, &str)] = &[{}];\n",
        items.join(", ")
    )
}

/// `pub const OPERATIONS_MANAGER: RoleId = …;` for every role, documented with its title.
fn role_constants(data: &Dataset) -> String {
    let mut rs = String::from("// @generated by build.rs from data/roles.json; do not edit.\n");
    for role in data.roles.iter() {
        let name = role.id.as_str().replace('-', "_").to_ascii_uppercase();
        let _ = writeln!(
            rs,
            "\n/// {}.\npub const {name}: RoleId = RoleId::from_static({:?});",
            role.title,
            role.id.as_str()
        );
    }
    rs
}
