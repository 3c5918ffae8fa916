//! The role dataset: the typed model, and the one entry point that parses and
//! validates a dataset ([`parse_dataset`]).
//!
//! This module is also compiled into `build.rs`, which checks `data/roles.json`
//! with the same code before embedding it, so it uses no `crate::` paths.

pub mod json;
mod model;
mod problem;
mod validate;

pub use model::{
    check_id, Axis, Dataset, Dimension, DimensionId, Entry, Fact, Facts, IdError, Occupation,
    PairNote, Position, Role, RoleId, Text, MAX_ID_LEN,
};
pub use problem::{clip, Problem, ProblemKind, Quoted};
pub use validate::{extend_dataset, limits, parse_dataset, FORMAT_VERSION};
