//! Moving between the two roles of a pair, in both directions: whether the
//! move is a step up, a step down, sideways or a change of field; the usual
//! route through the dataset's roles (the shortest path over the roles'
//! moves); what to add on the way (the entry education and experience BLS
//! gives, the certifications employers ask for, the dimensions where the
//! roles are furthest apart, in their gists' words); and the pay step,
//! median to median. Plain data, in the card's words, tested natively.

use crate::compare::KeyDifference;
use crate::dataset::{Dataset, Fact, MoveKind, Role, RoleId};
use crate::pair::Pair;
use crate::words;

/// How a move from one role to the other relates them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    /// Up one ladder, this many steps.
    Up(usize),
    /// Back down a ladder someone usually climbs the other way.
    Down(usize),
    /// To work of about the same level.
    Sideways,
    /// Into another field.
    Change,
    /// No one usually moves this way.
    None,
}

/// One direction of the move, ready to show.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MoveModel {
    /// "From Production Supervisor to Plant Manager: a climb of 2 steps".
    pub heading: String,
    /// What the direction is, for tests and styles.
    pub direction: Direction,
    /// The route, what to add on the way and the pay step, a sentence each.
    pub lines: Vec<String>,
}

/// The moves from `a` to `b` and back, when both roles carry their career
/// paths (a host role without one has no such part). `keys` are the pair's
/// key differences, furthest apart first, for what to add on the way.
pub fn moves(
    data: &Dataset,
    a: &Role,
    b: &Role,
    keys: &[(String, &KeyDifference)],
) -> Option<Pair<MoveModel>> {
    a.path.as_ref()?;
    b.path.as_ref()?;
    // Each key difference as (label, what the role moved from does, what the role moved to does).
    let there: Vec<Gap> = keys
        .iter()
        .map(|(label, k)| (label.as_str(), k.a.as_str(), k.b.as_str()))
        .collect();
    let back: Vec<Gap> = there.iter().map(|&(label, a, b)| (label, b, a)).collect();
    Some(Pair::new(
        one_way(data, a, b, &there),
        one_way(data, b, a, &back),
    ))
}

/// The move from `from` to `to`.
/// A key difference as a move reads it: its label, then what the role moved
/// from does there, then what the role moved to does.
type Gap<'a> = (&'a str, &'a str, &'a str);

fn one_way(data: &Dataset, from: &Role, to: &Role, gaps: &[Gap<'_>]) -> MoveModel {
    let there = route(data, &from.id, &to.id);
    let back = route(data, &to.id, &from.id);
    let direction = match (&there, &back) {
        (Some(steps), _) => direction_of(steps),
        (None, Some(steps)) if steps.iter().any(|s| s.kind == MoveKind::Up) => {
            Direction::Down(steps.iter().filter(|s| s.kind == MoveKind::Up).count())
        }
        _ => Direction::None,
    };
    let heading = words::move_heading(&from.title, &to.title, direction);
    let mut lines = Vec::new();
    match (&there, direction) {
        (_, Direction::None) => {
            lines.push(words::no_usual_move(&from.title, &to.title, back.is_some()))
        }
        (Some(steps), _) => {
            let through: Vec<String> = steps
                .iter()
                .take(steps.len().saturating_sub(1))
                .map(|s| data.title(&s.to))
                .collect();
            if let Some(first) = steps.first() {
                lines.push(words::route(&through, &first.reason));
            }
        }
        (None, _) => lines.push(words::step_down(&to.title)),
    }
    if matches!(direction, Direction::Down(_)) {
        if let Some(pay) = pay_step(from, to) {
            lines.push(pay);
        }
    } else if direction != Direction::None {
        let education = to
            .facts
            .as_ref()
            .and_then(|f| f.education.as_ref())
            .map(|f| f.value.to_string());
        let certifications: Vec<(&str, &str)> = to
            .path
            .iter()
            .flat_map(|p| p.certifications.iter())
            .filter(|c| {
                !from
                    .path
                    .iter()
                    .flat_map(|p| p.certifications.iter())
                    .any(|held| held.name == c.name)
            })
            .map(|c| (c.name.as_ref(), c.body.as_ref()))
            .collect();
        let gaps: Vec<String> = gaps
            .iter()
            .take(2)
            .map(|&(label, from_does, to_does)| words::gap(label, from_does, &to.title, to_does))
            .collect();
        lines.push(words::to_add(
            &to.title,
            education.as_deref(),
            &certifications,
            &gaps,
        ));
        if let Some(pay) = pay_step(from, to) {
            lines.push(pay);
        }
    }
    MoveModel {
        heading,
        direction,
        lines,
    }
}

/// One move of a route.
#[derive(Clone, Debug)]
struct Step {
    to: RoleId,
    kind: MoveKind,
    reason: String,
}

/// The shortest route from `from` to `to` over the roles' moves (breadth
/// first; among routes as short, the one through the moves listed first).
fn route(data: &Dataset, from: &RoleId, to: &RoleId) -> Option<Vec<Step>> {
    let mut came_from: Vec<(RoleId, Option<(usize, Step)>)> = vec![(from.clone(), None)];
    let mut next = 0;
    while let Some((at, _)) = came_from.get(next).cloned() {
        if &at == to {
            let mut steps = Vec::new();
            let mut index = next;
            while let Some((_, Some((before, step)))) = came_from.get(index).cloned() {
                steps.push(step);
                index = before;
            }
            steps.reverse();
            return Some(steps);
        }
        let moves = data
            .role(&at)
            .and_then(|r| r.path.as_ref())
            .map(|p| p.moves.to_vec())
            .unwrap_or_default();
        for m in moves {
            if !came_from.iter().any(|(id, _)| id == &m.to) {
                came_from.push((
                    m.to.clone(),
                    Some((
                        next,
                        Step {
                            to: m.to,
                            kind: m.kind,
                            reason: m.reason.to_string(),
                        },
                    )),
                ));
            }
        }
        next += 1;
    }
    None
}

/// A route's direction: a change of field if any step is one, else up if
/// any step is (counting the steps up), else sideways.
fn direction_of(steps: &[Step]) -> Direction {
    if steps.iter().any(|s| s.kind == MoveKind::Change) {
        Direction::Change
    } else if steps.iter().any(|s| s.kind == MoveKind::Up) {
        Direction::Up(steps.iter().filter(|s| s.kind == MoveKind::Up).count())
    } else {
        Direction::Sideways
    }
}

/// Dollars in a figure ("$105,770"), as a number.
fn dollars(fact: &Fact) -> Option<u64> {
    let digits: String = fact.value.chars().filter(char::is_ascii_digit).collect();
    (fact.value.starts_with('$') && !digits.is_empty())
        .then(|| digits.parse().ok())
        .flatten()
}

/// The pay step, median to median, with the range of the role moved to.
fn pay_step(from: &Role, to: &Role) -> Option<String> {
    let (ff, tf) = (from.facts.as_ref()?, to.facts.as_ref()?);
    let (fm, tm) = (ff.median_pay.as_ref()?, tf.median_pay.as_ref()?);
    let same = ff.occupation.as_ref().map(|o| &o.soc) == tf.occupation.as_ref().map(|o| &o.soc);
    let change = i128::from(dollars(tm)?) - i128::from(dollars(fm)?);
    Some(words::pay_step(
        &fm.value,
        &tm.value,
        change,
        same,
        &to.title,
        tf.pay_range.as_ref().map(|r| r.value.as_ref()),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::builtin::dataset;
    use crate::card::CardModel;

    fn card(a: &str, b: &str) -> CardModel {
        let id = |s: &str| RoleId::parse(s).unwrap();
        CardModel::new(dataset(), &id(a), &id(b), None).unwrap()
    }

    #[test]
    fn a_supervisor_climbs_to_plant_manager_through_production_manager() {
        let c = card("production-supervisor", "plant-manager");
        let Pair { a: up, b: down } = c.moves.unwrap();
        assert_eq!(up.direction, Direction::Up(2));
        assert!(
            up.heading
                .starts_with("From Production Supervisor to Plant Manager"),
            "{}",
            up.heading
        );
        assert!(up.lines[0].contains("Production Manager"), "{:?}", up.lines);
        assert!(
            up.lines
                .iter()
                .any(|l| l.contains("$74,450") && l.contains("$126,060")),
            "{:?}",
            up.lines
        );
        assert_eq!(down.direction, Direction::Down(2));
    }

    #[test]
    fn every_ordered_pair_says_which_way_and_never_twice_alike() {
        let mut seen: Vec<String> = Vec::new();
        let (mut routes, mut none) = (0, 0);
        for (a, b) in crate::builtin::pairs() {
            let c = card(a.id.as_str(), b.id.as_str());
            let moves = c.moves.expect("every built-in role has its career path");
            for (m, (from, to)) in [&moves.a, &moves.b].into_iter().zip([(a, b), (b, a)]) {
                let text = format!("{} {}", m.heading, m.lines.join(" "));
                assert!(
                    text.contains(from.title.as_ref()) && text.contains(to.title.as_ref()),
                    "{text}"
                );
                match m.direction {
                    Direction::None => {
                        none += 1;
                        assert!(text.contains("usual"), "{text}");
                    }
                    _ => routes += 1,
                }
                assert!(!seen.contains(&text), "said twice: {text}");
                seen.push(text);
            }
        }
        assert_eq!(routes + none, 306);
        assert!(
            routes > 150,
            "{routes} ordered pairs with a way, {none} without"
        );
    }

    #[test]
    fn every_certification_names_its_body() {
        for role in dataset().roles.iter() {
            for c in role.path.iter().flat_map(|p| p.certifications.iter()) {
                assert!(
                    c.body.len() >= 2 && c.name.len() > c.body.len(),
                    "{}: {c:?}",
                    role.id
                );
            }
        }
    }
}
