//! A picture per pair, `og/<a>-vs-<b>.png` (1200 × 630, what Open Graph and
//! X show when a link is shared): both titles with their figures at a glance
//! (and, when both roles' figures are for one occupation, the card's sentence
//! that says so), the key differences and the bottom line, drawn natively at
//! build time. The picture is an SVG written here and rendered by resvg with
//! the committed DejaVu Sans (`site/fonts/`, its licence beside it), so every
//! machine draws the same pixels; no browser takes part.
//!
//! Lines are measured in that font. A text too long for its lines is cut at
//! the last sentence end that fits (at a comma, semicolon or colon, with "…",
//! only when no sentence fits), never mid-phrase.

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::Arc;

use resvg::{tiny_skia, usvg};
use role_compare::dataset::Role;
use role_compare::summary::PairSummary;
use role_compare::words;

use crate::snippet::{escape_html, pair_file};

/// The picture's width, in px.
pub const WIDTH: u32 = 1200;
/// The picture's height, in px.
pub const HEIGHT: u32 = 630;

const REGULAR: &[u8] = include_bytes!("../fonts/DejaVuSans.ttf");
const BOLD: &[u8] = include_bytes!("../fonts/DejaVuSans-Bold.ttf");
const FAMILY: &str = "DejaVu Sans";

/// The card's colours (its light theme).
const FG: &str = "#1a1f2b";
const MUTED: &str = "#4a5263";
const SURFACE: &str = "#f3f5f8";
const ACCENT_A: &str = "#1d5bb8";
const ACCENT_B: &str = "#a8431a";

/// The left and right margin, in px.
const MARGIN: u32 = 60;
/// Where the text of the lower part (the note, the points) starts.
const INDENT: u32 = 84;
/// The top of the band of key differences when nothing pushes it down.
const BAND_TOP: u32 = 250;
/// The footer's baseline, and the lowest a point may have: clear of it.
const FOOTER_BASELINE: u32 = HEIGHT - 24;
const LAST_BASELINE: u32 = FOOTER_BASELINE - 52;
/// The line height of the points, in px, and the space between two points.
const POINT_LEADING: u32 = 30;
const POINT_GAP: u32 = 14;

/// A text's size in px and its weight.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
struct Style {
    size: u32,
    bold: bool,
}

const TITLE: Style = Style {
    size: 40,
    bold: true,
};
const FIGURE: Style = Style {
    size: 24,
    bold: false,
};
const NOTE: Style = Style {
    size: 20,
    bold: false,
};
const HEADING: Style = Style {
    size: 26,
    bold: true,
};
const POINT: Style = Style {
    size: 23,
    bold: false,
};
const BOTTOM_LINE: Style = Style {
    size: 23,
    bold: true,
};
const FOOTER: Style = Style {
    size: 18,
    bold: false,
};

/// One text as drawn: the whole text, and the lines of it drawn (all of it,
/// or up to a clause boundary), each at most `width` px wide.
#[derive(Clone, Debug)]
struct Block {
    text: String,
    lines: Vec<String>,
    x: u32,
    /// The first line's baseline.
    y: u32,
    leading: u32,
    /// What the lines were fitted to (the tests check them against it).
    #[cfg_attr(not(test), allow(dead_code))]
    width: f32,
    style: Style,
    fill: &'static str,
}

impl Block {
    fn last_baseline(&self) -> u32 {
        self.y + self.leading * (self.lines.len() as u32).saturating_sub(1)
    }

    /// The block as one SVG text element.
    fn svg(&self) -> String {
        let spans: String = self
            .lines
            .iter()
            .enumerate()
            .map(|(i, line)| {
                format!(
                    "<tspan x=\"{}\" y=\"{}\">{}</tspan>",
                    self.x,
                    self.y + self.leading * i as u32,
                    escape_html(line)
                )
            })
            .collect();
        let weight = if self.style.bold {
            " font-weight=\"bold\""
        } else {
            ""
        };
        format!(
            "<text font-size=\"{}\"{weight} fill=\"{}\">{spans}</text>",
            self.style.size, self.fill
        )
    }
}

/// A picture laid out: its shapes (drawn first) and its texts.
struct Layout {
    shapes: String,
    blocks: Vec<Block>,
}

/// What renders the pictures: the font loaded once, and the widths of the
/// lines measured so far (titles, figures and labels recur across pairs).
pub struct Painter {
    options: usvg::Options<'static>,
    widths: RefCell<HashMap<(String, Style), f32>>,
}

impl Default for Painter {
    fn default() -> Self {
        let mut options = usvg::Options {
            font_family: FAMILY.to_owned(),
            ..usvg::Options::default()
        };
        let fonts = Arc::make_mut(&mut options.fontdb);
        fonts.load_font_data(REGULAR.to_vec());
        fonts.load_font_data(BOLD.to_vec());
        Painter {
            options,
            widths: RefCell::new(HashMap::new()),
        }
    }
}

impl Painter {
    /// The PNG of a pair's picture; `note` is said under the figures (the
    /// same-occupation sentence, [`same_occupation`]).
    pub fn png(&self, summary: &PairSummary, note: Option<&str>) -> Result<Vec<u8>, String> {
        let svg = self.layout(summary, note).svg();
        let tree = usvg::Tree::from_str(&svg, &self.options).map_err(|e| e.to_string())?;
        let mut pixmap = tiny_skia::Pixmap::new(WIDTH, HEIGHT).ok_or("no pixmap")?;
        resvg::render(&tree, tiny_skia::Transform::default(), &mut pixmap.as_mut());
        // The picture is opaque: RGB, without the alpha channel.
        let rgb: Vec<u8> = pixmap
            .data()
            .chunks_exact(4)
            .flat_map(|pixel| pixel.iter().take(3).copied())
            .collect();
        let mut out = Vec::new();
        let mut encoder = png::Encoder::new(&mut out, WIDTH, HEIGHT);
        encoder.set_color(png::ColorType::Rgb);
        encoder.set_depth(png::BitDepth::Eight);
        encoder.set_compression(png::Compression::Best);
        encoder.set_adaptive_filter(png::AdaptiveFilterType::Adaptive);
        let mut writer = encoder.write_header().map_err(|e| e.to_string())?;
        writer.write_image_data(&rgb).map_err(|e| e.to_string())?;
        writer.finish().map_err(|e| e.to_string())?;
        Ok(out)
    }

    /// The width of `line` drawn in `style`, in px (its ink, as resvg lays
    /// it out); infinite if it cannot be laid out, so it never fits.
    fn width(&self, line: &str, style: Style) -> f32 {
        let key = (line.to_owned(), style);
        if let Some(width) = self.widths.borrow().get(&key) {
            return *width;
        }
        let weight = if style.bold {
            " font-weight=\"bold\""
        } else {
            ""
        };
        let svg = format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"4000\" height=\"100\" font-family=\"{FAMILY}\">\
             <text x=\"0\" y=\"60\" font-size=\"{}\"{weight}>{}</text></svg>",
            style.size,
            escape_html(line)
        );
        let width = usvg::Tree::from_str(&svg, &self.options)
            .map_or(f32::INFINITY, |tree| tree.root().abs_bounding_box().width());
        self.widths.borrow_mut().insert(key, width);
        width
    }

    /// The words of `text` in lines at most `width` px wide, as many as it takes.
    fn wrap(&self, text: &str, style: Style, width: f32) -> Vec<String> {
        let mut lines: Vec<String> = Vec::new();
        for word in text.split_whitespace() {
            if let Some(line) = lines.last_mut() {
                let longer = format!("{line} {word}");
                if self.width(&longer, style) <= width {
                    *line = longer;
                    continue;
                }
            }
            lines.push(word.to_owned());
        }
        lines
    }

    /// `text` in at most `max` lines of `width` px: whole, or cut at the last
    /// clause boundary that fits ([`cuts`]); no lines if none does.
    fn fit(&self, text: &str, style: Style, width: f32, max: usize) -> Vec<String> {
        let whole = self.wrap(text, style, width);
        if whole.len() <= max {
            return whole;
        }
        cuts(text)
            .into_iter()
            .map(|shown| self.wrap(&shown, style, width))
            .find(|lines| lines.len() <= max)
            .unwrap_or_default()
    }

    /// `text` fitted into a block at (`x`, `y`).
    #[allow(clippy::too_many_arguments)]
    fn block(
        &self,
        text: &str,
        style: Style,
        (x, y): (u32, u32),
        leading: u32,
        width: f32,
        max: usize,
        fill: &'static str,
    ) -> Block {
        Block {
            text: text.to_owned(),
            lines: self.fit(text, style, width, max),
            x,
            y,
            leading,
            width,
            style,
            fill,
        }
    }

    /// Where everything goes: both roles side by side (title, figures), the
    /// note under them, then the band of key differences and the bottom
    /// line, then the footer.
    fn layout(&self, summary: &PairSummary, note: Option<&str>) -> Layout {
        let mut shapes = format!("<rect width=\"{WIDTH}\" height=\"{HEIGHT}\" fill=\"#ffffff\"/>");
        let mut blocks = Vec::new();
        // Each column's text ends where the next column starts, or at the margin.
        let column = 486.0;
        let mut top_end = 0;
        for (i, (role, accent)) in summary.roles.iter().zip([ACCENT_A, ACCENT_B]).enumerate() {
            let x = MARGIN + 570 * i as u32;
            let title = self.block(&role.title, TITLE, (x + 24, 96), 46, column, 2, FG);
            let mut y = title.last_baseline() + 52;
            blocks.push(title);
            // At most three lines of figures.
            let mut used = 0;
            for (label, value) in &role.figures {
                let figure = format!("{label}: {value}");
                let max = (3 - used).min(2);
                let block = self.block(&figure, FIGURE, (x + 24, y), 32, column, max, MUTED);
                if max == 0 || block.lines.is_empty() {
                    break;
                }
                used += block.lines.len();
                y = block.last_baseline() + 32;
                blocks.push(block);
            }
            if used == 0 {
                let none = "No official figure checked";
                blocks.push(self.block(none, FIGURE, (x + 24, y), 32, column, 1, MUTED));
                y += 32;
            }
            let last = y - 32;
            // The role's colour beside its title and figures, as on the card.
            shapes.push_str(&format!(
                "<rect x=\"{x}\" y=\"56\" width=\"6\" height=\"{}\" fill=\"{accent}\"/>",
                last - 62
            ));
            top_end = top_end.max(last);
        }
        let mut band_top = BAND_TOP;
        if let Some(note) = note {
            let width = (WIDTH - MARGIN - INDENT) as f32;
            let block = self.block(note, NOTE, (INDENT, top_end + 40), 25, width, 2, MUTED);
            band_top = band_top.max(block.last_baseline() + 24);
            blocks.push(block);
        }
        shapes.push_str(&format!(
            "<rect x=\"0\" y=\"{band_top}\" width=\"{WIDTH}\" height=\"{}\" fill=\"{SURFACE}\"/>",
            HEIGHT - band_top
        ));
        let full = (WIDTH - 2 * MARGIN) as f32;
        blocks.push(self.block(
            "Key differences",
            HEADING,
            (MARGIN, band_top + 46),
            0,
            full,
            1,
            FG,
        ));
        let points = self.points(summary, band_top + 88);
        for point in &points {
            shapes.push_str(&format!(
                "<circle cx=\"68\" cy=\"{}\" r=\"4\" fill=\"{MUTED}\"/>",
                point.y - 8
            ));
        }
        blocks.extend(points);
        let footer = format!(
            "{}: operations and supply-chain roles compared",
            summary.title
        );
        blocks.push(self.block(
            &footer,
            FOOTER,
            (MARGIN, FOOTER_BASELINE),
            0,
            full,
            1,
            MUTED,
        ));
        Layout { shapes, blocks }
    }

    /// Two key differences, then the bottom line, from the baseline `top`
    /// down to [`LAST_BASELINE`]: each difference whole, the bottom line
    /// whole or to a sentence's end. Where that does not fit, one difference
    /// or none; where nothing does, the most that fits, cut at a clause.
    fn points(&self, summary: &PairSummary, top: u32) -> Vec<Block> {
        let width = (WIDTH - MARGIN - INDENT) as f32;
        let lines_from = |y: u32| {
            LAST_BASELINE
                .checked_sub(y)
                .map_or(0, |room| (room / POINT_LEADING) as usize + 1)
        };
        let differences: Vec<&String> = summary.differences.iter().take(2).collect();
        let bottom_line = summary.bottom_line_text();
        let attempt = |shown: usize| -> Option<(Vec<Block>, bool)> {
            let mut y = top;
            let mut blocks = Vec::new();
            let mut whole = true;
            for difference in &differences[..shown] {
                let max = lines_from(y).min(3);
                let block = self.block(
                    difference,
                    POINT,
                    (INDENT, y),
                    POINT_LEADING,
                    width,
                    max,
                    FG,
                );
                if block.lines.is_empty() {
                    return None;
                }
                whole &= block.lines.join(" ") == block.text;
                y = block.last_baseline() + POINT_LEADING + POINT_GAP;
                blocks.push(block);
            }
            let max = lines_from(y).min(4);
            let block = self.block(
                &bottom_line,
                BOTTOM_LINE,
                (INDENT, y),
                POINT_LEADING,
                width,
                max,
                FG,
            );
            if block.lines.is_empty() {
                return None;
            }
            whole &= !block.lines.last().is_some_and(|line| line.ends_with('…'));
            blocks.push(block);
            Some((blocks, whole))
        };
        let attempts: Vec<_> = (0..=differences.len()).rev().filter_map(attempt).collect();
        attempts
            .iter()
            .find(|(_, whole)| *whole)
            .or(attempts.first())
            .map(|(blocks, _)| blocks.clone())
            .unwrap_or_default()
    }
}

impl Layout {
    fn svg(&self) -> String {
        let texts: String = self.blocks.iter().map(Block::svg).collect();
        format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{WIDTH}\" height=\"{HEIGHT}\" \
             viewBox=\"0 0 {WIDTH} {HEIGHT}\" font-family=\"{FAMILY}\">{}{texts}</svg>",
            self.shapes
        )
    }
}

/// The shorter forms of `text`, longest first: up to each sentence's end,
/// then (only if no sentence fits) up to a comma, semicolon or colon, with
/// "…" for what follows; a clause cut keeps at least five words, so a label
/// ("Bottom line:") never stands alone.
fn cuts(text: &str) -> Vec<String> {
    let ends = |marks: &[char]| -> Vec<usize> {
        text.char_indices()
            .filter(|(i, c)| {
                marks.contains(c)
                    && text[i + c.len_utf8()..]
                        .chars()
                        .next()
                        .is_some_and(char::is_whitespace)
            })
            .map(|(i, _)| i)
            .collect()
    };
    let sentences = ends(&['.', '!', '?'])
        .into_iter()
        .rev()
        .map(|i| text[..=i].to_owned());
    let clauses = ends(&[',', ';', ':'])
        .into_iter()
        .rev()
        .map(|i| format!("{}…", &text[..i]))
        .filter(|shown| shown.split_whitespace().count() >= 5);
    sentences.chain(clauses).collect()
}

/// The sentence the card says beside the figures when both roles' figures
/// are for one official occupation (as the card's model words it), or `None`.
pub fn same_occupation(a: &Role, b: &Role) -> Option<String> {
    let (first, second) = (a.occupation()?, b.occupation()?);
    (first.soc == second.soc).then(|| words::same_occupation(&first.soc, &first.title))
}

/// Every pair's picture: its path below the site's root
/// (`og/<a>-vs-<b>.png`) and its PNG, rendered on every core.
pub fn pictures() -> Result<Vec<(String, Vec<u8>)>, String> {
    let pairs = role_compare::builtin::pairs();
    let threads = std::thread::available_parallelism().map_or(1, usize::from);
    let chunk = pairs.len().div_ceil(threads).max(1);
    std::thread::scope(|scope| {
        let workers: Vec<_> = pairs
            .chunks(chunk)
            .map(|part| {
                scope.spawn(move || {
                    let painter = Painter::default();
                    part.iter()
                        .map(|(a, b)| {
                            let path = pair_file(&a.id, &b.id, "og", "png")
                                .ok_or_else(|| format!("no picture for {} and {}", a.id, b.id))?;
                            let summary =
                                PairSummary::builtin(&a.id, &b.id, None).ok_or_else(|| {
                                    format!("{} and {} cannot be compared", a.id, b.id)
                                })?;
                            let note = same_occupation(a, b);
                            Ok((path, painter.png(&summary, note.as_deref())?))
                        })
                        .collect::<Result<Vec<_>, String>>()
                })
            })
            .collect();
        let mut all = Vec::with_capacity(pairs.len());
        for worker in workers {
            all.extend(
                worker
                    .join()
                    .map_err(|_| "a picture's thread failed".to_owned())??,
            );
        }
        Ok(all)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use role_compare::builtin::{pairs, roles};

    /// Whether `drawn` (a block's lines, joined) is all of `text`, or `text`
    /// up to a sentence's end, or up to a comma, semicolon or colon and "…".
    fn ends_at_a_clause(text: &str, drawn: &str) -> bool {
        let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
        if drawn == text {
            return true;
        }
        let rest = |stem: &str| text.strip_prefix(stem).map(str::to_owned);
        if drawn.ends_with(['.', '!', '?']) {
            return rest(drawn).is_some_and(|rest| rest.starts_with(' '));
        }
        drawn
            .strip_suffix('…')
            .and_then(rest)
            .is_some_and(|rest| rest.starts_with([',', ';', ':']) && rest[1..].starts_with(' '))
    }

    #[test]
    fn a_long_text_is_cut_at_its_last_clause_that_fits() {
        let painter = Painter::default();
        let text =
            "One two three four five six. Seven eight, nine ten eleven twelve; thirteen fourteen.";
        let style = Style {
            size: 20,
            bold: false,
        };
        let width = painter.width("One two three four five six.", style) + 1.0;
        // Whole when it fits.
        assert_eq!(painter.fit(text, style, 2000.0, 1).join(" "), text);
        // Two lines: the first sentence, not "One two three four five six. Seven…".
        let lines = painter.fit(text, style, width, 2);
        assert_eq!(lines, ["One two three four five six."]);
        // A sentence too long for its line is cut at a clause, with "…".
        let width = painter.width("Alpha beta gamma delta epsilon…", style) + 1.0;
        let lines = painter.fit(
            "Alpha beta gamma delta epsilon, zeta eta theta iota kappa lambda mu.",
            style,
            width,
            1,
        );
        assert_eq!(lines, ["Alpha beta gamma delta epsilon…"]);
        // With nothing to cut at, nothing is drawn rather than half a phrase.
        assert!(painter
            .fit(
                "Alpha beta gamma delta epsilon zeta eta theta iota kappa",
                style,
                60.0,
                1
            )
            .is_empty());
        assert!(ends_at_a_clause(text, "One two three four five six."));
        assert!(ends_at_a_clause(
            text,
            "One two three four five six. Seven eight…"
        ));
        assert!(!ends_at_a_clause(text, "One two three…"));
        assert!(!ends_at_a_clause(
            text,
            "One two three four five six. Seven"
        ));
    }

    /// Over every pair: each text drawn fits its lines and its place and
    /// ends at a clause boundary or at its end; both titles, the bottom line
    /// and at least one key difference are drawn; and a pair whose figures
    /// are for one occupation carries the card's sentence saying so.
    #[test]
    fn every_picture_cuts_its_text_at_a_clause_and_says_when_figures_are_shared() {
        let painter = Painter::default();
        let mut shared = 0;
        for (a, b) in pairs() {
            let summary = PairSummary::builtin(&a.id, &b.id, None).unwrap();
            let note = same_occupation(a, b);
            let layout = painter.layout(&summary, note.as_deref());
            let name = &summary.title;
            for block in &layout.blocks {
                let drawn = block.lines.join(" ");
                assert!(
                    !block.lines.is_empty(),
                    "{name}: {:?} is not drawn",
                    block.text
                );
                assert!(
                    ends_at_a_clause(&block.text, &drawn),
                    "{name}: {drawn:?} is cut mid-phrase from {:?}",
                    block.text
                );
                for line in &block.lines {
                    let width = painter.width(line, block.style);
                    assert!(width <= block.width, "{name}: {line:?} is {width} px wide");
                    assert!(
                        block.x as f32 + width <= (WIDTH - MARGIN) as f32 + 1.0,
                        "{name}: {line:?}"
                    );
                }
                assert!(
                    block.last_baseline() <= HEIGHT - 20,
                    "{name}: {drawn:?} is below the picture"
                );
            }
            let drawn = |text: &str| layout.blocks.iter().any(|b| b.text == text);
            assert!(
                summary.roles.iter().all(|r| drawn(&r.title)),
                "{name}: a title is missing"
            );
            assert!(drawn(&summary.bottom_line_text()), "{name}: no bottom line");
            assert!(
                summary.differences.iter().any(|d| drawn(d)),
                "{name}: no key difference"
            );
            // The points stay clear of the footer.
            let footer = layout.blocks.last().unwrap();
            assert!(
                layout
                    .blocks
                    .iter()
                    .filter(|b| b.style == POINT || b.style == BOTTOM_LINE)
                    .all(|b| b.last_baseline() + 48 <= footer.y),
                "{name}: a point runs into the footer"
            );
            // The pair's page says the same beside its card's figures, or nothing.
            let page = crate::pages::pair_page_html("https://example.org/rc/", a, b);
            assert_eq!(
                note.as_ref().map(|note| page.contains(&escape_html(note))),
                page.contains("Same pay and outlook:").then_some(true),
                "{name}"
            );
            if let Some(note) = note {
                shared += 1;
                let block = layout.blocks.iter().find(|b| b.text == note).unwrap();
                assert!(
                    block.lines.join(" ").starts_with(
                        "Same pay and outlook: both roles’ figures are for one official occupation"
                    ),
                    "{name}: {:?}",
                    block.lines
                );
                assert_eq!(summary.roles[0].figures, summary.roles[1].figures, "{name}");
            }
        }
        assert!(shared > 0);
    }

    /// Writes one pair's picture, and one whose roles share an occupation,
    /// to the temporary folder (`og-sample.png`, `og-sample-shared.png`), to look at them.
    #[test]
    fn a_picture_is_a_1200_by_630_png() {
        let painter = Painter::default();
        for (a, b, file) in [
            (
                &roles::OPERATIONS_MANAGER,
                &roles::PROCUREMENT_MANAGER,
                "og-sample.png",
            ),
            (
                &roles::LOGISTICS_MANAGER,
                &roles::FLEET_MANAGER,
                "og-sample-shared.png",
            ),
        ] {
            let summary = PairSummary::builtin(a, b, None).unwrap();
            let data = role_compare::builtin::dataset();
            let note = same_occupation(data.role(a).unwrap(), data.role(b).unwrap());
            let png = painter.png(&summary, note.as_deref()).unwrap();
            assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
            assert_eq!(&png[12..16], b"IHDR");
            assert_eq!(u32::from_be_bytes(png[16..20].try_into().unwrap()), WIDTH);
            assert_eq!(u32::from_be_bytes(png[20..24].try_into().unwrap()), HEIGHT);
            std::fs::write(std::env::temp_dir().join(file), &png).unwrap();
        }
    }
}
