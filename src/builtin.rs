//! The roles shipped with the widget.
//!
//! `build.rs` validates `data/roles.json` with [`crate::parse_dataset`] and
//! writes it out as Rust statics, so a broken dataset fails the build and
//! the wasm embeds the data without parsing it at start-up (this measured
//! 471 bytes brotli smaller than embedding the JSON and parsing it on first
//! use with the crate's own reader; see the README).

use crate::dataset::{Dataset, Role, RoleId};

mod statics {
    use crate::dataset::{
        Axis, AxisKind, CareerPath, Certification, Dataset, Dimension, DimensionId, Entry, Fact,
        Facts, Family, FamilyId, Move, MoveKind, Occupation, PairNote, Position, Role, RoleId,
    };
    use std::borrow::Cow;

    include!(concat!(env!("OUT_DIR"), "/builtin_dataset.rs"));
}

/// The id of every built-in role, as constants, so an app names a role
/// without parsing a string: `roles::OPERATIONS_MANAGER`.
pub mod roles {
    use crate::dataset::RoleId;

    include!(concat!(env!("OUT_DIR"), "/builtin_roles.rs"));
}

#[cfg(any(feature = "embed", feature = "ssr"))]
include!(concat!(env!("OUT_DIR"), "/fingerprint.rs"));

/// The dataset compiled into the widget.
pub fn dataset() -> &'static Dataset {
    &statics::DATASET
}

/// The pair a card shows when nothing (or nothing usable) is asked for.
pub const DEFAULT_PAIR: (RoleId, RoleId) = (roles::OPERATIONS_MANAGER, roles::PROCUREMENT_MANAGER);

/// The hosted site's page that lists every pair, below the site's root.
pub const ALL_PAIRS_PAGE: &str = "compare/index.html";

/// Every unordered pair of built-in roles, in dataset order (each pair's
/// page, picture and frame are made from these).
pub fn pairs() -> Vec<(&'static Role, &'static Role)> {
    let roles = &dataset().roles;
    roles
        .iter()
        .enumerate()
        .flat_map(|(i, a)| roles.iter().skip(i + 1).map(move |b| (a, b)))
        .collect()
}

/// The path of the hosted page of a pair of built-in roles, below the site's
/// root: both ids in the dataset's order, so each unordered pair has one
/// page, e.g. `compare/operations-manager-vs-procurement-manager.html`.
/// `None` for the same role twice or a role that is not built in.
pub fn pair_page(a: &RoleId, b: &RoleId) -> Option<String> {
    page_order(a, b).map(|(first, second)| format!("compare/{first}-vs-{second}.html"))
}

/// A pair of built-in roles in the order of its page (see [`pair_page`]).
pub fn page_order<'a>(a: &'a RoleId, b: &'a RoleId) -> Option<(&'a RoleId, &'a RoleId)> {
    let index = |id: &RoleId| dataset().roles.iter().position(|role| &role.id == id);
    match index(a)?.cmp(&index(b)?) {
        std::cmp::Ordering::Less => Some((a, b)),
        std::cmp::Ordering::Greater => Some((b, a)),
        std::cmp::Ordering::Equal => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_pair_has_one_page_named_in_dataset_order() {
        let (ops, proc) = (roles::OPERATIONS_MANAGER, roles::PROCUREMENT_MANAGER);
        let page = pair_page(&ops, &proc);
        assert_eq!(
            page.as_deref(),
            Some("compare/operations-manager-vs-procurement-manager.html")
        );
        assert_eq!(pair_page(&proc, &ops), page);
        assert_eq!(pair_page(&ops, &ops), None);
        assert_eq!(
            pair_page(&ops, &RoleId::parse("store-manager").unwrap()),
            None
        );
    }

    /// Every source file (views, the words, the pair's sides, the theme: all
    /// that can write markup) is hashed into the fingerprint a pre-rendered
    /// card carries, so a core never adopts markup another version made.
    #[cfg(any(feature = "embed", feature = "ssr"))]
    #[test]
    fn the_fingerprint_covers_every_source_file() {
        fn walk(folder: &std::path::Path, found: &mut Vec<String>) {
            for entry in std::fs::read_dir(folder).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    walk(&path, found);
                } else if path.extension().is_some_and(|ext| ext == "rs") {
                    found.push(path.to_string_lossy().replace('\\', "/"));
                }
            }
        }
        // Tests run in the package's folder, as the build script does.
        let mut sources = Vec::new();
        walk(std::path::Path::new("src"), &mut sources);
        for file in [
            "src/pair.rs",
            "src/theme.rs",
            "src/components/role_picker.rs",
        ] {
            assert!(
                sources.iter().any(|f| f == file),
                "{file} moved: update this test"
            );
        }
        for file in &sources {
            assert!(
                MARKUP_FILES.contains(&file.as_str()),
                "{file} is not hashed into the fingerprint"
            );
        }
    }
}
