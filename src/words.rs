//! The card's words: every label and sentence the card shows, the summary
//! its fallback repeats and the announcements a screen reader hears, in one
//! place, so the card speaks with one voice and a translation starts here.
//!
//! Only words: the comparison, the card model, the summary and the views
//! call these with titles, labels and positions they already have; nothing
//! here reads a signal or the page. The dataset's own texts (titles, gists,
//! bottom lines) are the dataset's; a host page's notices are the embed's
//! (`embed::config`), which names what the page wrote.

use crate::dataset::{Axis, AxisKind, Position};

/// The card as a whole, for assistive technology: "Role comparison:
/// Operations Manager vs Procurement Manager".
pub fn card(a: &str, b: &str) -> String {
    format!("Role comparison: {}", pair_title(a, b))
}
/// The picker of role A.
pub const FIRST_ROLE: &str = "First role";
/// The picker of role B.
pub const SECOND_ROLE: &str = "Second role";
/// The swap button, for assistive technology (it shows an arrow).
pub const SWAP: &str = "Swap the two roles";
/// Without script: the link to the page that lists every pair.
pub const ALL_PAIRS: &str = "All comparisons";
/// The link to the pair's own page.
pub const OWN_PAGE: &str = "Open this comparison on its own page";
/// The heading of the key differences.
pub const KEY_DIFFERENCES: &str = "Key differences";
/// Before the bottom line.
pub const BOTTOM_LINE: &str = "Bottom line: ";
/// Before a role's `suits_you_if`.
pub const SUITS_YOU_IF: &str = "Suits you if ";
/// A folded card's disclosure of the dimensions (the section keeps the
/// whole caption as its name).
pub const FOLDED_DIMENSIONS: &str = "Both roles, dimension by dimension";
/// A folded card's disclosure of who each role suits, with its figures.
pub const PROFILES: &str = "Who each role suits, pay and outlook";
/// The disclosure of a role's figures with their sources.
pub const FIGURES_AND_SOURCES: &str = "Figures and sources";
/// After [`FIGURES_AND_SOURCES`], for assistive technology only, so that the
/// two roles' disclosures have names of their own: " for Fleet Manager".
pub fn figures_for(title: &str) -> String {
    format!(" for {title}")
}
/// Where the dataset has no figure for a role.
pub const NO_FIGURE: &str = "no figure";
/// The toggle that hides the dimensions where both roles sit alike.
pub const DIFFERENCES_ONLY: &str = "Differences only";
/// The pickers' group of roles without a known family.
pub const MORE_ROLES: &str = "More roles";
/// The figures' labels: at a glance, pay and outlook; in full, all four.
pub const MEDIAN_PAY: &str = "Median pay";
/// See [`MEDIAN_PAY`].
pub const OUTLOOK: &str = "Outlook";
/// See [`MEDIAN_PAY`]: the middle 80 % of the occupation's annual pay.
pub const PAY_RANGE: &str = "Pay range (10th to 90th percentile)";
/// See [`MEDIAN_PAY`].
pub const ENTRY_EDUCATION: &str = "Entry education";
/// See [`MEDIAN_PAY`].
pub const JOB_OUTLOOK: &str = "Job outlook";
/// See [`MEDIAN_PAY`].
pub const JOBS: &str = "Jobs";
/// The pay picker's label, before the place: "Pay in United States".
pub const PAY_IN: &str = "Pay in";
/// The pay picker's first choice: the national figures.
pub const NATIONWIDE: &str = "United States";
/// The national figures' heading in "Figures and sources", with a state's below them.
pub const IN_THE_US: &str = "In the United States";
/// The state figures' heading in "Figures and sources": "In Texas".
pub fn in_state(state: &str) -> String {
    format!("In {state}")
}
/// A role's median pay at a glance with a state chosen: the state's figure
/// (or why there is none), then the national one:
/// "$103,230 in Texas, $105,770 nationally".
pub fn state_glance(state_part: &str, national: Option<&str>) -> String {
    match national {
        Some(national) => format!("{state_part}, {national} nationally"),
        None => state_part.to_owned(),
    }
}
/// See [`state_glance`]: the state's figure.
pub fn pay_in_state(value: &str, state: &str) -> String {
    format!("{value} in {state}")
}
/// See [`state_glance`]: BLS did not release the state's figure.
pub fn not_released_in(state: &str) -> String {
    format!("not released in {state}")
}
/// See [`state_glance`]: BLS publishes no estimate for the state.
pub fn none_in(state: &str) -> String {
    format!("none published in {state}")
}
/// A state figure BLS publishes no estimate of (no footnote of BLS's says why).
pub fn no_estimate(state: &str) -> String {
    format!("BLS publishes no estimate for this occupation in {state}.")
}
/// The state's employment in the occupation, in "Figures and sources".
pub const EMPLOYED: &str = "Employed";
/// Said at the pay picker while a state's figures load.
pub fn pay_loading(state: &str) -> String {
    format!("Loading pay in {state}…")
}
/// Said at the pay picker, in the card's notices and to the page when the
/// state figures cannot be loaded.
pub fn pay_not_loaded(state: &str) -> String {
    format!("The pay figures for {state} could not be loaded; the national figures are shown.")
}
/// Why the same role on both sides cannot be compared.
pub const SAME_ROLE: &str =
    "Both sides show the same role. Pick a different role on one side to compare.";
/// Said under a meter when neither role has a position on its axis.
pub const NEITHER_DEFINED: &str = "Not a defining part of either role";

/// Why an id cannot be compared: no role has it.
pub fn unknown_role(id: &str) -> String {
    format!("There is no role with the id \"{id}\".")
}

/// The label of the control that opens or closes every dimension.
pub fn open_all(open: bool) -> &'static str {
    if open {
        "Close all dimensions"
    } else {
        "Open all dimensions"
    }
}

/// The caption of the dimensions: "Operations Manager compared with
/// Procurement Manager, dimension by dimension".
pub fn caption(a: &str, b: &str) -> String {
    format!("{a} compared with {b}, dimension by dimension")
}

/// The pair's title where it stands alone (a link, a page, a summary):
/// "Fleet Manager vs Logistics Manager".
pub fn pair_title(a: &str, b: &str) -> String {
    format!("{a} vs {b}")
}

/// A key difference as one sentence (the fallback and summaries): "Financial
/// oversight: Warehouse Manager, the building’s running costs; Fleet
/// Manager, fuel, repairs and vehicle costs."
pub fn difference(label: &str, a: &str, a_gist: &str, b: &str, b_gist: &str) -> String {
    format!("{label}: {a}, {a_gist}; {b}, {b_gist}.")
}

/// The bottom line as one sentence of its own (the fallback and summaries).
pub fn bottom_line(line: &str) -> String {
    format!("{BOTTOM_LINE}{line}")
}

/// What "differences only" hides, in words.
pub fn hidden_rows(count: usize) -> String {
    match count {
        1 => "1 dimension where both roles sit at the same place is hidden.".to_owned(),
        n => format!("{n} dimensions where both roles sit at the same place are hidden."),
    }
}

/// What the card says when no dimension sets two roles more than one step
/// apart, above what sets them apart most (the key differences it lists):
/// "These two roles are close: no dimension sets them more than a step
/// apart. Where they differ most:".
pub fn close(differences: usize) -> &'static str {
    if differences == 0 {
        "These two roles are close: no dimension sets them apart, so the texts below and the bottom line tell them apart."
    } else {
        "These two roles are close: no dimension sets them more than a step apart. Where they differ most:"
    }
}

/// Said under a meter when one role (its title) has no position on its axis.
pub fn not_defining(title: &str) -> String {
    format!("{title}: not a defining part of this role")
}

/// Said beside the figures when both roles' figures describe the same
/// official occupation.
pub fn same_occupation(soc: &str, title: &str) -> String {
    format!(
        "Same pay and outlook: both roles’ figures are for one official occupation, {title} ({soc})."
    )
}

/// Said beside the figures when the two outlooks cover different periods,
/// so they cannot be set side by side as they stand.
pub fn outlook_periods(a: &str, a_period: &str, b: &str, b_period: &str) -> String {
    format!("The outlooks cover different periods: {a_period} for {a}, {b_period} for {b}.")
}

/// A figure at a glance with the period it covers: "+4.4% (2024–34)".
pub fn with_period(headline: &str, period: &str) -> String {
    format!("{headline} ({period})")
}

/// Which official occupation a role's figures describe, with the dataset's
/// note on it, if any.
pub fn occupation(soc: &str, title: &str, note: Option<&str>) -> String {
    let mut text = format!("Figures for the US occupation {soc} {title}.");
    if let Some(note) = note {
        text.push(' ');
        text.push_str(note);
    }
    text
}

/// The disclosure of the moves between the two roles.
pub const MOVES: &str = "Moving between them";

/// Moving between the two roles in the fallback: "Moving between them:
/// From … to …: a step up. From … to …: a step down."
pub fn moves_summary(headings: &[String]) -> String {
    format!("{MOVES}: {}.", headings.join(". "))
}

/// A move's heading: "From Production Supervisor to Plant Manager: a climb
/// of 2 steps".
pub fn move_heading(from: &str, to: &str, direction: crate::moves::Direction) -> String {
    use crate::moves::Direction;
    let way = match direction {
        Direction::Up(1) => "a step up".to_owned(),
        Direction::Up(n) => format!("a climb of {n} steps"),
        Direction::Down(1) => "a step down".to_owned(),
        Direction::Down(n) => format!("{n} steps down"),
        Direction::Sideways => "a sideways move".to_owned(),
        Direction::Change => "a change of field".to_owned(),
        Direction::None => "no usual route".to_owned(),
    };
    format!("From {from} to {to}: {way}")
}

/// Said when no one usually moves from one role to the other; `back`: people
/// do move the other way.
pub fn no_usual_move(from: &str, to: &str, back: bool) -> String {
    if back {
        format!("People rarely move from {from} to {to}; the usual move runs the other way.")
    } else {
        format!(
            "People do not usually move from {from} to {to}; the two paths meet, if at all, higher up."
        )
    }
}

/// The route and why people take its first step: "Usually through
/// Production Manager. First step: knows one shift …".
pub fn route(through: &[String], reason: &str) -> String {
    match through {
        [] => format!("A direct move: {reason}."),
        [one] => format!("Usually through {one}. First step: {reason}."),
        [init @ .., last] => format!(
            "Usually through {} and then {last}. First step: {reason}.",
            init.join(", ")
        ),
    }
}

/// Said of a move back down a ladder (the pay step says what happens to pay).
pub fn step_down(to: &str) -> String {
    let article = if to.starts_with(['A', 'E', 'I', 'O', 'U']) {
        "an"
    } else {
        "a"
    };
    format!("A move back down the ladder: people make it for more hands-on work or a steadier load, giving up scope to work as {article} {to}.")
}

/// Certifications with the bodies that grant them, as one phrase: "CQE or
/// CQA, both from ASQ", "CPSM from ISM or CPIM from ASCM".
pub fn certifications(list: &[(&str, &str)]) -> String {
    let names = |items: Vec<String>| match items.as_slice() {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} or {last}", init.join(", ")),
    };
    match list {
        [(_, body), rest @ ..] if rest.iter().all(|(_, b)| b == body) => {
            let all = names(list.iter().map(|(n, _)| (*n).to_owned()).collect());
            match list.len() {
                1 => format!("{all} from {body}"),
                2 => format!("{all}, both from {body}"),
                _ => format!("{all}, all from {body}"),
            }
        }
        _ => names(list.iter().map(|(n, b)| format!("{n} from {b}")).collect()),
    }
}

/// Where the roles are far apart: what the role moved from does there, then
/// what the role moved to (`title`) does.
pub fn gap(label: &str, from: &str, title: &str, to: &str) -> String {
    format!("{label}: now {from}; as {title}, {to}")
}

/// What a move asks for on the way.
pub fn to_add(
    to: &str,
    education: Option<&str>,
    certifications: &[(&str, &str)],
    gaps: &[String],
) -> String {
    let mut text = format!("What it takes: for {to}, ");
    match education {
        Some(education) => text.push_str(&format!(
            "the US Bureau of Labor Statistics lists {}",
            lowercase_first(education)
        )),
        None => text.push_str("no entry requirement was read at the US Bureau of Labor Statistics"),
    }
    if !certifications.is_empty() {
        text.push_str(&format!(
            "; employers often ask for {}",
            self::certifications(certifications)
        ));
    }
    text.push('.');
    if !gaps.is_empty() {
        text.push_str(&format!(" What changes most: {}.", gaps.join(". ")));
    }
    text
}

/// The pay step, median to median, and the range of the role moved to.
pub fn pay_step(
    from: &str,
    to: &str,
    change: i128,
    same: bool,
    title: &str,
    range: Option<&str>,
) -> String {
    let mut text = if same {
        format!(
            "Pay: both roles fall in one official occupation, so the median is the same ({to})."
        )
    } else {
        let sign = if change >= 0 { "+" } else { "−" };
        format!(
            "Pay: median {from} to {to} ({sign}{}).",
            thousands(change.unsigned_abs())
        )
    };
    if let Some(range) = range {
        text.push_str(&format!(
            " For {title}, the official figures put the middle 80% at {range}."
        ));
    }
    text
}

/// "$51,610" from 51610.
fn thousands(n: u128) -> String {
    let digits = n.to_string();
    let mut out = String::from("$");
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(d);
    }
    out
}

/// `text` with its first letter lower-case (ASCII: no Unicode case tables in the core).
fn lowercase_first(text: &str) -> String {
    let mut text = text.to_owned();
    if let Some(first) = text.get_mut(..1) {
        first.make_ascii_lowercase();
    }
    text
}

/// What the polite live region says after the reader changes the pair.
pub fn comparing(a: &str, b: &str) -> String {
    format!("Comparing {a} with {b}")
}

/// What the polite live region says when the reader picks the same role twice.
pub fn both_show(title: &str) -> String {
    format!("Both sides show {title}")
}

/// A bottom line composed from each role's reason to choose it: "Choose
/// Warehouse Manager if you want to run one site and its stock; choose Fleet
/// Manager if …".
pub fn choose(a: &str, a_reason: &str, b: &str, b_reason: &str) -> String {
    format!("Choose {a} if {a_reason}; choose {b} if {b_reason}.")
}

/// The middle position: on a lean, both ends alike.
const MIDDLE: u8 = 3;

/// Where a role sits on an axis, in words: "2 of 5, toward tactical" on a
/// scale, "leans toward finished output" on a lean, and "not a defining part
/// of this role" where it has no position.
pub fn position(axis: &Axis, position: Option<Position>) -> String {
    let Some(position) = position else {
        return "not a defining part of this role".to_owned();
    };
    let p = position.get();
    match axis.kind {
        AxisKind::Scale => match p {
            MIDDLE => format!(
                "{p} of {}, midway between {} and {}",
                Position::MAX,
                axis.low,
                axis.high
            ),
            _ => format!(
                "{p} of {}, toward {}",
                Position::MAX,
                if p < MIDDLE { &axis.low } else { &axis.high }
            ),
        },
        AxisKind::Lean => match p {
            1 => format!("clearly toward {}", axis.low),
            2 => format!("leans toward {}", axis.low),
            MIDDLE => "weighs both sides alike".to_owned(),
            4 => format!("leans toward {}", axis.high),
            _ => format!("clearly toward {}", axis.high),
        },
    }
}

/// Where a role without a gist sits on a scale, as a key difference says it:
/// "sits at 4 of 5, toward broad".
pub fn sits_at(axis: &Axis, at: Option<Position>) -> String {
    format!("sits at {}", position(axis, at))
}

/// What a screen reader hears for one role's place on an axis:
/// "Procurement Manager: 2 of 5, toward tactical".
pub fn position_label(title: &str, axis: &Axis, at: Option<Position>) -> String {
    format!("{title}: {}", position(axis, at))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn certifications_name_their_body_once_where_they_share_it() {
        assert_eq!(certifications(&[("CPIM", "ASCM")]), "CPIM from ASCM");
        assert_eq!(
            certifications(&[("CQE", "ASQ"), ("CQA", "ASQ"), ("CMQ/OE", "ASQ")]),
            "CQE, CQA or CMQ/OE, all from ASQ"
        );
        assert_eq!(
            certifications(&[("CPSM", "ISM"), ("CPIM", "ASCM")]),
            "CPSM from ISM or CPIM from ASCM"
        );
        assert!(step_down("Industrial Engineer").contains("as an Industrial Engineer"));
    }

    #[test]
    fn lists_read_as_sentences() {
        assert!(close(3).ends_with("Where they differ most:"));
        assert!(close(0).ends_with("the texts below and the bottom line tell them apart."));
        assert_eq!(
            occupation("11-3071", "Transportation Managers", Some("Nearest match.")),
            "Figures for the US occupation 11-3071 Transportation Managers. Nearest match."
        );
    }
}
