//! The dataset shipped with the widget.
//!
//! `build.rs` validates `data/roles.json` and writes it out as Rust statics,
//! so the default build embeds the data without a JSON parser. The
//! `runtime-json` feature instead embeds the minified JSON and parses it on
//! first use; it exists to compare the shipped size of both approaches.

use crate::dataset::Dataset;

#[cfg(not(feature = "runtime-json"))]
mod statics {
    use crate::dataset::{
        Axis, Dataset, Dimension, DimensionId, Entry, Fact, Facts, Occupation, PairNote, Position,
        Role, RoleId,
    };
    use std::borrow::Cow;

    include!(concat!(env!("OUT_DIR"), "/builtin_dataset.rs"));

    pub fn dataset() -> &'static Dataset {
        &DATASET
    }
}

#[cfg(feature = "runtime-json")]
mod statics {
    use crate::dataset::{parse_dataset, Dataset};
    use std::borrow::Cow;
    use std::sync::OnceLock;

    static JSON: &str = include_str!("../data/roles.json");
    static PARSED: OnceLock<Dataset> = OnceLock::new();

    pub fn dataset() -> &'static Dataset {
        // build.rs validated this very text, so the fallback is never taken.
        PARSED.get_or_init(|| {
            parse_dataset(JSON).unwrap_or(Dataset {
                dimensions: Cow::Borrowed(&[]),
                roles: Cow::Borrowed(&[]),
                pairs: Cow::Borrowed(&[]),
            })
        })
    }
}

/// The dataset compiled into the widget.
pub fn dataset() -> &'static Dataset {
    statics::dataset()
}
