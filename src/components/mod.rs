//! The Leptos views of the card. They display what `crate::card` computes
//! and hold only the reader's choices as signals. [`RoleCompare`] is the
//! public component; the others are its parts.

mod axis_meter;
mod card_body;
mod dimension_row;
mod dimensions;
mod key_differences;
mod moves;
mod pay_picker;
mod role_compare;
mod role_intro;
mod role_picker;
mod role_profile;

use axis_meter::AxisMeter;
use card_body::CardBody;
use dimension_row::DimensionRow;
use dimensions::Dimensions;
use key_differences::KeyDifferences;
use moves::Moves;
pub(crate) use pay_picker::PayControl;
use pay_picker::PayPicker;
pub use role_compare::RoleCompare;
#[cfg(any(feature = "embed", feature = "ssr"))]
pub(crate) use role_compare::{card, CardInput, CardSetup, PayInput};
use role_intro::RoleIntro;
use role_picker::RolePicker;
use role_profile::RoleProfile;

use std::sync::Arc;

use leptos::prelude::Memo;

use crate::card::CardModel;

/// The pair's card model as every part reads it (`move || card.with(…)`):
/// shared, so a new pair is computed once and handed on without a copy.
type Card = Memo<Arc<CardModel>>;
