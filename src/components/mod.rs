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
use role_intro::RoleIntro;
use role_picker::RolePicker;
use role_profile::RoleProfile;

/// What the embed (or the pre-render step) tells a card beyond its props,
/// provided as context around it.
#[derive(Clone, Debug, Default)]
pub(crate) struct CardSetup {
    /// Problems with the element's configuration, shown above the card.
    pub notices: Vec<String>,
    /// Where the hosted pages are (`…/` with `compare/<pair>.html` below it):
    /// the card links to its pair's page, and without script to all pairs.
    pub pair_pages: Option<String>,
    /// Rendered as HTML for readers who may have no script: the controls are
    /// disabled until the card is taken over in the browser.
    pub without_script: bool,
}
