//! The role dataset of [role-compare](https://crates.io/crates/role-compare):
//! the typed model, and the one entry point that reads and validates a
//! dataset ([`parse_dataset`]), or adds a host page's roles to one
//! ([`extend_dataset`]).
//!
//! A crate of its own so that role-compare's build script checks
//! `data/roles.json` with the same code the library reads datasets with,
//! before embedding it. Plain Rust and serde: no rendering, no browser.

// Outside input must never crash a reader: no unwrap, expect, panic or
// unchecked indexing outside tests.
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::indexing_slicing
    )
)]
#![warn(missing_docs)]

mod model;
mod problem;
mod read;
mod state_pay;
mod validate;
mod wages;

#[cfg(any(test, feature = "testing"))]
pub mod testing;

pub use model::{
    Axis, AxisKind, CareerPath, Certification, Dataset, Dimension, DimensionId, Entry, Fact, Facts,
    Family, FamilyId, IdError, List, Move, MoveKind, Occupation, PairNote, Position, Role, RoleId,
    Text, MAX_ID_LEN,
};
pub use problem::{clip, Problem, ProblemKind, Quoted};
pub use state_pay::{Figure, PayByState, State, StatePay};
pub use validate::{extend_dataset, limits, parse_dataset, FORMAT_VERSION};
pub use wages::{dollars, parse_wages, OccupationWages, Wages};
