//! The role dataset: the typed model, and the one entry point that reads and
//! validates a dataset ([`parse_dataset`]), or adds a host page's roles to one
//! ([`extend_dataset`]).
//!
//! This module is also compiled into `build.rs`, which checks `data/roles.json`
//! with the same code before embedding it, so it uses no `crate::` paths.

mod model;
mod problem;
mod read;
mod validate;

pub use model::{
    Axis, AxisKind, Dataset, Dimension, DimensionId, Entry, Fact, Facts, Family, FamilyId, IdError,
    List, Occupation, PairNote, Position, Role, RoleId, Text, MAX_ID_LEN,
};
pub use problem::{Problem, ProblemKind};
pub use validate::{extend_dataset, limits, parse_dataset, FORMAT_VERSION};

#[cfg(any(feature = "embed", test))]
pub(crate) use problem::{clip, Quoted};
