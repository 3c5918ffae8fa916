//! The picture of where two roles sit on a dimension's axis: what it shows
//! (positions and their words) and how it is drawn in its 100 × 24 SVG view box.

use crate::dataset::{AxisKind, Text};
use crate::pair::{Pair, Side};

/// Where the two roles sit on one dimension's axis.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Meter {
    /// The axis's low end.
    pub low: Text,
    /// The axis's high end.
    pub high: Text,
    /// Whether the axis is an amount or a direction.
    pub kind: AxisKind,
    /// Each role's position, 1 to 5 (`None`: not a defining part of the role).
    pub positions: Pair<Option<u8>>,
    /// What a screen reader says: "Procurement Manager: 2 of 5, toward tactical; ...".
    pub label: String,
    /// Said under the picture when a role has no position (no marker):
    /// "Fleet Manager: not a defining part of this role".
    pub missing: Option<String>,
}

/// The track of an amount: a wedge that widens from step 1 to step 5 (less
/// to more), with a tick at each step.
pub const SCALE_TRACK: &str = "M8 12L92 9V15ZM8 9v6M29 9v6M50 9v6M71 9v6M92 9v6";

/// The track of a direction: a line with an arrowhead at each end and a
/// taller mark at the middle step (both ends alike).
pub const LEAN_TRACK: &str =
    "M8 12H92M8 12l5-4M8 12l5 4M92 12l-5-4M92 12l-5 4M50 6v12M29 10v4M71 10v4";

impl Meter {
    /// The track drawn for this axis: a wedge for an amount, a two-way arrow for a direction.
    pub fn track(&self) -> &'static str {
        match self.kind {
            AxisKind::Scale => SCALE_TRACK,
            AxisKind::Lean => LEAN_TRACK,
        }
    }

    /// The words at both ends of the track; a direction's point outward.
    pub fn ends(&self) -> (String, String) {
        match self.kind {
            AxisKind::Scale => (self.low.to_string(), self.high.to_string()),
            AxisKind::Lean => (format!("← {}", self.low), format!("{} →", self.high)),
        }
    }

    /// Where one side's marker sits on the track: the x of its step
    /// (steps are 21 units apart from x = 8, so every coordinate is whole),
    /// or `None` when the side has no position (no marker).
    pub fn x(&self, side: Side) -> Option<u8> {
        self.positions[side].map(step_x)
    }
}

/// The x of a position's step on the track (out-of-range positions clamp).
fn step_x(position: u8) -> u8 {
    8 + (position.clamp(1, 5) - 1) * 21
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meter(kind: AxisKind, a: Option<u8>, b: Option<u8>) -> Meter {
        Meter {
            low: "narrow".into(),
            high: "broad".into(),
            kind,
            positions: Pair::new(a, b),
            label: String::new(),
            missing: None,
        }
    }

    #[test]
    fn markers_sit_on_the_ticks_of_the_track() {
        for position in 1..=5 {
            assert!(SCALE_TRACK.contains(&format!("M{} 9v6", step_x(position))));
            assert!(LEAN_TRACK.contains(&format!("M{} ", step_x(position))));
        }
        assert!(SCALE_TRACK.starts_with(&format!("M{} 12L{} ", step_x(1), step_x(5))));
        assert!(LEAN_TRACK.starts_with(&format!("M{} 12H{}", step_x(1), step_x(5))));
        assert_eq!((step_x(0), step_x(9)), (step_x(1), step_x(5)));
        let m = meter(AxisKind::Scale, Some(2), None);
        assert_eq!((m.x(Side::A), m.x(Side::B)), (Some(29), None));
    }

    #[test]
    fn an_amount_and_a_direction_are_drawn_and_labelled_apart() {
        let scale = meter(AxisKind::Scale, Some(1), Some(5));
        assert_eq!(scale.track(), SCALE_TRACK);
        assert_eq!(scale.ends(), ("narrow".to_owned(), "broad".to_owned()));
        let lean = meter(AxisKind::Lean, Some(1), Some(5));
        assert_eq!(lean.track(), LEAN_TRACK);
        assert_eq!(lean.ends(), ("← narrow".to_owned(), "broad →".to_owned()));
    }
}
