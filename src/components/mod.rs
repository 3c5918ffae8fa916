//! The Leptos views of the card (browser only). They display what
//! [`crate::card`] computes and hold only the reader's choices as signals.

mod axis_meter;
mod card_body;
mod comparison_row;
mod comparison_table;
mod embed_generator;
mod key_differences;
mod role_compare;
mod role_header;
mod role_picker;

pub use axis_meter::AxisMeter;
pub use card_body::CardBody;
pub use comparison_row::ComparisonRow;
pub use comparison_table::ComparisonTable;
pub use embed_generator::EmbedGenerator;
pub use key_differences::KeyDifferences;
pub use role_compare::RoleCompare;
pub use role_header::RoleHeaderView;
pub use role_picker::RolePicker;

use leptos::prelude::{Memo, With};

use crate::card::{CardModel, Side};

/// A side's role title, following the pair (table headers and cell labels).
fn role_title(card: Memo<CardModel>, side: Side) -> impl Fn() -> String + Copy + Send + Sync {
    move || card.with(|c| c.header(side).title.to_string())
}
