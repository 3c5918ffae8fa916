//! The two sides of a comparison, and a value for each.

use std::ops::{Index, IndexMut};

/// One side of a pair: role A (the left column, `role-a`, round marker) or
/// role B (the right column, `role-b`, square marker).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Side {
    /// The first role.
    A,
    /// The second role.
    B,
}

impl Side {
    /// `"a"` or `"b"`, as used in class names and `data-side`.
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Side::A => "a",
            Side::B => "b",
        }
    }

    /// The side across from this one.
    pub(crate) fn other(self) -> Side {
        match self {
            Side::A => Side::B,
            Side::B => Side::A,
        }
    }

    /// `"A"` or `"B"`, as messages name the sides.
    #[cfg(any(feature = "embed", test))]
    pub(crate) fn letter(self) -> &'static str {
        match self {
            Side::A => "A",
            Side::B => "B",
        }
    }
}

/// One value per side, read with `pair[side]`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Pair<T> {
    /// Role A's.
    pub a: T,
    /// Role B's.
    pub b: T,
}

impl<T> Pair<T> {
    /// Role A's value, then role B's.
    pub fn new(a: T, b: T) -> Self {
        Pair { a, b }
    }
}

impl<T> Index<Side> for Pair<T> {
    type Output = T;

    fn index(&self, side: Side) -> &T {
        match side {
            Side::A => &self.a,
            Side::B => &self.b,
        }
    }
}

impl<T> IndexMut<Side> for Pair<T> {
    fn index_mut(&mut self, side: Side) -> &mut T {
        match side {
            Side::A => &mut self.a,
            Side::B => &mut self.b,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_side_reads_its_own_value() {
        let pair = Pair::new("left", "right");
        assert_eq!((pair[Side::A], pair[Side::B]), ("left", "right"));
        assert_eq!((Side::A.as_str(), Side::B.letter()), ("a", "B"));
    }
}
