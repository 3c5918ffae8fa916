//! The Leptos views of the card. They display what `crate::card` computes
//! and hold only the reader's choices as signals. [`RoleCompare`] is the
//! public component; the others are its parts.

mod axis_meter;
mod card_body;
mod dimension_row;
mod dimensions;
mod key_differences;
mod role_compare;
mod role_intro;
mod role_picker;
mod role_profile;

use axis_meter::AxisMeter;
use card_body::CardBody;
use dimension_row::DimensionRow;
use dimensions::Dimensions;
use key_differences::KeyDifferences;
pub use role_compare::RoleCompare;
#[cfg(any(feature = "embed", feature = "ssr"))]
pub(crate) use role_compare::{card, CardInput, CardSetup};
use role_intro::RoleIntro;
use role_picker::RolePicker;
use role_profile::RoleProfile;

use std::sync::Arc;

use leptos::prelude::{Memo, With};

use crate::card::{CardModel, Side};

/// The pair's card model as every part reads it: shared, so a new pair is
/// computed once and handed on without a copy.
type Card = Memo<Arc<CardModel>>;

/// Where a part of the card reads from: a side and, for a dimension, its row.
#[derive(Clone, Copy, Debug)]
struct At {
    side: Side,
    row: usize,
}

impl At {
    /// One side's part.
    fn side(side: Side) -> Self {
        At { side, row: 0 }
    }

    /// A side's part of a row.
    fn cell(side: Side, row: usize) -> Self {
        At { side, row }
    }

    /// A row's part, for both sides.
    fn row(row: usize) -> Self {
        At { side: Side::A, row }
    }
}

/// What a part of the card shows of the pair, read by a plain function.
type Read<T> = fn(&CardModel, At) -> T;

// Every part of the card that follows the pair goes through one of these, so
// each is one closure type and the renderer's generic code is compiled once
// per kind of value, not once per part: a smaller wasm.

/// A text that follows the pair.
fn text(card: Card, at: At, read: Read<String>) -> impl Fn() -> String + Copy + Send + Sync {
    move || card.with(|c| read(c, at))
}

/// An attribute that is present (with this value) or absent as the pair changes.
fn attribute(
    card: Card,
    at: At,
    read: Read<Option<&'static str>>,
) -> impl Fn() -> Option<&'static str> + Copy + Send + Sync {
    move || card.with(|c| read(c, at))
}

/// A number (an SVG coordinate) that follows the pair.
fn number(card: Card, at: At, read: Read<u8>) -> impl Fn() -> u8 + Copy + Send + Sync {
    move || card.with(|c| read(c, at))
}
