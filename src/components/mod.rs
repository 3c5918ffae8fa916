//! The Leptos views of the card. They display what `crate::card` computes
//! and hold only the reader's choices as signals. [`RoleCompare`] is the
//! public component; the others are its parts.

mod axis_meter;
mod card_body;
mod comparison_row;
mod comparison_table;
mod key_differences;
mod role_compare;
mod role_header;
mod role_picker;

use axis_meter::AxisMeter;
use card_body::CardBody;
use comparison_row::ComparisonRow;
use comparison_table::ComparisonTable;
use key_differences::KeyDifferences;
pub use role_compare::RoleCompare;
use role_header::RoleHeaderView;
use role_picker::RolePicker;

use leptos::prelude::{Memo, With};

use crate::card::{CardModel, Side};

/// What the embed (or the pre-render step) tells a card beyond its props,
/// provided as context around it.
#[derive(Clone, Debug, Default)]
pub(crate) struct CardSetup {
    /// Problems with the element's configuration, shown above the card.
    pub notices: Vec<String>,
}

/// A side's role title, following the pair (table headers and cell labels).
fn role_title(card: Memo<CardModel>, side: Side) -> impl Fn() -> String + Copy + Send + Sync {
    move || card.with(|c| c.header(side).title.to_string())
}
