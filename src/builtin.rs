//! The roles shipped with the widget.
//!
//! `build.rs` validates `data/roles.json` with [`crate::parse_dataset`] and
//! writes it out as Rust statics, so a broken dataset fails the build and
//! the wasm embeds the data without parsing it at start-up (this measured
//! 471 bytes brotli smaller than embedding the JSON and parsing it on first
//! use with the crate's own reader; see the README).

use crate::dataset::Dataset;

mod statics {
    use crate::dataset::{
        Axis, AxisKind, Dataset, Dimension, DimensionId, Entry, Fact, Facts, Family, FamilyId,
        Occupation, PairNote, Position, Role, RoleId,
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
pub const DEFAULT_PAIR: (crate::RoleId, crate::RoleId) =
    (roles::OPERATIONS_MANAGER, roles::PROCUREMENT_MANAGER);

pub use crate::card::ALL_PAIRS_PAGE;

/// The path of the hosted page of a pair of built-in roles, below the site's
/// root: both ids in the dataset's order, so each unordered pair has one
/// page, e.g. `compare/operations-manager-vs-procurement-manager.html`.
/// `None` for the same role twice or a role that is not built in.
pub fn pair_page(a: &crate::RoleId, b: &crate::RoleId) -> Option<String> {
    crate::card::pair_page(dataset(), a, b)
}

/// A pair of built-in roles in the order of its page (see [`pair_page`]).
pub fn page_order<'a>(
    a: &'a crate::RoleId,
    b: &'a crate::RoleId,
) -> Option<(&'a crate::RoleId, &'a crate::RoleId)> {
    crate::card::page_order(dataset(), a, b)
}
